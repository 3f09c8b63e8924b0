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
pub enum CloseJobResponse {
    /// OK
    Status200_OK {
        body: models::Job,
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
pub enum CreateJobResponse {
    /// Created
    Status201_Created {
        body: models::Job,
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
pub enum DeleteJobResponse {
    /// Deleted
    Status204_Deleted,
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
pub enum DeleteJobTranslationResponse {
    /// Deleted
    Status204_Deleted,
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
pub enum GetJobResponse {
    /// OK
    Status200_OK { body: models::Job, e_tag: String },
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
pub enum GetJobTranslationResponse {
    /// OK
    Status200_OK {
        body: models::JobTranslation,
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
pub enum ListJobTranslationsResponse {
    /// OK
    Status200_OK(models::JobTranslationList),
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
pub enum ListJobsResponse {
    /// OK
    Status200_OK(models::JobList),
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
pub enum PublishJobResponse {
    /// OK
    Status200_OK {
        body: models::Job,
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
pub enum PutJobTranslationResponse {
    /// Replaced
    Status200_Replaced {
        body: models::JobTranslation,
        e_tag: String,
    },
    /// Added
    Status201_Added {
        body: models::JobTranslation,
        e_tag: String,
        location: String,
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
pub enum UpdateJobResponse {
    /// OK
    Status200_OK { body: models::Job, e_tag: String },
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

/// Jobs
#[async_trait]
#[allow(clippy::ptr_arg)]
pub trait Jobs<E: std::fmt::Debug + Send + Sync + 'static = ()>: super::ErrorHandler<E> {
    type Claims;

    /// Close a job.
    ///
    /// CloseJob - POST /v1/jobs/{id}:close
    async fn close_job(
        &self,

        method: &Method,
        cookies: &CookieJar,
        claims: &Self::Claims,
        path_params: &models::CloseJobPathParams,
    ) -> Result<CloseJobResponse, E>;

    /// Create a draft job.
    ///
    /// CreateJob - POST /v1/jobs
    async fn create_job(
        &self,

        method: &Method,
        cookies: &CookieJar,
        claims: &Self::Claims,
        header_params: &models::CreateJobHeaderParams,
        body: &models::JobCreate,
    ) -> Result<CreateJobResponse, E>;

    /// Delete a job.
    ///
    /// DeleteJob - DELETE /v1/jobs/{id}
    async fn delete_job(
        &self,

        method: &Method,
        cookies: &CookieJar,
        claims: &Self::Claims,
        path_params: &models::DeleteJobPathParams,
    ) -> Result<DeleteJobResponse, E>;

    /// Delete a translation of a job.
    ///
    /// DeleteJobTranslation - DELETE /v1/jobs/{id}/translations/{locale}
    async fn delete_job_translation(
        &self,

        method: &Method,
        cookies: &CookieJar,
        claims: &Self::Claims,
        header_params: &models::DeleteJobTranslationHeaderParams,
        path_params: &models::DeleteJobTranslationPathParams,
    ) -> Result<DeleteJobTranslationResponse, E>;

    /// Get a job.
    ///
    /// GetJob - GET /v1/jobs/{id}
    async fn get_job(
        &self,

        method: &Method,
        cookies: &CookieJar,
        claims: &Self::Claims,
        path_params: &models::GetJobPathParams,
    ) -> Result<GetJobResponse, E>;

    /// Get one translation of a job.
    ///
    /// GetJobTranslation - GET /v1/jobs/{id}/translations/{locale}
    async fn get_job_translation(
        &self,

        method: &Method,
        cookies: &CookieJar,
        claims: &Self::Claims,
        path_params: &models::GetJobTranslationPathParams,
    ) -> Result<GetJobTranslationResponse, E>;

    /// List a job's translations.
    ///
    /// ListJobTranslations - GET /v1/jobs/{id}/translations
    async fn list_job_translations(
        &self,

        method: &Method,
        cookies: &CookieJar,
        claims: &Self::Claims,
        path_params: &models::ListJobTranslationsPathParams,
    ) -> Result<ListJobTranslationsResponse, E>;

    /// List the employer's jobs.
    ///
    /// ListJobs - GET /v1/jobs
    async fn list_jobs(
        &self,

        method: &Method,
        cookies: &CookieJar,
        claims: &Self::Claims,
        query_params: &models::ListJobsQueryParams,
    ) -> Result<ListJobsResponse, E>;

    /// Publish a job.
    ///
    /// PublishJob - POST /v1/jobs/{id}:publish
    async fn publish_job(
        &self,

        method: &Method,
        cookies: &CookieJar,
        claims: &Self::Claims,
        path_params: &models::PublishJobPathParams,
    ) -> Result<PublishJobResponse, E>;

    /// Add or replace a translation of a job.
    ///
    /// PutJobTranslation - PUT /v1/jobs/{id}/translations/{locale}
    async fn put_job_translation(
        &self,

        method: &Method,
        cookies: &CookieJar,
        claims: &Self::Claims,
        header_params: &models::PutJobTranslationHeaderParams,
        path_params: &models::PutJobTranslationPathParams,
        body: &models::JobTranslationWrite,
    ) -> Result<PutJobTranslationResponse, E>;

    /// Update a job.
    ///
    /// UpdateJob - PATCH /v1/jobs/{id}
    async fn update_job(
        &self,

        method: &Method,
        cookies: &CookieJar,
        claims: &Self::Claims,
        header_params: &models::UpdateJobHeaderParams,
        path_params: &models::UpdateJobPathParams,
        body: &models::JobUpdate,
    ) -> Result<UpdateJobResponse, E>;
}
