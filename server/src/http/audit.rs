//! Audit tag. Not implemented yet: every operation answers 501 problem+json
//! until the issue that builds it lands.

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use http::Method;
use jobs_api::apis::audit::{Audit, ListAuditEventsResponse};
use jobs_api::models;

use super::{Api, ApiError};
use crate::auth::Caller;

#[async_trait]
impl Audit<ApiError> for Api {
    type Claims = Caller;

    async fn list_audit_events(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        _claims: &Caller,
        _query_params: &models::ListAuditEventsQueryParams,
    ) -> Result<ListAuditEventsResponse, ApiError> {
        Err(ApiError::NotImplemented)
    }
}
