//! Employer tag. Not implemented yet: every operation answers 501 problem+json
//! until the issue that builds it lands.

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use http::Method;
use jobs_api::apis::employer::{Employer, GetEmployerResponse, UpdateEmployerResponse};
use jobs_api::models;

use super::{Api, ApiError};
use crate::auth::Caller;

#[async_trait]
impl Employer<ApiError> for Api {
    type Claims = Caller;

    async fn get_employer(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        _claims: &Caller,
    ) -> Result<GetEmployerResponse, ApiError> {
        Err(ApiError::NotImplemented)
    }

    async fn update_employer(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        _claims: &Caller,
        _header_params: &models::UpdateEmployerHeaderParams,
        _body: &models::EmployerUpdate,
    ) -> Result<UpdateEmployerResponse, ApiError> {
        Err(ApiError::NotImplemented)
    }
}
