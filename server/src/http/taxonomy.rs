//! Taxonomy tag. Not implemented yet: every operation answers 501 problem+json
//! until the issue that builds it lands.

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use http::Method;
use jobs_api::apis::taxonomy::{
    ListDepartmentsResponse, ListLanguagesResponse, ListLocationsResponse, Taxonomy,
};
use jobs_api::models;

use super::{Api, ApiError};

#[async_trait]
impl Taxonomy<ApiError> for Api {
    async fn list_departments(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        _query_params: &models::ListDepartmentsQueryParams,
    ) -> Result<ListDepartmentsResponse, ApiError> {
        Err(ApiError::NotImplemented)
    }

    async fn list_languages(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        _query_params: &models::ListLanguagesQueryParams,
    ) -> Result<ListLanguagesResponse, ApiError> {
        Err(ApiError::NotImplemented)
    }

    async fn list_locations(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        _query_params: &models::ListLocationsQueryParams,
    ) -> Result<ListLocationsResponse, ApiError> {
        Err(ApiError::NotImplemented)
    }
}
