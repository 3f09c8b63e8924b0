//! Public tag: applying to a published job (`applyToJob`). Search and the public job page
//! answer 501 problem+json until the issue that builds them lands.

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use http::Method;
use jobs_api::apis::public::{
    ApplyToJobResponse, GetPublicJobResponse, Public, SearchPublicJobsResponse,
};
use jobs_api::models;

use super::applicants::consent;
use super::convert::wire_enum;
use super::{Api, ApiError, idempotency};
use crate::auth::Caller;
use crate::domain::applicant::ApplicantFields;
use crate::usecases::Failure;
use crate::usecases::apply;
use crate::usecases::idempotency::Created;

#[async_trait]
impl Public<ApiError> for Api {
    type Claims = Caller;

    async fn apply_to_job(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        header_params: &models::ApplyToJobHeaderParams,
        path_params: &models::ApplyToJobPathParams,
        body: &models::ApplicationSubmission,
    ) -> Result<ApplyToJobResponse, ApiError> {
        // Keys of public applications belong to the job. The CAPTCHA token is a credential of
        // one attempt, not part of the payload: a retry may carry a fresh one.
        let payload = models::ApplicationSubmission {
            captcha_token: None,
            ..body.clone()
        };
        let key = idempotency::claim(
            format!("job:{}", path_params.id),
            &header_params.idempotency_key,
            "applyToJob",
            &payload,
        )?;
        // Anonymous, or an applicant token (the authorization table admits nothing else).
        let who = apply::Applier {
            sub: claims.principal.as_ref().map(|p| p.sub.clone()),
            request_id: claims.request_id.as_deref().map(str::to_string),
        };
        let receipt = apply::apply(
            &self.state.db,
            self.state.captcha.as_deref(),
            &who,
            path_params.id,
            submission(body),
            &key,
            |receipt| {
                let model = receipt_model(receipt).map_err(|e| Failure::Internal(e.to_string()))?;
                idempotency::stored(http::StatusCode::CREATED, &[], &model)
            },
        )
        .await?;
        match receipt {
            Created::New(receipt) => Ok(ApplyToJobResponse::Status201_Created(receipt_model(
                &receipt,
            )?)),
            Created::Replayed(stored) => Err(ApiError::Replay(stored)),
        }
    }

    async fn get_public_job(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        _path_params: &models::GetPublicJobPathParams,
    ) -> Result<GetPublicJobResponse, ApiError> {
        Err(ApiError::NotImplemented)
    }

    async fn search_public_jobs(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        _query_params: &models::SearchPublicJobsQueryParams,
    ) -> Result<SearchPublicJobsResponse, ApiError> {
        Err(ApiError::NotImplemented)
    }
}

/// The submission in domain terms. The honeypot (`website`) never gets here non-empty: the
/// contract bounds it to zero characters, so a filled one is refused with 422 before.
fn submission(body: &models::ApplicationSubmission) -> apply::Submission {
    apply::Submission {
        applicant: ApplicantFields {
            name: body.name.clone(),
            email: body.email.clone(),
            phone: body.phone.clone(),
            skills: body.skills.clone().unwrap_or_default(),
            languages: body.languages.clone().unwrap_or_default(),
            cv_upload_id: body.cv_upload_id,
            cv_url: body.cv_url.clone(),
            links: body.links.clone().unwrap_or_default(),
            consent: Some(consent(&body.consent)),
        },
        cover_letter: body.cover_letter.clone(),
        captcha_token: body.captcha_token.clone(),
    }
}

fn receipt_model(receipt: &apply::Receipt) -> Result<models::ApplicationReceipt, ApiError> {
    Ok(models::ApplicationReceipt {
        id: receipt.id,
        job_id: receipt.job_id,
        status: wire_enum(receipt.status.as_str())?,
        created_at: receipt.created_at,
    })
}
