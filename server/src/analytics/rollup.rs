//! Folding view counters into PostgreSQL's hourly rows (and the day's unique visitors): from
//! Redis when it answers, else from this process's own counts.

use chrono::Utc;
use uuid::Uuid;

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
    let pending = views.take();
    if pending.is_empty() {
        return Ok(Flushed::default());
    }
    let counts = pending.view_counts();
    let total: i64 = counts.iter().map(|c| c.views).sum();
    let Pending {
        views: view_map,
        visitors,
    } = pending;
    if !counts.is_empty()
        && let Err(e) = store.add_views(Uuid::new_v4(), &counts).await
    {
        views.restore(Pending {
            views: view_map,
            visitors,
        });
        return Err(e.to_string());
    }
    let kept = Pending {
        views: Default::default(),
        visitors,
    };
    let result = store.set_visitors(&kept.visitor_counts()).await;
    // The day's visitor sets stay: the estimate is of the whole day, and Redis takes them
    // when it answers again. Older days are done.
    let today = Utc::now().date_naive();
    let mut kept = kept;
    kept.visitors.retain(|&(_, _, day), _| day >= today);
    views.restore(kept);
    result.map_err(|e| e.to_string())?;
    Ok(Flushed {
        views: total,
        through_redis: false,
    })
}
