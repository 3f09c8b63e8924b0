//! Analytics tag: a job's report, the funnel across jobs and the sources; thin handlers over
//! their use cases. CSV (`Accept: text/csv`) is the same answer as a table ([`csv`]).

pub mod csv;

use std::collections::HashMap;

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use http::Method;
use jobs_api::apis::analytics::{
    Analytics, GetAnalyticsFunnelResponse, GetAnalyticsSourcesResponse, GetJobAnalyticsResponse,
};
use jobs_api::models;
use jobs_api::types::Nullable;

use super::convert::{employer_ctx, or_null};
use super::{Api, ApiError};
use crate::db::{SourceRow, StageCounts};
use crate::domain::analytics::{TIMED_STAGES, periods};
use crate::http::middleware::identity::Caller;
use crate::usecases::analytics::{self as uc, Report, ReportQuery};

#[async_trait]
impl Analytics<ApiError> for Api {
    type Claims = Caller;

    async fn get_job_analytics(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        path_params: &models::GetJobAnalyticsPathParams,
        query_params: &models::GetJobAnalyticsQueryParams,
    ) -> Result<GetJobAnalyticsResponse, ApiError> {
        let ctx = employer_ctx(claims)?;
        let query = ReportQuery {
            from: query_params.from,
            to: query_params.to,
            interval: query_params.interval.clone(),
            ..ReportQuery::default()
        };
        let report = uc::job(&self.services.db, &ctx, path_params.id, &query).await?;
        Ok(GetJobAnalyticsResponse::Status200_OK(report_model(&report)))
    }

    async fn get_analytics_funnel(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        query_params: &models::GetAnalyticsFunnelQueryParams,
    ) -> Result<GetAnalyticsFunnelResponse, ApiError> {
        let ctx = employer_ctx(claims)?;
        let query = ReportQuery {
            from: query_params.from,
            to: query_params.to,
            interval: query_params.interval.clone(),
            department: query_params.department.clone(),
            location: query_params.location.clone(),
            job_status: query_params.job_status.map(|s| s.to_string()),
        };
        let report = uc::funnel(&self.services.db, &ctx, &query).await?;
        Ok(GetAnalyticsFunnelResponse::Status200_OK(report_model(
            &report,
        )))
    }

    async fn get_analytics_sources(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        query_params: &models::GetAnalyticsSourcesQueryParams,
    ) -> Result<GetAnalyticsSourcesResponse, ApiError> {
        let ctx = employer_ctx(claims)?;
        let query = ReportQuery {
            from: query_params.from,
            to: query_params.to,
            department: query_params.department.clone(),
            location: query_params.location.clone(),
            job_status: query_params.job_status.map(|s| s.to_string()),
            ..ReportQuery::default()
        };
        let report = uc::sources(&self.services.db, &ctx, &query).await?;
        Ok(GetAnalyticsSourcesResponse::Status200_OK(
            models::AnalyticsSourceReport::new(
                report.scope.from,
                report.scope.to,
                report.data.sources.iter().map(source_model).collect(),
            ),
        ))
    }
}

fn count(n: i64) -> u64 {
    u64::try_from(n).unwrap_or(0)
}

/// `num / den`, or `null` without a denominator.
fn ratio(num: i64, den: i64) -> Nullable<f64> {
    if den > 0 {
        Nullable::Present(num as f64 / den as f64)
    } else {
        Nullable::Null
    }
}

fn source_model(row: &SourceRow) -> models::AnalyticsSource {
    let c = &row.counts;
    models::AnalyticsSource {
        source: row.source.clone(),
        utm_source: or_null(row.utm_source.clone()),
        applications: count(c.applications),
        screening: count(c.screening),
        interview: count(c.interview),
        offer: count(c.offer),
        hired: count(c.hired),
        rejected: count(c.rejected),
        hire_ratio: ratio(c.hired, c.applications),
    }
}

fn report_model(report: &Report) -> models::AnalyticsReport {
    let data = &report.data;
    let c: &StageCounts = &data.totals.counts;
    let views: i64 = data.traffic.iter().map(|t| t.views).sum();
    let visitors: i64 = data.traffic.iter().map(|t| t.visitors).sum();
    let totals = models::AnalyticsTotals {
        views: count(views),
        unique_visitors: count(visitors),
        applications: count(c.applications),
        screening: count(c.screening),
        interview: count(c.interview),
        offer: count(c.offer),
        hired: count(c.hired),
        rejected: count(c.rejected),
        offers_accepted: count(data.totals.offers_accepted),
        hire_ratio: ratio(c.hired, c.applications),
        offer_acceptance_ratio: ratio(data.totals.offers_accepted, c.offer),
    };
    let steps = [
        ("views", views, "applications", c.applications),
        ("applications", c.applications, "screening", c.screening),
        ("screening", c.screening, "interview", c.interview),
        ("interview", c.interview, "offer", c.offer),
        ("offer", c.offer, "hired", c.hired),
    ];
    let conversions = steps
        .iter()
        .map(|&(from, n, to, m)| {
            models::AnalyticsConversion::new(from.into(), to.into(), ratio(m, n))
        })
        .collect();
    // `times`: [completed, median, p90] per timed stage, then time to hire.
    let time = |i: usize, k: usize| data.totals.times.get(3 * i + k).copied().flatten();
    let stage_times = TIMED_STAGES
        .iter()
        .enumerate()
        .map(|(i, stage)| models::AnalyticsStageTime {
            stage: stage.as_str().to_string(),
            count: time(i, 0).map_or(0, |n| n as u64),
            median_seconds: or_null(time(i, 1)),
            p90_seconds: or_null(time(i, 2)),
        })
        .collect();
    let hire = TIMED_STAGES.len();
    let time_to_hire = models::AnalyticsDuration {
        count: time(hire, 0).map_or(0, |n| n as u64),
        median_seconds: or_null(time(hire, 1)),
        p90_seconds: or_null(time(hire, 2)),
    };
    let scope = &report.scope;
    let apps_of: HashMap<_, _> = data.periods.iter().map(|p| (p.period, p)).collect();
    let traffic_of: HashMap<_, _> = data.traffic.iter().map(|t| (t.period, t)).collect();
    let series = periods(scope.from, scope.to, scope.interval)
        .into_iter()
        .map(|start| {
            let apps = apps_of.get(&start);
            let traffic = traffic_of.get(&start);
            let c = apps.map(|p| p.counts.clone()).unwrap_or_default();
            models::AnalyticsPeriod {
                period_start: start,
                views: count(traffic.map_or(0, |t| t.views)),
                unique_visitors: count(traffic.map_or(0, |t| t.visitors)),
                applications: count(c.applications),
                screening: count(c.screening),
                interview: count(c.interview),
                offer: count(c.offer),
                hired: count(c.hired),
                rejected: count(c.rejected),
            }
        })
        .collect();
    models::AnalyticsReport {
        job_id: or_null(scope.job_id),
        from: scope.from,
        to: scope.to,
        interval: scope.interval.as_str().to_string(),
        totals,
        conversions,
        stage_times,
        time_to_hire,
        sources: data.sources.iter().map(source_model).collect(),
        series,
    }
}
