//! Webhook subscriptions of an employer (employer_admin): create with a secret shown once,
//! rotate it, list and read, delete, and the delivery log with redelivery.

use std::time::Duration;

use uuid::Uuid;

use super::idempotency::{Created, Idempotency, StoredResponse};
use super::{Ctx, Failure, Page, page_limit};
use crate::config::webhooks::SealingKey;
use crate::db::{Database, DeliveryRecord, NewSubscription, SubscriptionRecord, TenantTx};
use crate::domain::FieldError;
use crate::domain::cursor::CursorCodec;
use crate::webhooks::client::Client;
use crate::webhooks::secret::Secret;

/// The contract's limit for a subscription URL.
const MAX_URL_CHARS: usize = 2048;

/// The old secret keeps signing this long after a rotation.
pub const ROTATION_OVERLAP: Duration = Duration::from_secs(24 * 3600);

const NOT_CONFIGURED: &str = "Webhooks are not configured on this server: the operator must set \
     JOBS_WEBHOOK_SECRET_KEY.";

/// What subscription management needs besides the database: the sealing key (`None`: not
/// configured) and the delivery client's address rule.
#[derive(Clone)]
pub struct WebhookSetup {
    pub key: Option<SealingKey>,
    pub client: Client,
    /// Subscriptions one employer may have (`JOBS_WEBHOOK_MAX_SUBSCRIPTIONS`).
    pub max_subscriptions: usize,
}

impl WebhookSetup {
    fn key(&self) -> Result<&SealingKey, Failure> {
        self.key
            .as_ref()
            .ok_or(Failure::NotConfigured(NOT_CONFIGURED))
    }
}

/// A subscription with its secret in clear: only in the answer to a create or rotation.
#[derive(Debug, Clone)]
pub struct Revealed {
    pub record: SubscriptionRecord,
    pub secret: Secret,
}

/// What the client asked to subscribe.
#[derive(Debug, Clone)]
pub struct NewSubscriptionInput {
    pub url: String,
    pub events: Vec<String>,
    pub description: Option<String>,
}

/// Creates a subscription, idempotently. The stored first response holds no secret: a replay
/// gets the subscription's current secret, opened again.
pub async fn create(
    db: &Database,
    setup: &WebhookSetup,
    ctx: &Ctx,
    input: NewSubscriptionInput,
    idempotency: &Idempotency,
    render: impl FnOnce(&Revealed) -> Result<StoredResponse, Failure>,
) -> Result<Created<Revealed>, Failure> {
    let key = setup.key()?.clone();
    let url =
        url::Url::parse(input.url.trim()).map_err(|_| Failure::invalid("/url", "not a URL"))?;
    // Stored (and shown) normalized: percent-encoding and IDNA can lengthen it past the limit.
    if url.as_str().chars().count() > MAX_URL_CHARS {
        return Err(Failure::invalid(
            "/url",
            "The URL is longer than 2048 characters once normalized (percent-encoded).",
        ));
    }
    setup
        .client
        .admissible(&url)
        .await
        .map_err(|detail| Failure::invalid("/url", detail))?;
    let mut events = input.events;
    events.sort();
    events.dedup();
    let secret = Secret::generate();
    let sealed = secret.seal(&key.0);
    let created = super::idempotency::create(
        db,
        &ctx.scope,
        idempotency,
        async |tx: &mut TenantTx| {
            tx.employer_ensure().await?;
            let existing = tx.webhook_subscriptions_count_locked().await?;
            if usize::try_from(existing).unwrap_or(usize::MAX) >= setup.max_subscriptions {
                return Err(Failure::Invalid(vec![FieldError {
                    pointer: "",
                    detail: "The employer has as many webhook subscriptions as this server \
                             allows (JOBS_WEBHOOK_MAX_SUBSCRIPTIONS, 25 by default): delete one, \
                             or subscribe one endpoint to more events.",
                }]));
            }
            let record = tx
                .webhook_subscription_insert(
                    Uuid::now_v7(),
                    NewSubscription {
                        url: url.as_str(),
                        events: &events,
                        description: input.description.as_deref(),
                        sealed_secret: sealed,
                    },
                )
                .await?;
            tx.record_event(ctx.event(
                "webhook_subscription.created",
                "webhook_subscription",
                record.id,
                serde_json::json!({ "events": events }),
            ))
            .await?;
            Ok((record.id, Revealed { record, secret }))
        },
        render,
    )
    .await?;
    match created {
        Created::New(revealed) => Ok(Created::New(revealed)),
        Created::Replayed(stored) => Ok(Created::Replayed(
            with_current_secret(db, ctx, &key, stored).await?,
        )),
    }
}

/// A replayed create's body with the subscription's current secret put back.
async fn with_current_secret(
    db: &Database,
    ctx: &Ctx,
    key: &SealingKey,
    mut stored: StoredResponse,
) -> Result<StoredResponse, Failure> {
    let mut body: serde_json::Value = serde_json::from_slice(&stored.body)
        .map_err(|e| Failure::Internal(format!("stored response: {e}")))?;
    let Some(id) = body
        .get("id")
        .and_then(|v| v.as_str())
        .and_then(|v| v.parse::<Uuid>().ok())
    else {
        return Ok(stored);
    };
    let mut tx = db.begin(&ctx.scope).await?;
    let sealed = tx.webhook_subscription_secret(id).await?;
    tx.commit().await?;
    let secret = Secret::open(&sealed, &key.0).map_err(|_| {
        Failure::NotConfigured("The subscription's secret does not open with the configured key.")
    })?;
    body["secret"] = serde_json::Value::String(secret.reveal().to_string());
    stored.body = serde_json::to_vec(&body).map_err(|e| Failure::Internal(e.to_string()))?;
    Ok(stored)
}

pub async fn get(db: &Database, ctx: &Ctx, id: Uuid) -> Result<SubscriptionRecord, Failure> {
    let mut tx = db.begin(&ctx.scope).await?;
    let record = tx.webhook_subscription_get(id).await?;
    tx.commit().await?;
    Ok(record)
}

pub async fn list(
    db: &Database,
    cursors: &CursorCodec,
    ctx: &Ctx,
    cursor: Option<&str>,
    limit: Option<u32>,
) -> Result<Page<SubscriptionRecord>, Failure> {
    let scope = format!("webhook_subscriptions|{}", ctx.scope.employer_id());
    let after = super::decode_cursor(cursors, &scope, cursor)?;
    let limit = page_limit(limit);
    let mut tx = db.begin(&ctx.scope).await?;
    let items = tx.webhook_subscriptions_list(after, limit + 1).await?;
    tx.commit().await?;
    Ok(Page::from_overfetch(items, limit, |last| {
        cursors.encode(&scope, &(last.created_at, last.id))
    }))
}

pub async fn delete(db: &Database, ctx: &Ctx, id: Uuid) -> Result<(), Failure> {
    let mut tx = db.begin(&ctx.scope).await?;
    tx.webhook_subscription_delete(id).await?;
    tx.record_event(ctx.event(
        "webhook_subscription.deleted",
        "webhook_subscription",
        id,
        serde_json::json!({}),
    ))
    .await?;
    tx.commit().await?;
    Ok(())
}

/// A new secret; the old one keeps signing for [`ROTATION_OVERLAP`].
pub async fn rotate(
    db: &Database,
    setup: &WebhookSetup,
    ctx: &Ctx,
    id: Uuid,
) -> Result<Revealed, Failure> {
    let key = setup.key()?;
    let secret = Secret::generate();
    let mut tx = db.begin(&ctx.scope).await?;
    let record = tx
        .webhook_subscription_rotate(id, secret.seal(&key.0), ROTATION_OVERLAP)
        .await?;
    tx.record_event(ctx.event(
        "webhook_subscription.secret_rotated",
        "webhook_subscription",
        id,
        serde_json::json!({}),
    ))
    .await?;
    tx.commit().await?;
    Ok(Revealed { record, secret })
}

pub async fn deliveries(
    db: &Database,
    cursors: &CursorCodec,
    ctx: &Ctx,
    subscription: Uuid,
    status: Option<&str>,
    cursor: Option<&str>,
    limit: Option<u32>,
) -> Result<Page<DeliveryRecord>, Failure> {
    let scope = format!(
        "webhook_deliveries|{}|{subscription}|{}",
        ctx.scope.employer_id(),
        status.unwrap_or("")
    );
    let after = super::decode_cursor(cursors, &scope, cursor)?;
    let limit = page_limit(limit);
    let mut tx = db.begin(&ctx.scope).await?;
    if !tx.webhook_subscription_exists(subscription).await? {
        return Err(Failure::NotFound);
    }
    let items = tx
        .webhook_deliveries_list(subscription, status, after, limit + 1)
        .await?;
    tx.commit().await?;
    Ok(Page::from_overfetch(items, limit, |last| {
        cursors.encode(&scope, &(last.created_at, last.id))
    }))
}

/// Queues one more attempt (same `webhook-id` and body). 409 while the delivery is still
/// queued, or when the subscription is disabled.
pub async fn redeliver(
    db: &Database,
    ctx: &Ctx,
    subscription: Uuid,
    delivery: Uuid,
) -> Result<DeliveryRecord, Failure> {
    let mut tx = db.begin(&ctx.scope).await?;
    let sub = tx.webhook_subscription_get(subscription).await?;
    if !sub.active {
        return Err(Failure::Conflict(
            "The subscription is disabled; create a new one to receive deliveries.",
        ));
    }
    let Some(record) = tx.webhook_delivery_requeue(subscription, delivery).await? else {
        return Err(Failure::Conflict(
            "The delivery is still queued; it can be redelivered once it succeeded or died.",
        ));
    };
    tx.commit().await?;
    Ok(record)
}

/// The `message` of a `webhook.ping`.
pub const PING_MESSAGE: &str = "A test event, sent on request through the normal delivery path.";

/// Queues a signed `webhook.ping` to this subscription only (202 with its delivery). 404 for
/// an unknown subscription, 409 for a disabled one.
pub async fn ping(
    db: &Database,
    setup: &WebhookSetup,
    ctx: &Ctx,
    subscription: Uuid,
) -> Result<DeliveryRecord, Failure> {
    // Deliveries are signed with the sealed secret: nothing to send without the key.
    setup.key()?;
    let mut tx = db.begin(&ctx.scope).await?;
    let sub = tx.webhook_subscription_get(subscription).await?;
    if !sub.active {
        return Err(Failure::Conflict(
            "The subscription is disabled; create a new one to receive deliveries.",
        ));
    }
    let Some(record) = tx
        .webhook_ping(subscription, Uuid::now_v7(), PING_MESSAGE)
        .await?
    else {
        return Err(Failure::Conflict(
            "The subscription is disabled; create a new one to receive deliveries.",
        ));
    };
    tx.commit().await?;
    Ok(record)
}
