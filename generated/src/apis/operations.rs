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
pub enum GetHealthResponse {
    /// OK
    Status200_OK(models::Health),
    /// Bad request
    Status400_BadRequest(models::Problem),
    /// Unhealthy
    Status503_Unhealthy(models::Health),
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
#[allow(clippy::large_enum_variant)]
pub enum GetJwksResponse {
    /// OK
    Status200_OK(models::Jwks),
    /// Not found
    Status404_NotFound(models::Problem),
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
#[allow(clippy::large_enum_variant)]
pub enum GetLivenessResponse {
    /// OK
    Status200_OK(models::Health),
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
#[allow(clippy::large_enum_variant)]
pub enum GetOpenapiJsonResponse {
    /// OK
    Status200_OK(crate::types::Object),
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
#[allow(clippy::large_enum_variant)]
pub enum GetOpenapiYamlResponse {
    /// OK
    Status200_OK(String),
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
#[allow(clippy::large_enum_variant)]
pub enum GetReadinessResponse {
    /// OK
    Status200_OK(models::Health),
    /// Not ready
    Status503_NotReady(models::Health),
}

/// Operations
#[async_trait]
#[allow(clippy::ptr_arg)]
pub trait Operations<E: std::fmt::Debug + Send + Sync + 'static = ()>:
    super::ErrorHandler<E>
{
    /// Health summary.
    ///
    /// GetHealth - GET /healthz
    async fn get_health(
        &self,

        method: &Method,
        cookies: &CookieJar,
        query_params: &models::GetHealthQueryParams,
    ) -> Result<GetHealthResponse, E>;

    /// Development signing keys.
    ///
    /// GetJwks - GET /.well-known/jwks.json
    async fn get_jwks(&self, method: &Method, cookies: &CookieJar) -> Result<GetJwksResponse, E>;

    /// Liveness.
    ///
    /// GetLiveness - GET /livez
    async fn get_liveness(
        &self,

        method: &Method,
        cookies: &CookieJar,
    ) -> Result<GetLivenessResponse, E>;

    /// This contract as JSON.
    ///
    /// GetOpenapiJson - GET /v1/openapi.json
    async fn get_openapi_json(
        &self,

        method: &Method,
        cookies: &CookieJar,
    ) -> Result<GetOpenapiJsonResponse, E>;

    /// This contract as YAML.
    ///
    /// GetOpenapiYaml - GET /v1/openapi.yaml
    async fn get_openapi_yaml(
        &self,

        method: &Method,
        cookies: &CookieJar,
    ) -> Result<GetOpenapiYamlResponse, E>;

    /// Readiness.
    ///
    /// GetReadiness - GET /readyz
    async fn get_readiness(
        &self,

        method: &Method,
        cookies: &CookieJar,
    ) -> Result<GetReadinessResponse, E>;
}
