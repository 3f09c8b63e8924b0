//! The dispatcher: leases due deliveries (any number of dispatchers share the queue), sends
//! them concurrently, records every attempt, and sleeps until the next delivery is due, an
//! attempt finishes, or the outbox trigger's NOTIFY wakes it. Runs inside `serve` or alone
//! (`jobs-server dispatch`).
//!
//! Fairness: every attempt holds one of `concurrency` slots only while it runs, and a slot
//! that frees is filled at once, so a slow endpoint delays nothing but itself. No employer
//! holds more than `per_employer` slots of a dispatcher, and leases go round robin across the
//! employers with due deliveries, so one employer's backlog or hanging endpoints cannot starve
//! another's deliveries.

use std::collections::HashMap;
use std::time::Duration;

use chrono::Utc;
use futures_util::StreamExt;
use rand_core::{OsRng, RngCore};
use tokio::task::{JoinHandle, JoinSet};
use tracing::Instrument;
use uuid::Uuid;

use super::client::{Client, Outcome, Request};
use super::schedule;
use super::secret::Secret;
use super::signature;
use crate::config::webhooks::{SealingKey, WebhookConfig};
use crate::db::{AttemptRecord, Breaker, Dispatch, FairShare, Leased, Next, SubscriptionChange};

/// How often the queue-depth gauges are refreshed.
const DEPTH_EVERY: Duration = Duration::from_secs(15);

/// Longest sleep without a notification: also bounds how late a retry can be.
const MAX_IDLE: Duration = Duration::from_secs(5);

/// Shortest sleep when something is due that this dispatcher could not lease.
const MIN_RECHECK: Duration = Duration::from_millis(20);

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

/// Starts the dispatcher on the runtime; it runs until the process ends.
pub fn spawn(dispatch: Dispatch, client: Client, settings: Settings) -> JoinHandle<()> {
    tokio::spawn(run(dispatch, client, settings))
}

/// The attempts in flight, by employer, and where the round robin stands.
#[derive(Default)]
struct Flight {
    attempts: JoinSet<AttemptRecord>,
    employer_of: HashMap<tokio::task::Id, Uuid>,
    per_employer: HashMap<Uuid, usize>,
    /// The last employer a lease served.
    cursor: Option<Uuid>,
}

impl Flight {
    fn len(&self) -> usize {
        self.attempts.len()
    }

    /// Leases what is due within the free slots and each employer's share, and starts the
    /// attempts. Returns how many started.
    async fn fill(
        &mut self,
        dispatch: &Dispatch,
        client: &Client,
        settings: &Settings,
    ) -> Result<usize, crate::db::DbError> {
        let free = settings.concurrency.saturating_sub(self.len());
        if free == 0 {
            return Ok(0);
        }
        let full = self.full(settings);
        let leased = dispatch
            .lease(
                free,
                &FairShare {
                    after: self.cursor,
                    full: &full,
                    default_share: settings.per_employer,
                    in_flight: &self.per_employer,
                },
                settings.lease(),
                settings.breaker,
            )
            .await?;
        let started = leased.len();
        if let Some(last) = leased.last() {
            self.cursor = Some(last.employer_id);
        }
        for d in leased {
            let (client, settings) = (client.clone(), settings.clone());
            let employer = d.employer_id;
            let handle = self
                .attempts
                .spawn(async move { attempt(&client, &settings, &d).await });
            self.employer_of.insert(handle.id(), employer);
            *self.per_employer.entry(employer).or_default() += 1;
        }
        Ok(started)
    }

    /// The employers at their in-flight limit.
    fn full(&self, settings: &Settings) -> Vec<Uuid> {
        self.per_employer
            .iter()
            .filter(|(_, n)| **n >= settings.per_employer)
            .map(|(e, _)| *e)
            .collect()
    }

    /// Frees the slot of a finished attempt; returns its record (none if it panicked: its
    /// lease expires and the delivery is attempted again).
    fn finished(
        &mut self,
        joined: Result<(tokio::task::Id, AttemptRecord), tokio::task::JoinError>,
    ) -> Option<AttemptRecord> {
        let (id, record) = match joined {
            Ok((id, record)) => (id, Some(record)),
            Err(e) => {
                tracing::error!(error = %e, "a webhook attempt panicked");
                (e.id(), None)
            }
        };
        if let Some(employer) = self.employer_of.remove(&id)
            && let Some(n) = self.per_employer.get_mut(&employer)
        {
            *n -= 1;
            if *n == 0 {
                self.per_employer.remove(&employer);
            }
        }
        record
    }
}

/// The dispatcher's loop.
pub async fn run(dispatch: Dispatch, client: Client, settings: Settings) {
    tracing::info!(
        concurrency = settings.concurrency,
        per_employer = settings.per_employer,
        "webhook dispatcher started"
    );
    let mut flight = Flight::default();
    let mut listener = None;
    let mut last_depth = None;
    loop {
        let free = settings.concurrency.saturating_sub(flight.len());
        let wait = match flight.fill(&dispatch, &client, &settings).await {
            // A full batch: more is probably due, as soon as a slot frees.
            Ok(started) if started == free && free > 0 => MAX_IDLE,
            Ok(_) if flight.len() >= settings.concurrency => MAX_IDLE,
            Ok(started) => match dispatch.next_due(&flight.full(&settings)).await {
                Ok(Some(due)) => (due - Utc::now())
                    .to_std()
                    .unwrap_or(Duration::ZERO)
                    .min(MAX_IDLE)
                    // Due but not leased (another dispatcher holds it this instant): look
                    // again shortly rather than at once.
                    .max(if started == 0 {
                        MIN_RECHECK
                    } else {
                        Duration::ZERO
                    }),
                Ok(None) => MAX_IDLE,
                Err(_) => Duration::from_secs(1),
            },
            Err(e) => {
                tracing::warn!(error = %e, "leasing webhook deliveries failed");
                Duration::from_secs(1)
            }
        };
        // The queue gauges count the whole table: sampled, not on every wake-up.
        if last_depth.is_none_or(|at: std::time::Instant| at.elapsed() >= DEPTH_EVERY) {
            last_depth = Some(std::time::Instant::now());
            if let Ok((queued, dead)) = dispatch.depth().await {
                metrics::gauge!("jobs_webhook_queue_depth").set(queued as f64);
                metrics::gauge!("jobs_webhook_dead_letters").set(dead as f64);
            }
        }
        metrics::gauge!("jobs_webhook_attempts_in_flight").set(flight.len() as f64);
        if wait.is_zero() && flight.len() < settings.concurrency {
            continue;
        }
        if listener.is_none() {
            listener = dispatch.listener().await.ok();
        }
        let idle = flight.len() == 0;
        let lost = tokio::select! {
            joined = flight.attempts.join_next_with_id(), if !idle => {
                let mut records: Vec<AttemptRecord> = joined
                    .and_then(|j| flight.finished(j))
                    .into_iter()
                    .collect();
                // Whatever else finished meanwhile is recorded in the same transaction.
                while let Some(j) = flight.attempts.try_join_next_with_id() {
                    records.extend(flight.finished(j));
                }
                record(&dispatch, &settings, &records).await;
                false
            }
            lost = notified(listener.as_mut(), wait) => lost,
        };
        if lost {
            listener = None;
        }
    }
}

/// Waits for a NOTIFY on the listening connection (or `wait` without one); `true` when the
/// connection is gone.
async fn notified(listener: Option<&mut diesel_async::AsyncPgConnection>, wait: Duration) -> bool {
    match listener {
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
