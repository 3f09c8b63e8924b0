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
pub enum DeleteShortlistEntryResponse {
    /// Removed
    Status204_Removed,
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
pub enum GetShortlistResponse {
    /// OK
    Status200_OK {
        body: models::Shortlist,
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
pub enum ReplaceShortlistResponse {
    /// OK
    Status200_OK {
        body: models::Shortlist,
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

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
#[allow(clippy::large_enum_variant)]
pub enum UpsertShortlistEntryResponse {
    /// Updated
    Status200_Updated(models::ShortlistEntry),
    /// Created
    Status201_Created(models::ShortlistEntry),
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

/// Shortlists
#[async_trait]
#[allow(clippy::ptr_arg)]
pub trait Shortlists<E: std::fmt::Debug + Send + Sync + 'static = ()>:
    super::ErrorHandler<E>
{
    type Claims;

    /// Remove a shortlist entry.
    ///
    /// DeleteShortlistEntry - DELETE /v1/jobs/{id}/shortlist/entries/{applicantId}
    async fn delete_shortlist_entry(
        &self,

        method: &Method,
        cookies: &CookieJar,
        claims: &Self::Claims,
        path_params: &models::DeleteShortlistEntryPathParams,
    ) -> Result<DeleteShortlistEntryResponse, E>;

    /// Get a job's shortlist.
    ///
    /// GetShortlist - GET /v1/jobs/{id}/shortlist
    async fn get_shortlist(
        &self,

        method: &Method,
        cookies: &CookieJar,
        claims: &Self::Claims,
        path_params: &models::GetShortlistPathParams,
    ) -> Result<GetShortlistResponse, E>;

    /// Replace a job's shortlist.
    ///
    /// ReplaceShortlist - PUT /v1/jobs/{id}/shortlist
    async fn replace_shortlist(
        &self,

        method: &Method,
        cookies: &CookieJar,
        claims: &Self::Claims,
        header_params: &models::ReplaceShortlistHeaderParams,
        path_params: &models::ReplaceShortlistPathParams,
        body: &models::ShortlistReplace,
    ) -> Result<ReplaceShortlistResponse, E>;

    /// Add or update a shortlist entry.
    ///
    /// UpsertShortlistEntry - POST /v1/jobs/{id}/shortlist/entries
    async fn upsert_shortlist_entry(
        &self,

        method: &Method,
        cookies: &CookieJar,
        claims: &Self::Claims,
        path_params: &models::UpsertShortlistEntryPathParams,
        body: &models::ShortlistEntryInput,
    ) -> Result<UpsertShortlistEntryResponse, E>;
}
