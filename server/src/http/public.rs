//! Public tag: search and read published jobs without a token. Applying is not implemented
//! yet (501 problem+json) until the applications issue lands.

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use http::Method;
use jobs_api::apis::public::{
    ApplyToJobResponse, GetPublicJobResponse, Public, SearchPublicJobsResponse,
};
use jobs_api::models;
use jobs_api::types::Nullable;

use super::convert::{nullable, wire_enum};
use super::jobs::salary_model;
use super::{Api, ApiError};
use crate::auth::Caller;
use crate::db::PublicJobRecord;
use crate::domain::search::JobFilters;
use crate::usecases::search::{self, FacetValue, Facets};

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
        path_params: &models::GetPublicJobPathParams,
    ) -> Result<GetPublicJobResponse, ApiError> {
        let job = search::public_job(&self.state.db, path_params.id).await?;
        Ok(GetPublicJobResponse::Status200_OK(public_job_model(&job)?))
    }

    async fn search_public_jobs(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        query_params: &models::SearchPublicJobsQueryParams,
    ) -> Result<SearchPublicJobsResponse, ApiError> {
        let filters = JobFilters {
            q: query_params.q.clone(),
            employer_id: query_params.employer_id,
            department: query_params.department.clone(),
            language: query_params.language.clone(),
            location: query_params.location.clone(),
            employment_type: query_params.employment_type.map(|e| e.to_string()),
            ..JobFilters::default()
        };
        let found = search::public_jobs(
            &self.state.db,
            &self.state.cursors,
            filters,
            query_params.facets.unwrap_or(false),
            query_params.cursor.as_deref(),
            query_params.limit,
        )
        .await?;
        let items = found
            .page
            .items
            .iter()
            .map(public_job_model)
            .collect::<Result<Vec<_>, _>>()?;
        let mut list = models::PublicJobList::new(
            items,
            match found.page.next_cursor {
                Some(c) => Nullable::Present(c),
                None => Nullable::Null,
            },
        );
        list.facets = found.facets.as_ref().map(facets_model);
        Ok(SearchPublicJobsResponse::Status200_OK(list))
    }
}

fn public_job_model(job: &PublicJobRecord) -> Result<models::PublicJob, ApiError> {
    let f = &job.fields;
    let mut employer = models::EmployerSummary::new(job.employer.id, job.employer.name.clone());
    employer.logo_url = nullable(job.employer.logo_url.clone());
    Ok(models::PublicJob {
        id: job.id,
        employer,
        title: f.title.clone(),
        description: f.description.clone(),
        description_format: wire_enum(&f.description_format)?,
        department: nullable(f.department.clone()),
        languages: f.languages.clone(),
        location: nullable(f.location.clone()),
        workplace_type: nullable(f.workplace_type.as_deref().map(wire_enum).transpose()?),
        employment_type: nullable(f.employment_type.as_deref().map(wire_enum).transpose()?),
        salary: nullable(f.salary.as_ref().map(salary_model)),
        vacancies: f.vacancies.max(1) as u32,
        reference_number: nullable(f.reference_number.clone()),
        closing_date: nullable(f.closing_date),
        published_at: job.published_at,
    })
}

fn facet_counts(values: &[FacetValue]) -> Vec<models::FacetCount> {
    values
        .iter()
        .map(|v| models::FacetCount::new(v.slug.clone(), v.label.clone(), v.count.max(0) as u64))
        .collect()
}

fn facets_model(f: &Facets) -> models::SearchFacets {
    models::SearchFacets::new(
        facet_counts(&f.departments),
        facet_counts(&f.languages),
        facet_counts(&f.locations),
        facet_counts(&f.employment_types),
    )
}
