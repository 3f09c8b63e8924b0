//! Applicant matching, an employer's opt-in (`settings.applicant_matching_enabled`): CV files
//! are read in the background ([`extract`], in a child process: [`isolate`]), their text is
//! embedded when a sentence model is configured ([`embed`]), and every application is scored
//! against its job ([`scorer`], on the worker skeleton: [`worker`]). Requests only read what
//! the worker stored.

pub mod bench;
#[cfg(feature = "semantic")]
pub mod embed;
#[cfg(not(feature = "semantic"))]
#[path = "embed_off.rs"]
pub mod embed;
pub mod extract;
pub mod isolate;
pub mod samples;
pub mod scorer;
pub mod worker;

use std::collections::HashMap;
use std::sync::Arc;

use tokio::task::JoinHandle;

use crate::config::Config;
use crate::db::{Database, MatchStore};
use crate::uploads::store::Store;

/// Starts the matching worker when this process runs one (`JOBS_MATCH_WORKER`, the owner
/// login): loads the sentence model and checks the own scorer's address first.
pub async fn start(
    config: &Config,
    db: &Database,
    store: Option<MatchStore>,
    uploads: Option<Store>,
    extractor: isolate::Extractor,
) -> Option<JoinHandle<()>> {
    if !config.matching.worker {
        return None;
    }
    let Some(store) = store else {
        tracing::warn!(
            "applicant matching's worker is off in this process: it needs the owner login \
             (JOBS_MIGRATION_DATABASE_URL)"
        );
        return None;
    };
    Some(matcher(config, db, store, uploads, extractor).await.spawn())
}

/// The worker, not yet started (tests run its rounds themselves).
pub async fn matcher(
    config: &Config,
    db: &Database,
    store: MatchStore,
    uploads: Option<Store>,
    extractor: isolate::Extractor,
) -> worker::Matcher {
    let embedder = match &config.matching.model_dir {
        Some(dir) => {
            let dir = dir.clone();
            match tokio::task::spawn_blocking(move || embed::Embedder::load(&dir)).await {
                Ok(Ok(embedder)) => {
                    tracing::info!(
                        model = embedder.model_id(),
                        "applicant matching embeds with a sentence model"
                    );
                    Some(Arc::new(embedder))
                }
                Ok(Err(e)) => {
                    tracing::error!(error = %e, "JOBS_MATCH_MODEL_DIR could not be loaded: matching is lexical");
                    None
                }
                Err(_) => None,
            }
        }
        None => None,
    };
    let external = match &config.matching.scorer_url {
        Some(url) => external(config, url).await,
        None => None,
    };
    worker::Matcher {
        store,
        db: db.clone(),
        uploads,
        extractor,
        // Below the lease, so a slow read is not leased (and read) a second time.
        extract_timeout: config
            .matching
            .extract_timeout
            .min(worker::MAX_EXTRACT_TIME),
        embedder,
        external,
    }
}

async fn external(config: &Config, url: &str) -> Option<scorer::External> {
    let client = match crate::webhooks::client::Client::new(
        config.webhooks.allowed_cidrs.clone(),
        config.matching.scorer_timeout,
        HashMap::new(),
    ) {
        Ok(client) => client,
        Err(e) => {
            tracing::error!(error = %e, "the own match scorer's client could not be built");
            return None;
        }
    };
    let parsed = match url::Url::parse(url) {
        Ok(parsed) => parsed,
        Err(e) => {
            tracing::error!(error = %e, "JOBS_MATCH_SCORER_URL is not a URL: the built-in scorer answers");
            return None;
        }
    };
    if let Err(reason) = client.admissible(&parsed).await {
        tracing::error!(%reason, "JOBS_MATCH_SCORER_URL is refused by the webhooks' address rules: the built-in scorer answers");
        return None;
    }
    Some(scorer::External::new(url.to_string(), client))
}
