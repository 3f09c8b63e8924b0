//! The audit trail: who changed what, from the outbox (append-only for the application).

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::{Ctx, Failure, Page, page_limit};
use crate::db::{Database, EventFilter, EventRecord};
use crate::domain::cursor::CursorCodec;

/// Entity kinds the audit trail reports; events of other kinds stay internal.
pub const AUDITED_ENTITIES: &[&str] = &[
    "job",
    "applicant",
    "application",
    "shortlist",
    "webhook_subscription",
    "employer",
    "upload",
    "member",
];

pub async fn list(
    db: &Database,
    cursors: &CursorCodec,
    ctx: &Ctx,
    mut filter: EventFilter,
    cursor: Option<&str>,
    limit: Option<u32>,
) -> Result<Page<EventRecord>, Failure> {
    filter.entity_types = Some(match filter.entity_types.take() {
        Some(types) => types,
        None => AUDITED_ENTITIES.iter().map(|t| t.to_string()).collect(),
    });
    let scope = format!(
        "audit|{}|{:?}|{:?}|{:?}|{:?}|{:?}",
        ctx.scope.employer_id(),
        filter.entity_types,
        filter.entity_id,
        filter.action,
        filter.since.map(|t| t.timestamp_micros()),
        filter.until.map(|t| t.timestamp_micros()),
    );
    let after: Option<(DateTime<Utc>, Uuid)> = super::decode_cursor(cursors, &scope, cursor)?;
    let limit = page_limit(limit);
    let mut tx = db.begin(&ctx.scope).await?;
    let items = tx.events_list(&filter, after, limit + 1).await?;
    tx.commit().await?;
    Ok(Page::from_overfetch(items, limit, |last| {
        cursors.encode(&scope, &(last.occurred_at, last.id))
    }))
}
