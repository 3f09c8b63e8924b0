//! The transactional outbox: events written with the change they describe.

use diesel_async::RunQueryDsl;
use uuid::Uuid;

use super::DbError;
use super::schema::outbox_events;
use super::tenant::TenantTx;

/// An event about one entity of the handle's employer.
pub struct NewEvent<'a> {
    pub event_type: &'a str,
    pub entity_type: &'a str,
    pub entity_id: Uuid,
    pub actor: &'a str,
    pub request_id: Option<&'a str>,
    pub payload: serde_json::Value,
}

impl TenantTx {
    pub async fn record_event(&mut self, event: NewEvent<'_>) -> Result<Uuid, DbError> {
        use diesel::ExpressionMethods;
        let id = Uuid::now_v7();
        let employer_id = self.employer_id();
        diesel::insert_into(outbox_events::table)
            .values((
                outbox_events::id.eq(id),
                outbox_events::employer_id.eq(employer_id),
                outbox_events::event_type.eq(event.event_type),
                outbox_events::entity_type.eq(event.entity_type),
                outbox_events::entity_id.eq(event.entity_id),
                outbox_events::actor.eq(event.actor),
                outbox_events::request_id.eq(event.request_id),
                outbox_events::payload.eq(event.payload),
                // The writing request's trace, for the links of the event's webhook deliveries.
                outbox_events::trace_parent.eq(crate::telemetry::traces::current_traceparent()),
            ))
            .execute(self.conn()?)
            .await?;
        Ok(id)
    }
}
