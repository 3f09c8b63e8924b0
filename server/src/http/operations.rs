//! Operations tag: probes, metrics, keys and the published contract.

use std::time::{Duration, Instant};

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use http::Method;
use jobs_api::apis::operations::{
    GetHealthResponse, GetJwksResponse, GetLivenessResponse, GetOpenapiJsonResponse,
    GetOpenapiYamlResponse, GetReadinessResponse, Operations,
};
use jobs_api::models::{self, DependencyHealth, Health, HealthState};
use jobs_api::types::Nullable;

use super::{Api, ApiError};
use crate::db::DbHealth;

const VERSION: &str = env!("CARGO_PKG_VERSION");
const PROBE_TIMEOUT: Duration = Duration::from_secs(2);

#[async_trait]
impl Operations<ApiError> for Api {
    async fn get_health(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        query_params: &models::GetHealthQueryParams,
    ) -> Result<GetHealthResponse, ApiError> {
        let started = Instant::now();
        let db = self.services.db.health(PROBE_TIMEOUT).await;
        let db_latency = started.elapsed();
        let db_check = dependency("postgres", db_state(&db), Some(db_latency), db_detail(&db));

        let redis_check = match &self.services.redis {
            None => dependency("redis", HealthState::Pass, None, Some("disabled")),
            Some(client) => {
                let started = Instant::now();
                if crate::redis::ping(client, PROBE_TIMEOUT).await {
                    dependency("redis", HealthState::Pass, Some(started.elapsed()), None)
                } else {
                    // Redis is optional: its loss degrades (in-process limits), it does not fail.
                    dependency(
                        "redis",
                        HealthState::Warn,
                        Some(started.elapsed()),
                        Some("unreachable; using in-process fallbacks"),
                    )
                }
            }
        };

        let overall = worst(&[db_check.status, redis_check.status]);
        let mut health = Health::new(overall);
        health.version = Some(VERSION.to_string());
        if query_params.verbose == Some(true) {
            health.checks = Some(vec![db_check, redis_check]);
        }
        Ok(if overall == HealthState::Fail {
            GetHealthResponse::Status503_Unhealthy(health)
        } else {
            GetHealthResponse::Status200_OK(health)
        })
    }

    async fn get_jwks(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
    ) -> Result<GetJwksResponse, ApiError> {
        // Dev mode publishes its signing key's public half; with an external identity provider
        // the keys live there.
        match self.services.verifier.dev_jwks() {
            Some(jwks) => Ok(GetJwksResponse::Status200_OK(
                serde_json::from_value(jwks).map_err(|e| ApiError::Internal(e.into()))?,
            )),
            None => Ok(GetJwksResponse::Status404_NotFound(
                crate::http::problem::from_status(http::StatusCode::NOT_FOUND),
            )),
        }
    }

    async fn get_liveness(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
    ) -> Result<GetLivenessResponse, ApiError> {
        let mut health = Health::new(HealthState::Pass);
        health.version = Some(VERSION.to_string());
        Ok(GetLivenessResponse::Status200_OK(health))
    }

    async fn get_openapi_json(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
    ) -> Result<GetOpenapiJsonResponse, ApiError> {
        Ok(GetOpenapiJsonResponse::Status200_OK(
            jobs_api::types::Object(self.services.contract.json.clone()),
        ))
    }

    async fn get_openapi_yaml(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
    ) -> Result<GetOpenapiYamlResponse, ApiError> {
        Ok(GetOpenapiYamlResponse::Status200_OK(
            self.services.contract.yaml.to_string(),
        ))
    }

    async fn get_readiness(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
    ) -> Result<GetReadinessResponse, ApiError> {
        if self.services.lifecycle.is_draining() {
            return Ok(not_ready(failing("lifecycle", "draining")));
        }
        let db = self.services.db.health(PROBE_TIMEOUT).await;
        if db != DbHealth::Ready {
            return Ok(not_ready(dependency(
                "postgres",
                db_state(&db),
                None,
                db_detail(&db),
            )));
        }
        // Until the search index has loaded once, public search would read SQL only.
        if !self.services.public_index.has_loaded() {
            return Ok(not_ready(failing("search-index", "loading")));
        }
        Ok(GetReadinessResponse::Status200_OK(Health::new(
            HealthState::Pass,
        )))
    }
}

/// 503 with the one check that fails.
fn not_ready(check: DependencyHealth) -> GetReadinessResponse {
    let mut health = Health::new(HealthState::Fail);
    health.checks = Some(vec![check]);
    GetReadinessResponse::Status503_NotReady(health)
}

fn failing(name: &str, detail: &'static str) -> DependencyHealth {
    dependency(name, HealthState::Fail, None, Some(detail))
}

fn db_state(db: &DbHealth) -> HealthState {
    match db {
        DbHealth::Ready => HealthState::Pass,
        DbHealth::Unreachable | DbHealth::MigrationsPending => HealthState::Fail,
    }
}

fn db_detail(db: &DbHealth) -> Option<&'static str> {
    match db {
        DbHealth::Ready => None,
        DbHealth::Unreachable => Some("unreachable"),
        DbHealth::MigrationsPending => Some("migrations pending"),
    }
}

fn dependency(
    name: &str,
    status: HealthState,
    latency: Option<Duration>,
    detail: Option<&str>,
) -> DependencyHealth {
    let mut check = DependencyHealth::new(name.to_string(), status);
    check.latency_ms = latency.map(|l| Nullable::Present(l.as_millis() as u64));
    check.detail = detail.map(|d| Nullable::Present(d.to_string()));
    check
}

fn worst(states: &[HealthState]) -> HealthState {
    if states.contains(&HealthState::Fail) {
        HealthState::Fail
    } else if states.contains(&HealthState::Warn) {
        HealthState::Warn
    } else {
        HealthState::Pass
    }
}
