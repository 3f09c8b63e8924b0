//! Public tag. Not implemented yet: every operation answers 501 problem+json
//! until the issue that builds it lands.

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use http::Method;
use jobs_api::apis::public::{
    ApplyToJobResponse, GetPublicJobResponse, Public, SearchPublicJobsResponse,
};
use jobs_api::models;

use super::{Api, ApiError};
use crate::auth::Caller;

#[async_trait]
impl Public<ApiError> for Api {
    type Claims = Caller;

    async fn apply_to_job(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        _claims: &Caller,
        _header_params: &models::ApplyToJobHeaderParams,
        _path_params: &models::ApplyToJobPathParams,
        _body: &models::ApplicationSubmission,
    ) -> Result<ApplyToJobResponse, ApiError> {
        Err(ApiError::NotImplemented)
    }

    async fn get_public_job(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        _path_params: &models::GetPublicJobPathParams,
    ) -> Result<GetPublicJobResponse, ApiError> {
        Err(ApiError::NotImplemented)
    }

    async fn search_public_jobs(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        _query_params: &models::SearchPublicJobsQueryParams,
    ) -> Result<SearchPublicJobsResponse, ApiError> {
        Err(ApiError::NotImplemented)
    }
}
