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
pub enum CreateJobApplicationResponse {
    /// Created
    Status201_Created {
        body: models::Application,
        location: String,
        e_tag: String,
    },
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
    /// Conflict
    Status409_Conflict(models::Problem),
    /// Content too large
    Status413_ContentTooLarge(models::Problem),
    /// Unsupported media type
    Status415_UnsupportedMediaType(models::Problem),
    /// Unprocessable content
    Status422_UnprocessableContent(models::Problem),
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
pub enum GetApplicationResponse {
    /// OK
    Status200_OK {
        body: models::Application,
        e_tag: String,
    },
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
pub enum GetApplicationMatchResponse {
    /// OK
    Status200_OK(models::ApplicationMatch),
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
    /// Conflict
    Status409_Conflict(models::Problem),
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
pub enum ListApplicationsResponse {
    /// OK
    Status200_OK(models::ApplicationList),
    /// Bad request
    Status400_BadRequest(models::Problem),
    /// Unauthorized
    Status401_Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// Forbidden
    Status403_Forbidden(models::Problem),
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
pub enum ListJobApplicationsResponse {
    /// OK
    Status200_OK(models::ApplicationList),
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
    /// Conflict
    Status409_Conflict(models::Problem),
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
pub enum ListMyApplicationsResponse {
    /// OK
    Status200_OK(models::MyApplicationList),
    /// Bad request
    Status400_BadRequest(models::Problem),
    /// Unauthorized
    Status401_Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// Forbidden
    Status403_Forbidden(models::Problem),
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
pub enum MergeApplicationSubmissionResponse {
    /// OK
    Status200_OK {
        body: models::Applicant,
        content_location: String,
        e_tag: String,
    },
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
    /// Conflict
    Status409_Conflict(models::Problem),
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
pub enum UpdateApplicationResponse {
    /// OK
    Status200_OK {
        body: models::Application,
        e_tag: String,
    },
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
    /// Conflict
    Status409_Conflict(models::Problem),
    /// Precondition failed
    Status412_PreconditionFailed(models::Problem),
    /// Precondition required
    Status428_PreconditionRequired(models::Problem),
    /// Content too large
    Status413_ContentTooLarge(models::Problem),
    /// Unsupported media type
    Status415_UnsupportedMediaType(models::Problem),
    /// Unprocessable content
    Status422_UnprocessableContent(models::Problem),
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

/// Applications
#[async_trait]
#[allow(clippy::ptr_arg)]
pub trait Applications<E: std::fmt::Debug + Send + Sync + 'static = ()>:
    super::ErrorHandler<E>
{
    type Claims;

    /// Add an applicant to a job.
    ///
    /// CreateJobApplication - POST /v1/jobs/{id}/applications
    async fn create_job_application(
        &self,

        method: &Method,
        cookies: &CookieJar,
        claims: &Self::Claims,
        header_params: &models::CreateJobApplicationHeaderParams,
        path_params: &models::CreateJobApplicationPathParams,
        body: &models::ApplicationCreate,
    ) -> Result<CreateJobApplicationResponse, E>;

    /// Get an application.
    ///
    /// GetApplication - GET /v1/applications/{id}
    async fn get_application(
        &self,

        method: &Method,
        cookies: &CookieJar,
        claims: &Self::Claims,
        path_params: &models::GetApplicationPathParams,
    ) -> Result<GetApplicationResponse, E>;

    /// How well an application fits its job.
    ///
    /// GetApplicationMatch - GET /v1/applications/{id}/match
    async fn get_application_match(
        &self,

        method: &Method,
        cookies: &CookieJar,
        claims: &Self::Claims,
        path_params: &models::GetApplicationMatchPathParams,
    ) -> Result<GetApplicationMatchResponse, E>;

    /// List applications across jobs.
    ///
    /// ListApplications - GET /v1/applications
    async fn list_applications(
        &self,

        method: &Method,
        cookies: &CookieJar,
        claims: &Self::Claims,
        query_params: &models::ListApplicationsQueryParams,
    ) -> Result<ListApplicationsResponse, E>;

    /// List a job's applications.
    ///
    /// ListJobApplications - GET /v1/jobs/{id}/applications
    async fn list_job_applications(
        &self,

        method: &Method,
        cookies: &CookieJar,
        claims: &Self::Claims,
        path_params: &models::ListJobApplicationsPathParams,
        query_params: &models::ListJobApplicationsQueryParams,
    ) -> Result<ListJobApplicationsResponse, E>;

    /// List my applications.
    ///
    /// ListMyApplications - GET /v1/me/applications
    async fn list_my_applications(
        &self,

        method: &Method,
        cookies: &CookieJar,
        claims: &Self::Claims,
        query_params: &models::ListMyApplicationsQueryParams,
    ) -> Result<ListMyApplicationsResponse, E>;

    /// Merge an application's submission into the applicant.
    ///
    /// MergeApplicationSubmission - POST /v1/applications/{id}:merge
    async fn merge_application_submission(
        &self,

        method: &Method,
        cookies: &CookieJar,
        claims: &Self::Claims,
        path_params: &models::MergeApplicationSubmissionPathParams,
        query_params: &models::MergeApplicationSubmissionQueryParams,
    ) -> Result<MergeApplicationSubmissionResponse, E>;

    /// Move, assign or annotate an application.
    ///
    /// UpdateApplication - PATCH /v1/applications/{id}
    async fn update_application(
        &self,

        method: &Method,
        cookies: &CookieJar,
        claims: &Self::Claims,
        header_params: &models::UpdateApplicationHeaderParams,
        path_params: &models::UpdateApplicationPathParams,
        body: &models::ApplicationUpdate,
    ) -> Result<UpdateApplicationResponse, E>;
}
