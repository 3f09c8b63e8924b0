//! Applicants tag: thin handlers over `usecases::applicants`.

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use http::Method;
use jobs_api::apis::applicants::{
    Applicants, CreateApplicantResponse, DeleteApplicantResponse, GetApplicantResponse,
    ListApplicantCvTextsResponse, ListApplicantsResponse, UpdateApplicantResponse,
};
use jobs_api::models;
use jobs_api::types::Nullable;

use super::convert::{employer_ctx, nullable, patch};
use super::{Api, ApiError, idempotency};
use crate::db::ApplicantRecord;
use crate::domain::applicant::{ApplicantFields, ApplicantPatch, Consent};
use crate::domain::etag;
use crate::http::middleware::identity::Caller;
use crate::usecases::applicants as uc;

#[async_trait]
impl Applicants<ApiError> for Api {
    type Claims = Caller;

    async fn create_applicant(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        header_params: &models::CreateApplicantHeaderParams,
        body: &models::ApplicantCreate,
    ) -> Result<CreateApplicantResponse, ApiError> {
        let ctx = employer_ctx(claims)?;
        let key = idempotency::claim(
            format!("sub:{}", ctx.sub),
            &header_params.idempotency_key,
            "createApplicant",
            body,
        )?;
        let created = uc::create(
            &self.services.db,
            &ctx,
            applicant_fields(body),
            &key,
            |record| {
                idempotency::stored(
                    http::StatusCode::CREATED,
                    &[
                        ("location", &format!("/v1/applicants/{}", record.id)),
                        ("etag", &etag::of_version(record.version)),
                    ],
                    &applicant_model(record),
                )
            },
        )
        .await?;
        let record = idempotency::fresh(created)?;
        Ok(CreateApplicantResponse::Status201_Created {
            location: format!("/v1/applicants/{}", record.id),
            e_tag: etag::of_version(record.version),
            body: applicant_model(&record),
        })
    }

    async fn delete_applicant(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        path_params: &models::DeleteApplicantPathParams,
    ) -> Result<DeleteApplicantResponse, ApiError> {
        let ctx = employer_ctx(claims)?;
        uc::erase(
            &self.services.db,
            &self.services.uploads,
            &ctx,
            path_params.id,
        )
        .await?;
        Ok(DeleteApplicantResponse::Status204_Erased)
    }

    async fn get_applicant(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        path_params: &models::GetApplicantPathParams,
    ) -> Result<GetApplicantResponse, ApiError> {
        let ctx = employer_ctx(claims)?;
        let record = uc::get(&self.services.db, &ctx, path_params.id).await?;
        Ok(GetApplicantResponse::Status200_OK {
            e_tag: etag::of_version(record.version),
            body: applicant_model(&record),
        })
    }

    async fn list_applicant_cv_texts(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        path_params: &models::ListApplicantCvTextsPathParams,
    ) -> Result<ListApplicantCvTextsResponse, ApiError> {
        let ctx = employer_ctx(claims)?;
        let texts =
            crate::usecases::matching::cv_texts(&self.services.db, &ctx, path_params.id).await?;
        Ok(ListApplicantCvTextsResponse::Status200_OK(
            models::CvTextList {
                items: texts.iter().map(super::matching::cv_text_model).collect(),
            },
        ))
    }

    async fn list_applicants(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        query_params: &models::ListApplicantsQueryParams,
    ) -> Result<ListApplicantsResponse, ApiError> {
        let ctx = employer_ctx(claims)?;
        let filter = uc::ListFilter {
            q: query_params.q.clone(),
            skill: query_params.skill.clone(),
            language: query_params.language.clone(),
            updated_after: query_params.updated_after,
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
        Ok(ListApplicantsResponse::Status200_OK(
            models::ApplicantList::new(
                page.items.iter().map(applicant_model).collect(),
                match page.next_cursor {
                    Some(c) => Nullable::Present(c),
                    None => Nullable::Null,
                },
            ),
        ))
    }

    async fn update_applicant(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        header_params: &models::UpdateApplicantHeaderParams,
        path_params: &models::UpdateApplicantPathParams,
        body: &models::ApplicantUpdate,
    ) -> Result<UpdateApplicantResponse, ApiError> {
        let ctx = employer_ctx(claims)?;
        let record = uc::update(
            &self.services.db,
            &ctx,
            path_params.id,
            &header_params.if_match,
            applicant_patch(body),
        )
        .await?;
        Ok(UpdateApplicantResponse::Status200_OK {
            e_tag: etag::of_version(record.version),
            body: applicant_model(&record),
        })
    }
}

pub(super) fn consent_record(c: &Consent) -> models::ConsentRecord {
    models::ConsentRecord {
        granted: true,
        granted_at: c.granted_at,
        policy_version: c.policy_version.clone(),
    }
}

/// Consent as the server records it: granted now, under the policy version the client names.
pub(super) fn consent(c: &models::Consent) -> Consent {
    Consent {
        granted_at: chrono::Utc::now(),
        policy_version: c.policy_version.clone(),
    }
}

fn applicant_fields(body: &models::ApplicantCreate) -> ApplicantFields {
    ApplicantFields {
        name: body.name.clone(),
        email: body.email.clone(),
        phone: body.phone.clone(),
        skills: body.skills.clone().unwrap_or_default(),
        languages: body.languages.clone().unwrap_or_default(),
        cv_upload_id: body.cv_upload_id,
        cv_url: body.cv_url.clone(),
        links: body.links.clone().unwrap_or_default(),
        consent: body.consent.as_ref().map(consent),
    }
}

fn applicant_patch(body: &models::ApplicantUpdate) -> ApplicantPatch {
    ApplicantPatch {
        name: body.name.clone(),
        email: body.email.clone(),
        phone: patch(body.phone.clone()),
        skills: body.skills.clone(),
        languages: body.languages.clone(),
        cv_upload_id: patch(body.cv_upload_id),
        cv_url: patch(body.cv_url.clone()),
        links: body.links.clone(),
        consent: body.consent.as_ref().map(consent),
    }
}

pub(super) fn applicant_model(record: &ApplicantRecord) -> models::Applicant {
    let f = &record.fields;
    models::Applicant {
        etag: etag::of_version(record.version),
        id: record.id,
        name: f.name.clone(),
        email: f.email.clone(),
        phone: nullable(f.phone.clone()),
        skills: f.skills.clone(),
        languages: f.languages.clone(),
        cv_upload_id: nullable(f.cv_upload_id),
        cv_url: nullable(f.cv_url.clone()),
        links: f.links.clone(),
        consent: nullable(f.consent.as_ref().map(consent_record)),
        created_at: record.created_at,
        updated_at: record.updated_at,
    }
}
