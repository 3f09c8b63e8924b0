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
pub enum ListDepartmentsResponse {
    /// OK
    Status200_OK(models::TaxonomyList),
    /// Not modified
    Status304_NotModified,
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
pub enum ListLanguagesResponse {
    /// OK
    Status200_OK(models::TaxonomyList),
    /// Not modified
    Status304_NotModified,
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
pub enum ListLocationsResponse {
    /// OK
    Status200_OK(models::TaxonomyList),
    /// Not modified
    Status304_NotModified,
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

/// Taxonomy
#[async_trait]
#[allow(clippy::ptr_arg)]
pub trait Taxonomy<E: std::fmt::Debug + Send + Sync + 'static = ()>:
    super::ErrorHandler<E>
{
    /// List departments.
    ///
    /// ListDepartments - GET /v1/taxonomy/departments
    async fn list_departments(
        &self,

        method: &Method,
        cookies: &CookieJar,
        query_params: &models::ListDepartmentsQueryParams,
    ) -> Result<ListDepartmentsResponse, E>;

    /// List languages.
    ///
    /// ListLanguages - GET /v1/taxonomy/languages
    async fn list_languages(
        &self,

        method: &Method,
        cookies: &CookieJar,
        query_params: &models::ListLanguagesQueryParams,
    ) -> Result<ListLanguagesResponse, E>;

    /// List locations.
    ///
    /// ListLocations - GET /v1/taxonomy/locations
    async fn list_locations(
        &self,

        method: &Method,
        cookies: &CookieJar,
        query_params: &models::ListLocationsQueryParams,
    ) -> Result<ListLocationsResponse, E>;
}
