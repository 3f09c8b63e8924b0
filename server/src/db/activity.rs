//! An application's timeline, read from the outbox (the events written with every change), so
//! it has no write path of its own and never disagrees with the feed or the webhooks.

use chrono::{DateTime, Utc};
use diesel::QueryableByName;
use diesel::sql_types::{Array, Text, Timestamptz, Uuid as SqlUuid};
use diesel_async::RunQueryDsl;
use uuid::Uuid;

use super::DbError;
use super::stmt::Stmt;
use super::tenant::TenantTx;
use crate::domain::events::EVENT_TYPES;

/// One event of the timeline, with its body as webhooks carry it (`type`, `timestamp`, `data`).
#[derive(Debug, Clone, QueryableByName)]
pub struct ActivityRecord {
    #[diesel(sql_type = SqlUuid)]
    pub id: Uuid,
    #[diesel(sql_type = Timestamptz)]
    pub occurred_at: DateTime<Utc>,
    #[diesel(sql_type = Text)]
    pub actor: String,
    #[diesel(sql_type = Text)]
    pub event_type: String,
    #[diesel(sql_type = Text)]
    pub body: String,
}

/// Keyset position in a timeline (oldest first).
pub type ActivityPosition = (DateTime<Utc>, Uuid);

impl TenantTx {
    /// The events about the application, about the applicant's entry on the job's shortlist,
    /// and the merges taken from it, oldest first, after `after`.
    pub async fn application_activity(
        &mut self,
        application_id: Uuid,
        job_id: Uuid,
        applicant_id: Uuid,
        after: Option<ActivityPosition>,
        limit: i64,
    ) -> Result<Vec<ActivityRecord>, DbError> {
        let mut sql = Stmt::default();
        let employer = sql.bind::<SqlUuid, _>(self.employer_id());
        let application = sql.bind::<SqlUuid, _>(application_id);
        let job = sql.bind::<SqlUuid, _>(job_id);
        let applicant = sql.bind::<SqlUuid, _>(applicant_id);
        let types = sql.bind::<Array<Text>, _>(
            EVENT_TYPES
                .iter()
                .map(|t| t.to_string())
                .collect::<Vec<_>>(),
        );
        // Three probes of the outbox's entity index, one per kind of entity.
        sql.push(&format!(
            "SELECT e.id, e.occurred_at, e.actor, e.event_type, \
                    outbox_event_body(e)::text AS body \
             FROM outbox_events e \
             WHERE e.employer_id = {employer} AND e.event_type = ANY ({types}) AND ( \
                 (e.entity_type = 'application' AND e.entity_id = {application}) \
              OR (e.entity_type = 'shortlist' AND e.entity_id = {job} \
                  AND e.payload ->> 'applicant_id' = {applicant}::text) \
              OR (e.entity_type = 'applicant' AND e.entity_id = {applicant} \
                  AND e.payload ->> 'merged_from_application' = {application}::text))"
        ));
        if let Some((at, id)) = after {
            let a = sql.bind::<Timestamptz, _>(at);
            let i = sql.bind::<SqlUuid, _>(id);
            sql.push(&format!(" AND (e.occurred_at, e.id) > ({a}, {i})"));
        }
        sql.push(&format!(
            " ORDER BY e.occurred_at, e.id LIMIT {}",
            limit.clamp(1, 101)
        ));
        Ok(sql.load(self.conn()?).await?)
    }
}
