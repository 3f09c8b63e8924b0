//! Hiring analytics without a write on the hot path: views are counted in process and in Redis
//! ([`views`], [`counters`]) and folded into hourly PostgreSQL rows ([`rollup`]); the funnel
//! is folded from the outbox after a checkpoint ([`funnel`]). Both folds run on the worker
//! skeleton ([`worker`]).

pub mod counters;
pub mod funnel;
pub mod rollup;
pub mod views;
pub mod worker;

use std::sync::Arc;
use std::time::Duration;

use tokio::task::JoinHandle;

pub use views::ViewCounter;

/// Hands the process's counts to Redis about every second (when Redis is configured).
pub fn spawn_pusher(views: Arc<ViewCounter>) -> Option<JoinHandle<()>> {
    views.redis()?;
    Some(tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(1));
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            views.push().await;
        }
    }))
}
