//! Hiring analytics in the database. The worker's side is cross-tenant, on the owner login in
//! maintenance mode ([`AnalyticsStore`]): folding the outbox's application events after a
//! checkpoint, and view counters into hourly rows. Each fold commits with what marks it done
//! (the checkpoint, the fold's id), so none counts twice. Employers read their reports in
//! tenant transactions, under row-level security ([`TenantTx::analytics_report`]).

use chrono::{DateTime, NaiveDate, Utc};
use diesel::QueryableByName;
use diesel::sql_types::{
    Array, BigInt, Date, Double, Integer, Jsonb, Nullable, Text, Timestamptz, Uuid as SqlUuid,
};
use diesel_async::RunQueryDsl;
use uuid::Uuid;

use super::DbError;
use super::stmt::Stmt;
use super::tx::{Access, Limits, Pool, Tx};
use crate::domain::analytics::{DURATION_NAMES, DayKey, DayTotals, Facts, Histogram};
use crate::domain::application::ApplicationStatus;

/// The analytics worker's handle: a small pool on the owner login.
#[derive(Clone)]
pub struct AnalyticsStore {
    pool: Pool,
    limits: Limits,
}

/// An application event the funnel folds.
#[derive(Debug, Clone, QueryableByName)]
pub struct FunnelEvent {
    #[diesel(sql_type = SqlUuid)]
    pub id: Uuid,
    #[diesel(sql_type = BigInt)]
    pub tx_id: i64,
    #[diesel(sql_type = SqlUuid)]
    pub employer_id: Uuid,
    #[diesel(sql_type = Text)]
    pub event_type: String,
    #[diesel(sql_type = Jsonb)]
    pub payload: serde_json::Value,
    #[diesel(sql_type = Timestamptz)]
    pub occurred_at: DateTime<Utc>,
}

/// A fold of the outbox: holds the checkpoint row locked (one fold at a time).
pub struct FunnelFold {
    tx: Tx,
    pub events: Vec<FunnelEvent>,
}

/// Views of one job in one hour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ViewCount {
    pub employer_id: Uuid,
    pub job_id: Uuid,
    pub hour: DateTime<Utc>,
    pub views: i64,
}

/// The unique visitors of one job on one day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VisitorCount {
    pub employer_id: Uuid,
    pub job_id: Uuid,
    pub day: NaiveDate,
    pub visitors: i64,
}

#[derive(QueryableByName)]
pub(super) struct CountRow {
    #[diesel(sql_type = BigInt)]
    pub(super) n: i64,
}

#[derive(QueryableByName)]
pub(super) struct EmployerDayRow {
    #[diesel(sql_type = SqlUuid)]
    employer_id: Uuid,
    #[diesel(sql_type = Date)]
    day: NaiveDate,
    #[diesel(sql_type = Text)]
    source: String,
    #[diesel(sql_type = Text)]
    utm_source: String,
    #[diesel(sql_type = Array<BigInt>)]
    counts: Vec<i64>,
}

impl EmployerDayRow {
    pub(super) fn into_day(self) -> (DayKey, DayTotals) {
        let mut totals = DayTotals::default();
        for (slot, n) in totals.counts.iter_mut().zip(self.counts) {
            *slot = n;
        }
        (
            (self.employer_id, self.day, self.source, self.utm_source),
            totals,
        )
    }
}

/// One stage's histogram of one employer's day.
#[derive(QueryableByName)]
pub(super) struct StageDayRow {
    #[diesel(sql_type = SqlUuid)]
    employer_id: Uuid,
    #[diesel(sql_type = Date)]
    day: NaiveDate,
    #[diesel(sql_type = Text)]
    stage: String,
    #[diesel(sql_type = Array<Integer>)]
    pub(super) buckets: Vec<i32>,
    #[diesel(sql_type = Array<BigInt>)]
    pub(super) counts: Vec<i64>,
}

impl StageDayRow {
    pub(super) fn slot(&self) -> Option<usize> {
        DURATION_NAMES.iter().position(|n| *n == self.stage)
    }

    pub(super) fn histogram(&self) -> Histogram {
        Histogram(
            self.buckets
                .iter()
                .zip(&self.counts)
                .filter_map(|(b, n)| Some((u32::try_from(*b).ok()?, *n)))
                .collect(),
        )
    }
}

/// An employer's day's histograms of time in stage and to hire.
pub type StageDay = ((Uuid, NaiveDate), [Histogram; 5]);

pub(super) const DAY_COLUMNS: &str = "employer_id, day, source, utm_source, \
     ARRAY[applications, screening, interview, offer, hired, rejected, offers_accepted] AS counts";

#[derive(QueryableByName)]
struct FactRow {
    #[diesel(sql_type = SqlUuid)]
    employer_id: Uuid,
    #[diesel(sql_type = SqlUuid)]
    application_id: Uuid,
    #[diesel(sql_type = SqlUuid)]
    job_id: Uuid,
    #[diesel(sql_type = Text)]
    source: String,
    #[diesel(sql_type = Nullable<Text>)]
    utm_source: Option<String>,
    #[diesel(sql_type = Timestamptz)]
    applied_at: DateTime<Utc>,
    #[diesel(sql_type = Text)]
    status: String,
    #[diesel(sql_type = Timestamptz)]
    stage_entered_at: DateTime<Utc>,
    #[diesel(sql_type = Nullable<Timestamptz>)]
    screening_at: Option<DateTime<Utc>>,
    #[diesel(sql_type = Nullable<Timestamptz>)]
    interview_at: Option<DateTime<Utc>>,
    #[diesel(sql_type = Nullable<Timestamptz>)]
    offer_at: Option<DateTime<Utc>>,
    #[diesel(sql_type = Nullable<Timestamptz>)]
    hired_at: Option<DateTime<Utc>>,
    #[diesel(sql_type = Nullable<Timestamptz>)]
    rejected_at: Option<DateTime<Utc>>,
    #[diesel(sql_type = Nullable<Double>)]
    new_seconds: Option<f64>,
    #[diesel(sql_type = Nullable<Double>)]
    screening_seconds: Option<f64>,
    #[diesel(sql_type = Nullable<Double>)]
    interview_seconds: Option<f64>,
    #[diesel(sql_type = Nullable<Double>)]
    offer_seconds: Option<f64>,
}

impl FactRow {
    fn into_facts(self) -> Facts {
        Facts {
            employer_id: self.employer_id,
            application_id: self.application_id,
            job_id: self.job_id,
            source: self.source,
            utm_source: self.utm_source,
            applied_at: self.applied_at,
            status: ApplicationStatus::parse(&self.status).unwrap_or(ApplicationStatus::New),
            stage_entered_at: self.stage_entered_at,
            reached: [
                self.screening_at,
                self.interview_at,
                self.offer_at,
                self.hired_at,
                self.rejected_at,
            ],
            seconds: [
                self.new_seconds,
                self.screening_seconds,
                self.interview_seconds,
                self.offer_seconds,
            ],
        }
    }
}

impl AnalyticsStore {
    pub(super) fn new(pool: Pool, limits: Limits) -> Self {
        Self { pool, limits }
    }

    /// The next application events after the checkpoint (at most `limit`), in feed order, when
    /// no other fold is running. Only events of finished transactions are read (below the
    /// snapshot's xmin), so none can later appear before the checkpoint.
    pub async fn funnel_fold(&self, limit: usize) -> Result<Option<FunnelFold>, DbError> {
        let mut tx = Tx::begin(&self.pool, Access::Maintenance, self.limits).await?;
        let locked: Vec<CountRow> =
            Stmt::new("SELECT 1::bigint AS n FROM analytics_checkpoint FOR UPDATE SKIP LOCKED")
                .load(tx.conn()?)
                .await?;
        if locked.is_empty() {
            tx.commit().await?;
            return Ok(None);
        }
        // The same event types as the mailer's partial index, which serves this read too.
        let events: Vec<FunnelEvent> = Stmt::new(
            "SELECT e.id, e.tx_id, e.employer_id, e.event_type, e.payload, e.occurred_at \
             FROM outbox_events e, analytics_checkpoint c \
             WHERE e.event_type IN ('application.created', 'application.status.changed') \
               AND (e.tx_id, e.id) > (c.tx_id, c.event_id) \
               AND e.tx_id < pg_snapshot_xmin(pg_current_snapshot())::text::bigint \
             ORDER BY e.tx_id, e.id LIMIT $1",
        )
        .with::<BigInt, _>(i64::try_from(limit).unwrap_or(i64::MAX))
        .load(tx.conn()?)
        .await?;
        Ok(Some(FunnelFold { tx, events }))
    }

    /// Application events after the checkpoint, not folded yet (finished or not).
    pub async fn funnel_lag(&self) -> Result<i64, DbError> {
        let mut tx = Tx::begin(&self.pool, Access::Maintenance, self.limits).await?;
        let rows: Vec<CountRow> = Stmt::new(
            "SELECT count(*) AS n FROM outbox_events e, analytics_checkpoint c \
             WHERE e.event_type IN ('application.created', 'application.status.changed') \
               AND (e.tx_id, e.id) > (c.tx_id, c.event_id)",
        )
        .load(tx.conn()?)
        .await?;
        tx.commit().await?;
        Ok(<[CountRow]>::first(&rows).map_or(0, |r| r.n))
    }

    /// Adds a fold of view counters to the hourly rows, once: `false` when the fold `id` was
    /// already added (by a fold that stopped before it could say so, or by another worker).
    pub async fn add_views(&self, id: Uuid, counts: &[ViewCount]) -> Result<bool, DbError> {
        let mut tx = Tx::begin(&self.pool, Access::Maintenance, self.limits).await?;
        let fresh =
            Stmt::new("INSERT INTO analytics_view_folds (id) VALUES ($1) ON CONFLICT DO NOTHING")
                .with::<SqlUuid, _>(id)
                .execute(tx.conn()?)
                .await?;
        if fresh == 0 {
            tx.commit().await?;
            return Ok(false);
        }
        if !counts.is_empty() {
            Stmt::new(
                "INSERT INTO job_view_hours (employer_id, job_id, hour, views) \
                 SELECT e, j, h, sum(v) FROM unnest($1::uuid[], $2::uuid[], $3::timestamptz[], \
                                                    $4::bigint[]) AS t(e, j, h, v) \
                 WHERE EXISTS (SELECT 1 FROM employers WHERE id = e) \
                 GROUP BY e, j, h \
                 ON CONFLICT (employer_id, job_id, hour) \
                 DO UPDATE SET views = job_view_hours.views + excluded.views",
            )
            .with::<Array<SqlUuid>, _>(counts.iter().map(|c| c.employer_id).collect::<Vec<_>>())
            .with::<Array<SqlUuid>, _>(counts.iter().map(|c| c.job_id).collect::<Vec<_>>())
            .with::<Array<Timestamptz>, _>(counts.iter().map(|c| c.hour).collect::<Vec<_>>())
            .with::<Array<BigInt>, _>(counts.iter().map(|c| c.views).collect::<Vec<_>>())
            .execute(tx.conn()?)
            .await?;
            Stmt::new(
                "INSERT INTO employer_view_days (employer_id, day, views, visitors) \
                 SELECT e, (h AT TIME ZONE 'UTC')::date, sum(v), 0 \
                 FROM unnest($1::uuid[], $2::timestamptz[], $3::bigint[]) AS t(e, h, v) \
                 WHERE EXISTS (SELECT 1 FROM employers WHERE id = e) \
                 GROUP BY 1, 2 \
                 ON CONFLICT (employer_id, day) \
                 DO UPDATE SET views = employer_view_days.views + excluded.views",
            )
            .with::<Array<SqlUuid>, _>(counts.iter().map(|c| c.employer_id).collect::<Vec<_>>())
            .with::<Array<Timestamptz>, _>(counts.iter().map(|c| c.hour).collect::<Vec<_>>())
            .with::<Array<BigInt>, _>(counts.iter().map(|c| c.views).collect::<Vec<_>>())
            .execute(tx.conn()?)
            .await?;
        }
        // Fold ids are kept a week: longer than any fold can wait to be retried.
        Stmt::new("DELETE FROM analytics_view_folds WHERE folded_at < now() - interval '7 days'")
            .execute(tx.conn()?)
            .await?;
        tx.commit().await?;
        Ok(true)
    }

    /// Sets the day's unique visitors of jobs to the counters' estimates. The estimate only
    /// grows through a day, so the larger of the stored and the new one is kept: setting it
    /// twice, or from an older reading, changes nothing.
    pub async fn set_visitors(&self, counts: &[VisitorCount]) -> Result<(), DbError> {
        if counts.is_empty() {
            return Ok(());
        }
        let mut tx = Tx::begin(&self.pool, Access::Maintenance, self.limits).await?;
        // One setter at a time: the employer's day grows by what the jobs' days grew.
        Stmt::new("SELECT pg_advisory_xact_lock(7336201)")
            .execute(tx.conn()?)
            .await?;
        Stmt::new(
            "WITH input AS ( \
               SELECT e, j, d, max(v) AS v \
               FROM unnest($1::uuid[], $2::uuid[], $3::date[], $4::bigint[]) AS t(e, j, d, v) \
               WHERE EXISTS (SELECT 1 FROM employers WHERE id = e) GROUP BY e, j, d), \
             grown AS ( \
               SELECT i.e, i.d, greatest(i.v - coalesce(x.visitors, 0), 0) AS more \
               FROM input i LEFT JOIN job_visitor_days x \
                 ON x.employer_id = i.e AND x.job_id = i.j AND x.day = i.d), \
             jobs AS ( \
               INSERT INTO job_visitor_days (employer_id, job_id, day, visitors) \
               SELECT e, j, d, v FROM input \
               ON CONFLICT (employer_id, job_id, day) \
               DO UPDATE SET visitors = greatest(job_visitor_days.visitors, excluded.visitors)) \
             INSERT INTO employer_view_days (employer_id, day, views, visitors) \
             SELECT e, d, 0, sum(more) FROM grown GROUP BY e, d HAVING sum(more) > 0 \
             ON CONFLICT (employer_id, day) \
             DO UPDATE SET visitors = employer_view_days.visitors + excluded.visitors",
        )
        .with::<Array<SqlUuid>, _>(counts.iter().map(|c| c.employer_id).collect::<Vec<_>>())
        .with::<Array<SqlUuid>, _>(counts.iter().map(|c| c.job_id).collect::<Vec<_>>())
        .with::<Array<Date>, _>(counts.iter().map(|c| c.day).collect::<Vec<_>>())
        .with::<Array<BigInt>, _>(counts.iter().map(|c| c.visitors).collect::<Vec<_>>())
        .execute(tx.conn()?)
        .await?;
        tx.commit().await
    }
}

impl FunnelFold {
    /// The stored facts of these applications.
    pub async fn facts(&mut self, ids: &[(Uuid, Uuid)]) -> Result<Vec<Facts>, DbError> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let rows: Vec<FactRow> = Stmt::new(
            "SELECT f.employer_id, f.application_id, f.job_id, f.source, f.utm_source, \
                    f.applied_at, f.status, f.stage_entered_at, f.screening_at, f.interview_at, \
                    f.offer_at, f.hired_at, f.rejected_at, f.new_seconds, f.screening_seconds, \
                    f.interview_seconds, f.offer_seconds \
             FROM analytics_applications f \
             JOIN unnest($1::uuid[], $2::uuid[]) AS t(e, a) \
               ON f.employer_id = t.e AND f.application_id = t.a",
        )
        .with::<Array<SqlUuid>, _>(ids.iter().map(|i| i.0).collect::<Vec<_>>())
        .with::<Array<SqlUuid>, _>(ids.iter().map(|i| i.1).collect::<Vec<_>>())
        .load(self.tx.conn()?)
        .await?;
        Ok(rows.into_iter().map(FactRow::into_facts).collect())
    }

    /// The stored employer-wide days of these keys.
    pub async fn employer_days(
        &mut self,
        keys: &[DayKey],
    ) -> Result<Vec<(DayKey, DayTotals)>, DbError> {
        if keys.is_empty() {
            return Ok(Vec::new());
        }
        let rows: Vec<EmployerDayRow> = Stmt::new(format!(
            "SELECT {DAY_COLUMNS} FROM analytics_employer_days d \
             JOIN unnest($1::uuid[], $2::date[], $3::text[], $4::text[]) AS t(e, dd, s, u) \
               ON d.employer_id = t.e AND d.day = t.dd AND d.source = t.s AND d.utm_source = t.u"
        ))
        .with::<Array<SqlUuid>, _>(keys.iter().map(|k| k.0).collect::<Vec<_>>())
        .with::<Array<Date>, _>(keys.iter().map(|k| k.1).collect::<Vec<_>>())
        .with::<Array<Text>, _>(keys.iter().map(|k| k.2.clone()).collect::<Vec<_>>())
        .with::<Array<Text>, _>(keys.iter().map(|k| k.3.clone()).collect::<Vec<_>>())
        .load(self.tx.conn()?)
        .await?;
        Ok(rows.into_iter().map(EmployerDayRow::into_day).collect())
    }

    /// The stored histograms of these employers' days.
    pub async fn stage_days(
        &mut self,
        keys: &[(Uuid, NaiveDate)],
    ) -> Result<Vec<StageDay>, DbError> {
        if keys.is_empty() {
            return Ok(Vec::new());
        }
        let rows: Vec<StageDayRow> = Stmt::new(
            "SELECT s.employer_id, s.day, s.stage, s.buckets, s.counts \
             FROM analytics_employer_stage_days s \
             JOIN unnest($1::uuid[], $2::date[]) AS t(e, d) ON s.employer_id = t.e AND s.day = t.d",
        )
        .with::<Array<SqlUuid>, _>(keys.iter().map(|k| k.0).collect::<Vec<_>>())
        .with::<Array<Date>, _>(keys.iter().map(|k| k.1).collect::<Vec<_>>())
        .load(self.tx.conn()?)
        .await?;
        let mut days: std::collections::HashMap<(Uuid, NaiveDate), [Histogram; 5]> =
            std::collections::HashMap::new();
        for row in rows {
            if let Some(slot) = row.slot() {
                days.entry((row.employer_id, row.day)).or_default()[slot] = row.histogram();
            }
        }
        Ok(days.into_iter().collect())
    }

    /// Writes facts (new or changed) and the employer-wide days they changed, moves the
    /// checkpoint past `last`, and commits: the round's effect and its mark land together or
    /// not at all.
    pub async fn finish(
        mut self,
        facts: &[Facts],
        days: &[(DayKey, DayTotals)],
        stage_days: &[StageDay],
        last: Option<(i64, Uuid)>,
    ) -> Result<(), DbError> {
        let stages: Vec<(Uuid, NaiveDate, &str, &Histogram)> = stage_days
            .iter()
            .flat_map(|((e, d), hs)| {
                DURATION_NAMES
                    .iter()
                    .zip(hs)
                    .map(move |(name, h)| (*e, *d, *name, h))
            })
            .collect();
        if !stages.is_empty() {
            Stmt::new(
                "INSERT INTO analytics_employer_stage_days (employer_id, day, stage, buckets, counts) \
                 SELECT e, d, s, ARRAY(SELECT jsonb_array_elements_text(b)::int), \
                        ARRAY(SELECT jsonb_array_elements_text(c)::bigint) \
                 FROM unnest($1::uuid[], $2::date[], $3::text[], $4::jsonb[], $5::jsonb[]) \
                      AS t(e, d, s, b, c) \
                 ON CONFLICT (employer_id, day, stage) \
                 DO UPDATE SET buckets = excluded.buckets, counts = excluded.counts",
            )
            .with::<Array<SqlUuid>, _>(stages.iter().map(|s| s.0).collect::<Vec<_>>())
            .with::<Array<Date>, _>(stages.iter().map(|s| s.1).collect::<Vec<_>>())
            .with::<Array<Text>, _>(stages.iter().map(|s| s.2.to_string()).collect::<Vec<_>>())
            .with::<Array<Jsonb>, _>(
                stages
                    .iter()
                    .map(|s| serde_json::json!(s.3.0.keys().collect::<Vec<_>>()))
                    .collect::<Vec<_>>(),
            )
            .with::<Array<Jsonb>, _>(
                stages
                    .iter()
                    .map(|s| serde_json::json!(s.3.0.values().collect::<Vec<_>>()))
                    .collect::<Vec<_>>(),
            )
            .execute(self.tx.conn()?)
            .await?;
        }
        if !days.is_empty() {
            let count = |i: usize| days.iter().map(|d| d.1.counts[i]).collect::<Vec<_>>();
            Stmt::new(
                "INSERT INTO analytics_employer_days (employer_id, day, source, utm_source, \
                    applications, screening, interview, offer, hired, rejected, offers_accepted) \
                 SELECT * FROM unnest($1::uuid[], $2::date[], $3::text[], $4::text[], \
                    $5::bigint[], $6::bigint[], $7::bigint[], $8::bigint[], $9::bigint[], \
                    $10::bigint[], $11::bigint[]) \
                 ON CONFLICT (employer_id, day, source, utm_source) DO UPDATE SET \
                    applications = excluded.applications, screening = excluded.screening, \
                    interview = excluded.interview, offer = excluded.offer, \
                    hired = excluded.hired, rejected = excluded.rejected, \
                    offers_accepted = excluded.offers_accepted",
            )
            .with::<Array<SqlUuid>, _>(days.iter().map(|d| d.0.0).collect::<Vec<_>>())
            .with::<Array<Date>, _>(days.iter().map(|d| d.0.1).collect::<Vec<_>>())
            .with::<Array<Text>, _>(days.iter().map(|d| d.0.2.clone()).collect::<Vec<_>>())
            .with::<Array<Text>, _>(days.iter().map(|d| d.0.3.clone()).collect::<Vec<_>>())
            .with::<Array<BigInt>, _>(count(0))
            .with::<Array<BigInt>, _>(count(1))
            .with::<Array<BigInt>, _>(count(2))
            .with::<Array<BigInt>, _>(count(3))
            .with::<Array<BigInt>, _>(count(4))
            .with::<Array<BigInt>, _>(count(5))
            .with::<Array<BigInt>, _>(count(6))
            .execute(self.tx.conn()?)
            .await?;
        }
        if !facts.is_empty() {
            let col = |f: fn(&Facts) -> Option<DateTime<Utc>>| {
                facts.iter().map(f).collect::<Vec<Option<DateTime<Utc>>>>()
            };
            let secs = |i: usize| facts.iter().map(|f| f.seconds[i]).collect::<Vec<_>>();
            Stmt::new(
                "INSERT INTO analytics_applications (employer_id, application_id, job_id, source, \
                    utm_source, applied_at, status, stage_entered_at, screening_at, interview_at, \
                    offer_at, hired_at, rejected_at, new_seconds, screening_seconds, \
                    interview_seconds, offer_seconds) \
                 SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], \
                    $6::timestamptz[], $7::text[], $8::timestamptz[], $9::timestamptz[], \
                    $10::timestamptz[], $11::timestamptz[], $12::timestamptz[], $13::timestamptz[], \
                    $14::float8[], $15::float8[], $16::float8[], $17::float8[]) \
                 ON CONFLICT (employer_id, application_id) DO UPDATE SET \
                    status = excluded.status, stage_entered_at = excluded.stage_entered_at, \
                    screening_at = excluded.screening_at, interview_at = excluded.interview_at, \
                    offer_at = excluded.offer_at, hired_at = excluded.hired_at, \
                    rejected_at = excluded.rejected_at, new_seconds = excluded.new_seconds, \
                    screening_seconds = excluded.screening_seconds, \
                    interview_seconds = excluded.interview_seconds, \
                    offer_seconds = excluded.offer_seconds",
            )
            .with::<Array<SqlUuid>, _>(facts.iter().map(|f| f.employer_id).collect::<Vec<_>>())
            .with::<Array<SqlUuid>, _>(facts.iter().map(|f| f.application_id).collect::<Vec<_>>())
            .with::<Array<SqlUuid>, _>(facts.iter().map(|f| f.job_id).collect::<Vec<_>>())
            .with::<Array<Text>, _>(facts.iter().map(|f| f.source.clone()).collect::<Vec<_>>())
            .with::<Array<Nullable<Text>>, _>(
                facts.iter().map(|f| f.utm_source.clone()).collect::<Vec<_>>(),
            )
            .with::<Array<Timestamptz>, _>(facts.iter().map(|f| f.applied_at).collect::<Vec<_>>())
            .with::<Array<Text>, _>(
                facts
                    .iter()
                    .map(|f| f.status.as_str().to_string())
                    .collect::<Vec<_>>(),
            )
            .with::<Array<Timestamptz>, _>(
                facts.iter().map(|f| f.stage_entered_at).collect::<Vec<_>>(),
            )
            .with::<Array<Nullable<Timestamptz>>, _>(col(|f| f.reached[0]))
            .with::<Array<Nullable<Timestamptz>>, _>(col(|f| f.reached[1]))
            .with::<Array<Nullable<Timestamptz>>, _>(col(|f| f.reached[2]))
            .with::<Array<Nullable<Timestamptz>>, _>(col(|f| f.reached[3]))
            .with::<Array<Nullable<Timestamptz>>, _>(col(|f| f.reached[4]))
            .with::<Array<Nullable<Double>>, _>(secs(0))
            .with::<Array<Nullable<Double>>, _>(secs(1))
            .with::<Array<Nullable<Double>>, _>(secs(2))
            .with::<Array<Nullable<Double>>, _>(secs(3))
            .execute(self.tx.conn()?)
            .await?;
        }
        if let Some((tx_id, id)) = last {
            Stmt::new(
                "UPDATE analytics_checkpoint SET tx_id = $1, event_id = $2, updated_at = now() \
                 WHERE (tx_id, event_id) < ($1, $2)",
            )
            .with::<BigInt, _>(tx_id)
            .with::<SqlUuid, _>(id)
            .execute(self.tx.conn()?)
            .await?;
        }
        self.tx.commit().await
    }
}
