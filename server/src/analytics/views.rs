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
    /// Counts taken for a hand-over that did not answer, each under the id it was first sent
    /// with: sent again with the same id, they are added once (Redis and PostgreSQL both
    /// remember the ids they took).
    unsent: Vec<Batch>,
    /// The salts of today and tomorrow (from Redis when it answers, else this process's own).
    salts: Vec<(NaiveDate, [u8; 32])>,
}

/// Counts handed over together, under one id.
#[derive(Debug)]
pub struct Batch {
    pub id: Uuid,
    pub pending: Pending,
}

/// Visitor hashes per batch: a backlog goes out in pieces of bounded size.
const BATCH_VISITORS: usize = 20_000;

/// The process's view counter (one per process, shared by every request).
pub struct ViewCounter {
    state: Mutex<State>,
    redis: Option<RedisCounters>,
    /// `jobs_analytics_views_total{counted}`, registered once (not looked up per view).
    counted: metrics::Counter,
    bots: metrics::Counter,
}

impl ViewCounter {
    pub fn new(redis: Option<RedisCounters>) -> Self {
        Self {
            state: Mutex::new(State {
                pending: Pending::default(),
                unsent: Vec::new(),
                salts: Vec::new(),
            }),
            redis,
            counted: metrics::counter!("jobs_analytics_views_total", "counted" => "yes"),
            bots: metrics::counter!("jobs_analytics_views_total", "counted" => "bot"),
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
            self.bots.increment(1);
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
        let salt = match state.salts.iter().find(|(d, _)| *d == day) {
            Some((_, salt)) => *salt,
            None => {
                // The day's shared salt is not known yet (Redis away): a salt of this
                // process's own, so visitors are still told apart (the shared one is adopted
                // when Redis answers; visitors seen in between may count twice that day).
                let mut salt = [0u8; 32];
                OsRng.fill_bytes(&mut salt);
                state.salts.retain(|(d, _)| *d >= day);
                state.salts.push((day, salt));
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
        self.counted.increment(1);
    }

    /// Takes what is to be handed on: the batches not sent before (under their ids), then
    /// what was counted since, in batches of bounded size (under new ids).
    pub fn take(&self) -> Vec<Batch> {
        let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        let mut batches = std::mem::take(&mut state.unsent);
        let pending = std::mem::take(&mut state.pending);
        drop(state);
        batches.extend(split(pending));
        batches
    }

    /// Keeps batches that could not be handed on, to be sent again under the same ids.
    pub fn keep(&self, batches: Vec<Batch>) {
        if batches.is_empty() {
            return;
        }
        let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        state.unsent.extend(batches);
    }

    /// Keeps the day's visitor hashes (no views): the in-process estimate of the day.
    pub fn keep_visitors(&self, visitors: HashMap<(Uuid, Uuid, NaiveDate), HashSet<u64>>) {
        let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        state.pending.merge(Pending {
            views: HashMap::new(),
            visitors,
        });
    }

    /// Adopts the shared salt of a day.
    pub fn set_salt(&self, day: NaiveDate, salt: [u8; 32]) {
        let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        let today = Utc::now().date_naive();
        state.salts.retain(|(d, _)| *d != day && *d >= today);
        state.salts.push((day, salt));
    }

    /// Learns the shared salts of today and tomorrow (so the day's first views already use
    /// it). `false` when Redis did not answer.
    pub async fn fetch_salts(&self) -> bool {
        let Some(redis) = &self.redis else {
            return false;
        };
        let today = Utc::now().date_naive();
        for day in [today, today + chrono::Days::new(1)] {
            let known = {
                let state = self.state.lock().unwrap_or_else(|p| p.into_inner());
                state.salts.iter().any(|(d, _)| *d == day)
            };
            // Today's local salt (Redis was away when the day began) is replaced by the shared one.
            if known && day != today {
                continue;
            }
            match redis.salt(day).await {
                Ok(salt) => self.set_salt(day, salt),
                Err(_) => return false,
            }
        }
        true
    }

    /// Hands what was counted to Redis (views into the live counters, visitors into the
    /// day's HyperLogLogs), each batch under its id so that a batch sent again after an
    /// unanswered attempt is added once. Batches stay here when Redis does not answer.
    /// `true` when Redis took everything (or there was nothing).
    pub async fn push(&self) -> bool {
        let Some(redis) = &self.redis else {
            return false;
        };
        self.fetch_salts().await;
        let mut batches = self.take().into_iter();
        while let Some(batch) = batches.next() {
            if batch.pending.is_empty() {
                continue;
            }
            if let Err(e) = redis.push(batch.id, &batch.pending).await {
                tracing::debug!(error = %e, "Redis did not take the view counters; kept in process");
                let mut unsent = vec![batch];
                unsent.extend(batches);
                self.keep(unsent);
                return false;
            }
        }
        true
    }
}

/// Splits counts into batches of at most [`BATCH_VISITORS`] visitor hashes each (views go
/// with the first).
fn split(pending: Pending) -> Vec<Batch> {
    if pending.is_empty() {
        return Vec::new();
    }
    let mut batches = vec![Batch {
        id: Uuid::new_v4(),
        pending: Pending {
            views: pending.views,
            visitors: HashMap::new(),
        },
    }];
    let mut size = 0;
    for (key, hashes) in pending.visitors {
        if size + hashes.len() > BATCH_VISITORS && size > 0 {
            batches.push(Batch {
                id: Uuid::new_v4(),
                pending: Pending::default(),
            });
            size = 0;
        }
        size += hashes.len();
        if let Some(last) = batches.last_mut() {
            last.pending.visitors.insert(key, hashes);
        }
    }
    batches
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
        let batches = counter.take();
        assert_eq!(batches.len(), 1);
        let pending = &batches[0].pending;
        assert_eq!(
            pending.view_counts().iter().map(|c| c.views).sum::<i64>(),
            3
        );
        assert_eq!(pending.visitor_counts()[0].visitors, 2);
        assert!(counter.take().is_empty());
        // A batch kept after a failed hand-over goes again under the same id.
        let id = batches[0].id;
        counter.keep(batches);
        counter.record(e, j, Some(a), Some("Mozilla/5.0 Firefox/133.0"));
        let again = counter.take();
        assert_eq!(again[0].id, id);
        assert_eq!(again.len(), 2);
    }

    #[test]
    fn a_backlog_goes_in_bounded_batches() {
        let mut pending = Pending::default();
        let e = Uuid::new_v4();
        for n in 0..5u64 {
            let set = (0..BATCH_VISITORS as u64 / 2)
                .map(|h| h + n * 1_000_000)
                .collect();
            pending
                .visitors
                .insert((e, Uuid::new_v4(), Utc::now().date_naive()), set);
        }
        let batches = split(pending);
        assert!(batches.len() >= 3);
        for b in &batches {
            let size: usize = b.pending.visitors.values().map(HashSet::len).sum();
            assert!(size <= BATCH_VISITORS);
        }
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
