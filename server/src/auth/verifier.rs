//! Access-token verification: the key source (JWKS or the dev key) plus the claim rules of
//! [`super::jwt`].

use std::sync::Arc;
use std::time::Duration;

use super::dev_key::{DevKey, DevKeyError};
use super::jwks::{JwksCache, JwksInitError};
use super::jwt::{self, AuthError, Expectations};
use super::principal::Principal;
use super::token_cache::TokenCache;

pub use crate::config::identity::{DEFAULT_AUDIENCE, DEV_ISSUER, IdentityConfig};

/// Timeout of one JWKS fetch.
pub const JWKS_FETCH_TIMEOUT: Duration = Duration::from_secs(3);

/// The identity configuration could not be put in place.
#[derive(Debug, thiserror::Error)]
pub enum IdentityInitError {
    /// The JWKS cache could not be set up.
    #[error(transparent)]
    Jwks(#[from] JwksInitError),
    /// The dev key could not be loaded or created.
    #[error(transparent)]
    DevKey(#[from] DevKeyError),
}

#[derive(Debug, Clone)]
enum KeySource {
    Jwks(JwksCache),
    Dev(Arc<DevKey>),
}

/// Verifies bearer tokens. Cheap to clone (the key cache is shared).
#[derive(Debug, Clone)]
pub struct Verifier {
    expected: Expectations,
    source: KeySource,
    /// Tokens verified before (shared by clones).
    verified: Arc<TokenCache>,
}

impl Verifier {
    /// Sets up verification; dev mode loads (or creates) the key file, JWKS mode fetches
    /// nothing yet.
    pub fn new(config: &IdentityConfig) -> Result<Self, IdentityInitError> {
        Ok(match config {
            IdentityConfig::Jwks {
                url,
                issuer,
                audience,
            } => Self::with_jwks(JwksCache::new(url, JWKS_FETCH_TIMEOUT)?, issuer, audience),
            IdentityConfig::Dev {
                key_path,
                issuer,
                audience,
            } => Self::with_dev_key(DevKey::load_or_create(key_path)?, issuer, audience),
        })
    }

    /// A verifier over an existing JWKS cache (tests use one with short cooldowns).
    pub fn with_jwks(cache: JwksCache, issuer: &str, audience: &str) -> Self {
        Self {
            expected: expectations(issuer, audience),
            source: KeySource::Jwks(cache),
            verified: Arc::default(),
        }
    }

    /// A verifier for tokens signed by `key`.
    pub fn with_dev_key(key: DevKey, issuer: &str, audience: &str) -> Self {
        Self {
            expected: expectations(issuer, audience),
            source: KeySource::Dev(Arc::new(key)),
            verified: Arc::default(),
        }
    }

    /// The verified identity in `bearer_token` (the token itself, without `Bearer `).
    /// A token verified before is answered from memory until its `exp`, while the key that
    /// verified it is still in the key set.
    pub async fn verify(&self, bearer_token: &str) -> Result<Principal, AuthError> {
        let now = jwt::now_secs();
        if let Some(principal) = self
            .verified
            .get(bearer_token, now, |kid| self.key_is_current(kid))
        {
            metrics::counter!("auth_token_cache_hits_total").increment(1);
            return Ok(principal);
        }
        let header = jwt::parse_header(bearer_token)?;
        let key = match &self.source {
            KeySource::Jwks(cache) => cache.key(&header.kid).await?,
            KeySource::Dev(dev) if dev.kid() == header.kid => dev.verifying_key().clone(),
            KeySource::Dev(_) => return Err(AuthError::UnknownKey),
        };
        let (principal, exp) =
            jwt::validate_with_expiry(bearer_token, &header, &key, &self.expected)?;
        metrics::counter!("auth_token_cache_misses_total").increment(1);
        self.verified
            .put(bearer_token, principal.clone(), exp, &header.kid, now);
        Ok(principal)
    }

    /// Whether the key `kid` still verifies tokens (it is in the current, fresh key set).
    fn key_is_current(&self, kid: &str) -> bool {
        match &self.source {
            KeySource::Jwks(cache) => cache.trusts_fresh(kid),
            KeySource::Dev(dev) => dev.kid() == kid,
        }
    }

    /// The public JWKS document, in dev mode only.
    pub fn dev_jwks(&self) -> Option<serde_json::Value> {
        self.dev_key().map(DevKey::jwks)
    }

    /// The signing key, in dev mode only (the `token` command and tests mint with it).
    pub fn dev_key(&self) -> Option<&DevKey> {
        match &self.source {
            KeySource::Dev(key) => Some(key),
            KeySource::Jwks(_) => None,
        }
    }

    /// The JWKS cache, in JWKS mode only.
    pub fn jwks_cache(&self) -> Option<&JwksCache> {
        match &self.source {
            KeySource::Jwks(cache) => Some(cache),
            KeySource::Dev(_) => None,
        }
    }

    /// The issuer and audience tokens must carry.
    pub fn expectations(&self) -> &Expectations {
        &self.expected
    }
}

fn expectations(issuer: &str, audience: &str) -> Expectations {
    Expectations {
        issuer: issuer.to_owned(),
        audience: audience.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use uuid::Uuid;

    use super::*;
    use crate::auth::principal::Role;

    fn dev() -> Verifier {
        Verifier::with_dev_key(DevKey::generate().unwrap(), DEV_ISSUER, DEFAULT_AUDIENCE)
    }

    #[tokio::test]
    async fn dev_mode_round_trip() {
        let v = dev();
        let key = v.dev_key().unwrap();
        let emp = Uuid::new_v4();
        let token = key
            .mint(
                DEV_ISSUER,
                DEFAULT_AUDIENCE,
                "u1",
                Some(emp),
                &[Role::Recruiter],
                Duration::from_secs(300),
            )
            .unwrap();
        let p = v.verify(&token).await.unwrap();
        assert_eq!(
            p,
            Principal {
                sub: "u1".into(),
                employer_id: Some(emp),
                roles: vec![Role::Recruiter],
                profile: Default::default(),
            }
        );
        assert_eq!(v.dev_jwks().unwrap()["keys"][0]["kid"], key.kid());
        assert!(v.jwks_cache().is_none());
    }

    #[tokio::test]
    async fn dev_mode_rejects_other_keys_and_claims() {
        let v = dev();
        let other = DevKey::generate().unwrap();
        let t = other
            .mint(
                DEV_ISSUER,
                DEFAULT_AUDIENCE,
                "u1",
                None,
                &[Role::Applicant],
                Duration::from_secs(60),
            )
            .unwrap();
        assert_eq!(v.verify(&t).await, Err(AuthError::UnknownKey));
        let key = v.dev_key().unwrap();
        let t = key
            .mint(
                "other",
                DEFAULT_AUDIENCE,
                "u1",
                None,
                &[Role::Applicant],
                Duration::from_secs(60),
            )
            .unwrap();
        assert_eq!(v.verify(&t).await, Err(AuthError::WrongIssuer));
        let t = key
            .mint(
                DEV_ISSUER,
                "other",
                "u1",
                None,
                &[Role::Applicant],
                Duration::from_secs(60),
            )
            .unwrap();
        assert_eq!(v.verify(&t).await, Err(AuthError::WrongAudience));
        // A valid signature over a tampered payload.
        let t = key
            .mint(
                DEV_ISSUER,
                DEFAULT_AUDIENCE,
                "u1",
                None,
                &[Role::Applicant],
                Duration::from_secs(60),
            )
            .unwrap();
        let mut parts: Vec<&str> = t.split('.').collect();
        let forged = base64::Engine::encode(
            &base64::engine::general_purpose::URL_SAFE_NO_PAD,
            serde_json::json!({"iss": DEV_ISSUER, "aud": DEFAULT_AUDIENCE, "sub": "admin",
                "iat": 0, "exp": u32::MAX, "roles": ["applicant"]})
            .to_string(),
        );
        parts[1] = &forged;
        assert_eq!(
            v.verify(&parts.join(".")).await,
            Err(AuthError::BadSignature)
        );
    }

    #[test]
    fn verifier_and_its_future_are_send_and_sync() {
        fn send_sync<T: Send + Sync + 'static>(_: &T) {}
        fn send<T: Send>(_: &T) {}
        let v = dev();
        send_sync(&v);
        let fut = v.verify("a.b.c");
        send(&fut);
    }

    #[test]
    fn jwks_mode_has_no_dev_key() {
        let v = Verifier::new(&IdentityConfig::Jwks {
            url: "https://idp.example/.well-known/jwks.json".into(),
            issuer: "https://idp.example/".into(),
            audience: DEFAULT_AUDIENCE.into(),
        })
        .unwrap();
        assert!(v.dev_key().is_none() && v.dev_jwks().is_none() && v.jwks_cache().is_some());
    }
}
