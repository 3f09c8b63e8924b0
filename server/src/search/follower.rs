//! Keeps the public index current: loads every published job's values once, then reads the
//! public changes feed from that position whenever a commit notifies `public_job_changes`, a
//! write of this process nudges it, or a second passes (which also confirms the index is
//! current while nothing changes). Runs inside `serve`.

use std::sync::{Arc, Weak};
use std::time::Duration;

use futures_util::StreamExt;
use tokio::sync::{Notify, watch};
use tokio::task::JoinHandle;

use super::PublicIndex;
use super::facets::FacetIndex;
use super::text::{TextDoc, TextIndex};
use crate::db::Database;

/// Changes read per round trip.
const BATCH: i64 = 1000;

/// Longest wait without a notification.
const POLL: Duration = Duration::from_secs(1);

/// Follows for as long as the index lives (the follower holds it only while it works on it).
/// A follower that panics is started again, and loads the index anew.
pub fn spawn(db: Database, index: &Arc<PublicIndex>) -> JoinHandle<()> {
    let (nudge, alive) = index.follower_signals();
    let weak = Arc::downgrade(index);
    tokio::spawn(async move {
        loop {
            let follower =
                tokio::spawn(run(db.clone(), weak.clone(), nudge.clone(), alive.clone()));
            match follower.await {
                Err(e) if e.is_panic() && weak.strong_count() > 0 => {
                    tracing::error!(error = %e, "the public index's follower panicked; restarting it");
                    metrics::counter!("jobs_public_index_follower_restarts_total").increment(1);
                    tokio::time::sleep(Duration::from_secs(1)).await;
                }
                _ => return,
            }
        }
    })
}

async fn run(
    db: Database,
    index: Weak<PublicIndex>,
    nudge: Arc<Notify>,
    mut alive: watch::Receiver<()>,
) {
    if !load(&db, &index, &mut alive).await {
        return;
    }
    let mut listener = None;
    let mut failing = false;
    loop {
        let Some(strong) = index.upgrade() else {
            return;
        };
        match catch_up(&db, &strong).await {
            Ok(_) => failing = false,
            Err(e) => {
                // Once per outage, not once a second.
                if !failing {
                    tracing::warn!(error = %e, "following the public changes feed failed");
                }
                failing = true;
            }
        }
        drop(strong);
        if listener.is_none() {
            listener = db.public_changes_listener().await.ok();
        }
        let lost = match listener.as_mut() {
            Some(conn) => {
                let mut notifications = std::pin::pin!(conn.notifications_stream());
                tokio::select! {
                    n = notifications.next() => matches!(n, None | Some(Err(_))),
                    () = nudge.notified() => false,
                    () = tokio::time::sleep(POLL) => false,
                    _ = alive.changed() => return,
                }
            }
            None => {
                tokio::select! {
                    () = nudge.notified() => {}
                    () = tokio::time::sleep(POLL) => {}
                    _ = alive.changed() => return,
                }
                false
            }
        };
        if lost {
            listener = None;
        }
    }
}

/// The initial load, retried until the database answers; `false` when the index went away.
async fn load(db: &Database, index: &Weak<PublicIndex>, alive: &mut watch::Receiver<()>) -> bool {
    let mut delay = Duration::from_millis(200);
    loop {
        let Some(strong) = index.upgrade() else {
            return false;
        };
        let writes = strong.writes_seen();
        let mut index = FacetIndex::default();
        let text = match TextIndex::new() {
            Ok(text) => text,
            Err(e) => {
                tracing::error!(error = %e, "creating the search index failed");
                return false;
            }
        };
        let mut text_failed = None;
        let loaded = db
            .public_docs_load(|docs| {
                if text_failed.is_none() {
                    text_failed = text.add_new(docs.iter().map(TextDoc::from_facet_doc)).err();
                }
                index.extend(docs);
            })
            .await;
        let loaded = match (loaded, text_failed) {
            (Ok(position), None) => text.commit().map(|()| position).map_err(|e| e.to_string()),
            (Ok(_), Some(e)) => Err(e.to_string()),
            (Err(e), _) => Err(e.to_string()),
        };
        match loaded {
            Ok(position) => {
                let jobs = index.len();
                strong.load(index, text, position);
                strong.caught_up(writes);
                tracing::info!(jobs, position, "public index loaded");
                return true;
            }
            Err(e) => {
                drop(strong);
                tracing::warn!(error = %e, "loading the public index failed; retrying");
                tokio::select! {
                    () = tokio::time::sleep(delay) => {}
                    _ = alive.changed() => return false,
                }
                delay = (delay * 2).min(Duration::from_secs(10));
            }
        }
    }
}

/// Reads and applies the feed up to its end; returns how many changes were applied. (Tests
/// call it to be sure the index has seen what they wrote.)
pub async fn catch_up(db: &Database, index: &PublicIndex) -> Result<usize, crate::db::DbError> {
    let _alone = index.catching_up.lock().await;
    let writes = index.writes_seen();
    let mut applied = 0;
    loop {
        let Some(position) = index.loaded_position() else {
            return Ok(applied);
        };
        let changes = db.public_doc_changes(position, BATCH).await?;
        let n = changes.len();
        index.apply(changes);
        applied += n;
        if i64::try_from(n).unwrap_or(i64::MAX) < BATCH {
            index.caught_up(writes);
            return Ok(applied);
        }
    }
}
