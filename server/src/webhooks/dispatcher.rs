//! The webhook dispatcher: a queue on the worker skeleton (`crate::worker`: leasing across
//! dispatchers, concurrency with per-employer fair share, batching, wake-ups). What is its
//! own: signing and sending one delivery, the retry schedule, and recording each attempt with
//! its endpoint's circuit breaker and health. Runs inside `serve` or alone
//! (`jobs-server dispatch`); the outbox trigger's NOTIFY wakes it.

use std::time::Duration;

use chrono::{DateTime, Utc};
use rand_core::{OsRng, RngCore};
use tokio::task::JoinHandle;
use tracing::Instrument;
use uuid::Uuid;

use super::client::{Client, Outcome, Request};
use super::schedule;
use super::secret::Secret;
use super::signature;
use crate::config::webhooks::{SealingKey, WebhookConfig};
use crate::db::{
    AttemptRecord, Breaker, DbError, Dispatch, FairShare, Leased, Next, SubscriptionChange,
};
use crate::worker::Queue;

#[derive(Clone)]
pub struct Settings {
    pub key: SealingKey,
    pub retry_scale: f64,
    pub timeout: Duration,
    /// Attempts in flight at once.
    pub concurrency: usize,
    /// Attempts of one employer in flight at once (at most `concurrency`).
    pub per_employer: usize,
    pub breaker: Breaker,
}

impl Settings {
    pub fn from_config(config: &WebhookConfig, key: SealingKey) -> Self {
        Self {
            key,
            retry_scale: config.retry_scale,
            timeout: config.timeout,
            concurrency: config.concurrency,
            per_employer: config.employer_concurrency.min(config.concurrency),
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

/// The webhook queue on the worker skeleton: what to do with one leased delivery.
pub struct Webhooks {
    dispatch: Dispatch,
    client: Client,
    settings: Settings,
}

/// Starts the dispatcher on the runtime; it runs until the process ends.
pub fn spawn(dispatch: Dispatch, client: Client, settings: Settings) -> JoinHandle<()> {
    let limits = crate::worker::Limits {
        concurrency: settings.concurrency,
        per_employer: settings.per_employer,
    };
    crate::worker::spawn(
        Webhooks {
            dispatch,
            client,
            settings,
        },
        limits,
    )
}

impl Queue for Webhooks {
    type Job = Leased;
    type Done = AttemptRecord;
    const NAME: &'static str = "webhooks";
    const IN_FLIGHT_GAUGE: &'static str = "jobs_webhook_attempts_in_flight";

    fn employer(job: &Leased) -> Uuid {
        job.employer_id
    }

    async fn lease(&self, limit: usize, fair: &FairShare<'_>) -> Result<Vec<Leased>, DbError> {
        self.dispatch
            .lease(limit, fair, self.settings.lease(), self.settings.breaker)
            .await
    }

    async fn perform(&self, job: Leased) -> AttemptRecord {
        attempt(&self.client, &self.settings, &job).await
    }

    async fn record(&self, done: Vec<AttemptRecord>) {
        record(&self.dispatch, &self.settings, &done).await;
    }

    async fn next_due(&self, full: &[Uuid]) -> Result<Option<DateTime<Utc>>, DbError> {
        self.dispatch.next_due(full).await
    }

    async fn listener(&self) -> Result<diesel_async::AsyncPgConnection, DbError> {
        self.dispatch.listener().await
    }

    async fn sample(&self) {
        // The queue gauges count the whole table.
        if let Ok((queued, dead)) = self.dispatch.depth().await {
            metrics::gauge!("jobs_webhook_queue_depth").set(queued as f64);
            metrics::gauge!("jobs_webhook_dead_letters").set(dead as f64);
        }
    }
}

/// Records finished attempts and what they did to their subscriptions.
async fn record(dispatch: &Dispatch, settings: &Settings, attempts: &[AttemptRecord]) {
    if attempts.is_empty() {
        return;
    }
    let changes = match dispatch.record(attempts, settings.breaker).await {
        Ok(changes) => changes,
        Err(e) => {
            // The leases expire and the deliveries are attempted again (at least once).
            tracing::warn!(error = %e, attempts = attempts.len(), "recording webhook attempts failed");
            return;
        }
    };
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
