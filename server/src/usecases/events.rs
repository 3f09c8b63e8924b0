//! The employer's events, for partners catching up on what their webhook endpoint missed
//! (Stripe's Events API): oldest first, by type or family, with the bodies webhooks carry.

use chrono::{DateTime, Utc};

use super::{Ctx, Failure, page_limit};
use crate::db::{Database, FeedEvent, FeedPosition, FeedQuery};
use crate::domain::cursor::CursorCodec;
use crate::domain::events::Selector;

/// A page of the feed. `next_cursor` continues after the last event listed; it is present on
/// the last page too (a reader keeps it and asks again later), and is the cursor given when a
/// page is empty.
pub struct FeedPage {
    pub items: Vec<FeedEvent>,
    pub next_cursor: Option<String>,
}

pub async fn list(
    db: &Database,
    cursors: &CursorCodec,
    ctx: &Ctx,
    selector: Option<&str>,
    since: Option<DateTime<Utc>>,
    cursor: Option<&str>,
    limit: Option<u32>,
) -> Result<FeedPage, Failure> {
    let scope = format!(
        "events|{}|type={}|since={:?}",
        ctx.scope.employer_id(),
        selector.unwrap_or("*"),
        since.map(|t| t.timestamp_micros()),
    );
    let after: Option<FeedPosition> = super::decode_cursor(cursors, &scope, cursor)?;
    let mut tx = db.begin(&ctx.scope).await?;
    let items = tx
        .event_feed(FeedQuery {
            selector: Selector::parse(selector.unwrap_or("*")),
            since,
            after,
            limit: page_limit(limit),
        })
        .await?;
    tx.commit().await?;
    let next_cursor = match items.last() {
        Some(last) => Some(cursors.encode(&scope, &(last.tx_id, last.id))),
        None => cursor.map(str::to_string),
    };
    Ok(FeedPage { items, next_cursor })
}
