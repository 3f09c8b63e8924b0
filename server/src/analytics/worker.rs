//! The analytics worker: a queue on the worker skeleton whose two jobs come due on a timer —
//! folding the view counters (every `JOBS_ANALYTICS_FLUSH_MS`) and folding the outbox's
//! application events into the funnel (at least every five seconds). Either may run in any
//! number of processes: both folds are exactly once (see `rollup` and `funnel`).

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use diesel_async::AsyncPgConnection;
use tokio::task::JoinHandle;
use uuid::Uuid;

use super::views::ViewCounter;
use super::{funnel, rollup};
use crate::db::{AnalyticsStore, DbError, FairShare};
use crate::worker::{Limits, Queue};

/// Events folded per round; a perform folds rounds until caught up or this many.
const FUNNEL_BATCH: usize = 1_000;
const FUNNEL_ROUNDS: usize = 50;

/// The longest the funnel waits behind the outbox.
const FUNNEL_EVERY: Duration = Duration::from_secs(5);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Task {
    /// View counters into hourly rows.
    Views,
    /// The outbox into the funnel's facts.
    Funnel,
}

impl Task {
    fn slot(self) -> usize {
        match self {
            Task::Views => 0,
            Task::Funnel => 1,
        }
    }
}

struct Timers {
    /// Per task: when it is next due, and whether it is running.
    next: [Instant; 2],
    running: [bool; 2],
}

pub struct AnalyticsWorker {
    views: Arc<ViewCounter>,
    store: AnalyticsStore,
    every: [Duration; 2],
    timers: Mutex<Timers>,
}

impl AnalyticsWorker {
    pub fn new(views: Arc<ViewCounter>, store: AnalyticsStore, flush_every: Duration) -> Self {
        let now = Instant::now();
        Self {
            views,
            store,
            every: [flush_every, flush_every.min(FUNNEL_EVERY)],
            timers: Mutex::new(Timers {
                next: [now + flush_every, now],
                running: [false; 2],
            }),
        }
    }

    pub fn spawn(self) -> JoinHandle<()> {
        crate::worker::spawn(
            self,
            Limits {
                concurrency: 2,
                per_employer: 2,
            },
        )
    }

    fn timers(&self) -> std::sync::MutexGuard<'_, Timers> {
        self.timers.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// Folds the outbox until caught up (tests and the worker): how many events were read, or
/// `None` when another fold holds the checkpoint.
pub async fn fold_funnel(store: &AnalyticsStore) -> Result<Option<usize>, DbError> {
    let mut total = 0;
    for _ in 0..FUNNEL_ROUNDS {
        let Some(n) = funnel::fold(store, FUNNEL_BATCH).await? else {
            return Ok((total > 0).then_some(total));
        };
        total += n;
        if n < FUNNEL_BATCH {
            break;
        }
    }
    Ok(Some(total))
}

impl Queue for AnalyticsWorker {
    type Job = Task;
    type Done = Task;

    const NAME: &'static str = "analytics";
    const IN_FLIGHT_GAUGE: &'static str = "jobs_analytics_folds_in_flight";

    fn employer(_: &Task) -> Uuid {
        Uuid::nil()
    }

    async fn lease(&self, limit: usize, _fair: &FairShare<'_>) -> Result<Vec<Task>, DbError> {
        let now = Instant::now();
        let mut timers = self.timers();
        let mut due = Vec::new();
        for task in [Task::Funnel, Task::Views] {
            let slot = task.slot();
            if due.len() < limit && !timers.running[slot] && timers.next[slot] <= now {
                timers.running[slot] = true;
                due.push(task);
            }
        }
        Ok(due)
    }

    async fn perform(&self, task: Task) -> Task {
        match task {
            Task::Views => match rollup::flush(&self.views, &self.store).await {
                Ok(flushed) if flushed.views > 0 => {
                    tracing::debug!(
                        views = flushed.views,
                        redis = flushed.through_redis,
                        "views folded"
                    );
                }
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "folding view counters failed; they are kept"),
            },
            Task::Funnel => {
                if let Err(e) = fold_funnel(&self.store).await {
                    tracing::warn!(error = %e, "folding the funnel failed; retried next round");
                }
            }
        }
        let mut timers = self.timers();
        let slot = task.slot();
        timers.running[slot] = false;
        timers.next[slot] = Instant::now() + self.every[slot];
        task
    }

    async fn record(&self, _done: Vec<Task>) {}

    async fn next_due(&self, _full: &[Uuid]) -> Result<Option<DateTime<Utc>>, DbError> {
        let timers = self.timers();
        let now = Instant::now();
        let soonest = (0..2)
            .filter(|&slot| !timers.running[slot])
            .map(|slot| timers.next[slot].saturating_duration_since(now))
            .min();
        Ok(soonest.and_then(|d| chrono::Duration::from_std(d).ok().map(|d| Utc::now() + d)))
    }

    async fn listener(&self) -> Result<AsyncPgConnection, DbError> {
        // Timers, not notifications, bring its jobs due.
        Err(DbError::Unavailable)
    }

    async fn sample(&self) {
        if let Ok(lag) = self.store.funnel_lag().await {
            metrics::gauge!("jobs_analytics_funnel_lag_events").set(lag as f64);
        }
    }

    fn max_idle(&self) -> Duration {
        self.every[1]
    }
}
