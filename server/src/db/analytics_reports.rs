//! Hiring analytics reports, read by employers in tenant transactions under row-level
//! security: across all jobs from the employer-wide day rows, for one job or filtered jobs
//! from the applications' facts (see `analytics` for what the folds keep).

use chrono::{DateTime, NaiveDate, Utc};
use diesel::QueryableByName;
use diesel::sql_types::{
    Array, BigInt, Date, Double, Nullable, Text, Timestamptz, Uuid as SqlUuid,
};
use diesel_async::RunQueryDsl;
use uuid::Uuid;

use super::DbError;
use super::analytics::{DAY_COLUMNS, EmployerDayRow, StageDayRow};
use super::stmt::Stmt;
use super::tenant::TenantTx;
use crate::domain::analytics::{DayKey, DayTotals, Histogram, Interval, period_start};

/// What a report covers: applications made, and views, from `from` to `to` (UTC days, both
/// included), of one job or of the jobs the filters select.
#[derive(Debug, Clone)]
pub struct ReportScope {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub interval: Interval,
    pub job_id: Option<Uuid>,
    pub department: Option<String>,
    pub location: Option<String>,
    pub job_status: Option<String>,
}

impl ReportScope {
    /// Whether the report covers all the employer's jobs (no job, no filter).
    pub fn employer_wide(&self) -> bool {
        self.job_id.is_none()
            && self.department.is_none()
            && self.location.is_none()
            && self.job_status.is_none()
    }

    /// The jobs condition on alias `j` (binding the filters into `stmt`), or nothing.
    fn jobs_filter(&self, stmt: &mut Stmt) -> Option<String> {
        let mut conditions = Vec::new();
        if let Some(d) = &self.department {
            let p = stmt.bind::<Text, _>(d.to_lowercase());
            conditions.push(format!(
                "(lower(j.department) = {p} OR j.department_slug = {p})"
            ));
        }
        if let Some(l) = &self.location {
            let p = stmt.bind::<Text, _>(l.to_lowercase());
            conditions.push(format!(
                "(lower(j.location) = {p} OR j.location_slug = {p})"
            ));
        }
        if let Some(s) = &self.job_status {
            let p = stmt.bind::<Text, _>(s.clone());
            conditions.push(format!("j.status = {p}"));
        }
        (!conditions.is_empty()).then(|| conditions.join(" AND "))
    }

    /// `FROM <table> x [JOIN jobs j …] WHERE x.employer_id = … AND <time> in range [AND …]`.
    fn rows_in_range(&self, stmt: &mut Stmt, table: &str, time: &str, employer: Uuid) -> String {
        let e = stmt.bind::<SqlUuid, _>(employer);
        let (from, to) = self.bounds();
        let from = stmt.bind::<Timestamptz, _>(from);
        let to = stmt.bind::<Timestamptz, _>(to);
        let mut sql = format!("FROM {table} x ");
        let filter = self.jobs_filter(stmt);
        if let Some(filter) = &filter {
            sql.push_str(&format!(
                "JOIN jobs j ON j.id = x.job_id AND j.employer_id = x.employer_id AND {filter} "
            ));
        }
        sql.push_str(&format!(
            "WHERE x.employer_id = {e} AND x.{time} >= {from} AND x.{time} < {to}"
        ));
        if let Some(job) = self.job_id {
            let p = stmt.bind::<SqlUuid, _>(job);
            sql.push_str(&format!(" AND x.job_id = {p}"));
        }
        sql
    }

    /// The instants bounding the days `from` to `to`.
    fn bounds(&self) -> (DateTime<Utc>, DateTime<Utc>) {
        let start = |d: NaiveDate| d.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc();
        (start(self.from), start(self.to + chrono::Days::new(1)))
    }
}

/// Counts of applications, and of those that reached each stage.
#[derive(Debug, Clone, Default, QueryableByName)]
pub struct StageCounts {
    #[diesel(sql_type = BigInt)]
    pub applications: i64,
    #[diesel(sql_type = BigInt)]
    pub screening: i64,
    #[diesel(sql_type = BigInt)]
    pub interview: i64,
    #[diesel(sql_type = BigInt)]
    pub offer: i64,
    #[diesel(sql_type = BigInt)]
    pub hired: i64,
    #[diesel(sql_type = BigInt)]
    pub rejected: i64,
}

/// A report's totals: counts, offers accepted, and time in stages (seconds: medians and 90th
/// percentiles, `percentile_cont`; counts of applications that left the stage).
#[derive(Debug, Clone, Default, QueryableByName)]
pub struct FunnelTotals {
    #[diesel(embed)]
    pub counts: StageCounts,
    #[diesel(sql_type = BigInt)]
    pub offers_accepted: i64,
    /// `[completed, median, p90]` per stage of [`crate::domain::analytics::TIMED_STAGES`],
    /// then time to hire.
    #[diesel(sql_type = Array<Nullable<Double>>)]
    pub times: Vec<Option<f64>>,
}

/// One period of a report's series (counts of the applications made in it).
#[derive(Debug, Clone, QueryableByName)]
pub struct PeriodRow {
    #[diesel(sql_type = Date)]
    pub period: NaiveDate,
    #[diesel(embed)]
    pub counts: StageCounts,
}

/// Views and unique visitors of one period.
#[derive(Debug, Clone, QueryableByName)]
pub struct TrafficRow {
    #[diesel(sql_type = Date)]
    pub period: NaiveDate,
    #[diesel(sql_type = BigInt)]
    pub views: i64,
    #[diesel(sql_type = BigInt)]
    pub visitors: i64,
}

/// Applications from one source (and campaign).
#[derive(Debug, Clone, QueryableByName)]
pub struct SourceRow {
    #[diesel(sql_type = Text)]
    pub source: String,
    #[diesel(sql_type = Nullable<Text>)]
    pub utm_source: Option<String>,
    #[diesel(embed)]
    pub counts: StageCounts,
}

/// Everything a report shows, as read.
#[derive(Debug, Clone, Default)]
pub struct ReportData {
    pub totals: FunnelTotals,
    pub periods: Vec<PeriodRow>,
    pub traffic: Vec<TrafficRow>,
    pub sources: Vec<SourceRow>,
}

/// Up to this many applications in range, times across all jobs are computed exactly from
/// the facts (a few milliseconds); beyond, from the employer-wide days' histograms.
pub const EXACT_TIMES_UP_TO: i64 = 10_000;

fn stage_counts(t: &DayTotals) -> StageCounts {
    StageCounts {
        applications: t.counts[0],
        screening: t.counts[1],
        interview: t.counts[2],
        offer: t.counts[3],
        hired: t.counts[4],
        rejected: t.counts[5],
    }
}

const STAGE_COUNTS: &str = "count(*) AS applications, count(x.screening_at) AS screening, \
     count(x.interview_at) AS interview, count(x.offer_at) AS offer, \
     count(x.hired_at) AS hired, count(x.rejected_at) AS rejected";

impl TenantTx {
    /// A funnel report (`sources_only`: the source breakdown alone). Across all jobs it is read
    /// from the employer-wide days (a few rows per day); for one job or filtered jobs, from
    /// the applications' facts.
    pub async fn analytics_report(
        &mut self,
        scope: &ReportScope,
        sources_only: bool,
    ) -> Result<ReportData, DbError> {
        self.analytics_report_exact_up_to(scope, sources_only, EXACT_TIMES_UP_TO)
            .await
    }

    /// As [`Self::analytics_report`], with times across all jobs exact up to `exact_up_to`
    /// applications (tests read the histograms with 0).
    pub async fn analytics_report_exact_up_to(
        &mut self,
        scope: &ReportScope,
        sources_only: bool,
        exact_up_to: i64,
    ) -> Result<ReportData, DbError> {
        if scope.employer_wide() {
            self.report_from_days(scope, sources_only, exact_up_to)
                .await
        } else {
            self.report_from_facts(scope, sources_only).await
        }
    }

    /// Counts and exact times in stages from the facts of the applications in scope.
    async fn facts_totals(&mut self, scope: &ReportScope) -> Result<FunnelTotals, DbError> {
        let employer = self.employer_id();
        let quantiles = |column: &str| {
            format!(
                "count({column})::float8, \
                 percentile_cont(0.5) WITHIN GROUP (ORDER BY {column}), \
                 percentile_cont(0.9) WITHIN GROUP (ORDER BY {column})"
            )
        };
        let mut stmt = Stmt::default();
        let from = scope.rows_in_range(&mut stmt, "analytics_applications", "applied_at", employer);
        let times = [
            "x.new_seconds",
            "x.screening_seconds",
            "x.interview_seconds",
            "x.offer_seconds",
            "extract(epoch FROM x.hired_at - x.applied_at)::float8",
        ]
        .map(quantiles)
        .join(", ");
        stmt.set_text(format!(
            "SELECT {STAGE_COUNTS}, \
               count(*) FILTER (WHERE x.offer_at IS NOT NULL AND x.hired_at IS NOT NULL) \
                 AS offers_accepted, \
               ARRAY[{times}] AS times {from}"
        ));
        let mut rows: Vec<FunnelTotals> = stmt.load(self.conn()?).await?;
        Ok(rows.pop().unwrap_or_default())
    }

    /// The report across all jobs, from the employer-wide days. Times in stages are exact
    /// (from the facts) up to [`EXACT_TIMES_UP_TO`] applications, and read from the days'
    /// histograms (within 1 %) beyond.
    async fn report_from_days(
        &mut self,
        scope: &ReportScope,
        sources_only: bool,
        exact_up_to: i64,
    ) -> Result<ReportData, DbError> {
        let employer = self.employer_id();
        let rows: Vec<EmployerDayRow> = Stmt::new(format!(
            "SELECT {DAY_COLUMNS} FROM analytics_employer_days \
             WHERE employer_id = $1 AND day BETWEEN $2 AND $3"
        ))
        .with::<SqlUuid, _>(employer)
        .with::<Date, _>(scope.from)
        .with::<Date, _>(scope.to)
        .load(self.conn()?)
        .await?;
        let days: Vec<(DayKey, DayTotals)> =
            rows.into_iter().map(EmployerDayRow::into_day).collect();
        let mut by_source: std::collections::BTreeMap<(String, String), DayTotals> =
            std::collections::BTreeMap::new();
        let mut by_period: std::collections::BTreeMap<NaiveDate, DayTotals> =
            std::collections::BTreeMap::new();
        let mut all = DayTotals::default();
        for ((_, day, source, utm), totals) in &days {
            by_source
                .entry((source.clone(), utm.clone()))
                .or_default()
                .merge(totals);
            by_period
                .entry(period_start(*day, scope.interval))
                .or_default()
                .merge(totals);
            all.merge(totals);
        }
        let mut sources: Vec<SourceRow> = by_source
            .into_iter()
            .map(|((source, utm), t)| SourceRow {
                source,
                utm_source: (!utm.is_empty()).then_some(utm),
                counts: stage_counts(&t),
            })
            .collect();
        sources.sort_by(|a, b| {
            b.counts
                .applications
                .cmp(&a.counts.applications)
                .then_with(|| a.source.cmp(&b.source))
                .then_with(|| a.utm_source.cmp(&b.utm_source))
        });
        sources.truncate(10_000);
        let mut data = ReportData {
            sources,
            ..ReportData::default()
        };
        if sources_only {
            return Ok(data);
        }
        data.totals = if all.counts[0] <= exact_up_to {
            self.facts_totals(scope).await?
        } else {
            let rows: Vec<StageDayRow> = Stmt::new(
                "SELECT employer_id, day, stage, buckets, counts FROM analytics_employer_stage_days \
                 WHERE employer_id = $1 AND day BETWEEN $2 AND $3",
            )
            .with::<SqlUuid, _>(employer)
            .with::<Date, _>(scope.from)
            .with::<Date, _>(scope.to)
            .load(self.conn()?)
            .await?;
            // Summed bucket by bucket in dense vectors (buckets are small integers).
            let mut dense: [Vec<i64>; 5] = Default::default();
            for row in &rows {
                let Some(slot) = row.slot() else { continue };
                for (b, n) in row.buckets.iter().zip(&row.counts) {
                    let Ok(b) = usize::try_from(*b) else { continue };
                    if b >= dense[slot].len() {
                        dense[slot].resize(b + 1, 0);
                    }
                    dense[slot][b] += n;
                }
            }
            let histograms = dense.map(|d| {
                Histogram(
                    d.into_iter()
                        .enumerate()
                        .filter(|(_, n)| *n != 0)
                        .filter_map(|(b, n)| Some((u32::try_from(b).ok()?, n)))
                        .collect(),
                )
            });
            FunnelTotals {
                counts: stage_counts(&all),
                offers_accepted: all.counts[6],
                times: histograms
                    .iter()
                    .flat_map(|h| [Some(h.count() as f64), h.quantile(0.5), h.quantile(0.9)])
                    .collect(),
            }
        };
        data.periods = by_period
            .into_iter()
            .map(|(period, t)| PeriodRow {
                period,
                counts: stage_counts(&t),
            })
            .collect();
        let trunc = scope.interval.as_str();
        data.traffic = Stmt::new(format!(
            "SELECT date_trunc('{trunc}', day)::date AS period, sum(views)::bigint AS views, \
                    sum(visitors)::bigint AS visitors \
             FROM employer_view_days WHERE employer_id = $1 AND day BETWEEN $2 AND $3 \
             GROUP BY 1 ORDER BY 1"
        ))
        .with::<SqlUuid, _>(employer)
        .with::<Date, _>(scope.from)
        .with::<Date, _>(scope.to)
        .load(self.conn()?)
        .await?;
        Ok(data)
    }

    /// The report from the facts (one job, or the jobs the filters select).
    async fn report_from_facts(
        &mut self,
        scope: &ReportScope,
        sources_only: bool,
    ) -> Result<ReportData, DbError> {
        let employer = self.employer_id();
        // Planned for these values, not generically: how many jobs a department or location
        // selects decides the join (measured: 6 ms planned for the values, 450 ms generic).
        Stmt::new("SET LOCAL plan_cache_mode = force_custom_plan")
            .execute(self.conn()?)
            .await?;
        let sources: Vec<SourceRow> = {
            let mut stmt = Stmt::default();
            let from =
                scope.rows_in_range(&mut stmt, "analytics_applications", "applied_at", employer);
            stmt.set_text(format!(
                "SELECT x.source, x.utm_source, {STAGE_COUNTS} {from} \
                 GROUP BY x.source, x.utm_source ORDER BY applications DESC, x.source, x.utm_source \
                 LIMIT 10000"
            ));
            stmt.load(self.conn()?).await?
        };
        let mut data = ReportData {
            sources,
            ..ReportData::default()
        };
        if sources_only {
            return Ok(data);
        }
        data.totals = self.facts_totals(scope).await?;
        let trunc = scope.interval.as_str();
        data.periods = {
            let mut stmt = Stmt::default();
            let from =
                scope.rows_in_range(&mut stmt, "analytics_applications", "applied_at", employer);
            stmt.set_text(format!(
                "SELECT date_trunc('{trunc}', x.applied_at AT TIME ZONE 'UTC')::date AS period, \
                   {STAGE_COUNTS} {from} GROUP BY 1 ORDER BY 1"
            ));
            stmt.load(self.conn()?).await?
        };
        data.traffic = {
            let mut stmt = Stmt::default();
            let views = scope.rows_in_range(&mut stmt, "job_view_hours", "hour", employer);
            let (from, to) = (scope.from, scope.to);
            let f = stmt.bind::<Date, _>(from);
            let t = stmt.bind::<Date, _>(to);
            let e = stmt.bind::<SqlUuid, _>(employer);
            let mut visitors_where = format!("x.employer_id = {e} AND x.day BETWEEN {f} AND {t}");
            if let Some(job) = scope.job_id {
                let p = stmt.bind::<SqlUuid, _>(job);
                visitors_where.push_str(&format!(" AND x.job_id = {p}"));
            }
            let join = match scope.jobs_filter(&mut stmt) {
                Some(filter) => format!(
                    "JOIN jobs j ON j.id = x.job_id AND j.employer_id = x.employer_id AND {filter}"
                ),
                None => String::new(),
            };
            stmt.set_text(format!(
                "WITH v AS ( \
                   SELECT date_trunc('{trunc}', x.hour AT TIME ZONE 'UTC')::date AS period, \
                          sum(x.views)::bigint AS views {views} GROUP BY 1), \
                 u AS ( \
                   SELECT date_trunc('{trunc}', x.day)::date AS period, \
                          sum(x.visitors)::bigint AS visitors \
                   FROM job_visitor_days x {join} WHERE {visitors_where} GROUP BY 1) \
                 SELECT coalesce(v.period, u.period) AS period, coalesce(v.views, 0) AS views, \
                        coalesce(u.visitors, 0) AS visitors \
                 FROM v FULL JOIN u ON u.period = v.period ORDER BY 1"
            ));
            stmt.load(self.conn()?).await?
        };
        Ok(data)
    }
}
