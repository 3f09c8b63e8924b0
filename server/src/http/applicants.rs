//! Applicants tag. Not implemented yet: every operation answers 501 problem+json
//! until the issue that builds it lands.

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use http::Method;
use jobs_api::apis::applicants::{
    Applicants, CreateApplicantResponse, DeleteApplicantResponse, GetApplicantResponse,
    ListApplicantsResponse, UpdateApplicantResponse,
};
use jobs_api::models;

use super::{Api, ApiError};
use crate::auth::Caller;

#[async_trait]
impl Applicants<ApiError> for Api {
    type Claims = Caller;

    async fn create_applicant(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        _claims: &Caller,
        _header_params: &models::CreateApplicantHeaderParams,
        _body: &models::ApplicantCreate,
    ) -> Result<CreateApplicantResponse, ApiError> {
        Err(ApiError::NotImplemented)
    }

    async fn delete_applicant(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        _claims: &Caller,
        _path_params: &models::DeleteApplicantPathParams,
    ) -> Result<DeleteApplicantResponse, ApiError> {
        Err(ApiError::NotImplemented)
    }

    async fn get_applicant(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        _claims: &Caller,
        _path_params: &models::GetApplicantPathParams,
    ) -> Result<GetApplicantResponse, ApiError> {
        Err(ApiError::NotImplemented)
    }

    async fn list_applicants(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        _claims: &Caller,
        _query_params: &models::ListApplicantsQueryParams,
    ) -> Result<ListApplicantsResponse, ApiError> {
        Err(ApiError::NotImplemented)
    }

    async fn update_applicant(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        _claims: &Caller,
        _header_params: &models::UpdateApplicantHeaderParams,
        _path_params: &models::UpdateApplicantPathParams,
        _body: &models::ApplicantUpdate,
    ) -> Result<UpdateApplicantResponse, ApiError> {
        Err(ApiError::NotImplemented)
    }
}
