//! Keeps the public index current: loads every published job's values once, then reads the
//! public changes feed from that position whenever a commit notifies `public_job_changes`, a
//! write of this process nudges it, or a second passes (which also confirms the index is
//! current while nothing changes). Runs inside `serve`.

use std::path::Path;
use std::sync::{Arc, Weak};
use std::time::Duration;

use futures_util::StreamExt;
use tokio::sync::{Notify, watch};
use tokio::task::JoinHandle;

use super::PublicIndex;
use super::facets::FacetIndex;
use super::text::{Mark, Opened, TextDoc, TextIndex};
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
        let dir = strong.dir().map(Path::to_path_buf);
        let loaded = match &dir {
            Some(dir) => match resume(db, dir).await {
                Ok(Some(resumed)) => Ok(resumed),
                Ok(None) => build(db, Some(dir)).await,
                Err(e) => Err(e),
            },
            None => build(db, None).await,
        };
        match loaded {
            Ok(Loaded {
                facets,
                text,
                position,
                resumed_from,
            }) => {
                let jobs = facets.len();
                let how = if resumed_from.is_some() {
                    "resumed"
                } else {
                    "built"
                };
                metrics::counter!("jobs_public_index_loads_total", "how" => how).increment(1);
                strong.load(facets, text, position, resumed_from);
                strong.caught_up(writes);
                tracing::info!(jobs, position, ?resumed_from, how, "public index loaded");
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

/// A loaded index, not yet shared.
struct Loaded {
    facets: FacetIndex,
    text: TextIndex,
    position: i64,
    /// Where a persisted index was reopened at (`None`: built from PostgreSQL).
    resumed_from: Option<i64>,
}

/// Every published job from PostgreSQL into a new index (in `dir` when given and usable, else
/// in memory).
async fn build(db: &Database, dir: Option<&Path>) -> Result<Loaded, String> {
    let text = match dir.map(TextIndex::create_in) {
        Some(Ok(text)) => text,
        Some(Err(e)) => {
            tracing::error!(error = %e, "the search index cannot be kept in JOBS_SEARCH_INDEX_DIR; keeping it in memory");
            TextIndex::new().map_err(|e| e.to_string())?
        }
        None => TextIndex::new().map_err(|e| e.to_string())?,
    };
    text.pause_merges().map_err(|e| e.to_string())?;
    let mut facets = FacetIndex::default();
    let mut text_failed = None;
    let position = db
        .public_docs_load(|docs| {
            if text_failed.is_none() {
                text_failed = text.add_new(docs.iter().map(TextDoc::from_facet_doc)).err();
            }
            facets.extend(docs);
        })
        .await
        .map_err(|e| e.to_string())?;
    if let Some(e) = text_failed {
        return Err(e.to_string());
    }
    let anchor = db
        .public_change_at(position)
        .await
        .map_err(|e| e.to_string())?;
    text.commit(Mark { position, anchor })
        .map_err(|e| e.to_string())?;
    // One segment answers faster; the index answers without (and merges in the background).
    if let Err(e) = text.merge_all() {
        tracing::warn!(error = %e, "merging the search index's segments failed");
    }
    Ok(Loaded {
        facets,
        text,
        position,
        resumed_from: None,
    })
}

/// The index persisted in `dir`, brought up to the feed's end, when it was persisted from this
/// database's feed (the change at its recorded position is the one it recorded); `None` when
/// it must be built anew. An index that cannot be opened (another process holds the
/// directory) is built in memory instead.
async fn resume(db: &Database, dir: &Path) -> Result<Option<Loaded>, String> {
    let (text, mark, docs) = match TextIndex::open_in(dir) {
        Ok(Opened::Resumable(text, mark, docs)) => (*text, mark, docs),
        Ok(Opened::Rebuild) => return Ok(None),
        Err(e) => {
            tracing::error!(error = %e, "the search index in JOBS_SEARCH_INDEX_DIR cannot be opened; keeping it in memory");
            return build(db, None).await.map(Some);
        }
    };
    let anchor = db
        .public_change_at(mark.position)
        .await
        .map_err(|e| e.to_string())?;
    if anchor != mark.anchor {
        tracing::info!(
            position = mark.position,
            "the persisted search index came from another feed; building it anew"
        );
        return Ok(None);
    }
    let mut facets = FacetIndex::default();
    facets.extend(docs.iter().map(TextDoc::to_facet_doc).collect());
    let mut position = mark.position;
    loop {
        let changes = db
            .public_doc_changes(position, BATCH)
            .await
            .map_err(|e| e.to_string())?;
        let Some(last) = changes.last().map(|c| c.position) else {
            break;
        };
        let n = changes.len();
        text.apply_changes(&changes).map_err(|e| e.to_string())?;
        for change in changes {
            facets.apply(change.job_id, change.doc);
        }
        position = last;
        if i64::try_from(n).unwrap_or(i64::MAX) < BATCH {
            break;
        }
    }
    Ok(Some(Loaded {
        facets,
        text,
        position,
        resumed_from: Some(mark.position),
    }))
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
