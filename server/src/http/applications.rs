//! Applications tag: thin handlers over `usecases::applications`.

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use http::Method;
use jobs_api::apis::applications::{
    Applications, CreateJobApplicationResponse, GetApplicationMatchResponse,
    GetApplicationResponse, ListApplicationsResponse, ListJobApplicationsResponse,
    ListMyApplicationsResponse, MergeApplicationSubmissionResponse, UpdateApplicationResponse,
};
use jobs_api::models;
use jobs_api::types::Nullable;

use super::applicants::{applicant_model, consent_record};
use super::convert::{employer_ctx, next_cursor, nullable, or_null, wire_enum};
use super::{Api, ApiError, idempotency};
use crate::db::{
    ApplicantSummary, ApplicationFilter, ApplicationRecord, Assignee, MyApplicationRecord,
};
use crate::domain::applicant::Submission;
use crate::domain::application::ApplicationStatus;
use crate::domain::etag;
use crate::http::middleware::identity::Caller;
use crate::usecases::applications as uc;

#[async_trait]
impl Applications<ApiError> for Api {
    type Claims = Caller;

    async fn create_job_application(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        header_params: &models::CreateJobApplicationHeaderParams,
        path_params: &models::CreateJobApplicationPathParams,
        body: &models::ApplicationCreate,
    ) -> Result<CreateJobApplicationResponse, ApiError> {
        let ctx = employer_ctx(claims)?;
        let key = idempotency::claim(
            format!("sub:{}", ctx.sub),
            &header_params.idempotency_key,
            "createJobApplication",
            &(path_params.id, body),
        )?;
        let created = uc::create(
            &self.services.db,
            &ctx,
            path_params.id,
            body.applicant_id,
            body.cover_letter.as_deref(),
            &key,
            |record| {
                let model = application_model(record)
                    .map_err(|e| crate::usecases::Failure::Internal(e.to_string()))?;
                idempotency::stored(
                    http::StatusCode::CREATED,
                    &[
                        ("location", &format!("/v1/applications/{}", record.id)),
                        ("etag", &etag::of_version(record.version)),
                    ],
                    &model,
                )
            },
        )
        .await?;
        let record = idempotency::fresh(created)?;
        Ok(CreateJobApplicationResponse::Status201_Created {
            location: format!("/v1/applications/{}", record.id),
            e_tag: etag::of_version(record.version),
            body: application_model(&record)?,
        })
    }

    async fn merge_application_submission(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        path_params: &models::MergeApplicationSubmissionPathParams,
        query_params: &models::MergeApplicationSubmissionQueryParams,
    ) -> Result<MergeApplicationSubmissionResponse, ApiError> {
        let ctx = employer_ctx(claims)?;
        let record = uc::merge_submission(
            &self.services.db,
            &ctx,
            path_params.id,
            query_params.submission_id,
        )
        .await?;
        Ok(MergeApplicationSubmissionResponse::Status200_OK {
            content_location: format!("/v1/applicants/{}", record.id),
            e_tag: etag::of_version(record.version),
            body: applicant_model(&record),
        })
    }

    async fn get_application(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        path_params: &models::GetApplicationPathParams,
    ) -> Result<GetApplicationResponse, ApiError> {
        let ctx = employer_ctx(claims)?;
        let record = uc::get(&self.services.db, &ctx, path_params.id).await?;
        Ok(GetApplicationResponse::Status200_OK {
            e_tag: etag::of_version(record.version),
            body: application_model(&record)?,
        })
    }

    async fn get_application_match(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        path_params: &models::GetApplicationMatchPathParams,
    ) -> Result<GetApplicationMatchResponse, ApiError> {
        let ctx = employer_ctx(claims)?;
        let (job_id, found) =
            crate::usecases::matching::get(&self.services.db, &ctx, path_params.id).await?;
        Ok(GetApplicationMatchResponse::Status200_OK(
            super::matching::match_model(path_params.id, job_id, found.as_ref()),
        ))
    }

    async fn list_job_applications(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        path_params: &models::ListJobApplicationsPathParams,
        query_params: &models::ListJobApplicationsQueryParams,
    ) -> Result<ListJobApplicationsResponse, ApiError> {
        let ctx = employer_ctx(claims)?;
        let filter = ApplicationFilter {
            status: query_params
                .status
                .and_then(|s| ApplicationStatus::parse(&s.to_string())),
            assignee: assignee_filter(&ctx, query_params.assignee.as_deref())?,
            rejection_reason_id: query_params.rejection_reason_id,
            by_match: query_params.sort == Some(models::ApplicationSort::Match),
            ..ApplicationFilter::default()
        };
        let page = uc::list_for_job(
            &self.services.db,
            &self.services.cursors,
            &ctx,
            path_params.id,
            filter,
            query_params.cursor.as_deref(),
            query_params.limit,
        )
        .await?;
        Ok(ListJobApplicationsResponse::Status200_OK(application_list(
            page,
        )?))
    }

    async fn list_applications(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        query_params: &models::ListApplicationsQueryParams,
    ) -> Result<ListApplicationsResponse, ApiError> {
        let ctx = employer_ctx(claims)?;
        let filter = ApplicationFilter {
            job_id: query_params.job_id,
            status: query_params
                .status
                .and_then(|s| ApplicationStatus::parse(&s.to_string())),
            updated_after: query_params.updated_after,
            assignee: assignee_filter(&ctx, query_params.assignee.as_deref())?,
            rejection_reason_id: query_params.rejection_reason_id,
            ..ApplicationFilter::default()
        };
        let page = uc::list(
            &self.services.db,
            &self.services.cursors,
            &ctx,
            filter,
            query_params.cursor.as_deref(),
            query_params.limit,
        )
        .await?;
        Ok(ListApplicationsResponse::Status200_OK(application_list(
            page,
        )?))
    }

    async fn list_my_applications(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        query_params: &models::ListMyApplicationsQueryParams,
    ) -> Result<ListMyApplicationsResponse, ApiError> {
        // The authorization table admits only applicant tokens here; the match is on their
        // verified subject.
        let Some(principal) = &claims.principal else {
            return Err(ApiError::problem(crate::http::problem::from_status(
                http::StatusCode::FORBIDDEN,
            )));
        };
        let page = uc::list_mine(
            &self.services.db,
            &self.services.cursors,
            &principal.sub,
            query_params.cursor.as_deref(),
            query_params.limit,
        )
        .await?;
        let items = page
            .items
            .iter()
            .map(my_application_model)
            .collect::<Result<Vec<_>, _>>()?;
        Ok(ListMyApplicationsResponse::Status200_OK(
            models::MyApplicationList::new(items, next_cursor(page.next_cursor)),
        ))
    }

    async fn update_application(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        header_params: &models::UpdateApplicationHeaderParams,
        path_params: &models::UpdateApplicationPathParams,
        body: &models::ApplicationUpdate,
    ) -> Result<UpdateApplicationResponse, ApiError> {
        let ctx = employer_ctx(claims)?;
        let change = uc::ApplicationChange {
            status: body
                .status
                .and_then(|s| ApplicationStatus::parse(&s.to_string())),
            note: body.note.clone(),
            assignee: super::convert::patch(body.assignee_id),
            rejection_reason_id: body.rejection_reason_id,
        };
        let record = uc::update(
            &self.services.db,
            &ctx,
            path_params.id,
            &header_params.if_match,
            change,
        )
        .await?;
        Ok(UpdateApplicationResponse::Status200_OK {
            e_tag: etag::of_version(record.version),
            body: application_model(&record)?,
        })
    }
}

/// `assignee`: `me` (the caller as a member), `none`, or a member id (the contract's pattern
/// admits nothing else).
fn assignee_filter(
    ctx: &crate::usecases::Ctx,
    assignee: Option<&str>,
) -> Result<Option<Assignee>, ApiError> {
    Ok(match assignee {
        None => None,
        Some("none") => Some(Assignee::Nobody),
        Some("me") => Some(Assignee::Member(
            ctx.member_id.ok_or(crate::usecases::Failure::Unavailable)?,
        )),
        Some(id) => Some(Assignee::Member(uuid::Uuid::parse_str(id).map_err(
            |_| crate::usecases::Failure::BadParameter {
                pointer: "#/query/assignee",
                detail: "must be `me`, `none` or a member id",
            },
        )?)),
    })
}

/// A page of applications as the contract's list (both application lists answer it).
fn application_list(
    page: crate::usecases::Page<ApplicationRecord>,
) -> Result<models::ApplicationList, ApiError> {
    let items = page
        .items
        .iter()
        .map(application_model)
        .collect::<Result<Vec<_>, _>>()?;
    Ok(models::ApplicationList::new(
        items,
        next_cursor(page.next_cursor),
    ))
}

/// `name` and `email` are `null` once the person was erased.
pub(super) fn applicant_summary(a: &ApplicantSummary) -> models::ApplicantSummary {
    let or_null = |v: &Option<String>| match v {
        Some(v) => Nullable::Present(v.clone()),
        None => Nullable::Null,
    };
    models::ApplicantSummary {
        id: a.id,
        name: or_null(&a.name),
        email: or_null(&a.email),
    }
}

fn application_model(record: &ApplicationRecord) -> Result<models::Application, ApiError> {
    Ok(models::Application {
        etag: etag::of_version(record.version),
        id: record.id,
        job_id: record.job_id,
        applicant: applicant_summary(&record.applicant),
        status: wire_enum(record.status.as_str())?,
        source: wire_enum(&record.source)?,
        utm_source: nullable(record.utm_source.clone()),
        cover_letter: nullable(record.cover_letter.clone()),
        submission: nullable(record.submission.as_ref().map(submission_model)),
        submissions: record
            .submissions
            .newest
            .iter()
            .map(|s| models::SubmissionRecord {
                id: s.id,
                submitted_at: s.submitted_at,
                authenticated: s.authenticated,
                email_confirmed_at: match s.email_confirmed_at {
                    Some(at) => Nullable::Present(at),
                    None => Nullable::Null,
                },
                cover_letter: match &s.cover_letter {
                    Some(text) => Nullable::Present(text.clone()),
                    None => Nullable::Null,
                },
                submission: submission_model(&s.submission),
            })
            .collect(),
        submission_count: u64::try_from(record.submissions.count).unwrap_or(0),
        anonymized_at: nullable(record.anonymized_at),
        notes: record
            .notes
            .iter()
            .map(|n| models::ApplicationNote {
                id: n.id,
                author: n.author.clone(),
                body: n.body.clone(),
                created_at: n.created_at,
            })
            .collect(),
        assignee_id: match record.assignee_id {
            Some(id) => Nullable::Present(id),
            None => Nullable::Null,
        },
        rejection_reason: record
            .rejection_reason
            .as_ref()
            .map_or(Nullable::Null, |(id, label)| {
                Nullable::Present(models::RejectionReason {
                    id: *id,
                    label: label.clone(),
                })
            }),
        created_at: record.created_at,
        updated_at: record.updated_at,
        status_changed_at: nullable(record.status_changed_at),
        r_match: record.matching.as_ref().map(|m| {
            or_null(m.as_ref().map(|m| models::ApplicationMatchSummary {
                score: u32::try_from(m.score).unwrap_or(0),
                method: m.method.clone(),
                computed_at: m.computed_at,
            }))
        }),
    })
}

fn submission_model(s: &Submission) -> models::ApplicationSnapshot {
    let or_null = |v: &Option<String>| match v {
        Some(v) => Nullable::Present(v.clone()),
        None => Nullable::Null,
    };
    models::ApplicationSnapshot {
        name: or_null(&s.name),
        email: or_null(&s.email),
        phone: or_null(&s.phone),
        skills: s.skills.clone(),
        languages: s.languages.clone(),
        links: s.links.clone(),
        cv_upload_id: match s.cv_upload_id {
            Some(id) => Nullable::Present(id),
            None => Nullable::Null,
        },
        cover_letter_upload_id: super::convert::nullable(s.cover_letter_upload_id),
        cv_url: or_null(&s.cv_url),
        consent: match &s.consent {
            Some(c) => Nullable::Present(consent_record(c)),
            None => Nullable::Null,
        },
    }
}

/// Job title, employer name and status only: notes and other internal members never reach
/// the applicant.
fn my_application_model(record: &MyApplicationRecord) -> Result<models::MyApplication, ApiError> {
    Ok(models::MyApplication {
        id: record.id,
        job_id: record.job_id,
        job_title: record.job_title.clone(),
        employer_name: record.employer_name.clone(),
        status: wire_enum(record.status.as_str())?,
        created_at: record.created_at,
    })
}
