//! Jobs tag: thin handlers over `usecases::jobs`.

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use http::Method;
use jobs_api::apis::jobs::{
    CloseJobResponse, CreateJobResponse, DeleteJobResponse, DeleteJobTranslationResponse,
    GetJobResponse, GetJobTranslationResponse, Jobs, ListJobTranslationsResponse, ListJobsResponse,
    PublishJobResponse, PutJobTranslationResponse, UpdateJobResponse,
};
use jobs_api::models;
use jobs_api::types::Nullable;

use super::convert::{employer_ctx, nullable, patch, wire_enum};
use super::{Api, ApiError, idempotency};
use crate::db::JobRecord;
use crate::domain::etag;
use crate::domain::job::{JobFields, JobPatch, JobStatus, Salary};
use crate::domain::search::JobFilters;
use crate::http::middleware::identity::Caller;
use crate::usecases::Failure;
use crate::usecases::jobs as uc;
use crate::usecases::search;

#[async_trait]
impl Jobs<ApiError> for Api {
    type Claims = Caller;

    async fn list_job_translations(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        path_params: &models::ListJobTranslationsPathParams,
    ) -> Result<ListJobTranslationsResponse, ApiError> {
        super::translations::list(self, claims, path_params).await
    }

    async fn get_job_translation(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        path_params: &models::GetJobTranslationPathParams,
    ) -> Result<GetJobTranslationResponse, ApiError> {
        super::translations::get(self, claims, path_params).await
    }

    async fn put_job_translation(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        header_params: &models::PutJobTranslationHeaderParams,
        path_params: &models::PutJobTranslationPathParams,
        body: &models::JobTranslationWrite,
    ) -> Result<PutJobTranslationResponse, ApiError> {
        super::translations::put(self, claims, header_params, path_params, body).await
    }

    async fn delete_job_translation(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        header_params: &models::DeleteJobTranslationHeaderParams,
        path_params: &models::DeleteJobTranslationPathParams,
    ) -> Result<DeleteJobTranslationResponse, ApiError> {
        super::translations::delete(self, claims, header_params, path_params).await
    }

    async fn close_job(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        path_params: &models::CloseJobPathParams,
    ) -> Result<CloseJobResponse, ApiError> {
        let ctx = employer_ctx(claims)?;
        let job = uc::close(&self.services.db, &ctx, path_params.id).await?;
        Ok(CloseJobResponse::Status200_OK {
            content_location: format!("/v1/jobs/{}", job.id),
            e_tag: etag::of_version(job.version),
            body: job_model(job)?,
        })
    }

    async fn create_job(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        header_params: &models::CreateJobHeaderParams,
        body: &models::JobCreate,
    ) -> Result<CreateJobResponse, ApiError> {
        let ctx = employer_ctx(claims)?;
        let key = idempotency::claim(
            format!("sub:{}", ctx.sub),
            &header_params.idempotency_key,
            "createJob",
            body,
        )?;
        let locale = body
            .locale
            .as_deref()
            .map(|raw| crate::usecases::translations::tag(raw, "/locale"))
            .transpose()?;
        let created = uc::create(
            &self.services.db,
            &ctx,
            job_fields(body),
            locale,
            &key,
            |job| {
                let model = job_model(job.clone()).map_err(|e| Failure::Internal(e.to_string()))?;
                idempotency::stored(
                    http::StatusCode::CREATED,
                    &[
                        ("location", &location(job)),
                        ("etag", &etag::of_version(job.version)),
                    ],
                    &model,
                )
            },
        )
        .await?;
        let job = idempotency::fresh(created)?;
        Ok(CreateJobResponse::Status201_Created {
            location: location(&job),
            e_tag: etag::of_version(job.version),
            body: job_model(job)?,
        })
    }

    async fn delete_job(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        path_params: &models::DeleteJobPathParams,
    ) -> Result<DeleteJobResponse, ApiError> {
        let ctx = employer_ctx(claims)?;
        uc::delete(&self.services.db, &ctx, path_params.id).await?;
        Ok(DeleteJobResponse::Status204_Deleted)
    }

    async fn get_job(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        path_params: &models::GetJobPathParams,
    ) -> Result<GetJobResponse, ApiError> {
        let ctx = employer_ctx(claims)?;
        let job = uc::get(&self.services.db, &ctx, path_params.id).await?;
        Ok(GetJobResponse::Status200_OK {
            e_tag: etag::of_version(job.version),
            body: job_model(job)?,
        })
    }

    async fn list_jobs(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        query_params: &models::ListJobsQueryParams,
    ) -> Result<ListJobsResponse, ApiError> {
        let ctx = employer_ctx(claims)?;
        let status = query_params
            .status
            .map(|s| JobStatus::parse(&s.to_string()))
            .unwrap_or(None);
        let filters = JobFilters {
            q: query_params.q.clone(),
            department: query_params.department.clone(),
            language: query_params.language.clone(),
            location: query_params.location.clone(),
            employment_type: query_params.employment_type.map(Into::into),
            updated_after: query_params.updated_after,
            ..JobFilters::default()
        }
        .with_status(status);
        let page = search::employer_jobs(
            &self.services.db,
            &self.services.cursors,
            &ctx,
            filters,
            query_params.cursor.as_deref(),
            query_params.limit,
        )
        .await?;
        let items = page
            .items
            .into_iter()
            .map(job_model)
            .collect::<Result<Vec<_>, _>>()?;
        Ok(ListJobsResponse::Status200_OK(models::JobList::new(
            items,
            match page.next_cursor {
                Some(c) => Nullable::Present(c),
                None => Nullable::Null,
            },
        )))
    }

    async fn publish_job(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        path_params: &models::PublishJobPathParams,
    ) -> Result<PublishJobResponse, ApiError> {
        let ctx = employer_ctx(claims)?;
        let job = uc::publish(&self.services.db, &ctx, path_params.id).await?;
        Ok(PublishJobResponse::Status200_OK {
            content_location: format!("/v1/jobs/{}", job.id),
            e_tag: etag::of_version(job.version),
            body: job_model(job)?,
        })
    }

    async fn update_job(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        header_params: &models::UpdateJobHeaderParams,
        path_params: &models::UpdateJobPathParams,
        body: &models::JobUpdate,
    ) -> Result<UpdateJobResponse, ApiError> {
        let ctx = employer_ctx(claims)?;
        let job = uc::update(
            &self.services.db,
            &ctx,
            path_params.id,
            &header_params.if_match,
            job_patch(body)?,
        )
        .await?;
        Ok(UpdateJobResponse::Status200_OK {
            e_tag: etag::of_version(job.version),
            body: job_model(job)?,
        })
    }
}

fn location(job: &JobRecord) -> String {
    format!("/v1/jobs/{}", job.id)
}

fn salary(s: &models::Salary) -> Salary {
    Salary {
        // The contract bounds both at 10^9.
        min: s.min.map(|v| v as i64),
        max: s.max.map(|v| v as i64),
        currency: s.currency.clone(),
        period: s.period.into(),
    }
}

fn job_fields(body: &models::JobCreate) -> JobFields {
    let mut fields = JobFields::draft(body.title.clone());
    if let Some(d) = &body.description {
        fields.description = d.clone();
    }
    if let Some(f) = body.description_format {
        fields.description_format = f.into();
    }
    fields.department = body.department.clone();
    fields.languages = body.languages.clone().unwrap_or_default();
    fields.location = body.location.clone();
    fields.workplace_type = body.workplace_type.map(Into::into);
    fields.employment_type = body.employment_type.map(Into::into);
    fields.salary = body.salary.as_ref().map(salary);
    if let Some(v) = body.vacancies {
        fields.vacancies = v as i32;
    }
    fields.reference_number = body.reference_number.clone();
    fields.closing_date = body.closing_date;
    if let Some(skills) = &body.skills {
        fields.skills = job_skills(skills);
    }
    fields
}

fn job_skills(skills: &models::JobSkills) -> crate::domain::job::JobSkills {
    crate::domain::job::JobSkills {
        required: skills.required.clone().unwrap_or_default(),
        nice_to_have: skills.nice_to_have.clone().unwrap_or_default(),
    }
    .normalized()
}

fn job_patch(body: &models::JobUpdate) -> Result<JobPatch, ApiError> {
    let locale = body
        .locale
        .as_deref()
        .map(|raw| crate::usecases::translations::tag(raw, "/locale"))
        .transpose()?;
    Ok(JobPatch {
        title: body.title.clone(),
        description: body.description.clone(),
        description_format: body.description_format.map(Into::into),
        department: patch(body.department.clone()),
        languages: body.languages.clone(),
        location: patch(body.location.clone()),
        workplace_type: patch(body.workplace_type).map(|w| w.map(Into::into)),
        employment_type: patch(body.employment_type).map(|e| e.map(Into::into)),
        salary: patch(body.salary.clone()).map(|s| s.as_ref().map(salary)),
        vacancies: body.vacancies.map(|v| v as i32),
        reference_number: patch(body.reference_number.clone()),
        closing_date: patch(body.closing_date),
        locale,
        skills: body.skills.as_ref().map(job_skills),
    })
}

pub(super) fn salary_model(s: &Salary) -> models::Salary {
    let mut m = models::Salary::new(s.currency.clone(), s.period.into());
    m.min = s.min.map(|v| v.max(0) as u64);
    m.max = s.max.map(|v| v.max(0) as u64);
    m
}

/// Takes the record: a page's strings move into the model instead of being copied.
pub(super) fn job_model(job: JobRecord) -> Result<models::Job, ApiError> {
    let f = job.fields;
    let available_locales = crate::domain::translation::available(&f);
    Ok(models::Job {
        etag: etag::of_version(job.version),
        id: job.id,
        employer_id: job.employer_id,
        title: f.title,
        description: f.description,
        description_format: f.description_format.into(),
        department: nullable(f.department),
        languages: f.languages,
        location: nullable(f.location),
        workplace_type: nullable(f.workplace_type.map(Into::into)),
        employment_type: nullable(f.employment_type.map(Into::into)),
        salary: nullable(f.salary.as_ref().map(salary_model)),
        vacancies: f.vacancies.max(1) as u32,
        reference_number: nullable(f.reference_number),
        closing_date: nullable(f.closing_date),
        status: wire_enum(job.status.as_str())?,
        created_at: job.created_at,
        updated_at: job.updated_at,
        published_at: nullable(job.published_at),
        closed_at: nullable(job.closed_at),
        available_locales,
        locale: f.locale,
        skills: models::JobSkills {
            required: Some(f.skills.required),
            nice_to_have: Some(f.skills.nice_to_have),
        },
    })
}
