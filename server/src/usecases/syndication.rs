//! Syndication: the public changes feed partners sync from, and the newest jobs for RSS.

use uuid::Uuid;

use super::{Failure, decode_cursor, page_limit};
use crate::db::{ChangesPage, Database, PublicJobRecord};
use crate::domain::cursor::CursorCodec;
use crate::domain::search::JobFilters;

/// How many jobs a feed lists.
pub const FEED_ITEMS: i64 = 50;

/// A page of the changes feed and where to resume (always present: followers poll with it).
pub struct Changes {
    pub page: ChangesPage,
    pub next_cursor: String,
}

fn scope(employer_id: Option<Uuid>) -> String {
    match employer_id {
        Some(id) => format!("public-job-changes|employer={id}"),
        None => "public-job-changes".to_string(),
    }
}

/// Changes after `cursor` (the feed's beginning without one).
pub async fn changes(
    db: &Database,
    cursors: &CursorCodec,
    employer_id: Option<Uuid>,
    cursor: Option<&str>,
    limit: Option<u32>,
) -> Result<Changes, Failure> {
    let scope = scope(employer_id);
    let after: Option<i64> = decode_cursor(cursors, &scope, cursor)?;
    let page = db
        .public_job_changes(after.unwrap_or(0), employer_id, page_limit(limit))
        .await?;
    let next_cursor = cursors.encode(&scope, &page.last_position);
    Ok(Changes { page, next_cursor })
}

/// The newest published jobs (of one employer, or all), newest first.
pub async fn feed_jobs(
    db: &Database,
    employer_id: Option<Uuid>,
) -> Result<Vec<PublicJobRecord>, Failure> {
    let filters = JobFilters {
        employer_id,
        ..JobFilters::default()
    };
    let hits = db.public_jobs_page(&filters, None, FEED_ITEMS).await?;
    Ok(hits.items.into_iter().map(|(job, _)| job).collect())
}
