//! Taxonomy tag: values for search filters with counts of published jobs (no token needed).

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use http::Method;
use jobs_api::apis::taxonomy::{
    ListDepartmentsResponse, ListLanguagesResponse, ListLocationsResponse, Taxonomy,
};
use jobs_api::models;
use jobs_api::types::Nullable;
use uuid::Uuid;

use super::{Api, ApiError};
use crate::db::TaxonomyKind;
use crate::usecases::taxonomy as uc;

impl Api {
    async fn taxonomy(
        &self,
        kind: TaxonomyKind,
        employer_id: Option<Uuid>,
        cursor: Option<&str>,
        limit: Option<u32>,
    ) -> Result<models::TaxonomyList, ApiError> {
        let page = uc::list(
            &self.services.db,
            &self.services.public_index,
            &self.services.cursors,
            kind,
            employer_id,
            cursor,
            limit,
        )
        .await?;
        let items = page
            .items
            .into_iter()
            .map(|row| models::TaxonomyTerm::new(row.slug, row.label, row.job_count.max(0) as u64))
            .collect();
        Ok(models::TaxonomyList::new(
            items,
            match page.next_cursor {
                Some(c) => Nullable::Present(c),
                None => Nullable::Null,
            },
        ))
    }
}

#[async_trait]
impl Taxonomy<ApiError> for Api {
    async fn list_departments(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        q: &models::ListDepartmentsQueryParams,
    ) -> Result<ListDepartmentsResponse, ApiError> {
        let list = self
            .taxonomy(
                TaxonomyKind::Departments,
                q.employer_id,
                q.cursor.as_deref(),
                q.limit,
            )
            .await?;
        Ok(ListDepartmentsResponse::Status200_OK(list))
    }

    async fn list_languages(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        q: &models::ListLanguagesQueryParams,
    ) -> Result<ListLanguagesResponse, ApiError> {
        let list = self
            .taxonomy(
                TaxonomyKind::Languages,
                q.employer_id,
                q.cursor.as_deref(),
                q.limit,
            )
            .await?;
        Ok(ListLanguagesResponse::Status200_OK(list))
    }

    async fn list_locations(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        q: &models::ListLocationsQueryParams,
    ) -> Result<ListLocationsResponse, ApiError> {
        let list = self
            .taxonomy(
                TaxonomyKind::Locations,
                q.employer_id,
                q.cursor.as_deref(),
                q.limit,
            )
            .await?;
        Ok(ListLocationsResponse::Status200_OK(list))
    }
}
