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
pub enum CreateApplicantResponse {
    /// Created
    Status201_Created {
        body: models::Applicant,
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
pub enum DeleteApplicantResponse {
    /// Erased
    Status204_Erased,
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
pub enum GetApplicantResponse {
    /// OK
    Status200_OK {
        body: models::Applicant,
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
pub enum ListApplicantCvTextsResponse {
    /// OK
    Status200_OK(models::CvTextList),
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
pub enum ListApplicantsResponse {
    /// OK
    Status200_OK(models::ApplicantList),
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
pub enum UpdateApplicantResponse {
    /// OK
    Status200_OK {
        body: models::Applicant,
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

/// Applicants
#[async_trait]
#[allow(clippy::ptr_arg)]
pub trait Applicants<E: std::fmt::Debug + Send + Sync + 'static = ()>:
    super::ErrorHandler<E>
{
    type Claims;

    /// Create an applicant.
    ///
    /// CreateApplicant - POST /v1/applicants
    async fn create_applicant(
        &self,

        method: &Method,
        cookies: &CookieJar,
        claims: &Self::Claims,
        header_params: &models::CreateApplicantHeaderParams,
        body: &models::ApplicantCreate,
    ) -> Result<CreateApplicantResponse, E>;

    /// Erase an applicant.
    ///
    /// DeleteApplicant - DELETE /v1/applicants/{id}
    async fn delete_applicant(
        &self,

        method: &Method,
        cookies: &CookieJar,
        claims: &Self::Claims,
        path_params: &models::DeleteApplicantPathParams,
    ) -> Result<DeleteApplicantResponse, E>;

    /// Get an applicant.
    ///
    /// GetApplicant - GET /v1/applicants/{id}
    async fn get_applicant(
        &self,

        method: &Method,
        cookies: &CookieJar,
        claims: &Self::Claims,
        path_params: &models::GetApplicantPathParams,
    ) -> Result<GetApplicantResponse, E>;

    /// The text read from an applicant's CVs.
    ///
    /// ListApplicantCvTexts - GET /v1/applicants/{id}/cv-texts
    async fn list_applicant_cv_texts(
        &self,

        method: &Method,
        cookies: &CookieJar,
        claims: &Self::Claims,
        path_params: &models::ListApplicantCvTextsPathParams,
    ) -> Result<ListApplicantCvTextsResponse, E>;

    /// List applicants.
    ///
    /// ListApplicants - GET /v1/applicants
    async fn list_applicants(
        &self,

        method: &Method,
        cookies: &CookieJar,
        claims: &Self::Claims,
        query_params: &models::ListApplicantsQueryParams,
    ) -> Result<ListApplicantsResponse, E>;

    /// Update an applicant.
    ///
    /// UpdateApplicant - PATCH /v1/applicants/{id}
    async fn update_applicant(
        &self,

        method: &Method,
        cookies: &CookieJar,
        claims: &Self::Claims,
        header_params: &models::UpdateApplicantHeaderParams,
        path_params: &models::UpdateApplicantPathParams,
        body: &models::ApplicantUpdate,
    ) -> Result<UpdateApplicantResponse, E>;
}
