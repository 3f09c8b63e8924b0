//! Counting views on the request path without any I/O: a view is a hash and two map updates
//! under one short lock. What accumulates here goes to Redis about every second
//! ([`ViewCounter::push`]), or, when Redis is absent or down, straight to PostgreSQL with the
//! next fold (see `worker`).
//!
//! A visitor is a hash of the client address and user agent with a salt that changes every
//! UTC day (shared by the replicas through Redis, forgotten after the day): no address or
//! agent is kept, and a visitor cannot be followed from one day to the next.

use std::collections::{HashMap, HashSet};
use std::net::IpAddr;
use std::sync::Mutex;

use chrono::{DateTime, NaiveDate, Timelike, Utc};
use rand_core::{OsRng, RngCore};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use super::counters::RedisCounters;
use crate::db::{ViewCount, VisitorCount};
use crate::domain::analytics::is_bot;

/// Visitors kept per job and day while Redis is away (beyond it, the day's estimate stops
/// growing in this process; memory stays bounded).
const MAX_LOCAL_VISITORS: usize = 50_000;

/// What one process counted and has not handed on yet.
#[derive(Debug, Default)]
pub struct Pending {
    /// (employer, job, hour) → views.
    pub views: HashMap<(Uuid, Uuid, DateTime<Utc>), i64>,
    /// (employer, job, day) → visitor hashes.
    pub visitors: HashMap<(Uuid, Uuid, NaiveDate), HashSet<u64>>,
}

impl Pending {
    pub fn is_empty(&self) -> bool {
        self.views.is_empty() && self.visitors.is_empty()
    }

    /// Adds `other` (counts a failed hand-over gave back).
    pub fn merge(&mut self, other: Pending) {
        for (key, n) in other.views {
            *self.views.entry(key).or_default() += n;
        }
        for (key, hashes) in other.visitors {
            let set = self.visitors.entry(key).or_default();
            for h in hashes {
                if set.len() >= MAX_LOCAL_VISITORS {
                    break;
                }
                set.insert(h);
            }
        }
    }

    pub fn view_counts(&self) -> Vec<ViewCount> {
        self.views
            .iter()
            .map(|(&(employer_id, job_id, hour), &views)| ViewCount {
                employer_id,
                job_id,
                hour,
                views,
            })
            .collect()
    }

    pub fn visitor_counts(&self) -> Vec<VisitorCount> {
        self.visitors
            .iter()
            .map(|(&(employer_id, job_id, day), set)| VisitorCount {
                employer_id,
                job_id,
                day,
                visitors: i64::try_from(set.len()).unwrap_or(i64::MAX),
            })
            .collect()
    }
}

struct State {
    pending: Pending,
    /// Today's salt (from Redis when it answers, else this process's own).
    salt: Option<(NaiveDate, [u8; 32])>,
}

/// The process's view counter (one per process, shared by every request).
pub struct ViewCounter {
    state: Mutex<State>,
    redis: Option<RedisCounters>,
}

impl ViewCounter {
    pub fn new(redis: Option<RedisCounters>) -> Self {
        Self {
            state: Mutex::new(State {
                pending: Pending::default(),
                salt: None,
            }),
            redis,
        }
    }

    /// Whether counters go through Redis (else they go to PostgreSQL from this process).
    pub fn redis(&self) -> Option<&RedisCounters> {
        self.redis.as_ref()
    }

    /// Counts a view of a published job, unless the agent is a known bot.
    pub fn record(
        &self,
        employer_id: Uuid,
        job_id: Uuid,
        client: Option<IpAddr>,
        user_agent: Option<&str>,
    ) {
        let agent = user_agent.unwrap_or("");
        if is_bot(agent) {
            metrics::counter!("jobs_analytics_views_total", "counted" => "bot").increment(1);
            return;
        }
        let now = Utc::now();
        let day = now.date_naive();
        let hour = now
            .with_minute(0)
            .and_then(|t| t.with_second(0))
            .and_then(|t| t.with_nanosecond(0))
            .unwrap_or(now);
        let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        let salt = match state.salt {
            Some((d, salt)) if d == day => salt,
            _ => {
                // The first view of a day before the day's shared salt is known: a salt of
                // this process's own (the pusher adopts the shared one for later views).
                let mut salt = [0u8; 32];
                OsRng.fill_bytes(&mut salt);
                state.salt = Some((day, salt));
                salt
            }
        };
        let visitor = visitor_hash(&salt, client, agent);
        *state
            .pending
            .views
            .entry((employer_id, job_id, hour))
            .or_default() += 1;
        let set = state
            .pending
            .visitors
            .entry((employer_id, job_id, day))
            .or_default();
        if set.len() < MAX_LOCAL_VISITORS {
            set.insert(visitor);
        }
        drop(state);
        metrics::counter!("jobs_analytics_views_total", "counted" => "yes").increment(1);
    }

    /// Takes what was counted (the caller hands it on, or gives it back with [`Self::restore`]).
    pub fn take(&self) -> Pending {
        let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        std::mem::take(&mut state.pending)
    }

    /// Gives back counts that could not be handed on.
    pub fn restore(&self, pending: Pending) {
        let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        state.pending.merge(pending);
    }

    /// Adopts the day's shared salt.
    pub fn set_salt(&self, day: NaiveDate, salt: [u8; 32]) {
        let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        state.salt = Some((day, salt));
    }

    /// Hands what was counted to Redis (views into the live counters, visitors into the
    /// day's HyperLogLogs), and adopts the day's shared salt. Counts stay here when Redis does
    /// not answer. `true` when Redis took them (or there was nothing).
    pub async fn push(&self) -> bool {
        let Some(redis) = &self.redis else {
            return false;
        };
        let day = Utc::now().date_naive();
        if let Ok(salt) = redis.salt(day).await {
            self.set_salt(day, salt);
        }
        let pending = self.take();
        if pending.is_empty() {
            return true;
        }
        match redis.push(&pending).await {
            Ok(()) => true,
            Err(e) => {
                tracing::debug!(error = %e, "Redis did not take the view counters; kept in process");
                self.restore(pending);
                false
            }
        }
    }
}

/// A visitor's day-scoped identity: SHA-256 over the salt, the client's address and agent.
fn visitor_hash(salt: &[u8; 32], client: Option<IpAddr>, agent: &str) -> u64 {
    let mut hash = Sha256::new();
    hash.update(salt);
    match client {
        Some(IpAddr::V4(ip)) => hash.update(ip.octets()),
        Some(IpAddr::V6(ip)) => hash.update(ip.octets()),
        None => {}
    }
    hash.update([0]);
    hash.update(agent.as_bytes());
    let digest = hash.finalize();
    let mut first = [0u8; 8];
    first.copy_from_slice(&digest[..8]);
    u64::from_le_bytes(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn views_and_visitors_are_counted_and_bots_are_not() {
        let counter = ViewCounter::new(None);
        let (e, j) = (Uuid::new_v4(), Uuid::new_v4());
        let a: IpAddr = "203.0.113.7".parse().unwrap();
        let b: IpAddr = "203.0.113.8".parse().unwrap();
        counter.record(e, j, Some(a), Some("Mozilla/5.0 Firefox/133.0"));
        counter.record(e, j, Some(a), Some("Mozilla/5.0 Firefox/133.0"));
        counter.record(e, j, Some(b), Some("Mozilla/5.0 Firefox/133.0"));
        counter.record(e, j, Some(b), Some("Googlebot/2.1"));
        let pending = counter.take();
        assert_eq!(
            pending.view_counts().iter().map(|c| c.views).sum::<i64>(),
            3
        );
        assert_eq!(pending.visitor_counts()[0].visitors, 2);
        assert!(counter.take().is_empty());
    }

    #[test]
    fn a_visitor_hash_depends_on_the_salt() {
        let ip: IpAddr = "198.51.100.1".parse().unwrap();
        let h1 = visitor_hash(&[1; 32], Some(ip), "agent");
        assert_eq!(h1, visitor_hash(&[1; 32], Some(ip), "agent"));
        assert_ne!(h1, visitor_hash(&[2; 32], Some(ip), "agent"));
        assert_ne!(h1, visitor_hash(&[1; 32], Some(ip), "other agent"));
    }
}
