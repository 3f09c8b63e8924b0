//! The in-process fallback: governor limiters with the same quotas, used while Redis is
//! unreachable. Each replica then enforces the quotas on its own.

use std::num::NonZeroU32;
use std::time::Duration;

use governor::clock::{Clock, DefaultClock};
use governor::middleware::StateInformationMiddleware;
use governor::state::keyed::DefaultKeyedStateStore;
use governor::{Quota as GovernorQuota, RateLimiter};

use super::quota::{Policies, Policy};
use super::{Check, Outcome, PolicyOutcome};

type Keyed =
    RateLimiter<String, DefaultKeyedStateStore<String>, DefaultClock, StateInformationMiddleware>;

pub struct LocalLimiter {
    limiters: Vec<(&'static str, Keyed)>,
    clock: DefaultClock,
}

impl LocalLimiter {
    pub fn new(policies: &Policies) -> Self {
        let make = |p: &Policy| {
            let burst = NonZeroU32::new(p.quota.limit).unwrap_or(NonZeroU32::MIN);
            let period = (p.quota.window / p.quota.limit.max(1)).max(Duration::from_nanos(1));
            let quota = GovernorQuota::with_period(period)
                .unwrap_or_else(|| GovernorQuota::per_second(burst))
                .allow_burst(burst);
            (
                p.name,
                RateLimiter::keyed(quota).with_middleware::<StateInformationMiddleware>(),
            )
        };
        Self {
            limiters: [
                &policies.ip,
                &policies.subject,
                &policies.search,
                &policies.apply,
            ]
            .into_iter()
            .map(make)
            .collect(),
            clock: DefaultClock::default(),
        }
    }

    pub fn check(&self, checks: &[Check]) -> Outcome {
        let mut results = Vec::with_capacity(checks.len());
        let mut allowed = true;
        for check in checks {
            let Some((_, limiter)) = self.limiters.iter().find(|(n, _)| *n == check.policy.name)
            else {
                continue;
            };
            match limiter.check_key(&check.key) {
                Ok(snapshot) => results.push(PolicyOutcome {
                    policy: check.policy,
                    remaining: snapshot.remaining_burst_capacity(),
                    retry_after: Duration::ZERO,
                    reset: check.policy.quota.window,
                }),
                Err(not_until) => {
                    allowed = false;
                    results.push(PolicyOutcome {
                        policy: check.policy,
                        remaining: 0,
                        retry_after: not_until.wait_time_from(self.clock.now()),
                        reset: check.policy.quota.window,
                    });
                }
            }
        }
        Outcome { allowed, results }
    }

    /// Drops state of identities not seen lately, so the maps do not grow without bound.
    pub fn shrink(&self) {
        for (_, limiter) in &self.limiters {
            limiter.retain_recent();
        }
    }
}
