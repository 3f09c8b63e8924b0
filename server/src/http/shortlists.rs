//! Shortlists tag. Not implemented yet: every operation answers 501 problem+json
//! until the issue that builds it lands.

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use http::Method;
use jobs_api::apis::shortlists::{
    DeleteShortlistEntryResponse, GetShortlistResponse, ReplaceShortlistResponse, Shortlists,
    UpsertShortlistEntryResponse,
};
use jobs_api::models;

use super::{Api, ApiError};
use crate::auth::Caller;

#[async_trait]
impl Shortlists<ApiError> for Api {
    type Claims = Caller;

    async fn delete_shortlist_entry(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        _claims: &Caller,
        _path_params: &models::DeleteShortlistEntryPathParams,
    ) -> Result<DeleteShortlistEntryResponse, ApiError> {
        Err(ApiError::NotImplemented)
    }

    async fn get_shortlist(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        _claims: &Caller,
        _path_params: &models::GetShortlistPathParams,
    ) -> Result<GetShortlistResponse, ApiError> {
        Err(ApiError::NotImplemented)
    }

    async fn replace_shortlist(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        _claims: &Caller,
        _header_params: &models::ReplaceShortlistHeaderParams,
        _path_params: &models::ReplaceShortlistPathParams,
        _body: &models::ShortlistReplace,
    ) -> Result<ReplaceShortlistResponse, ApiError> {
        Err(ApiError::NotImplemented)
    }

    async fn upsert_shortlist_entry(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        _claims: &Caller,
        _path_params: &models::UpsertShortlistEntryPathParams,
        _body: &models::ShortlistEntryInput,
    ) -> Result<UpsertShortlistEntryResponse, ApiError> {
        Err(ApiError::NotImplemented)
    }
}
