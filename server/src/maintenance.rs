//! Periodic housekeeping that every replica may run (each step is safe to run concurrently).

use std::time::Duration;

use tokio::task::JoinHandle;

use crate::db::{Database, Maintenance};
use crate::usecases::applications;
use crate::usecases::uploads::{self, UploadSetup};

/// Every ten minutes: purges expired idempotency keys (kept 24 h), anonymizes applications
/// past their employer's retention period, and removes uploads left pending for a day.
pub fn spawn(db: Database, maintenance: Maintenance, uploads: UploadSetup) -> JoinHandle<()> {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(600));
        loop {
            tick.tick().await;
            run_once(&db, &maintenance, &uploads).await;
        }
    })
}

/// One round of housekeeping (tests call it directly). Cross-tenant steps run on the
/// maintenance handle; each employer's own work in its tenant transactions.
pub async fn run_once(db: &Database, maintenance: &Maintenance, uploads: &UploadSetup) {
    match maintenance.stale_uploads().await {
        Ok(keys) if keys.is_empty() => {}
        Ok(keys) => {
            tracing::info!(removed = keys.len(), "removed uploads never completed");
            uploads::delete_objects(uploads, &keys).await;
        }
        Err(e) => tracing::warn!(error = %e, "cleaning up stale uploads failed"),
    }
    match maintenance.purge_idempotency_keys().await {
        Ok(0) => {}
        Ok(purged) => tracing::info!(purged, "purged expired idempotency keys"),
        Err(e) => tracing::warn!(error = %e, "purging idempotency keys failed"),
    }
    let employers = match maintenance.employers_with_retention().await {
        Ok(employers) => employers,
        Err(e) => {
            tracing::warn!(error = %e, "listing retention periods failed");
            return;
        }
    };
    for (scope, days) in employers {
        let employer = scope.employer_id();
        match applications::anonymize_expired(db, &scope, days).await {
            Ok(0) => {}
            Ok(anonymized) => {
                tracing::info!(employer_id = %employer, anonymized, "anonymized applications past retention");
            }
            Err(e) => tracing::warn!(employer_id = %employer, error = %e, "retention failed"),
        }
    }
}
