//! Rate limits: per client IP (all traffic, stricter on public apply and search) and per token
//! subject. This module decides (an [`Outcome`] per request); the HTTP edge
//! (`http::middleware::ratelimit`) asks it and renders the headers and 429s. Budgets live in Redis so that every replica shares them; while Redis is
//! unreachable, in-process limiters take over (the API keeps serving, logs a warning, counts
//! `ratelimit_fallback_total`). An identity this replica sees many times a second, far from its
//! limit, leases a few tokens at a time instead of asking Redis on every request (`lease`).
//! Answers carry the IETF `RateLimit-Policy` / `RateLimit`
//! headers; a refused request gets 429 problem+json with `Retry-After`.

mod lease;
mod local;
pub use crate::config::quota;
mod shared;

use std::net::IpAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use sha2::{Digest, Sha256};
use tracing::Instrument;

use crate::redis::Redis;
use lease::Leases;
use local::LocalLimiter;
use quota::{Policies, Policy};
use shared::SharedLimiter;

/// One policy applied to one identity.
#[derive(Debug, Clone)]
pub struct Check {
    pub policy: Policy,
    pub key: String,
}

#[derive(Debug, Clone, Copy)]
pub struct PolicyOutcome {
    pub policy: Policy,
    pub remaining: u32,
    pub retry_after: Duration,
    pub reset: Duration,
}

#[derive(Debug, Clone)]
pub struct Outcome {
    pub allowed: bool,
    pub results: Vec<PolicyOutcome>,
}

impl Outcome {
    /// The script's reply: the outcome and the tokens leased per check.
    fn from_reply(checks: &[Check], reply: &[i64]) -> Option<(Outcome, Vec<u32>)> {
        if reply.len() != 1 + 4 * checks.len() {
            return None;
        }
        let ms = |v: i64| Duration::from_millis(u64::try_from(v).unwrap_or(0));
        let count = |v: i64| u32::try_from(v).unwrap_or(0);
        let results = checks
            .iter()
            .enumerate()
            .map(|(i, c)| PolicyOutcome {
                policy: c.policy,
                remaining: count(reply[1 + 4 * i]),
                retry_after: ms(reply[2 + 4 * i]),
                reset: ms(reply[3 + 4 * i]),
            })
            .collect();
        let leased = (0..checks.len()).map(|i| count(reply[4 + 4 * i])).collect();
        Some((
            Outcome {
                allowed: reply[0] == 1,
                results,
            },
            leased,
        ))
    }

    /// The policy to report: the one that refused, or the one closest to refusing.
    pub fn binding(&self) -> Option<&PolicyOutcome> {
        if self.allowed {
            self.results.iter().min_by_key(|r| r.remaining)
        } else {
            self.results
                .iter()
                .filter(|r| r.retry_after > Duration::ZERO || r.remaining == 0)
                .max_by_key(|r| r.retry_after)
        }
    }
}

pub struct RateLimiter {
    policies: Policies,
    shared: Option<SharedLimiter>,
    leases: Leases,
    local: LocalLimiter,
    prefix: String,
    checks: AtomicU64,
    redis_checks: AtomicU64,
    last_warning: AtomicU64,
    started: Instant,
}

/// Longest wait for Redis before the request is judged by the in-process limiter instead.
const REDIS_BUDGET: Duration = Duration::from_millis(250);

impl RateLimiter {
    pub fn new(policies: Policies, redis: Option<Redis>, prefix: String) -> Self {
        Self {
            local: LocalLimiter::new(&policies),
            shared: redis.map(SharedLimiter::new),
            leases: Leases::default(),
            policies,
            prefix,
            checks: AtomicU64::new(0),
            redis_checks: AtomicU64::new(0),
            last_warning: AtomicU64::new(0),
            started: Instant::now(),
        }
    }

    fn check_for(&self, policy: Policy, identity: &str) -> Check {
        // Identities (IPs, subjects) are personal data: Redis only sees a digest.
        let digest = Sha256::digest(identity.as_bytes());
        // One allocation: this runs for every request, twice.
        let mut key = String::with_capacity(self.prefix.len() + policy.name.len() + 26);
        key.push_str(&self.prefix);
        key.push(':');
        key.push_str(policy.name);
        key.push(':');
        crate::hex::push(&mut key, &digest[..12]);
        Check { policy, key }
    }

    pub async fn check(&self, checks: &[Check]) -> Outcome {
        if self.checks.fetch_add(1, Ordering::Relaxed) % 10_000 == 9_999 {
            self.local.shrink();
            self.leases.shrink();
        }
        if let Some(shared) = &self.shared {
            // A hot identity far from its limit spends tokens leased from the shared budget.
            if let Some(outcome) = self.leases.spend(checks) {
                metrics::counter!("ratelimit_leased_total").increment(1);
                return outcome;
            }
            let wanted = self.leases.wanted(checks);
            self.redis_checks.fetch_add(1, Ordering::Relaxed);
            let checked = tokio::time::timeout(REDIS_BUDGET, shared.check(checks, &wanted))
                .instrument(tracing::debug_span!(
                    "redis.ratelimit",
                    otel.kind = "client",
                    db.system = "redis",
                    db.operation = "EVALSHA"
                ))
                .await;
            match checked {
                Ok(Some((outcome, leased))) => {
                    metrics::gauge!("ratelimit_redis_fallback").set(0.0);
                    self.leases.record(checks, &outcome, &leased);
                    return outcome;
                }
                _ => self.fell_back(),
            }
        }
        self.local.check(checks)
    }

    /// Requests this limiter asked Redis about (the others spent leased tokens or fell back).
    pub fn redis_checks(&self) -> u64 {
        self.redis_checks.load(Ordering::Relaxed)
    }

    fn fell_back(&self) {
        metrics::counter!("ratelimit_fallback_total").increment(1);
        metrics::gauge!("ratelimit_redis_fallback").set(1.0);
        // One warning per 30 s, not one per request.
        let now = self.started.elapsed().as_secs();
        let last = self.last_warning.load(Ordering::Relaxed);
        if (last == 0 || now >= last + 30)
            && self
                .last_warning
                .compare_exchange(last, now.max(1), Ordering::Relaxed, Ordering::Relaxed)
                .is_ok()
        {
            tracing::warn!("Redis is unavailable for rate limiting; using in-process limits");
        }
    }
}

/// Operations that are never limited: probes and the scraper must always get through.
const EXEMPT: &[&str] = &["getHealth", "getReadiness", "getLiveness"];

impl RateLimiter {
    /// The checks one request of `operation` makes: its client address (every request;
    /// stricter quotas for apply and public search) and, with a verified token, its subject.
    /// Empty for exempt operations.
    pub fn checks_for(&self, operation: &str, ip: IpAddr, subject: Option<&str>) -> Vec<Check> {
        if EXEMPT.contains(&operation) {
            return Vec::new();
        }
        let ip = ip_identity(ip);
        let policies = &self.policies;
        let mut checks = vec![self.check_for(policies.ip, &ip)];
        match operation {
            // Presigning an upload for an application costs what applying does.
            "applyToJob" | "presignPublicUpload" => {
                checks.push(self.check_for(policies.apply, &ip))
            }
            // Public reads, facets and taxonomy lists included: one quota for all of them.
            "searchPublicJobs"
            | "suggestPublicJobs"
            | "getPublicJob"
            | "getPublicEmployer"
            | "listPublicJobChanges"
            | "getPublicJobFeed"
            | "listDepartments"
            | "listLanguages"
            | "listLocations" => checks.push(self.check_for(policies.search, &ip)),
            _ => {}
        }
        if let Some(subject) = subject {
            checks.push(self.check_for(policies.subject, subject));
        }
        checks
    }
}

/// The identity an address is limited as: an IPv4 address itself (also when it arrives
/// IPv4-mapped), an IPv6 client by its /64, the smallest block one subscriber gets (a
/// client can pick any address in it).
fn ip_identity(ip: IpAddr) -> String {
    match ip.to_canonical() {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => {
            let s = v6.segments();
            let prefix = std::net::Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0);
            format!("{prefix}/64")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::ip_identity;

    #[test]
    fn ipv6_clients_share_their_64_and_mapped_ipv4_is_ipv4() {
        let id = |s: &str| ip_identity(s.parse().unwrap());
        assert_eq!(id("2001:db8:1:2:aaaa::1"), id("2001:db8:1:2:bbbb::2"));
        assert_ne!(id("2001:db8:1:2::1"), id("2001:db8:1:3::1"));
        assert_eq!(id("::ffff:192.0.2.7"), id("192.0.2.7"));
        assert_eq!(id("192.0.2.7"), "192.0.2.7");
    }
}
