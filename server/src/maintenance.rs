//! Periodic housekeeping that every replica may run (each step is safe to run concurrently).

use std::time::Duration;

use tokio::task::JoinHandle;

use crate::db::{Database, Maintenance};
use crate::usecases::applications;
use crate::usecases::uploads::{self, UploadSetup};

/// Every ten minutes: purges expired idempotency keys (kept 24 h), anonymizes applications
/// past their employer's retention period, and removes uploads nothing keeps (see
/// [`expire_uploads`]).
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
    expire_uploads(db, maintenance, uploads).await;
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

/// Objects of uploads that nothing keeps: pending, rejected and unclaimed public uploads past
/// `JOBS_UPLOAD_UNCLAIMED_TTL`, and whatever a form posted to its incoming key after
/// `:complete` once the form expired.
async fn expire_uploads(db: &Database, maintenance: &Maintenance, uploads: &UploadSetup) {
    let ttl = uploads.config.unclaimed_ttl;
    match maintenance.expire_uploads(ttl).await {
        Ok(keys) if keys.is_empty() => {}
        Ok(keys) => {
            tracing::info!(
                removed = keys.len(),
                "removed uploads never completed or rejected"
            );
            uploads::delete_objects(uploads, &keys).await;
        }
        Err(e) => tracing::warn!(error = %e, "expiring uploads failed"),
    }
    match maintenance.employers_with_unclaimed_uploads(ttl).await {
        Ok(employers) => {
            for scope in employers {
                match uploads::expire_unclaimed(db, uploads, &scope).await {
                    Ok(0) => {}
                    Ok(removed) => tracing::info!(
                        employer_id = %scope.employer_id(),
                        removed,
                        "removed public uploads no application names"
                    ),
                    Err(e) => tracing::warn!(error = ?e, "expiring unclaimed uploads failed"),
                }
            }
        }
        Err(e) => tracing::warn!(error = %e, "listing unclaimed uploads failed"),
    }
    loop {
        let incoming = match maintenance.incoming_to_clear(500).await {
            Ok(incoming) if incoming.is_empty() => return,
            Ok(incoming) => incoming,
            Err(e) => {
                tracing::warn!(error = %e, "listing incoming upload keys failed");
                return;
            }
        };
        let batch = incoming.len();
        let cleared = uploads::clear_incoming(uploads, incoming).await;
        if let Err(e) = maintenance.incoming_cleared(&cleared).await {
            tracing::warn!(error = %e, "recording cleared upload keys failed");
            return;
        }
        if cleared.len() < batch || batch < 500 {
            return;
        }
    }
}
