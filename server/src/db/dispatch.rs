//! The webhook dispatcher's side of the database: leasing due deliveries across employers,
//! recording attempts, and the circuit breaker's and health's bookkeeping. It runs on the
//! owner login with the maintenance policies open, like the other cross-tenant work, and only
//! the dispatcher holds a [`Dispatch`] handle.
//!
//! A delivery is leased, not locked, while it is sent: the claim (`FOR NO KEY UPDATE SKIP
//! LOCKED`, so replicas never claim the same row) moves `next_attempt_at` past the send's
//! timeout and commits. A dispatcher that dies mid-send leaves the lease to expire and the
//! delivery is sent again, with the same `webhook-id` (at least once).

use std::collections::HashSet;
use std::time::Duration;

use chrono::{DateTime, Utc};
use diesel::QueryableByName;
use diesel::sql_types::{
    Array, BigInt, Bool, Bytea, Integer, Nullable, Text, Timestamptz, Uuid as SqlUuid,
};
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use super::DbError;
use super::stmt::Stmt;
use super::tx::{Access, Limits, Plans, Pool, Tx};

/// The dispatcher's handle: a small pool on the owner login, and its URL for the LISTEN
/// connection.
#[derive(Clone)]
pub struct Dispatch {
    pool: Pool,
    limits: Limits,
    owner_url: String,
}

/// A leased delivery, with what sending it needs.
#[derive(Debug, Clone, QueryableByName)]
pub struct Leased {
    #[diesel(sql_type = SqlUuid)]
    pub id: Uuid,
    #[diesel(sql_type = SqlUuid)]
    pub employer_id: Uuid,
    #[diesel(sql_type = SqlUuid)]
    pub subscription_id: Uuid,
    #[diesel(sql_type = SqlUuid)]
    pub event_id: Uuid,
    #[diesel(sql_type = Text)]
    pub event_type: String,
    #[diesel(sql_type = Text)]
    pub body: String,
    #[diesel(sql_type = Integer)]
    pub attempts: i32,
    #[diesel(sql_type = Integer)]
    pub retries_left: i32,
    #[diesel(sql_type = Text)]
    pub url: String,
    #[diesel(sql_type = Bytea)]
    pub secret: Vec<u8>,
    /// The previous secret while it still signs (after a rotation).
    #[diesel(sql_type = Nullable<Bytea>)]
    pub previous_secret: Option<Vec<u8>>,
    /// The endpoint's breaker is half-open: this delivery is its one probe.
    #[diesel(sql_type = Bool)]
    pub probe: bool,
    #[diesel(sql_type = Timestamptz)]
    pub created_at: DateTime<Utc>,
    /// The trace of the request that wrote the event (when traces were exported).
    #[diesel(sql_type = Nullable<Text>)]
    pub trace_parent: Option<String>,
}

/// How a delivery attempt ended, as the dispatcher decided.
#[derive(Debug, Clone)]
pub struct AttemptRecord {
    pub delivery_id: Uuid,
    pub employer_id: Uuid,
    pub subscription_id: Uuid,
    pub attempted_at: DateTime<Utc>,
    pub status_code: Option<i32>,
    pub latency_ms: i32,
    pub error_class: &'static str,
    pub error: Option<String>,
    pub next: Next,
}

/// What happens to the delivery and its subscription after an attempt.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Next {
    /// 2xx: delivered; the endpoint is healthy again.
    Delivered,
    /// Failed; retried at this time.
    RetryAt(DateTime<Utc>),
    /// Failed for the last time: dead letter.
    Dead,
    /// 410 Gone: the subscription is disabled, the delivery dead.
    Gone,
}

/// What the bookkeeping of one attempt did to its subscription.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SubscriptionChange {
    None,
    BreakerOpened,
    Disabled(&'static str),
}

/// The dispatcher's knobs that the database applies.
#[derive(Debug, Clone, Copy)]
pub struct Breaker {
    /// Consecutive failures that open the breaker.
    pub threshold: i32,
    pub cooldown: Duration,
    /// A subscription failing without a success for this long is disabled.
    pub disable_after: Duration,
}

/// What one dispatcher may lease of each employer: round robin from `after`, never the
/// employers in `full` (at their in-flight limit), at most `allowance(e)` of the others.
pub struct FairShare<'a> {
    /// The last employer served (the walk continues after it).
    pub after: Option<Uuid>,
    /// Employers with no allowance left.
    pub full: &'a [Uuid],
    /// In-flight limit per employer.
    pub default_share: usize,
    /// Deliveries of each employer already in flight here.
    pub in_flight: &'a std::collections::HashMap<Uuid, usize>,
}

impl FairShare<'_> {
    /// From the candidates (grouped by employer in walk order, oldest first within each), the
    /// deliveries to lease: each employer's first, then each one's second, and so on, within
    /// its allowance and one probe per half-open endpoint, `limit` in all.
    fn pick(&self, candidates: Vec<Leased>, limit: usize) -> Vec<Leased> {
        let mut queues: Vec<(Uuid, std::collections::VecDeque<Leased>)> = Vec::new();
        for d in candidates {
            match queues.last_mut() {
                Some((employer, queue)) if *employer == d.employer_id => queue.push_back(d),
                _ => queues.push((d.employer_id, std::collections::VecDeque::from([d]))),
            }
        }
        let mut allowance: Vec<usize> = queues
            .iter()
            .map(|(e, _)| {
                self.default_share
                    .saturating_sub(self.in_flight.get(e).copied().unwrap_or(0))
            })
            .collect();
        let mut probed = HashSet::new();
        let mut picked = Vec::new();
        loop {
            let mut took = false;
            for (i, (_, queue)) in queues.iter_mut().enumerate() {
                if picked.len() == limit {
                    return picked;
                }
                if allowance[i] == 0 {
                    continue;
                }
                while let Some(d) = queue.pop_front() {
                    if d.probe && !probed.insert(d.subscription_id) {
                        continue;
                    }
                    allowance[i] -= 1;
                    picked.push(d);
                    took = true;
                    break;
                }
            }
            if !took {
                return picked;
            }
        }
    }
}

#[derive(QueryableByName)]
struct Due {
    #[diesel(sql_type = Nullable<Timestamptz>)]
    due: Option<DateTime<Utc>>,
}

#[derive(QueryableByName)]
struct Health {
    #[diesel(sql_type = Integer)]
    consecutive_failures: i32,
    #[diesel(sql_type = Nullable<Timestamptz>)]
    failing_since: Option<DateTime<Utc>>,
    #[diesel(sql_type = Bool)]
    active: bool,
}

#[derive(QueryableByName)]
struct Depth {
    #[diesel(sql_type = BigInt)]
    queued: i64,
    #[diesel(sql_type = BigInt)]
    dead: i64,
}

fn millis(d: Duration) -> i64 {
    i64::try_from(d.as_millis()).unwrap_or(i64::MAX)
}

impl Dispatch {
    pub(super) fn new(pool: Pool, limits: Limits, owner_url: String) -> Self {
        Self {
            pool,
            limits,
            owner_url,
        }
    }

    /// A connection listening on the `webhook_deliveries` channel (the outbox trigger and
    /// redeliveries notify it). The caller reads `notifications_stream()`.
    pub async fn listener(&self) -> Result<AsyncPgConnection, DbError> {
        let mut conn = super::tls::establish(&self.owner_url)
            .await
            .map_err(|_| DbError::Unavailable)?;
        Stmt::new("LISTEN webhook_deliveries")
            .execute(&mut conn)
            .await?;
        Ok(conn)
    }

    /// Leases due deliveries for `lease`, fairly: employers with due deliveries are taken
    /// round robin (in id order after `after`, wrapping around), at most `share.get(e)` of
    /// each (its remaining in-flight allowance; employers absent from `share` get
    /// `default_share`), and every employer's first before any employer's second, up to
    /// `limit` in all. An endpoint whose breaker is half-open gets one delivery (its probe),
    /// and its breaker stays shut for another cool-down meanwhile. Returns them in that order.
    pub async fn lease(
        &self,
        limit: usize,
        fair: &FairShare<'_>,
        lease: Duration,
        breaker: Breaker,
    ) -> Result<Vec<Leased>, DbError> {
        if limit == 0 {
            return Ok(Vec::new());
        }
        let mut tx = Tx::begin(&self.pool, Access::Maintenance, self.limits).await?;
        // The employers with queued deliveries are walked one index probe at a time (a loose
        // index scan), from the cursor to the end and then from the start, each checked for a
        // due delivery with one more probe (a backlog scheduled for later costs nothing); the
        // LIMIT stops the walk early. Deliveries behind an open breaker are not due (see
        // `failed` and the fan-out trigger).
        let candidates: Vec<Leased> = Stmt::new(
            "WITH RECURSIVE after_cursor AS ( \
               (SELECT employer_id FROM webhook_deliveries \
                WHERE status IN ('pending', 'failed') AND employer_id > $1 \
                ORDER BY employer_id LIMIT 1) \
               UNION ALL \
               SELECT (SELECT d.employer_id FROM webhook_deliveries d \
                       WHERE d.status IN ('pending', 'failed') AND d.employer_id > c.employer_id \
                       ORDER BY d.employer_id LIMIT 1) \
               FROM after_cursor c WHERE c.employer_id IS NOT NULL), \
             from_start AS ( \
               (SELECT employer_id FROM webhook_deliveries \
                WHERE status IN ('pending', 'failed') AND employer_id <= $1 \
                ORDER BY employer_id LIMIT 1) \
               UNION ALL \
               SELECT (SELECT d.employer_id FROM webhook_deliveries d \
                       WHERE d.status IN ('pending', 'failed') AND d.employer_id > c.employer_id \
                         AND d.employer_id <= $1 \
                       ORDER BY d.employer_id LIMIT 1) \
               FROM from_start c WHERE c.employer_id IS NOT NULL), \
             ring AS ( \
               SELECT employer_id FROM after_cursor WHERE employer_id IS NOT NULL \
               UNION ALL \
               SELECT employer_id FROM from_start WHERE employer_id IS NOT NULL), \
             picked AS ( \
               SELECT r.employer_id FROM ring r \
               WHERE NOT (r.employer_id = ANY($2)) \
                 AND EXISTS (SELECT 1 FROM webhook_deliveries d \
                             WHERE d.employer_id = r.employer_id \
                               AND d.status IN ('pending', 'failed') \
                               AND d.next_attempt_at <= now()) \
               LIMIT $3) \
             SELECT c.* FROM picked p CROSS JOIN LATERAL ( \
               SELECT d.id, d.employer_id, d.subscription_id, d.event_id, d.event_type, d.body, \
                      d.attempts, d.retries_left, s.url, s.secret, \
                      CASE WHEN s.previous_secret_expires_at > now() THEN s.previous_secret END \
                        AS previous_secret, \
                      s.consecutive_failures >= $5 AS probe, d.created_at, d.trace_parent \
               FROM webhook_deliveries d \
               JOIN webhook_subscriptions s ON s.id = d.subscription_id \
               WHERE d.employer_id = p.employer_id \
                 AND d.status IN ('pending', 'failed') AND d.next_attempt_at <= now() \
                 AND s.active \
                 AND (s.breaker_open_until IS NULL OR s.breaker_open_until <= now()) \
               ORDER BY d.next_attempt_at, d.attempts, d.created_at \
               LIMIT $4 \
               FOR NO KEY UPDATE OF d, s SKIP LOCKED) c",
        )
        .with::<SqlUuid, _>(fair.after.unwrap_or(Uuid::nil()))
        .with::<Array<SqlUuid>, _>(fair.full.to_vec())
        .with::<BigInt, _>(i64::try_from(limit).unwrap_or(i64::MAX))
        .with::<BigInt, _>(i64::try_from(fair.default_share).unwrap_or(i64::MAX))
        .with::<Integer, _>(breaker.threshold)
        .load(tx.conn()?)
        .await?;
        let leased = fair.pick(candidates, limit);
        let probed: Vec<Uuid> = {
            let mut seen = HashSet::new();
            leased
                .iter()
                .filter(|d| d.probe && seen.insert(d.subscription_id))
                .map(|d| d.subscription_id)
                .collect()
        };
        if !leased.is_empty() {
            Stmt::new(
                "UPDATE webhook_deliveries \
                 SET next_attempt_at = now() + make_interval(secs => $2::float8 / 1000) \
                 WHERE id = ANY($1)",
            )
            .with::<Array<SqlUuid>, _>(leased.iter().map(|d| d.id).collect::<Vec<_>>())
            .with::<BigInt, _>(millis(lease))
            .execute(tx.conn()?)
            .await?;
        }
        if !probed.is_empty() {
            // The probe goes alone: the endpoint's other deliveries wait out the cool-down.
            Stmt::new(
                "WITH shut AS ( \
                   UPDATE webhook_subscriptions \
                   SET breaker_open_until = now() + make_interval(secs => $2::float8 / 1000) \
                   WHERE id = ANY($1) RETURNING id, breaker_open_until) \
                 UPDATE webhook_deliveries d SET next_attempt_at = shut.breaker_open_until \
                 FROM shut WHERE d.subscription_id = shut.id \
                   AND d.status IN ('pending', 'failed') AND d.next_attempt_at < shut.breaker_open_until \
                   AND NOT (d.id = ANY($3))",
            )
            .with::<Array<SqlUuid>, _>(probed)
            .with::<BigInt, _>(millis(breaker.cooldown))
            .with::<Array<SqlUuid>, _>(leased.iter().map(|d| d.id).collect::<Vec<_>>())
            .execute(tx.conn()?)
            .await?;
        }
        tx.commit().await?;
        Ok(leased)
    }

    /// When the next delivery comes due (for the dispatcher's sleep), if any is queued.
    /// Employers in `full` (at their in-flight limit here) are left out: their backlog waits
    /// for a slot of theirs to free, which wakes the dispatcher by itself.
    pub async fn next_due(&self, full: &[Uuid]) -> Result<Option<DateTime<Utc>>, DbError> {
        let rows: Vec<Due> = Tx::read_once(
            &self.pool,
            Access::Maintenance,
            self.limits,
            Plans::Auto,
            &Stmt::new(
                "SELECT min(GREATEST(d.next_attempt_at, \
                                     COALESCE(s.breaker_open_until, '-infinity'))) AS due \
                 FROM webhook_deliveries d JOIN webhook_subscriptions s \
                   ON s.id = d.subscription_id \
                 WHERE d.status IN ('pending', 'failed') AND s.active \
                   AND NOT (d.employer_id = ANY($1))",
            )
            .with::<Array<SqlUuid>, _>(full.to_vec()),
        )
        .await?;
        Ok(rows.into_iter().next().and_then(|r| r.due))
    }

    /// Queued (pending or awaiting a retry) and dead deliveries, for the metrics.
    pub async fn depth(&self) -> Result<(i64, i64), DbError> {
        let rows: Vec<Depth> = Tx::read_once(
            &self.pool,
            Access::Maintenance,
            self.limits,
            Plans::Auto,
            &Stmt::new(
                "SELECT count(*) FILTER (WHERE status IN ('pending', 'failed')) AS queued, \
                        count(*) FILTER (WHERE status = 'dead') AS dead \
                 FROM webhook_deliveries",
            ),
        )
        .await?;
        Ok(rows
            .into_iter()
            .next()
            .map_or((0, 0), |d| (d.queued, d.dead)))
    }

    /// Records the attempts of one round, in one transaction, and updates each subscription's
    /// health: the breaker, and disabling (410, or failing for `disable_after`), with an
    /// outbox event when one is disabled.
    pub async fn record(
        &self,
        attempts: &[AttemptRecord],
        breaker: Breaker,
    ) -> Result<Vec<(Uuid, SubscriptionChange)>, DbError> {
        let mut tx = Tx::begin(&self.pool, Access::Maintenance, self.limits).await?;
        let mut changes = Vec::new();
        for a in attempts {
            let (status, next_at, delivered) = match a.next {
                Next::Delivered => ("succeeded", None, true),
                Next::RetryAt(at) => ("failed", Some(at), false),
                Next::Dead | Next::Gone => ("dead", None, false),
            };
            Stmt::new(
                "WITH logged AS ( \
                   INSERT INTO webhook_attempts \
                     (delivery_id, employer_id, attempted_at, status_code, latency_ms, error_class) \
                   VALUES ($1, $2, $3, $4, $5, $6)) \
                 UPDATE webhook_deliveries SET attempts = attempts + 1, last_status_code = $4, \
                   last_error = $7, status = $8, next_attempt_at = $9, \
                   delivered_at = CASE WHEN $10 THEN $3 ELSE delivered_at END, \
                   retries_left = CASE WHEN $8 = 'failed' THEN greatest(retries_left - 1, 0) \
                                       ELSE retries_left END \
                 WHERE id = $1",
            )
            .with::<SqlUuid, _>(a.delivery_id)
            .with::<SqlUuid, _>(a.employer_id)
            .with::<Timestamptz, _>(a.attempted_at)
            .with::<Nullable<Integer>, _>(a.status_code)
            .with::<Integer, _>(a.latency_ms)
            .with::<Text, _>(a.error_class)
            .with::<Nullable<Text>, _>(a.error.clone())
            .with::<Text, _>(status)
            .with::<Nullable<Timestamptz>, _>(next_at)
            .with::<Bool, _>(delivered)
            .execute(tx.conn()?)
            .await?;
            let change = match a.next {
                Next::Delivered => {
                    // Deliveries that waited for an open breaker keep their time (the end of
                    // its cool-down): pulling them forward could re-lease one in flight.
                    Stmt::new(
                        "UPDATE webhook_subscriptions SET consecutive_failures = 0, \
                           failing_since = NULL, breaker_open_until = NULL \
                         WHERE id = $1 AND (consecutive_failures <> 0 OR failing_since IS NOT NULL \
                                            OR breaker_open_until IS NOT NULL)",
                    )
                    .with::<SqlUuid, _>(a.subscription_id)
                    .execute(tx.conn()?)
                    .await?;
                    SubscriptionChange::None
                }
                Next::Gone => {
                    disable(&mut tx, a, "gone").await?;
                    SubscriptionChange::Disabled("gone")
                }
                Next::RetryAt(_) | Next::Dead => failed(&mut tx, a, breaker).await?,
            };
            if change != SubscriptionChange::None {
                changes.push((a.subscription_id, change));
            }
        }
        tx.commit().await?;
        Ok(changes)
    }
}

/// A failed attempt's effect on its subscription: one more consecutive failure, the breaker
/// opened at the threshold, disabled after failing for `disable_after`.
async fn failed(
    tx: &mut Tx,
    a: &AttemptRecord,
    breaker: Breaker,
) -> Result<SubscriptionChange, DbError> {
    let health: Vec<Health> = Stmt::new(
        "UPDATE webhook_subscriptions SET consecutive_failures = consecutive_failures + 1, \
           failing_since = COALESCE(failing_since, $2), \
           breaker_open_until = CASE WHEN consecutive_failures + 1 >= $3 \
             THEN now() + make_interval(secs => $4::float8 / 1000) ELSE breaker_open_until END \
         WHERE id = $1 \
         RETURNING consecutive_failures, failing_since, active",
    )
    .with::<SqlUuid, _>(a.subscription_id)
    .with::<Timestamptz, _>(a.attempted_at)
    .with::<Integer, _>(breaker.threshold)
    .with::<BigInt, _>(millis(breaker.cooldown))
    .load(tx.conn()?)
    .await?;
    let Some(health) = health.into_iter().next() else {
        return Ok(SubscriptionChange::None);
    };
    if health.consecutive_failures >= breaker.threshold {
        // Open: the endpoint's queued deliveries wait out the cool-down (not due meanwhile, so
        // the fair lease never walks to them).
        Stmt::new(
            "UPDATE webhook_deliveries d SET next_attempt_at = s.breaker_open_until \
             FROM webhook_subscriptions s \
             WHERE s.id = $1 AND d.subscription_id = s.id AND s.breaker_open_until IS NOT NULL \
               AND d.status IN ('pending', 'failed') AND d.next_attempt_at < s.breaker_open_until",
        )
        .with::<SqlUuid, _>(a.subscription_id)
        .execute(tx.conn()?)
        .await?;
    }
    let failing_for = health
        .failing_since
        .map(|since| (Utc::now() - since).to_std().unwrap_or_default())
        .unwrap_or_default();
    if health.active && failing_for >= breaker.disable_after {
        disable(tx, a, "failing").await?;
        return Ok(SubscriptionChange::Disabled("failing"));
    }
    if health.consecutive_failures >= breaker.threshold {
        return Ok(SubscriptionChange::BreakerOpened);
    }
    Ok(SubscriptionChange::None)
}

/// Disables a subscription, dead-letters what it still had queued, and records the event.
async fn disable(tx: &mut Tx, a: &AttemptRecord, reason: &'static str) -> Result<(), DbError> {
    let n = Stmt::new(
        "UPDATE webhook_subscriptions SET active = false, disabled_reason = $2, \
           breaker_open_until = NULL, updated_at = now() \
         WHERE id = $1 AND active",
    )
    .with::<SqlUuid, _>(a.subscription_id)
    .with::<Text, _>(reason)
    .execute(tx.conn()?)
    .await?;
    if n == 0 {
        return Ok(());
    }
    Stmt::new(
        "UPDATE webhook_deliveries SET status = 'dead', next_attempt_at = NULL, \
           last_error = COALESCE(last_error, 'subscription disabled') \
         WHERE subscription_id = $1 AND status IN ('pending', 'failed')",
    )
    .with::<SqlUuid, _>(a.subscription_id)
    .execute(tx.conn()?)
    .await?;
    Stmt::new(
        "INSERT INTO outbox_events (id, employer_id, event_type, entity_type, entity_id, actor, \
                                    payload) \
         VALUES ($1, $2, 'webhook_subscription.disabled', 'webhook_subscription', $3, \
                 'system:webhooks', jsonb_build_object('reason', $4::text))",
    )
    .with::<SqlUuid, _>(Uuid::now_v7())
    .with::<SqlUuid, _>(a.employer_id)
    .with::<SqlUuid, _>(a.subscription_id)
    .with::<Text, _>(reason)
    .execute(tx.conn()?)
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    fn delivery(employer: u128, subscription: u128, probe: bool) -> Leased {
        Leased {
            id: Uuid::new_v4(),
            employer_id: Uuid::from_u128(employer),
            subscription_id: Uuid::from_u128(subscription),
            event_id: Uuid::new_v4(),
            event_type: "job.created".into(),
            body: "{}".into(),
            attempts: 0,
            retries_left: 8,
            url: "https://hooks.example/".into(),
            secret: Vec::new(),
            previous_secret: None,
            probe,
            created_at: Utc::now(),
            trace_parent: None,
        }
    }

    fn employers(picked: &[Leased]) -> Vec<u128> {
        picked.iter().map(|d| d.employer_id.as_u128()).collect()
    }

    #[test]
    fn every_employers_first_goes_before_anyones_second_within_each_share() {
        let in_flight = HashMap::from([(Uuid::from_u128(2), 2)]);
        let share = FairShare {
            after: None,
            full: &[],
            default_share: 3,
            in_flight: &in_flight,
        };
        // Walk order: employer 1 (four due), 2 (three due, two in flight), 3 (one due).
        let candidates = vec![
            delivery(1, 10, false),
            delivery(1, 10, false),
            delivery(1, 10, false),
            delivery(1, 10, false),
            delivery(2, 20, false),
            delivery(2, 20, false),
            delivery(2, 20, false),
            delivery(3, 30, false),
        ];
        let picked = share.pick(candidates.clone(), 10);
        assert_eq!(employers(&picked), [1, 2, 3, 1, 1]);
        // Fewer slots: the round robin order decides who goes first.
        assert_eq!(employers(&share.pick(candidates, 2)), [1, 2]);
    }

    #[test]
    fn a_half_open_endpoint_gets_one_probe() {
        let in_flight = HashMap::new();
        let share = FairShare {
            after: None,
            full: &[],
            default_share: 10,
            in_flight: &in_flight,
        };
        let picked = share.pick(
            vec![
                delivery(1, 10, true),
                delivery(1, 10, true),
                delivery(1, 11, false),
            ],
            10,
        );
        assert_eq!(picked.len(), 2);
        assert_eq!(picked[0].subscription_id, Uuid::from_u128(10));
        assert_eq!(picked[1].subscription_id, Uuid::from_u128(11));
    }
}
