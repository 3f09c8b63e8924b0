//! A job's translations (Jobs tag): thin handlers over `usecases::translations`.

use jobs_api::apis::jobs::{
    DeleteJobTranslationResponse, GetJobTranslationResponse, ListJobTranslationsResponse,
    PutJobTranslationResponse,
};
use jobs_api::models;
use jobs_api::types::Nullable;

use super::convert::employer_ctx;
use super::{Api, ApiError};
use crate::domain::etag;
use crate::domain::job::DescriptionFormat;
use crate::domain::translation::{Translation, TranslationText};
use crate::http::middleware::identity::Caller;
use crate::usecases::translations as uc;

pub(super) async fn list(
    api: &Api,
    claims: &Caller,
    path: &models::ListJobTranslationsPathParams,
) -> Result<ListJobTranslationsResponse, ApiError> {
    let ctx = employer_ctx(claims)?;
    let job = uc::list(&api.services.db, &ctx, path.id).await?;
    Ok(ListJobTranslationsResponse::Status200_OK(
        models::JobTranslationList::new(
            job.fields.locale,
            job.fields.translations.into_iter().map(model).collect(),
        ),
    ))
}

pub(super) async fn get(
    api: &Api,
    claims: &Caller,
    path: &models::GetJobTranslationPathParams,
) -> Result<GetJobTranslationResponse, ApiError> {
    let ctx = employer_ctx(claims)?;
    let t = uc::get(&api.services.db, &ctx, path.id, &path.locale).await?;
    Ok(GetJobTranslationResponse::Status200_OK {
        e_tag: etag::of_version(t.version),
        body: model(t),
    })
}

pub(super) async fn put(
    api: &Api,
    claims: &Caller,
    headers: &models::PutJobTranslationHeaderParams,
    path: &models::PutJobTranslationPathParams,
    body: &models::JobTranslationWrite,
) -> Result<PutJobTranslationResponse, ApiError> {
    let ctx = employer_ctx(claims)?;
    let text = TranslationText {
        title: body.title.clone(),
        description: body.description.clone().unwrap_or_default(),
        description_format: body
            .description_format
            .map_or(DescriptionFormat::Plain, Into::into),
    };
    let written = uc::put(
        &api.services.db,
        &ctx,
        path.id,
        &path.locale,
        text,
        headers.if_match.as_deref(),
    )
    .await?;
    let t = written.translation;
    let e_tag = etag::of_version(t.version);
    Ok(if written.created {
        PutJobTranslationResponse::Status201_Added {
            location: format!("/v1/jobs/{}/translations/{}", path.id, t.locale),
            e_tag,
            body: model(t),
        }
    } else {
        PutJobTranslationResponse::Status200_Replaced {
            e_tag,
            body: model(t),
        }
    })
}

pub(super) async fn delete(
    api: &Api,
    claims: &Caller,
    headers: &models::DeleteJobTranslationHeaderParams,
    path: &models::DeleteJobTranslationPathParams,
) -> Result<DeleteJobTranslationResponse, ApiError> {
    let ctx = employer_ctx(claims)?;
    uc::delete(
        &api.services.db,
        &ctx,
        path.id,
        &path.locale,
        headers.if_match.as_deref(),
    )
    .await?;
    Ok(DeleteJobTranslationResponse::Status204_Deleted)
}

fn model(t: Translation) -> models::JobTranslation {
    models::JobTranslation {
        direction: t.direction().as_str().to_string(),
        etag: etag::of_version(t.version),
        locale: t.locale,
        title: t.text.title,
        description: t.text.description,
        description_format: t.text.description_format.into(),
        detected_locale: match t.detected_locale {
            Some(d) => Nullable::Present(d),
            None => Nullable::Null,
        },
        updated_at: t.updated_at,
    }
}
