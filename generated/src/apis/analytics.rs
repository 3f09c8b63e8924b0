use async_trait::async_trait;
use axum::extract::*;
use axum_extra::extract::CookieJar;
use bytes::Bytes;
use http::Method;
use serde::{Deserialize, Serialize};

use crate::{models, types::*};

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
#[allow(clippy::large_enum_variant)]
pub enum GetAnalyticsFunnelResponse {
    /// OK
    Status200_OK(models::AnalyticsReport),
    /// Bad request
    Status400_BadRequest(models::Problem),
    /// Unauthorized
    Status401_Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// Forbidden
    Status403_Forbidden(models::Problem),
    /// Not acceptable
    Status406_NotAcceptable(models::Problem),
    /// Too many requests
    Status429_TooManyRequests {
        body: models::Problem,
        retry_after: u32,
        rate_limit_policy: Option<String>,
        rate_limit: Option<String>,
    },
    /// Service unavailable
    Status503_ServiceUnavailable(models::Problem),
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
#[allow(clippy::large_enum_variant)]
pub enum GetAnalyticsSourcesResponse {
    /// OK
    Status200_OK(models::AnalyticsSourceReport),
    /// Bad request
    Status400_BadRequest(models::Problem),
    /// Unauthorized
    Status401_Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// Forbidden
    Status403_Forbidden(models::Problem),
    /// Not acceptable
    Status406_NotAcceptable(models::Problem),
    /// Too many requests
    Status429_TooManyRequests {
        body: models::Problem,
        retry_after: u32,
        rate_limit_policy: Option<String>,
        rate_limit: Option<String>,
    },
    /// Service unavailable
    Status503_ServiceUnavailable(models::Problem),
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
#[allow(clippy::large_enum_variant)]
pub enum GetJobAnalyticsResponse {
    /// OK
    Status200_OK(models::AnalyticsReport),
    /// Bad request
    Status400_BadRequest(models::Problem),
    /// Unauthorized
    Status401_Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// Forbidden
    Status403_Forbidden(models::Problem),
    /// Not found
    Status404_NotFound(models::Problem),
    /// Not acceptable
    Status406_NotAcceptable(models::Problem),
    /// Too many requests
    Status429_TooManyRequests {
        body: models::Problem,
        retry_after: u32,
        rate_limit_policy: Option<String>,
        rate_limit: Option<String>,
    },
    /// Service unavailable
    Status503_ServiceUnavailable(models::Problem),
}

/// Analytics
#[async_trait]
#[allow(clippy::ptr_arg)]
pub trait Analytics<E: std::fmt::Debug + Send + Sync + 'static = ()>:
    super::ErrorHandler<E>
{
    type Claims;

    /// The hiring funnel across jobs.
    ///
    /// GetAnalyticsFunnel - GET /v1/analytics/funnel
    async fn get_analytics_funnel(
        &self,

        method: &Method,
        cookies: &CookieJar,
        claims: &Self::Claims,
        query_params: &models::GetAnalyticsFunnelQueryParams,
    ) -> Result<GetAnalyticsFunnelResponse, E>;

    /// Where applications came from.
    ///
    /// GetAnalyticsSources - GET /v1/analytics/sources
    async fn get_analytics_sources(
        &self,

        method: &Method,
        cookies: &CookieJar,
        claims: &Self::Claims,
        query_params: &models::GetAnalyticsSourcesQueryParams,
    ) -> Result<GetAnalyticsSourcesResponse, E>;

    /// A job's funnel, views and sources.
    ///
    /// GetJobAnalytics - GET /v1/jobs/{id}/analytics
    async fn get_job_analytics(
        &self,

        method: &Method,
        cookies: &CookieJar,
        claims: &Self::Claims,
        path_params: &models::GetJobAnalyticsPathParams,
        query_params: &models::GetJobAnalyticsQueryParams,
    ) -> Result<GetJobAnalyticsResponse, E>;
}
