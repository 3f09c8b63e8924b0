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
pub enum GetEmployerResponse {
    /// OK
    Status200_OK {
        body: models::Employer,
        e_tag: String,
    },
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
pub enum UpdateEmployerResponse {
    /// OK
    Status200_OK {
        body: models::Employer,
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

/// Employer
#[async_trait]
#[allow(clippy::ptr_arg)]
pub trait Employer<E: std::fmt::Debug + Send + Sync + 'static = ()>:
    super::ErrorHandler<E>
{
    type Claims;

    /// Get my employer.
    ///
    /// GetEmployer - GET /v1/employer
    async fn get_employer(
        &self,

        method: &Method,
        cookies: &CookieJar,
        claims: &Self::Claims,
    ) -> Result<GetEmployerResponse, E>;

    /// Update my employer.
    ///
    /// UpdateEmployer - PATCH /v1/employer
    async fn update_employer(
        &self,

        method: &Method,
        cookies: &CookieJar,
        claims: &Self::Claims,
        header_params: &models::UpdateEmployerHeaderParams,
        body: &models::EmployerUpdate,
    ) -> Result<UpdateEmployerResponse, E>;
}
