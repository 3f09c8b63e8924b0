//! The jobs in flight, by employer, and where the round robin stands.

use std::collections::HashMap;
use std::sync::Arc;

use tokio::task::{Id, JoinError, JoinSet};
use uuid::Uuid;

use super::{Limits, Queue};
use crate::db::{DbError, FairShare};

pub(super) struct Flight<Q: Queue> {
    jobs: JoinSet<Q::Done>,
    employer_of: HashMap<Id, Uuid>,
    per_employer: HashMap<Uuid, usize>,
    /// The last employer a lease served.
    cursor: Option<Uuid>,
}

impl<Q: Queue> Default for Flight<Q> {
    fn default() -> Self {
        Self {
            jobs: JoinSet::new(),
            employer_of: HashMap::new(),
            per_employer: HashMap::new(),
            cursor: None,
        }
    }
}

impl<Q: Queue> Flight<Q> {
    pub(super) fn len(&self) -> usize {
        self.jobs.len()
    }

    /// Leases what is due within the free slots and each employer's share, and starts the
    /// jobs. Returns how many started.
    pub(super) async fn fill(&mut self, queue: &Arc<Q>, limits: Limits) -> Result<usize, DbError> {
        let free = limits.concurrency.saturating_sub(self.len());
        if free == 0 {
            return Ok(0);
        }
        let full = self.full(limits);
        let leased = queue
            .lease(
                free,
                &FairShare {
                    after: self.cursor,
                    full: &full,
                    default_share: limits.per_employer,
                    in_flight: &self.per_employer,
                },
            )
            .await?;
        let started = leased.len();
        if let Some(last) = leased.last() {
            self.cursor = Some(Q::employer(last));
        }
        for job in leased {
            let employer = Q::employer(&job);
            let queue = Arc::clone(queue);
            let handle = self.jobs.spawn(async move { queue.perform(job).await });
            self.employer_of.insert(handle.id(), employer);
            *self.per_employer.entry(employer).or_default() += 1;
        }
        Ok(started)
    }

    /// The employers at their in-flight limit.
    pub(super) fn full(&self, limits: Limits) -> Vec<Uuid> {
        self.per_employer
            .iter()
            .filter(|(_, n)| **n >= limits.per_employer)
            .map(|(e, _)| *e)
            .collect()
    }

    /// The next job to finish (none if it panicked: its lease expires and it runs again).
    pub(super) async fn join_next(&mut self) -> Option<Q::Done> {
        let joined = self.jobs.join_next_with_id().await?;
        self.finished(joined)
    }

    /// The jobs that have already finished, without waiting.
    pub(super) fn finished_now(&mut self) -> Vec<Q::Done> {
        let mut done = Vec::new();
        while let Some(joined) = self.jobs.try_join_next_with_id() {
            done.extend(self.finished(joined));
        }
        done
    }

    /// Frees the slot of a finished job.
    fn finished(&mut self, joined: Result<(Id, Q::Done), JoinError>) -> Option<Q::Done> {
        let (id, done) = match joined {
            Ok((id, done)) => (id, Some(done)),
            Err(e) => {
                tracing::error!(worker = Q::NAME, error = %e, "a job panicked");
                (e.id(), None)
            }
        };
        if let Some(employer) = self.employer_of.remove(&id)
            && let Some(n) = self.per_employer.get_mut(&employer)
        {
            *n -= 1;
            if *n == 0 {
                self.per_employer.remove(&employer);
            }
        }
        done
    }
}
