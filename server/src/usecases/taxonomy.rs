//! Taxonomy lists (departments, languages, locations) with counts of published jobs, from the
//! public index (or, while it is not current, the public read context); paged in slug order.

use uuid::Uuid;

use super::{Failure, Page, page_limit};
use crate::db::{Database, TaxonomyKind, TaxonomyRow};
use crate::domain::cursor::CursorCodec;
use crate::domain::taxonomy::is_slug;
use crate::search::PublicIndex;

/// From the in-process index when it is current (no database work), else from SQL.
pub async fn list(
    db: &Database,
    index: &PublicIndex,
    cursors: &CursorCodec,
    kind: TaxonomyKind,
    employer_id: Option<Uuid>,
    cursor: Option<&str>,
    limit: Option<u32>,
) -> Result<Page<TaxonomyRow>, Failure> {
    let scope = format!(
        "taxonomy|{}|{}",
        kind.as_str(),
        employer_id.map(|id| id.to_string()).unwrap_or_default()
    );
    let after: Option<String> = super::decode_cursor(cursors, &scope, cursor)?;
    if after.as_deref().is_some_and(|slug| !is_slug(slug)) {
        return Err(Failure::BadCursor);
    }
    let limit = page_limit(limit);
    let items = match index.taxonomy(kind, employer_id, after.as_deref(), limit + 1) {
        Some(items) => items,
        None => {
            let mut tx = db.begin_public().await?;
            let items = tx
                .taxonomy(kind, employer_id, after.as_deref(), limit + 1)
                .await?;
            tx.finish().await?;
            items
        }
    };
    Ok(Page::from_overfetch(items, limit, |last| {
        cursors.encode(&scope, &last.slug)
    }))
}
