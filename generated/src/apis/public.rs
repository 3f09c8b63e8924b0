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
pub enum ApplyToJobResponse {
    /// Created
    Status201_Created(models::ApplicationReceipt),
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
pub enum GetPublicEmployerResponse {
    /// OK
    Status200_OK(models::PublicEmployer),
    /// Not modified
    Status304_NotModified,
    /// Permanent redirect
    Status308_PermanentRedirect { location: String },
    /// Bad request
    Status400_BadRequest(models::Problem),
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
pub enum GetPublicJobResponse {
    /// OK
    Status200_OK {
        body: models::PublicJob,
        content_language: String,
        link: Option<String>,
    },
    /// Not modified
    Status304_NotModified,
    /// Bad request
    Status400_BadRequest(models::Problem),
    /// Not found
    Status404_NotFound(models::Problem),
    /// Not acceptable
    Status406_NotAcceptable(models::Problem),
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
pub enum GetPublicJobFeedResponse {
    /// OK
    Status200_OK(String),
    /// Not modified
    Status304_NotModified,
    /// Bad request
    Status400_BadRequest(models::Problem),
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
pub enum ListPublicJobChangesResponse {
    /// OK
    Status200_OK(models::PublicJobChangeList),
    /// Bad request
    Status400_BadRequest(models::Problem),
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
pub enum PresignPublicUploadResponse {
    /// Created
    Status201_Created {
        body: models::UploadPresign,
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
pub enum SearchPublicJobsResponse {
    /// OK
    Status200_OK {
        body: models::PublicJobList,
        content_language: Option<String>,
    },
    /// Not modified
    Status304_NotModified,
    /// Bad request
    Status400_BadRequest(models::Problem),
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
pub enum SuggestPublicJobsResponse {
    /// OK
    Status200_OK(models::SuggestionList),
    /// Not modified
    Status304_NotModified,
    /// Bad request
    Status400_BadRequest(models::Problem),
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

/// Public
#[async_trait]
#[allow(clippy::ptr_arg)]
pub trait Public<E: std::fmt::Debug + Send + Sync + 'static = ()>: super::ErrorHandler<E> {
    type Claims;

    /// Apply to a published job.
    ///
    /// ApplyToJob - POST /v1/public/jobs/{id}/apply
    async fn apply_to_job(
        &self,

        method: &Method,
        cookies: &CookieJar,
        claims: &Self::Claims,
        header_params: &models::ApplyToJobHeaderParams,
        path_params: &models::ApplyToJobPathParams,
        body: &models::ApplicationSubmission,
    ) -> Result<ApplyToJobResponse, E>;

    /// Get an employer's public profile.
    ///
    /// GetPublicEmployer - GET /v1/public/employers/{slug}
    async fn get_public_employer(
        &self,

        method: &Method,
        cookies: &CookieJar,
        path_params: &models::GetPublicEmployerPathParams,
    ) -> Result<GetPublicEmployerResponse, E>;

    /// Get a published job.
    ///
    /// GetPublicJob - GET /v1/public/jobs/{id}
    async fn get_public_job(
        &self,

        method: &Method,
        cookies: &CookieJar,
        header_params: &models::GetPublicJobHeaderParams,
        path_params: &models::GetPublicJobPathParams,
        query_params: &models::GetPublicJobQueryParams,
    ) -> Result<GetPublicJobResponse, E>;

    /// RSS feed of published jobs.
    ///
    /// GetPublicJobFeed - GET /v1/public/jobs/feed
    async fn get_public_job_feed(
        &self,

        method: &Method,
        cookies: &CookieJar,
        query_params: &models::GetPublicJobFeedQueryParams,
    ) -> Result<GetPublicJobFeedResponse, E>;

    /// Follow changes to published jobs.
    ///
    /// ListPublicJobChanges - GET /v1/public/jobs/changes
    async fn list_public_job_changes(
        &self,

        method: &Method,
        cookies: &CookieJar,
        query_params: &models::ListPublicJobChangesQueryParams,
    ) -> Result<ListPublicJobChangesResponse, E>;

    /// Start an upload for an application.
    ///
    /// PresignPublicUpload - POST /v1/public/jobs/{id}/uploads:presign
    async fn presign_public_upload(
        &self,

        method: &Method,
        cookies: &CookieJar,
        claims: &Self::Claims,
        header_params: &models::PresignPublicUploadHeaderParams,
        path_params: &models::PresignPublicUploadPathParams,
        body: &models::PublicUploadPresignRequest,
    ) -> Result<PresignPublicUploadResponse, E>;

    /// Search published jobs.
    ///
    /// SearchPublicJobs - GET /v1/public/jobs
    async fn search_public_jobs(
        &self,

        method: &Method,
        cookies: &CookieJar,
        header_params: &models::SearchPublicJobsHeaderParams,
        query_params: &models::SearchPublicJobsQueryParams,
    ) -> Result<SearchPublicJobsResponse, E>;

    /// Complete a search box.
    ///
    /// SuggestPublicJobs - GET /v1/public/jobs/suggest
    async fn suggest_public_jobs(
        &self,

        method: &Method,
        cookies: &CookieJar,
        query_params: &models::SuggestPublicJobsQueryParams,
    ) -> Result<SuggestPublicJobsResponse, E>;
}
