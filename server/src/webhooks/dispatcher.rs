//! The dispatcher: leases due deliveries (any number of dispatchers share the queue), sends
//! them concurrently, records every attempt, and sleeps until the next delivery is due or the
//! outbox trigger's NOTIFY wakes it. Runs inside `serve` or alone (`jobs-server dispatch`).

use std::time::Duration;

use chrono::Utc;
use futures_util::StreamExt;
use rand_core::{OsRng, RngCore};
use tokio::task::JoinHandle;
use tracing::Instrument;

use super::client::{Client, Outcome, Request};
use super::schedule;
use super::secret::Secret;
use super::signature;
use crate::config::webhooks::{SealingKey, WebhookConfig};
use crate::db::{AttemptRecord, Breaker, Dispatch, Leased, Next, SubscriptionChange};

/// How often the queue-depth gauges are refreshed.
const DEPTH_EVERY: Duration = Duration::from_secs(15);

/// Longest sleep without a notification: also bounds how late a retry can be.
const MAX_IDLE: Duration = Duration::from_secs(5);

#[derive(Clone)]
pub struct Settings {
    pub key: SealingKey,
    pub retry_scale: f64,
    pub timeout: Duration,
    pub concurrency: usize,
    pub breaker: Breaker,
}

impl Settings {
    pub fn from_config(config: &WebhookConfig, key: SealingKey) -> Self {
        Self {
            key,
            retry_scale: config.retry_scale,
            timeout: config.timeout,
            concurrency: config.concurrency,
            breaker: Breaker {
                threshold: config.breaker_threshold,
                cooldown: config.breaker_cooldown.mul_f64(config.retry_scale),
                disable_after: schedule::disable_after(config.retry_scale),
            },
        }
    }

    /// A leased delivery is not claimed again before its attempt can have finished.
    fn lease(&self) -> Duration {
        self.timeout * 2 + Duration::from_secs(5)
    }
}

/// Starts the dispatcher on the runtime; it runs until the process ends.
pub fn spawn(dispatch: Dispatch, client: Client, settings: Settings) -> JoinHandle<()> {
    tokio::spawn(run(dispatch, client, settings))
}

/// The dispatcher's loop.
pub async fn run(dispatch: Dispatch, client: Client, settings: Settings) {
    tracing::info!(
        concurrency = settings.concurrency,
        "webhook dispatcher started"
    );
    let mut listener = None;
    let mut last_depth = None;
    loop {
        let worked = match round(&dispatch, &client, &settings).await {
            Ok(n) => n,
            Err(e) => {
                tracing::warn!(error = %e, "webhook dispatch round failed");
                tokio::time::sleep(Duration::from_secs(1)).await;
                0
            }
        };
        // A full batch: more is probably due right now.
        if worked >= settings.concurrency {
            continue;
        }
        let wait = match dispatch.next_due().await {
            Ok(Some(due)) => (due - Utc::now())
                .to_std()
                .unwrap_or(Duration::ZERO)
                .min(MAX_IDLE),
            Ok(None) => MAX_IDLE,
            Err(_) => Duration::from_secs(1),
        };
        if wait.is_zero() {
            continue;
        }
        // The queue gauges count the whole table: sampled, not on every wake-up.
        if last_depth.is_none_or(|at: std::time::Instant| at.elapsed() >= DEPTH_EVERY) {
            last_depth = Some(std::time::Instant::now());
            if let Ok((queued, dead)) = dispatch.depth().await {
                metrics::gauge!("jobs_webhook_queue_depth").set(queued as f64);
                metrics::gauge!("jobs_webhook_dead_letters").set(dead as f64);
            }
        }
        if listener.is_none() {
            listener = dispatch.listener().await.ok();
        }
        let lost = match listener.as_mut() {
            Some(conn) => {
                let mut notifications = std::pin::pin!(conn.notifications_stream());
                let woke = tokio::select! {
                    n = notifications.next() => Some(n),
                    () = tokio::time::sleep(wait) => None,
                };
                // A closed stream or an error: the LISTEN connection is gone.
                matches!(woke, Some(None | Some(Err(_))))
            }
            None => {
                tokio::time::sleep(wait.min(Duration::from_secs(1))).await;
                false
            }
        };
        if lost {
            listener = None;
        }
    }
}

/// One round: lease, send, record. Returns how many deliveries were attempted.
pub async fn round(
    dispatch: &Dispatch,
    client: &Client,
    settings: &Settings,
) -> Result<usize, crate::db::DbError> {
    let leased = dispatch
        .lease(
            settings.concurrency as i64,
            settings.lease(),
            settings.breaker,
        )
        .await?;
    if leased.is_empty() {
        return Ok(0);
    }
    let attempts: Vec<AttemptRecord> = futures_util::stream::iter(leased)
        .map(|d| {
            let (client, settings) = (client.clone(), settings.clone());
            async move { attempt(&client, &settings, &d).await }
        })
        .buffer_unordered(settings.concurrency)
        .collect()
        .await;
    let changes = dispatch.record(&attempts, settings.breaker).await?;
    for (subscription, change) in changes {
        match change {
            SubscriptionChange::Disabled(reason) => {
                metrics::counter!("jobs_webhook_subscriptions_disabled_total", "reason" => reason)
                    .increment(1);
                tracing::warn!(subscription_id = %subscription, reason, "webhook subscription disabled");
            }
            SubscriptionChange::BreakerOpened => {
                metrics::counter!("jobs_webhook_breaker_opened_total").increment(1);
            }
            SubscriptionChange::None => {}
        }
    }
    Ok(attempts.len())
}

async fn attempt(client: &Client, settings: &Settings, d: &Leased) -> AttemptRecord {
    let attempted_at = Utc::now();
    let outcome = match signing_keys(settings, d) {
        Ok(keys) => {
            let refs: Vec<&[u8]> = keys.iter().map(Vec::as_slice).collect();
            let webhook_id = d.event_id.to_string();
            let timestamp = attempted_at.timestamp();
            let signature = signature::header(&refs, &webhook_id, timestamp, d.body.as_bytes());
            client
                .send(Request {
                    url: &d.url,
                    webhook_id: &webhook_id,
                    timestamp,
                    signature: &signature,
                    body: &d.body,
                })
                .instrument(attempt_span(d))
                .await
        }
        Err(()) => Outcome {
            status: None,
            latency: Duration::ZERO,
            class: "other",
            retry_after: None,
            error: Some("the subscription's secret does not open with this key".into()),
        },
    };
    let next = if outcome.succeeded() {
        Next::Delivered
    } else if outcome.status == Some(410) {
        Next::Gone
    } else if d.retries_left > 0 {
        let jitter = (OsRng.next_u32() as f64) / (u32::MAX as f64 + 1.0);
        let delay = schedule::delay(
            d.retries_left,
            jitter,
            outcome.retry_after,
            settings.retry_scale,
        );
        Next::RetryAt(attempted_at + chrono::Duration::from_std(delay).unwrap_or_default())
    } else {
        Next::Dead
    };
    metrics::counter!("jobs_webhook_attempts_total", "outcome" => outcome.class).increment(1);
    if matches!(next, Next::Dead | Next::Gone) {
        metrics::counter!("jobs_webhook_dead_letters_total").increment(1);
        tracing::warn!(
            delivery_id = %d.id,
            subscription_id = %d.subscription_id,
            event_type = %d.event_type,
            attempts = d.attempts + 1,
            error_class = outcome.class,
            "webhook delivery dead-lettered"
        );
    }
    AttemptRecord {
        delivery_id: d.id,
        employer_id: d.employer_id,
        subscription_id: d.subscription_id,
        attempted_at,
        status_code: outcome.status.map(i32::from),
        latency_ms: i32::try_from(outcome.latency.as_millis()).unwrap_or(i32::MAX),
        error_class: outcome.class,
        error: outcome.error,
        next,
    }
}

/// The attempt's span (exported traces only), linked to the request that wrote the event.
fn attempt_span(d: &Leased) -> tracing::Span {
    let span = tracing::debug_span!(
        "webhook.attempt",
        otel.kind = "producer",
        webhook.id = %d.event_id,
        webhook.event_type = %d.event_type,
        webhook.attempt = d.attempts + 1,
    );
    if let Some(origin) = d
        .trace_parent
        .as_deref()
        .and_then(crate::telemetry::traces::parse_traceparent)
    {
        use tracing_opentelemetry::OpenTelemetrySpanExt;
        span.add_link(origin);
    }
    span
}

/// The HMAC keys a delivery is signed with: the current secret, and the previous one while a
/// rotation's overlap lasts.
fn signing_keys(settings: &Settings, d: &Leased) -> Result<Vec<Vec<u8>>, ()> {
    let mut keys = vec![
        Secret::open(&d.secret, &settings.key.0)
            .and_then(|s| s.key())
            .map_err(|_| ())?,
    ];
    if let Some(previous) = &d.previous_secret
        && let Ok(key) = Secret::open(previous, &settings.key.0).and_then(|s| s.key())
    {
        keys.push(key);
    }
    Ok(keys)
}
