//! The analytics worker: a queue on the worker skeleton whose jobs come due on timers —
//! handing the process's view counts to Redis (every second), folding the view counters into
//! hourly rows (every `JOBS_ANALYTICS_FLUSH_MS`) and folding the outbox's application events
//! into the funnel (at least every five seconds). Every serving process runs the first (see
//! [`AnalyticsWorker::pusher`]); processes with the owner login run the folds
//! ([`AnalyticsWorker::folds`]), in any number: both folds are exactly once (see `rollup` and
//! `funnel`).

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

/// How often a process hands its view counts to Redis.
const PUSH_EVERY: Duration = Duration::from_secs(1);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Task {
    /// The process's counts into Redis.
    Push,
    /// View counters into hourly rows.
    Views,
    /// The outbox into the funnel's facts.
    Funnel,
}

const TASKS: [Task; 3] = [Task::Push, Task::Funnel, Task::Views];

impl Task {
    fn slot(self) -> usize {
        match self {
            Task::Push => 0,
            Task::Views => 1,
            Task::Funnel => 2,
        }
    }
}

struct Timers {
    /// Per task: when it is next due (`None`: not this worker's), and whether it is running.
    next: [Option<Instant>; 3],
    running: [bool; 3],
}

pub struct AnalyticsWorker {
    views: Arc<ViewCounter>,
    store: Option<AnalyticsStore>,
    every: [Duration; 3],
    timers: Mutex<Timers>,
}

impl AnalyticsWorker {
    /// Hands the process's view counts to Redis every second; `None` without Redis (the
    /// process's folds then take them).
    pub fn pusher(views: Arc<ViewCounter>) -> Option<Self> {
        views.redis()?;
        Some(Self::with(
            views,
            None,
            [Some(Instant::now()), None, None],
            Duration::ZERO,
        ))
    }

    /// Folds view counters every `flush_every`, and the outbox into the funnel.
    pub fn folds(views: Arc<ViewCounter>, store: AnalyticsStore, flush_every: Duration) -> Self {
        let now = Instant::now();
        Self::with(
            views,
            Some(store),
            [None, Some(now + flush_every), Some(now)],
            flush_every,
        )
    }

    fn with(
        views: Arc<ViewCounter>,
        store: Option<AnalyticsStore>,
        next: [Option<Instant>; 3],
        flush_every: Duration,
    ) -> Self {
        Self {
            views,
            store,
            every: [PUSH_EVERY, flush_every, flush_every.min(FUNNEL_EVERY)],
            timers: Mutex::new(Timers {
                next,
                running: [false; 3],
            }),
        }
    }

    pub fn spawn(self) -> JoinHandle<()> {
        crate::worker::spawn(
            self,
            Limits {
                concurrency: 3,
                per_employer: 3,
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
        for task in TASKS {
            let slot = task.slot();
            if due.len() < limit
                && !timers.running[slot]
                && timers.next[slot].is_some_and(|at| at <= now)
            {
                timers.running[slot] = true;
                due.push(task);
            }
        }
        Ok(due)
    }

    async fn perform(&self, task: Task) -> Task {
        match (task, &self.store) {
            (Task::Push, _) => {
                self.views.push().await;
            }
            (Task::Views, Some(store)) => match rollup::flush(&self.views, store).await {
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
            (Task::Funnel, Some(store)) => {
                if let Err(e) = fold_funnel(store).await {
                    tracing::warn!(error = %e, "folding the funnel failed; retried next round");
                }
            }
            (_, None) => {}
        }
        let mut timers = self.timers();
        let slot = task.slot();
        timers.running[slot] = false;
        timers.next[slot] = Some(Instant::now() + self.every[slot]);
        task
    }

    async fn record(&self, _done: Vec<Task>) {}

    async fn next_due(&self, _full: &[Uuid]) -> Result<Option<DateTime<Utc>>, DbError> {
        let timers = self.timers();
        let now = Instant::now();
        let soonest = (0..3)
            .filter(|&slot| !timers.running[slot])
            .filter_map(|slot| timers.next[slot])
            .map(|at| at.saturating_duration_since(now))
            .min();
        Ok(soonest.and_then(|d| chrono::Duration::from_std(d).ok().map(|d| Utc::now() + d)))
    }

    async fn listener(&self) -> Result<AsyncPgConnection, DbError> {
        // Timers, not notifications, bring its jobs due.
        Err(DbError::Unavailable)
    }

    async fn sample(&self) {
        if let Some(store) = &self.store
            && let Ok(lag) = store.funnel_lag().await
        {
            metrics::gauge!("jobs_analytics_funnel_lag_events").set(lag as f64);
        }
    }

    fn max_idle(&self) -> Duration {
        if self.store.is_some() {
            self.every[2]
        } else {
            PUSH_EVERY
        }
    }
}
