//! Periodic housekeeping that every replica may run (each step is safe to run concurrently).

use std::time::Duration;

use tokio::task::JoinHandle;

use crate::db::Database;

/// Purges expired idempotency keys (kept 24 h) every ten minutes.
pub fn spawn(db: Database) -> JoinHandle<()> {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(600));
        loop {
            tick.tick().await;
            match db.purge_idempotency_keys().await {
                Ok(0) => {}
                Ok(purged) => tracing::info!(purged, "purged expired idempotency keys"),
                Err(e) => tracing::warn!(error = %e, "purging idempotency keys failed"),
            }
        }
    })
}
