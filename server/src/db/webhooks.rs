//! Webhook subscriptions and their delivery log, for the handle's employer. Deliveries are
//! made by the outbox trigger (see the webhooks migration) and worked by `db::dispatch`.

use chrono::{DateTime, Utc};
use diesel::QueryableByName;
use diesel::sql_types::{
    Array, BigInt, Bool, Bytea, Integer, Nullable, Text, Timestamptz, Uuid as SqlUuid,
};
use diesel_async::RunQueryDsl;
use uuid::Uuid;

use super::DbError;
use super::stmt::Stmt;
use super::tenant::TenantTx;

const SUBSCRIPTION_COLUMNS: &str = "id, url, events, description, active, disabled_reason, \
     failing_since, previous_secret_expires_at, created_at, secret AS sealed_secret";

#[derive(Debug, Clone, QueryableByName)]
pub struct SubscriptionRecord {
    #[diesel(sql_type = SqlUuid)]
    pub id: Uuid,
    #[diesel(sql_type = Text)]
    pub url: String,
    #[diesel(sql_type = Array<Text>)]
    pub events: Vec<String>,
    #[diesel(sql_type = Nullable<Text>)]
    pub description: Option<String>,
    #[diesel(sql_type = Bool)]
    pub active: bool,
    #[diesel(sql_type = Nullable<Text>)]
    pub disabled_reason: Option<String>,
    #[diesel(sql_type = Nullable<Timestamptz>)]
    pub failing_since: Option<DateTime<Utc>>,
    #[diesel(sql_type = Nullable<Timestamptz>)]
    pub previous_secret_expires_at: Option<DateTime<Utc>>,
    #[diesel(sql_type = Timestamptz)]
    pub created_at: DateTime<Utc>,
    /// The sealed current secret (never leaves the server unsealed except once, to its owner).
    #[diesel(sql_type = Bytea)]
    pub sealed_secret: Vec<u8>,
}

/// What a new subscription stores.
pub struct NewSubscription<'a> {
    pub url: &'a str,
    pub events: &'a [String],
    pub description: Option<&'a str>,
    pub sealed_secret: Vec<u8>,
}

#[derive(Debug, Clone, QueryableByName)]
pub struct DeliveryRecord {
    #[diesel(sql_type = SqlUuid)]
    pub id: Uuid,
    #[diesel(sql_type = SqlUuid)]
    pub subscription_id: Uuid,
    #[diesel(sql_type = SqlUuid)]
    pub event_id: Uuid,
    #[diesel(sql_type = Text)]
    pub event_type: String,
    #[diesel(sql_type = Text)]
    pub status: String,
    #[diesel(sql_type = Integer)]
    pub attempts: i32,
    #[diesel(sql_type = Nullable<Integer>)]
    pub last_status_code: Option<i32>,
    #[diesel(sql_type = Nullable<Text>)]
    pub last_error: Option<String>,
    #[diesel(sql_type = Nullable<Timestamptz>)]
    pub next_attempt_at: Option<DateTime<Utc>>,
    #[diesel(sql_type = Timestamptz)]
    pub created_at: DateTime<Utc>,
    #[diesel(sql_type = Nullable<Timestamptz>)]
    pub delivered_at: Option<DateTime<Utc>>,
    /// The latest attempts, newest first (JSON array built by the query).
    #[diesel(sql_type = diesel::sql_types::Jsonb)]
    pub recent_attempts: serde_json::Value,
}

const DELIVERY_COLUMNS: &str = "d.id, d.subscription_id, d.event_id, d.event_type, d.status, \
     d.attempts, d.last_status_code, d.last_error, \
     CASE WHEN d.status IN ('pending', 'failed') THEN d.next_attempt_at END AS next_attempt_at, \
     d.created_at, d.delivered_at, \
     COALESCE((SELECT jsonb_agg(jsonb_build_object( \
         'attempted_at', a.attempted_at, 'status_code', a.status_code, \
         'latency_ms', a.latency_ms, 'error_class', a.error_class) ORDER BY a.id DESC) \
       FROM (SELECT * FROM webhook_attempts a WHERE a.delivery_id = d.id \
             ORDER BY a.id DESC LIMIT 20) a), '[]'::jsonb) AS recent_attempts";

/// Keyset position in a newest-first list.
pub type Position = (DateTime<Utc>, Uuid);

#[derive(QueryableByName)]
struct Sealed {
    #[diesel(sql_type = Bytea)]
    secret: Vec<u8>,
}

#[derive(QueryableByName)]
struct Count {
    #[diesel(sql_type = BigInt)]
    n: i64,
}

impl TenantTx {
    pub async fn webhook_subscription_insert(
        &mut self,
        id: Uuid,
        new: NewSubscription<'_>,
    ) -> Result<SubscriptionRecord, DbError> {
        let employer = self.employer_id();
        let stmt = Stmt::new(format!(
            "INSERT INTO webhook_subscriptions (id, employer_id, url, events, description, secret) \
             VALUES ($1, $2, $3, $4, $5, $6) \
             RETURNING {SUBSCRIPTION_COLUMNS}"
        ))
        .with::<SqlUuid, _>(id)
        .with::<SqlUuid, _>(employer)
        .with::<Text, _>(new.url.to_string())
        .with::<Array<Text>, _>(new.events.to_vec())
        .with::<Nullable<Text>, _>(new.description.map(str::to_string))
        .with::<Bytea, _>(new.sealed_secret);
        Ok(stmt.get_result(self.conn()?).await?)
    }

    /// How many subscriptions the employer has, counted under a transaction lock of its own
    /// so that concurrent creates cannot both pass a limit.
    pub async fn webhook_subscriptions_count_locked(&mut self) -> Result<i64, DbError> {
        let employer = self.employer_id();
        Stmt::new("SELECT pg_advisory_xact_lock(hashtextextended('webhook_subscriptions:' || $1::text, 0))")
            .with::<SqlUuid, _>(employer)
            .execute(self.conn()?)
            .await?;
        let count: Count =
            Stmt::new("SELECT count(*) AS n FROM webhook_subscriptions WHERE employer_id = $1")
                .with::<SqlUuid, _>(employer)
                .get_result(self.conn()?)
                .await?;
        Ok(count.n)
    }

    pub async fn webhook_subscription_get(
        &mut self,
        id: Uuid,
    ) -> Result<SubscriptionRecord, DbError> {
        let employer = self.employer_id();
        let stmt = Stmt::new(format!(
            "SELECT {SUBSCRIPTION_COLUMNS} FROM webhook_subscriptions \
             WHERE employer_id = $1 AND id = $2"
        ))
        .with::<SqlUuid, _>(employer)
        .with::<SqlUuid, _>(id);
        Ok(stmt.get_result(self.conn()?).await?)
    }

    pub async fn webhook_subscriptions_list(
        &mut self,
        after: Option<Position>,
        limit: i64,
    ) -> Result<Vec<SubscriptionRecord>, DbError> {
        let employer = self.employer_id();
        let mut stmt = Stmt::new("");
        let e = stmt.bind::<SqlUuid, _>(employer);
        let mut sql = format!(
            "SELECT {SUBSCRIPTION_COLUMNS} FROM webhook_subscriptions \
             WHERE employer_id = {e}"
        );
        if let Some((at, id)) = after {
            let at = stmt.bind::<Timestamptz, _>(at);
            let id = stmt.bind::<SqlUuid, _>(id);
            sql.push_str(&format!(" AND (created_at, id) < ({at}, {id})"));
        }
        let l = stmt.bind::<BigInt, _>(limit);
        sql.push_str(&format!(" ORDER BY created_at DESC, id DESC LIMIT {l}"));
        stmt.set_text(sql);
        Ok(stmt.load(self.conn()?).await?)
    }

    pub async fn webhook_subscription_delete(&mut self, id: Uuid) -> Result<(), DbError> {
        let employer = self.employer_id();
        let n = Stmt::new("DELETE FROM webhook_subscriptions WHERE employer_id = $1 AND id = $2")
            .with::<SqlUuid, _>(employer)
            .with::<SqlUuid, _>(id)
            .execute(self.conn()?)
            .await?;
        if n == 0 {
            return Err(DbError::NotFound);
        }
        Ok(())
    }

    /// Replaces the secret; the old one keeps signing for `overlap`.
    pub async fn webhook_subscription_rotate(
        &mut self,
        id: Uuid,
        sealed_secret: Vec<u8>,
        overlap: std::time::Duration,
    ) -> Result<SubscriptionRecord, DbError> {
        let employer = self.employer_id();
        let stmt = Stmt::new(format!(
            "UPDATE webhook_subscriptions SET previous_secret = secret, secret = $3, \
               previous_secret_expires_at = now() + make_interval(secs => $4::float8 / 1000), \
               updated_at = now() \
             WHERE employer_id = $1 AND id = $2 \
             RETURNING {SUBSCRIPTION_COLUMNS}"
        ))
        .with::<SqlUuid, _>(employer)
        .with::<SqlUuid, _>(id)
        .with::<Bytea, _>(sealed_secret)
        .with::<BigInt, _>(i64::try_from(overlap.as_millis()).unwrap_or(i64::MAX));
        Ok(stmt.get_result(self.conn()?).await?)
    }

    /// The sealed current secret of a subscription (an idempotent create's replay).
    pub async fn webhook_subscription_secret(&mut self, id: Uuid) -> Result<Vec<u8>, DbError> {
        let employer = self.employer_id();
        let row: Sealed = Stmt::new(
            "SELECT secret FROM webhook_subscriptions WHERE employer_id = $1 AND id = $2",
        )
        .with::<SqlUuid, _>(employer)
        .with::<SqlUuid, _>(id)
        .get_result(self.conn()?)
        .await?;
        Ok(row.secret)
    }

    pub async fn webhook_deliveries_list(
        &mut self,
        subscription: Uuid,
        status: Option<&str>,
        after: Option<Position>,
        limit: i64,
    ) -> Result<Vec<DeliveryRecord>, DbError> {
        let employer = self.employer_id();
        let mut stmt = Stmt::new("");
        let e = stmt.bind::<SqlUuid, _>(employer);
        let s = stmt.bind::<SqlUuid, _>(subscription);
        let mut sql = format!(
            "SELECT {DELIVERY_COLUMNS} FROM webhook_deliveries d \
             WHERE d.employer_id = {e} AND d.subscription_id = {s}"
        );
        if let Some(status) = status {
            let st = stmt.bind::<Text, _>(status.to_string());
            sql.push_str(&format!(" AND d.status = {st}"));
        }
        if let Some((at, id)) = after {
            let at = stmt.bind::<Timestamptz, _>(at);
            let id = stmt.bind::<SqlUuid, _>(id);
            sql.push_str(&format!(" AND (d.created_at, d.id) < ({at}, {id})"));
        }
        let l = stmt.bind::<BigInt, _>(limit);
        sql.push_str(&format!(" ORDER BY d.created_at DESC, d.id DESC LIMIT {l}"));
        stmt.set_text(sql);
        Ok(stmt.load(self.conn()?).await?)
    }

    /// Whether the subscription exists (for this employer).
    pub async fn webhook_subscription_exists(&mut self, id: Uuid) -> Result<bool, DbError> {
        let employer = self.employer_id();
        let row: Count = Stmt::new(
            "SELECT count(*) AS n FROM webhook_subscriptions WHERE employer_id = $1 AND id = $2",
        )
        .with::<SqlUuid, _>(employer)
        .with::<SqlUuid, _>(id)
        .get_result(self.conn()?)
        .await?;
        Ok(row.n > 0)
    }

    /// Queues one more attempt of a finished delivery, due now, with no retries after it.
    /// `None` when the delivery is still queued (pending or awaiting a retry).
    pub async fn webhook_delivery_requeue(
        &mut self,
        subscription: Uuid,
        delivery: Uuid,
    ) -> Result<Option<DeliveryRecord>, DbError> {
        let employer = self.employer_id();
        let current: DeliveryRecord = Stmt::new(format!(
            "SELECT {DELIVERY_COLUMNS} FROM webhook_deliveries d \
             WHERE d.employer_id = $1 AND d.subscription_id = $2 AND d.id = $3 FOR UPDATE"
        ))
        .with::<SqlUuid, _>(employer)
        .with::<SqlUuid, _>(subscription)
        .with::<SqlUuid, _>(delivery)
        .get_result(self.conn()?)
        .await?;
        if matches!(current.status.as_str(), "pending" | "failed") {
            return Ok(None);
        }
        Stmt::new(
            "UPDATE webhook_deliveries SET status = 'pending', retries_left = 0, \
               next_attempt_at = now() \
             WHERE employer_id = $1 AND id = $2",
        )
        .with::<SqlUuid, _>(employer)
        .with::<SqlUuid, _>(delivery)
        .execute(self.conn()?)
        .await?;
        Ok(Some(self.webhook_delivery_queued(delivery).await?))
    }

    /// Queues a `webhook.ping` for one active subscription, as the outbox trigger queues an
    /// event (same body shape, retries and breaker rule), with a fresh event id; `None` when
    /// the subscription is not active.
    pub async fn webhook_ping(
        &mut self,
        subscription: Uuid,
        event_id: Uuid,
        message: &str,
    ) -> Result<Option<DeliveryRecord>, DbError> {
        let employer = self.employer_id();
        let delivery = Uuid::now_v7();
        let queued = Stmt::new(
            "INSERT INTO webhook_deliveries (id, employer_id, subscription_id, event_id, \
               event_type, body, retries_left, next_attempt_at, trace_parent) \
             SELECT $3, s.employer_id, s.id, $4, $5, \
               jsonb_build_object( \
                 'type', $5::text, \
                 'timestamp', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'), \
                 'data', jsonb_build_object('id', s.id, 'object', 'webhook_subscription', \
                                            'employer_id', s.employer_id, 'message', $6::text))::text, \
               7, GREATEST(now(), s.breaker_open_until), $7 \
             FROM webhook_subscriptions s \
             WHERE s.employer_id = $1 AND s.id = $2 AND s.active",
        )
        .with::<SqlUuid, _>(employer)
        .with::<SqlUuid, _>(subscription)
        .with::<SqlUuid, _>(delivery)
        .with::<SqlUuid, _>(event_id)
        .with::<Text, _>(crate::domain::events::PING.to_string())
        .with::<Text, _>(message.to_string())
        .with::<Nullable<Text>, _>(crate::telemetry::traces::current_traceparent())
        .execute(self.conn()?)
        .await?;
        if queued == 0 {
            return Ok(None);
        }
        Ok(Some(self.webhook_delivery_queued(delivery).await?))
    }

    /// Wakes the dispatchers for a delivery just queued, and reads it back.
    async fn webhook_delivery_queued(&mut self, delivery: Uuid) -> Result<DeliveryRecord, DbError> {
        let employer = self.employer_id();
        Stmt::new("SELECT pg_notify('webhook_deliveries', '')")
            .execute(self.conn()?)
            .await?;
        Ok(Stmt::new(format!(
            "SELECT {DELIVERY_COLUMNS} FROM webhook_deliveries d \
             WHERE d.employer_id = $1 AND d.id = $2"
        ))
        .with::<SqlUuid, _>(employer)
        .with::<SqlUuid, _>(delivery)
        .get_result(self.conn()?)
        .await?)
    }
}
