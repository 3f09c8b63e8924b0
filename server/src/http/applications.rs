//! Applications tag. Not implemented yet: every operation answers 501 problem+json
//! until the issue that builds it lands.

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use http::Method;
use jobs_api::apis::applications::{
    Applications, GetApplicationResponse, ListJobApplicationsResponse, ListMyApplicationsResponse,
    UpdateApplicationResponse,
};
use jobs_api::models;

use super::{Api, ApiError};
use crate::auth::Caller;

#[async_trait]
impl Applications<ApiError> for Api {
    type Claims = Caller;

    async fn get_application(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        _claims: &Caller,
        _path_params: &models::GetApplicationPathParams,
    ) -> Result<GetApplicationResponse, ApiError> {
        Err(ApiError::NotImplemented)
    }

    async fn list_job_applications(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        _claims: &Caller,
        _path_params: &models::ListJobApplicationsPathParams,
        _query_params: &models::ListJobApplicationsQueryParams,
    ) -> Result<ListJobApplicationsResponse, ApiError> {
        Err(ApiError::NotImplemented)
    }

    async fn list_my_applications(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        _claims: &Caller,
        _query_params: &models::ListMyApplicationsQueryParams,
    ) -> Result<ListMyApplicationsResponse, ApiError> {
        Err(ApiError::NotImplemented)
    }

    async fn update_application(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        _claims: &Caller,
        _header_params: &models::UpdateApplicationHeaderParams,
        _path_params: &models::UpdateApplicationPathParams,
        _body: &models::ApplicationUpdate,
    ) -> Result<UpdateApplicationResponse, ApiError> {
        Err(ApiError::NotImplemented)
    }
}
