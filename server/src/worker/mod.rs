//! The one worker skeleton every background job runs on (webhook delivery, mail): lease what
//! is due (any number of processes share a queue: `FOR UPDATE SKIP LOCKED` and leases), run
//! each job concurrently, record the outcomes in batches, and sleep until the next job is due,
//! a job finishes, or a `NOTIFY` wakes the worker. A queue says only what is particular to it
//! ([`Queue`]): how to lease, what to do with one job, how to record what happened.
//!
//! Fairness: every job holds one of `concurrency` slots only while it runs, and a slot that
//! frees is filled at once, so a slow destination delays nothing but itself. No employer
//! holds more than `per_employer` slots of a worker, and leases go round robin across the
//! employers with due jobs, so one employer's backlog cannot starve another's.

mod flight;
pub mod schedule;

use std::future::Future;
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use diesel_async::AsyncPgConnection;
use futures_util::StreamExt;
use tokio::task::JoinHandle;
use uuid::Uuid;

use crate::db::{DbError, FairShare};
use flight::Flight;

/// How often a queue's gauges are refreshed.
const SAMPLE_EVERY: Duration = Duration::from_secs(15);

/// Shortest sleep when something is due that this worker could not lease.
const MIN_RECHECK: Duration = Duration::from_millis(20);

/// What a queue contributes to the skeleton.
pub trait Queue: Send + Sync + 'static {
    /// One leased unit of work.
    type Job: Send + 'static;
    /// What performing a job found, for `record`.
    type Done: Send + 'static;

    /// The worker's name in logs.
    const NAME: &'static str;

    /// The gauge of its jobs in flight (the name dashboards already use).
    const IN_FLIGHT_GAUGE: &'static str;

    /// The employer a job belongs to (fair share).
    fn employer(job: &Self::Job) -> Uuid;

    /// Leases up to `limit` due jobs within the fair share.
    fn lease(
        &self,
        limit: usize,
        fair: &FairShare<'_>,
    ) -> impl Future<Output = Result<Vec<Self::Job>, DbError>> + Send;

    /// Performs one job (a side effect outside the database). Never fails: the outcome says
    /// what happened, and an unrecorded job's lease expires and it is leased again.
    fn perform(&self, job: Self::Job) -> impl Future<Output = Self::Done> + Send;

    /// Records the outcomes of jobs that finished together.
    fn record(&self, done: Vec<Self::Done>) -> impl Future<Output = ()> + Send;

    /// When the next job comes due, leaving out the employers in `full`.
    fn next_due(
        &self,
        full: &[Uuid],
    ) -> impl Future<Output = Result<Option<DateTime<Utc>>, DbError>> + Send;

    /// A connection listening on the queue's channel.
    fn listener(&self) -> impl Future<Output = Result<AsyncPgConnection, DbError>> + Send;

    /// Refreshes the queue's gauges (sampled, not on every wake-up).
    fn sample(&self) -> impl Future<Output = ()> + Send;

    /// Longest sleep without a notification: bounds how late a retry (or, for a queue fed
    /// by polling, a new job) can be.
    fn max_idle(&self) -> Duration {
        Duration::from_secs(5)
    }
}

/// A worker's concurrency.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Jobs in flight at once.
    pub concurrency: usize,
    /// Jobs of one employer in flight at once (at most `concurrency`).
    pub per_employer: usize,
}

/// Starts a worker on the runtime; it runs until the process ends.
pub fn spawn<Q: Queue>(queue: Q, limits: Limits) -> JoinHandle<()> {
    tokio::spawn(run(Arc::new(queue), limits))
}

/// The worker's loop.
pub async fn run<Q: Queue>(queue: Arc<Q>, limits: Limits) {
    let limits = Limits {
        concurrency: limits.concurrency.max(1),
        per_employer: limits.per_employer.clamp(1, limits.concurrency.max(1)),
    };
    tracing::info!(
        worker = Q::NAME,
        concurrency = limits.concurrency,
        per_employer = limits.per_employer,
        "worker started"
    );
    let max_idle = queue.max_idle();
    let mut flight = Flight::<Q>::default();
    let mut listener = None;
    let mut last_sample: Option<Instant> = None;
    loop {
        let free = limits.concurrency.saturating_sub(flight.len());
        let wait = match flight.fill(&queue, limits).await {
            // A full batch: more is probably due, as soon as a slot frees.
            Ok(started) if started == free && free > 0 => max_idle,
            Ok(_) if flight.len() >= limits.concurrency => max_idle,
            Ok(started) => match queue.next_due(&flight.full(limits)).await {
                Ok(Some(due)) => (due - Utc::now())
                    .to_std()
                    .unwrap_or(Duration::ZERO)
                    .min(max_idle)
                    // Due but not leased (another worker holds it this instant): look again
                    // shortly rather than at once.
                    .max(if started == 0 {
                        MIN_RECHECK
                    } else {
                        Duration::ZERO
                    }),
                Ok(None) => max_idle,
                Err(_) => Duration::from_secs(1),
            },
            Err(e) => {
                tracing::warn!(worker = Q::NAME, error = %e, "leasing jobs failed");
                Duration::from_secs(1)
            }
        };
        if last_sample.is_none_or(|at| at.elapsed() >= SAMPLE_EVERY) {
            last_sample = Some(Instant::now());
            queue.sample().await;
        }
        metrics::gauge!("jobs_worker_jobs_in_flight", "worker" => Q::NAME).set(flight.len() as f64);
        if wait.is_zero() && flight.len() < limits.concurrency {
            continue;
        }
        if listener.is_none() {
            listener = queue.listener().await.ok();
        }
        let idle = flight.len() == 0;
        let lost = tokio::select! {
            joined = flight.join_next(), if !idle => {
                let mut done: Vec<Q::Done> = joined.into_iter().collect();
                // Whatever else finished meanwhile is recorded in the same batch.
                done.extend(flight.finished_now());
                if !done.is_empty() {
                    queue.record(done).await;
                }
                false
            }
            lost = notified(listener.as_mut(), wait) => lost,
        };
        if lost {
            listener = None;
        }
    }
}

/// Waits for a NOTIFY on the listening connection (or `wait` without one); `true` when the
/// connection is gone.
async fn notified(listener: Option<&mut AsyncPgConnection>, wait: Duration) -> bool {
    match listener {
        Some(conn) => {
            let mut notifications = std::pin::pin!(conn.notifications_stream());
            let woke = tokio::select! {
                n = notifications.next() => Some(n),
                () = tokio::time::sleep(wait) => None,
            };
            // A closed stream or an error: the LISTEN connection is gone.
            matches!(woke, Some(None | Some(Err(_))))
        }
        None => {
            tokio::time::sleep(wait.min(Duration::from_secs(1))).await;
            false
        }
    }
}
