//! Verified tokens, remembered until they expire: a signature is checked once per token, not
//! once per request (RS256 verification was the largest single cost of a cached read).
//!
//! Keyed by the SHA-256 of the whole token, so only the exact token that was verified hits.
//! An entry also remembers the key that verified it: when that key leaves the identity
//! provider's key set (rotation, revocation), the entry is no longer trusted. Bounded: a full
//! cache first drops expired entries, then everything (a burst of fresh tokens must not grow
//! memory without limit).

use std::collections::HashMap;
use std::sync::Mutex;

use sha2::{Digest, Sha256};

use super::principal::Principal;

/// The most tokens remembered at once.
pub const CAPACITY: usize = 10_000;

struct Entry {
    principal: Principal,
    /// The token's `exp` (Unix seconds).
    exp: u64,
    /// The `kid` of the key that verified it.
    kid: String,
}

#[derive(Default)]
pub struct TokenCache {
    entries: Mutex<HashMap<[u8; 32], Entry>>,
}

impl std::fmt::Debug for TokenCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenCache").finish_non_exhaustive()
    }
}

fn digest(token: &str) -> [u8; 32] {
    Sha256::digest(token.as_bytes()).into()
}

impl TokenCache {
    /// The principal of a token verified before, unless it has expired (at `now`) or its key is
    /// no longer trusted (`key_known` says which keys are).
    pub fn get(
        &self,
        token: &str,
        now: u64,
        key_known: impl Fn(&str) -> bool,
    ) -> Option<Principal> {
        let key = digest(token);
        let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        let Some(entry) = entries.get(&key) else {
            metrics::counter!("auth_token_cache_total", "result" => "miss").increment(1);
            return None;
        };
        if entry.exp <= now || !key_known(&entry.kid) {
            entries.remove(&key);
            metrics::counter!("auth_token_cache_total", "result" => "miss").increment(1);
            return None;
        }
        metrics::counter!("auth_token_cache_total", "result" => "hit").increment(1);
        Some(entry.principal.clone())
    }

    pub fn put(&self, token: &str, principal: Principal, exp: u64, kid: &str, now: u64) {
        let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        if entries.len() >= CAPACITY {
            entries.retain(|_, e| e.exp > now);
            if entries.len() >= CAPACITY {
                entries.clear();
            }
        }
        entries.insert(
            digest(token),
            Entry {
                principal,
                exp,
                kid: kid.to_owned(),
            },
        );
    }

    pub fn len(&self) -> usize {
        self.entries.lock().unwrap_or_else(|e| e.into_inner()).len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::auth::principal::Role;

    fn principal() -> Principal {
        Principal {
            sub: "u1".into(),
            employer_id: None,
            roles: vec![Role::Applicant],
            profile: Default::default(),
        }
    }

    #[test]
    fn hits_until_expiry_and_only_for_the_same_token() {
        let cache = TokenCache::default();
        cache.put("a.b.c", principal(), 1_000, "k1", 900);
        assert_eq!(cache.get("a.b.c", 999, |_| true), Some(principal()));
        assert_eq!(cache.get("a.b.d", 999, |_| true), None);
        assert_eq!(cache.get("a.b.c", 1_000, |_| true), None, "expired");
        assert!(cache.is_empty(), "expired entries are dropped");
    }

    #[test]
    fn a_rotated_key_evicts_its_tokens() {
        let cache = TokenCache::default();
        cache.put("a.b.c", principal(), 1_000, "old", 900);
        assert_eq!(cache.get("a.b.c", 901, |kid| kid == "new"), None);
        assert!(cache.is_empty());
    }

    #[test]
    fn stays_bounded() {
        let cache = TokenCache::default();
        for i in 0..(CAPACITY + 10) {
            cache.put(&format!("t{i}"), principal(), 1_000, "k", 900);
        }
        assert!(cache.len() <= CAPACITY);
        assert!(
            cache
                .get(&format!("t{}", CAPACITY + 9), 901, |_| true)
                .is_some()
        );
    }
}
