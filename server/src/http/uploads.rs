//! Uploads tag: thin handlers over `usecases::uploads`. The public presign lives in
//! `public.rs` and shares the mapping here.

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use http::Method;
use jobs_api::apis::uploads::{
    CompleteUploadResponse, GetUploadResponse, PresignUploadResponse, Uploads,
};
use jobs_api::models;

use super::convert::{employer_ctx, nullable};
use super::{Api, ApiError, idempotency};
use crate::db::UploadRecord;
use crate::http::middleware::identity::Caller;
use crate::usecases::uploads::{self as uc, PresignInput, Presigned, Uploader};

#[async_trait]
impl Uploads<ApiError> for Api {
    type Claims = Caller;

    async fn complete_upload(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        path_params: &models::CompleteUploadPathParams,
    ) -> Result<CompleteUploadResponse, ApiError> {
        let who = uploader(claims)?;
        let record = uc::complete(
            &self.services.db,
            &self.services.uploads,
            &who,
            path_params.id,
        )
        .await?;
        Ok(CompleteUploadResponse::Status200_OK(upload_model(
            &record, None,
        )))
    }

    async fn get_upload(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        path_params: &models::GetUploadPathParams,
    ) -> Result<GetUploadResponse, ApiError> {
        let who = uploader(claims)?;
        let (record, url) = uc::get(
            &self.services.db,
            &self.services.uploads,
            &who,
            path_params.id,
        )
        .await?;
        Ok(GetUploadResponse::Status200_OK(upload_model(&record, url)))
    }

    async fn presign_upload(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        header_params: &models::PresignUploadHeaderParams,
        body: &models::UploadPresignRequest,
    ) -> Result<PresignUploadResponse, ApiError> {
        let who = uploader(claims)?;
        let scope = match who.sub_for_keys() {
            Some(sub) => format!("sub:{sub}"),
            None => {
                return Err(ApiError::problem(super::problem::from_status(
                    http::StatusCode::UNAUTHORIZED,
                )));
            }
        };
        let key = idempotency::claim(scope, &header_params.idempotency_key, "presignUpload", body)?;
        let input = PresignInput {
            purpose: body.purpose.to_string(),
            filename: body.filename.clone(),
            content_type: body.content_type.to_string(),
            size_bytes: i64::try_from(body.size_bytes).unwrap_or(i64::MAX),
            job_id: body.job_id,
        };
        let presigned = presign(self, &who, input, &key).await?;
        Ok(PresignUploadResponse::Status201_Created {
            location: format!("/v1/uploads/{}", presigned.record.id),
            body: presign_model(&presigned),
        })
    }
}

/// Presigns, storing the first response for retries with the same key.
pub(super) async fn presign(
    api: &Api,
    who: &Uploader,
    input: PresignInput,
    key: &crate::usecases::idempotency::Idempotency,
) -> Result<Presigned, ApiError> {
    let created = uc::presign(
        &api.services.db,
        &api.services.uploads,
        who,
        input,
        key,
        |presigned| {
            idempotency::stored(
                http::StatusCode::CREATED,
                &[("location", &format!("/v1/uploads/{}", presigned.record.id))],
                &presign_model(presigned),
            )
        },
    )
    .await?;
    idempotency::fresh(created)
}

/// Employer users act for their employer; any other token is an applicant's; no token is
/// anonymous (the authorization table decided who may call what).
fn uploader(claims: &Caller) -> Result<Uploader, ApiError> {
    if claims.tenant().is_some() {
        return Ok(Uploader::Employer(employer_ctx(claims)?));
    }
    Ok(applicant_or_anonymous(claims))
}

/// The public path's caller: an applicant token, or nobody.
pub(super) fn applicant_or_anonymous(claims: &Caller) -> Uploader {
    let request_id = claims.request_id.as_deref().map(str::to_string);
    match &claims.principal {
        Some(p) => Uploader::Applicant {
            sub: p.sub.clone(),
            request_id,
        },
        None => Uploader::Anonymous { request_id },
    }
}

pub(super) fn presign_model(presigned: &Presigned) -> models::UploadPresign {
    models::UploadPresign::new(
        upload_model(&presigned.record, None),
        presigned.form.url.clone(),
        models::UploadMethod::Post,
        presigned
            .form
            .fields
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect(),
        presigned.record.expires_at,
    )
}

fn upload_model(record: &UploadRecord, download_url: Option<String>) -> models::Upload {
    let mut m = models::Upload::new(
        record.id,
        record.purpose.parse().unwrap_or(models::UploadPurpose::Cv),
        record.filename.clone(),
        record
            .content_type
            .parse()
            .unwrap_or(models::UploadContentType::TextSlashPlain),
        u64::try_from(record.size_bytes).unwrap_or(1),
        record
            .status
            .parse()
            .unwrap_or(models::UploadStatus::Pending),
        record.created_at,
        record.expires_at,
    );
    m.verified_at = nullable(record.verified_at);
    m.rejection_reason = nullable(record.rejection_reason.clone());
    m.sha256 = nullable(record.sha256.clone());
    m.download_url = nullable(download_url);
    m
}
