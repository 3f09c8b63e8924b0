//! Hiring analytics reports: a job's, the funnel across jobs, and the sources. Read from the
//! rollups the analytics worker folds (nothing here writes), under the employer's row-level
//! security.

use chrono::{Datelike, NaiveDate, Utc};
use uuid::Uuid;

use super::{Ctx, Failure};
use crate::db::{Database, ReportData, ReportScope};
use crate::domain::analytics::Interval;

/// The longest range a report covers.
const MAX_DAYS: i64 = 1_096;

/// The default range: the last 30 days.
const DEFAULT_DAYS: u64 = 29;

/// What a caller asked for (query parameters).
#[derive(Debug, Clone, Default)]
pub struct ReportQuery {
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub interval: Option<String>,
    pub department: Option<String>,
    pub location: Option<String>,
    pub job_status: Option<String>,
}

/// A report: what it covers and what was read.
#[derive(Debug, Clone)]
pub struct Report {
    pub scope: ReportScope,
    pub data: ReportData,
}

/// The range and filters of a query, checked.
pub fn scope(query: &ReportQuery, job_id: Option<Uuid>) -> Result<ReportScope, Failure> {
    let today = Utc::now().date_naive();
    for (date, pointer) in [(query.from, "#/query/from"), (query.to, "#/query/to")] {
        if date.is_some_and(|d| d.year() < 2000 || d.year() > 9999) {
            return Err(Failure::BadParameter {
                pointer,
                detail: "is outside the years 2000 to 9999: give a day within them",
            });
        }
    }
    let to = query.to.unwrap_or(today);
    let from = query
        .from
        .unwrap_or_else(|| to - chrono::Days::new(DEFAULT_DAYS));
    if from > to {
        return Err(Failure::BadParameter {
            pointer: "#/query/from",
            detail: "is after `to`: give a `from` on or before `to` (both are UTC days, included)",
        });
    }
    if (to - from).num_days() >= MAX_DAYS {
        return Err(Failure::BadParameter {
            pointer: "#/query/to",
            detail: "is more than 3 years after `from`: ask for at most 1,096 days at a time",
        });
    }
    let interval = match query.interval.as_deref() {
        None => Interval::Day,
        Some(s) => Interval::parse(s).ok_or(Failure::BadParameter {
            pointer: "#/query/interval",
            detail: "must be `day`, `week` or `month`",
        })?,
    };
    Ok(ReportScope {
        from,
        to,
        interval,
        job_id,
        department: query.department.clone(),
        location: query.location.clone(),
        job_status: query.job_status.clone(),
    })
}

/// One job's report; another employer's job, or none, is not found.
pub async fn job(
    db: &Database,
    ctx: &Ctx,
    job_id: Uuid,
    query: &ReportQuery,
) -> Result<Report, Failure> {
    let scope = scope(query, Some(job_id))?;
    let mut tx = db.begin(&ctx.scope).await?;
    // Another employer's job, or none, is not found (the scoped read).
    tx.job_get(job_id).await?;
    let data = tx.analytics_report(&scope, false).await?;
    tx.commit().await?;
    Ok(Report { scope, data })
}

/// The funnel across the jobs the filters select.
pub async fn funnel(db: &Database, ctx: &Ctx, query: &ReportQuery) -> Result<Report, Failure> {
    let scope = scope(query, None)?;
    let mut tx = db.begin(&ctx.scope).await?;
    let data = tx.analytics_report(&scope, false).await?;
    tx.commit().await?;
    Ok(Report { scope, data })
}

/// Applications by source and campaign.
pub async fn sources(db: &Database, ctx: &Ctx, query: &ReportQuery) -> Result<Report, Failure> {
    let scope = scope(query, None)?;
    let mut tx = db.begin(&ctx.scope).await?;
    let data = tx.analytics_report(&scope, true).await?;
    tx.commit().await?;
    Ok(Report { scope, data })
}
