//! Folding view counters into PostgreSQL's hourly rows (and the day's unique visitors): from
//! Redis when it answers, else from this process's own counts.

use chrono::Utc;

use super::views::{Pending, ViewCounter};
use crate::db::AnalyticsStore;

/// What a flush folded.
#[derive(Debug, Default, Clone, Copy)]
pub struct Flushed {
    pub views: i64,
    pub through_redis: bool,
}

/// One flush: hands this process's counts to Redis, folds the live counters (and any fold a
/// stopped worker left) into hourly rows, and sets the unique visitors of today and yesterday.
/// Without Redis, this process's counts are folded directly.
pub async fn flush(views: &ViewCounter, store: &AnalyticsStore) -> Result<Flushed, String> {
    if let Some(redis) = views.redis()
        && views.push().await
    {
        let mut flushed = Flushed {
            views: 0,
            through_redis: true,
        };
        let folds = redis.take_folds().await.map_err(|e| e.to_string())?;
        for fold in folds {
            let added = store
                .add_views(fold.id, &fold.counts)
                .await
                .map_err(|e| e.to_string())?;
            if added {
                flushed.views += fold.counts.iter().map(|c| c.views).sum::<i64>();
            }
            redis.folded(fold.id).await.map_err(|e| e.to_string())?;
        }
        let today = Utc::now().date_naive();
        let days = [today - chrono::Days::new(1), today];
        let visitors = redis.visitors(&days).await.map_err(|e| e.to_string())?;
        store
            .set_visitors(&visitors)
            .await
            .map_err(|e| e.to_string())?;
        return Ok(flushed);
    }
    // This process's own counts, batch by batch, each under its id (a batch added before,
    // whose answer was lost, is not added again).
    let mut total = 0;
    // The visitors of every batch: the day's estimate in this process.
    let mut day = Pending::default();
    let mut batches = views.take().into_iter();
    let mut failed = None;
    while let Some(batch) = batches.next() {
        let counts = batch.pending.view_counts();
        if !counts.is_empty() {
            if let Err(e) = store.add_views(batch.id, &counts).await {
                let mut unsent = vec![batch];
                unsent.extend(batches.by_ref());
                views.keep(unsent);
                failed = Some(e.to_string());
                break;
            }
            total += counts.iter().map(|c| c.views).sum::<i64>();
        }
        for (key, hashes) in batch.pending.visitors {
            day.visitors.entry(key).or_default().extend(hashes);
        }
    }
    let set = store.set_visitors(&day.visitor_counts()).await;
    // The day's visitor sets stay: the estimate is of the whole day (and Redis takes them
    // when it answers again). Older days are done.
    let today = Utc::now().date_naive();
    day.visitors.retain(|&(_, _, d), _| d >= today);
    views.keep_visitors(day.visitors);
    if let Some(e) = failed {
        return Err(e);
    }
    set.map_err(|e| e.to_string())?;
    Ok(Flushed {
        views: total,
        through_redis: false,
    })
}
