//! The audit trail: the handle's employer's outbox events, newest first.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::RunQueryDsl;
use uuid::Uuid;

use super::DbError;
use super::schema::outbox_events;
use super::tenant::TenantTx;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = outbox_events, check_for_backend(diesel::pg::Pg))]
pub struct EventRecord {
    pub id: Uuid,
    pub event_type: String,
    pub entity_type: String,
    pub entity_id: Uuid,
    pub actor: String,
    pub request_id: Option<String>,
    pub payload: serde_json::Value,
    pub occurred_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Default)]
pub struct EventFilter {
    pub entity_types: Option<Vec<String>>,
    pub entity_id: Option<Uuid>,
    pub action: Option<String>,
    pub since: Option<DateTime<Utc>>,
    pub until: Option<DateTime<Utc>>,
}

impl TenantTx {
    pub async fn events_list(
        &mut self,
        filter: &EventFilter,
        after: Option<(DateTime<Utc>, Uuid)>,
        limit: i64,
    ) -> Result<Vec<EventRecord>, DbError> {
        let employer_id = self.employer_id();
        let mut query = outbox_events::table
            .filter(outbox_events::employer_id.eq(employer_id))
            .select(EventRecord::as_select())
            .order((outbox_events::occurred_at.desc(), outbox_events::id.desc()))
            .limit(limit)
            .into_boxed();
        if let Some(types) = &filter.entity_types {
            query = query.filter(outbox_events::entity_type.eq_any(types.clone()));
        }
        if let Some(id) = filter.entity_id {
            query = query.filter(outbox_events::entity_id.eq(id));
        }
        if let Some(action) = &filter.action {
            query = query.filter(outbox_events::event_type.eq(action.clone()));
        }
        if let Some(since) = filter.since {
            query = query.filter(outbox_events::occurred_at.ge(since));
        }
        if let Some(until) = filter.until {
            query = query.filter(outbox_events::occurred_at.lt(until));
        }
        if let Some((at, id)) = after {
            query = query.filter(
                outbox_events::occurred_at
                    .lt(at)
                    .or(outbox_events::occurred_at
                        .eq(at)
                        .and(outbox_events::id.lt(id))),
            );
        }
        Ok(query.load(self.conn()?).await?)
    }
}
