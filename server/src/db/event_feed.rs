//! The employer's events as a feed (`GET /v1/events`), oldest first, in a position order that
//! a later commit can never fall behind (see the event feed migration).

use diesel::QueryableByName;
use diesel::sql_types::{Array, BigInt, Text, Timestamptz, Uuid as SqlUuid};
use diesel_async::RunQueryDsl;
use uuid::Uuid;

use super::DbError;
use super::stmt::Stmt;
use super::tenant::TenantTx;
use crate::domain::events::{EVENT_TYPES, Selector};

/// A feed position: the writing transaction's id, then the event's own id.
pub type FeedPosition = (i64, Uuid);

/// One event of the feed: its position and its body as webhooks carry it (`type`,
/// `timestamp`, `data`), made by the database's `outbox_event_body`.
#[derive(Debug, Clone, QueryableByName)]
pub struct FeedEvent {
    #[diesel(sql_type = SqlUuid)]
    pub id: Uuid,
    #[diesel(sql_type = BigInt)]
    pub tx_id: i64,
    #[diesel(sql_type = Text)]
    pub body: String,
}

/// What a feed page asks for.
#[derive(Debug, Clone, Copy)]
pub struct FeedQuery<'a> {
    pub selector: Selector<'a>,
    pub since: Option<chrono::DateTime<chrono::Utc>>,
    pub after: Option<FeedPosition>,
    pub limit: i64,
}

impl TenantTx {
    /// The employer's settled events after `after`: only those below the oldest transaction
    /// still running, so none can commit later at a lower position.
    pub async fn event_feed(&mut self, q: FeedQuery<'_>) -> Result<Vec<FeedEvent>, DbError> {
        let mut sql = Stmt::default();
        let employer = sql.bind::<SqlUuid, _>(self.employer_id());
        let types = sql.bind::<Array<Text>, _>(
            EVENT_TYPES
                .iter()
                .map(|t| t.to_string())
                .collect::<Vec<_>>(),
        );
        sql.push(&format!(
            "SELECT e.id, e.tx_id, outbox_event_body(e)::text AS body FROM outbox_events e \
             WHERE e.employer_id = {employer} AND e.event_type = ANY ({types}) \
               AND e.tx_id < pg_snapshot_xmin(pg_current_snapshot())::text::bigint"
        ));
        match q.selector {
            Selector::All => {}
            Selector::Family(prefix) => {
                let p = sql.bind::<Text, _>(prefix.to_string());
                sql.push(&format!(" AND starts_with(e.event_type, {p})"));
            }
            Selector::Exact(t) => {
                let p = sql.bind::<Text, _>(t.to_string());
                sql.push(&format!(" AND e.event_type = {p}"));
            }
        }
        if let Some(since) = q.since {
            let p = sql.bind::<Timestamptz, _>(since);
            sql.push(&format!(" AND e.occurred_at >= {p}"));
        }
        if let Some((tx_id, id)) = q.after {
            let t = sql.bind::<BigInt, _>(tx_id);
            let i = sql.bind::<SqlUuid, _>(id);
            sql.push(&format!(" AND (e.tx_id, e.id) > ({t}, {i})"));
        }
        // The limit is text (bounded by the contract), as in search: a generic plan for
        // `LIMIT $n` misjudges the page.
        sql.push(&format!(
            " ORDER BY e.tx_id, e.id LIMIT {}",
            q.limit.clamp(1, 101)
        ));
        Ok(sql.load(self.conn()?).await?)
    }
}
