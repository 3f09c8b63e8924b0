//! Leases: a replica that sees one identity often takes a few of its tokens from Redis ahead of
//! use and spends them without asking again. The shared script grants a lease only while the
//! budget is far from empty, so near the limit every request is judged by Redis as before.
//!
//! Leased tokens come out of the shared budget when they are granted, so the replicas together
//! never admit more than the budget; what a lease costs is the other way round: tokens leased
//! and not spent before the lease ends are lost (at most one lease per identity and replica,
//! 1 % of the quota). A lease is only offered to an identity this replica checked in the last
//! [`HOT`], so a client that calls now and then never loses tokens to one.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use super::quota::Policy;
use super::{Check, Outcome, PolicyOutcome};

/// An identity checked again within this time is hot: its next Redis check may take a lease.
const HOT: Duration = Duration::from_millis(100);
/// How long leased tokens may be spent.
const LIFETIME: Duration = Duration::from_secs(1);
/// Identities tracked at most; past it, new identities are judged by Redis every time.
const CAPACITY: usize = 100_000;

/// The tokens one policy may lease at a time: 1 % of its quota, at most 50; none for quotas
/// under 200, which Redis judges request by request.
pub fn cap(policy: &Policy) -> u32 {
    if policy.quota.limit < 200 {
        0
    } else {
        (policy.quota.limit / 100).min(50)
    }
}

#[derive(Debug, Clone, Copy)]
struct Lease {
    /// Leased tokens not spent yet.
    tokens: u32,
    /// The shared budget left after the lease was taken, and its reset, when it was granted.
    remaining: u32,
    reset: Duration,
    granted: Instant,
    /// The last time Redis judged this identity (for [`HOT`]).
    checked: Instant,
}

#[derive(Default)]
pub struct Leases {
    map: Mutex<HashMap<String, Lease>>,
}

impl Leases {
    /// Spends one leased token of every check, if each has one: the request is admitted
    /// without Redis. Otherwise nothing is spent.
    pub fn spend(&self, checks: &[Check]) -> Option<Outcome> {
        let now = Instant::now();
        let mut map = self.map.lock().ok()?;
        let usable = |l: &Lease| l.tokens > 0 && now.duration_since(l.granted) < LIFETIME;
        if checks.is_empty() || !checks.iter().all(|c| map.get(&c.key).is_some_and(usable)) {
            return None;
        }
        let mut results = Vec::with_capacity(checks.len());
        for check in checks {
            let lease = map.get_mut(&check.key)?;
            lease.tokens -= 1;
            results.push(PolicyOutcome {
                policy: check.policy,
                remaining: lease.remaining.saturating_add(lease.tokens),
                retry_after: Duration::ZERO,
                reset: lease
                    .reset
                    .saturating_sub(now.duration_since(lease.granted)),
            });
        }
        Some(Outcome {
            allowed: true,
            results,
        })
    }

    /// The lease each check may ask Redis for: its policy's cap when this replica judged the
    /// identity within [`HOT`], else none.
    pub fn wanted(&self, checks: &[Check]) -> Vec<u32> {
        let now = Instant::now();
        let map = self.map.lock().ok();
        checks
            .iter()
            .map(|c| {
                let hot = map
                    .as_ref()
                    .and_then(|m| m.get(&c.key))
                    .is_some_and(|l| now.duration_since(l.checked) < HOT);
                if hot { cap(&c.policy) } else { 0 }
            })
            .collect()
    }

    /// Records what Redis answered: granted leases (replacing what was left of the old ones,
    /// whose tokens are lost) and when each identity was judged.
    pub fn record(&self, checks: &[Check], outcome: &Outcome, granted: &[u32]) {
        let now = Instant::now();
        let Ok(mut map) = self.map.lock() else {
            return;
        };
        for (i, check) in checks.iter().enumerate() {
            let tokens = granted.get(i).copied().unwrap_or(0);
            let result = outcome.results.get(i);
            if let Some(lease) = map.get_mut(&check.key) {
                lease.checked = now;
                if tokens > 0 {
                    lease.tokens = tokens;
                    lease.granted = now;
                    lease.remaining = result.map_or(0, |r| r.remaining);
                    lease.reset = result.map_or(Duration::ZERO, |r| r.reset);
                }
            } else if map.len() < CAPACITY {
                map.insert(
                    check.key.clone(),
                    Lease {
                        tokens,
                        remaining: result.map_or(0, |r| r.remaining),
                        reset: result.map_or(Duration::ZERO, |r| r.reset),
                        granted: now,
                        checked: now,
                    },
                );
            }
        }
    }

    /// Forgets identities neither judged nor holding a usable lease lately.
    pub fn shrink(&self) {
        let now = Instant::now();
        if let Ok(mut map) = self.map.lock() {
            map.retain(|_, l| {
                now.duration_since(l.checked) < HOT || now.duration_since(l.granted) < LIFETIME
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::quota::Quota;

    fn check(limit: u32) -> Check {
        Check {
            policy: Policy {
                name: "subject",
                quota: Quota {
                    limit,
                    window: Duration::from_secs(60),
                },
            },
            key: format!("k{limit}"),
        }
    }

    fn judged(remaining: u32) -> Outcome {
        Outcome {
            allowed: true,
            results: vec![PolicyOutcome {
                policy: check(1200).policy,
                remaining,
                retry_after: Duration::ZERO,
                reset: Duration::from_secs(2),
            }],
        }
    }

    #[test]
    fn small_quotas_never_lease_and_large_ones_lease_one_percent() {
        assert_eq!(cap(&check(199).policy), 0);
        assert_eq!(cap(&check(1200).policy), 12);
        assert_eq!(cap(&check(100_000_000).policy), 50);
    }

    #[test]
    fn only_a_hot_identity_asks_for_a_lease_and_spends_exactly_what_it_got() {
        let leases = Leases::default();
        let checks = [check(1200)];
        assert_eq!(leases.wanted(&checks), vec![0], "never seen: no lease");
        leases.record(&checks, &judged(1199), &[0]);
        assert!(
            leases.spend(&checks).is_none(),
            "judged, but nothing leased"
        );
        assert_eq!(leases.wanted(&checks), vec![12], "seen just now: hot");
        leases.record(&checks, &judged(1186), &[12]);
        let mut remaining = Vec::new();
        while let Some(outcome) = leases.spend(&checks) {
            remaining.push(outcome.results[0].remaining);
        }
        assert_eq!(remaining.len(), 12);
        assert_eq!(remaining.first(), Some(&1197));
        assert_eq!(remaining.last(), Some(&1186));
    }

    #[test]
    fn a_request_is_admitted_locally_only_when_every_policy_holds_a_lease() {
        let leases = Leases::default();
        let (a, b) = (check(1200), check(3000));
        leases.record(std::slice::from_ref(&a), &judged(1000), &[5]);
        assert!(leases.spend(&[a.clone(), b]).is_none());
        assert!(
            leases.spend(&[a]).is_some(),
            "nothing was spent by the refused attempt"
        );
    }
}
