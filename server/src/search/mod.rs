//! Public search's in-process index: derived from PostgreSQL (which stays the only source of
//! truth), rebuilt at start and kept current by following the public changes feed, so that
//! facet counts, taxonomy lists and the validators of public reads cost no scan per request.
//!
//! One copy per process, deliberately (see ARCHITECTURE.md, scale-out): replicas need no
//! coordination, each follows the commit-ordered feed (woken by NOTIFY at each commit, within
//! milliseconds). While the index is not loaded, has not heard from the database for
//! [`FRESH_FOR`], or has not yet caught up with a write this process answered, callers fall
//! back to SQL: a client that changed something and reads it back from the same replica sees
//! its change.

pub mod automata;
pub mod facets;
pub mod follower;
pub mod query;
pub mod suggest;
pub mod text;
pub mod words;

use std::path::PathBuf;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use uuid::Uuid;

use crate::db::{FacetRow, TaxonomyKind, TaxonomyRow};
use crate::domain::search::JobFilters;
use facets::FacetIndex;
use text::TextIndex;

/// How long the index counts as current after the follower last confirmed its position.
pub const FRESH_FOR: Duration = Duration::from_secs(10);

/// The shared index and how current it is.
pub struct PublicIndex {
    facets: RwLock<Option<FacetIndex>>,
    /// The published jobs' text, for searches with `q` (set by the initial load).
    text: RwLock<Option<Arc<TextIndex>>>,
    /// The feed position the index reflects (-1: not loaded).
    position: AtomicI64,
    /// Milliseconds since `started` when the follower last confirmed the position.
    confirmed_ms: AtomicU64,
    started: Instant,
    /// Writes this process answered (see [`PublicIndex::note_write`]).
    writes: AtomicU64,
    /// How many of those the follower had seen answered before its last catch-up started.
    caught_up_with: AtomicU64,
    /// Wakes the follower after a write.
    nudge: Arc<tokio::sync::Notify>,
    /// Dropped with the index: its follower stops.
    alive: tokio::sync::watch::Sender<()>,
    /// Counts the follower's catch-ups, for readers waiting on one.
    caught_up_signal: tokio::sync::watch::Sender<u64>,
    /// One catch-up at a time: two reading the feed from one position and applying in the
    /// other order would put back a job's older values.
    catching_up: tokio::sync::Mutex<()>,
    /// Where the text index is kept across restarts (`JOBS_SEARCH_INDEX_DIR`), if anywhere.
    dir: Option<PathBuf>,
    /// The feed position a persisted index was resumed from (-1: built from PostgreSQL).
    resumed_from: AtomicI64,
}

impl Default for PublicIndex {
    fn default() -> Self {
        Self {
            facets: RwLock::new(None),
            text: RwLock::new(None),
            position: AtomicI64::new(-1),
            confirmed_ms: AtomicU64::new(0),
            started: Instant::now(),
            writes: AtomicU64::new(0),
            caught_up_with: AtomicU64::new(0),
            nudge: Arc::new(tokio::sync::Notify::new()),
            alive: tokio::sync::watch::Sender::new(()),
            caught_up_signal: tokio::sync::watch::Sender::new(0),
            catching_up: tokio::sync::Mutex::new(()),
            dir: None,
            resumed_from: AtomicI64::new(-1),
        }
    }
}

impl PublicIndex {
    pub fn new() -> Arc<Self> {
        Arc::new(Self::default())
    }

    /// An index whose text is kept in `dir` and resumed from there after a restart.
    pub fn persistent(dir: PathBuf) -> Arc<Self> {
        Arc::new(Self {
            dir: Some(dir),
            ..Self::default()
        })
    }

    /// Where the text index is kept, if it is persisted.
    pub fn dir(&self) -> Option<&std::path::Path> {
        self.dir.as_deref()
    }

    /// The feed position this process's index resumed from (a persisted index reopened), or
    /// `None` when it was built from PostgreSQL.
    pub fn resumed_from(&self) -> Option<i64> {
        let position = self.resumed_from.load(Ordering::Acquire);
        (position >= 0).then_some(position)
    }

    /// The feed position the index is current at, if it is loaded, fresh, and has caught
    /// up with every write this process answered.
    pub fn position(&self) -> Option<i64> {
        let position = self.position.load(Ordering::Acquire);
        if position < 0 {
            return None;
        }
        if self.caught_up_with.load(Ordering::Acquire) < self.writes.load(Ordering::Acquire) {
            return None;
        }
        let confirmed = Duration::from_millis(self.confirmed_ms.load(Ordering::Acquire));
        let age = self.started.elapsed().saturating_sub(confirmed);
        (age <= FRESH_FOR).then_some(position)
    }

    /// [`Self::position`], after waiting up to `patience` for the follower when the index is
    /// loaded and fresh but has not yet read a write this process answered (it was nudged and
    /// takes a round trip or two): a client reading back its own change sees it, and one
    /// validator scheme serves before and after.
    pub async fn settled_position(&self, patience: Duration) -> Option<i64> {
        if let Some(position) = self.position() {
            return Some(position);
        }
        self.loaded_position()?;
        let mut signal = self.caught_up_signal.subscribe();
        let deadline = tokio::time::Instant::now() + patience;
        loop {
            if let Some(position) = self.position() {
                return Some(position);
            }
            match tokio::time::timeout_at(deadline, signal.changed()).await {
                Ok(Ok(())) => {}
                _ => return self.position(),
            }
        }
    }

    /// A request that may have changed what the public sees was answered (its transaction
    /// committed): until the follower has read the feed again, the index is not current.
    pub fn note_write(&self) {
        self.writes.fetch_add(1, Ordering::AcqRel);
        self.nudge.notify_one();
    }

    /// The writes answered so far: a catch-up that starts now covers them.
    fn writes_seen(&self) -> u64 {
        self.writes.load(Ordering::Acquire)
    }

    fn caught_up(&self, writes: u64) {
        self.caught_up_with.fetch_max(writes, Ordering::AcqRel);
        self.caught_up_signal.send_modify(|n| *n += 1);
    }

    /// Facet counts for `filters` without a text query, when the index is fresh.
    pub fn facets(&self, filters: &JobFilters) -> Option<Vec<FacetRow>> {
        if filters.q.is_some() {
            return None;
        }
        self.position()?;
        let guard = self.facets.read().ok()?;
        Some(guard.as_ref()?.facets(filters))
    }

    /// A page of a taxonomy, when the index is fresh.
    pub fn taxonomy(
        &self,
        kind: TaxonomyKind,
        employer_id: Option<Uuid>,
        after: Option<&str>,
        limit: i64,
    ) -> Option<Vec<TaxonomyRow>> {
        self.position()?;
        let guard = self.facets.read().ok()?;
        Some(guard.as_ref()?.taxonomy(kind, employer_id, after, limit))
    }

    /// The text index once loaded, current or not (a cursor made from one of its views
    /// continues there).
    pub fn loaded_text(&self) -> Option<Arc<TextIndex>> {
        self.text.read().ok()?.clone()
    }

    /// Replaces the whole index (the follower's initial load).
    fn load(&self, index: FacetIndex, text: TextIndex, position: i64, resumed: Option<i64>) {
        self.resumed_from
            .store(resumed.unwrap_or(-1), Ordering::Release);
        if let Ok(mut guard) = self.text.write() {
            *guard = Some(Arc::new(text));
        }
        if let Ok(mut guard) = self.facets.write() {
            metrics::gauge!("jobs_public_index_jobs").set(index.len() as f64);
            *guard = Some(index);
            self.position.store(position, Ordering::Release);
            metrics::gauge!("jobs_public_index_position").set(position as f64);
            self.confirm();
        }
    }

    /// Applies changes in feed order; the position moves to the last one.
    fn apply(&self, changes: Vec<crate::db::DocChange>) {
        let Some(last) = changes.last().map(|c| c.position) else {
            self.confirm();
            return;
        };
        if let Some(text) = self.loaded_text()
            && let Err(e) = text.apply_changes(&changes)
        {
            // A text index that missed a change must not answer: searches with `q` read SQL
            // from then on (the next start builds it anew).
            tracing::error!(error = %e, "applying changes to the search index failed");
            if let Ok(mut guard) = self.text.write() {
                *guard = None;
            }
        }
        if let Ok(mut guard) = self.facets.write()
            && let Some(index) = guard.as_mut()
        {
            for change in changes {
                index.apply(change.job_id, change.doc);
            }
            metrics::gauge!("jobs_public_index_jobs").set(index.len() as f64);
            self.position.store(last, Ordering::Release);
            metrics::gauge!("jobs_public_index_position").set(last as f64);
            self.confirm();
        }
    }

    /// Whether the index has loaded once (readiness waits for it: a replica that would answer
    /// searches from SQL only takes no traffic yet).
    pub fn has_loaded(&self) -> bool {
        self.loaded_position().is_some()
    }

    fn loaded_position(&self) -> Option<i64> {
        let position = self.position.load(Ordering::Acquire);
        (position >= 0).then_some(position)
    }

    fn confirm(&self) {
        let now = u64::try_from(self.started.elapsed().as_millis()).unwrap_or(u64::MAX);
        self.confirmed_ms.store(now, Ordering::Release);
    }

    /// What the follower waits on besides the database: writes of this process, and the
    /// index going away.
    fn follower_signals(&self) -> (Arc<tokio::sync::Notify>, tokio::sync::watch::Receiver<()>) {
        (self.nudge.clone(), self.alive.subscribe())
    }

    /// How many published jobs the index holds (0 before it is loaded).
    pub fn len(&self) -> usize {
        self.facets
            .read()
            .ok()
            .and_then(|g| g.as_ref().map(FacetIndex::len))
            .unwrap_or(0)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}
