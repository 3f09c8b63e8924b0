//! Uploads tag. Not implemented yet: every operation answers 501 problem+json
//! until the issue that builds it lands.

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use http::Method;
use jobs_api::apis::uploads::{
    CompleteUploadResponse, GetUploadResponse, PresignUploadResponse, Uploads,
};
use jobs_api::models;

use super::{Api, ApiError};
use crate::http::middleware::identity::Caller;

#[async_trait]
impl Uploads<ApiError> for Api {
    type Claims = Caller;

    async fn complete_upload(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        _claims: &Caller,
        _path_params: &models::CompleteUploadPathParams,
    ) -> Result<CompleteUploadResponse, ApiError> {
        Err(ApiError::NotImplemented)
    }

    async fn get_upload(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        _claims: &Caller,
        _path_params: &models::GetUploadPathParams,
    ) -> Result<GetUploadResponse, ApiError> {
        Err(ApiError::NotImplemented)
    }

    async fn presign_upload(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        _claims: &Caller,
        _header_params: &models::PresignUploadHeaderParams,
        _body: &models::UploadPresignRequest,
    ) -> Result<PresignUploadResponse, ApiError> {
        Err(ApiError::NotImplemented)
    }
}
