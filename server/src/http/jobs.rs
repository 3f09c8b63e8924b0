//! Jobs tag. Not implemented yet: every operation answers 501 problem+json
//! until the issue that builds it lands.

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use http::Method;
use jobs_api::apis::jobs::{
    CloseJobResponse, CreateJobResponse, DeleteJobResponse, GetJobResponse, Jobs, ListJobsResponse,
    PublishJobResponse, UpdateJobResponse,
};
use jobs_api::models;

use super::{Api, ApiError};
use crate::auth::Caller;

#[async_trait]
impl Jobs<ApiError> for Api {
    type Claims = Caller;

    async fn close_job(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        _claims: &Caller,
        _path_params: &models::CloseJobPathParams,
    ) -> Result<CloseJobResponse, ApiError> {
        Err(ApiError::NotImplemented)
    }

    async fn create_job(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        _claims: &Caller,
        _header_params: &models::CreateJobHeaderParams,
        _body: &models::JobCreate,
    ) -> Result<CreateJobResponse, ApiError> {
        Err(ApiError::NotImplemented)
    }

    async fn delete_job(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        _claims: &Caller,
        _path_params: &models::DeleteJobPathParams,
    ) -> Result<DeleteJobResponse, ApiError> {
        Err(ApiError::NotImplemented)
    }

    async fn get_job(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        _claims: &Caller,
        _path_params: &models::GetJobPathParams,
    ) -> Result<GetJobResponse, ApiError> {
        Err(ApiError::NotImplemented)
    }

    async fn list_jobs(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        _claims: &Caller,
        _query_params: &models::ListJobsQueryParams,
    ) -> Result<ListJobsResponse, ApiError> {
        Err(ApiError::NotImplemented)
    }

    async fn publish_job(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        _claims: &Caller,
        _path_params: &models::PublishJobPathParams,
    ) -> Result<PublishJobResponse, ApiError> {
        Err(ApiError::NotImplemented)
    }

    async fn update_job(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        _claims: &Caller,
        _header_params: &models::UpdateJobHeaderParams,
        _path_params: &models::UpdateJobPathParams,
        _body: &models::JobUpdate,
    ) -> Result<UpdateJobResponse, ApiError> {
        Err(ApiError::NotImplemented)
    }
}
