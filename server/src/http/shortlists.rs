//! Shortlists tag: thin handlers over `usecases::shortlists`.

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use http::Method;
use jobs_api::apis::shortlists::{
    DeleteShortlistEntryResponse, GetShortlistResponse, ReplaceShortlistResponse, Shortlists,
    UpsertShortlistEntryResponse,
};
use jobs_api::models;

use super::applications::applicant_summary;
use super::convert::{employer_ctx, nullable};
use super::{Api, ApiError};
use crate::db::EntryRecord;
use crate::domain::etag;
use crate::domain::shortlist::EntryInput;
use crate::http::middleware::identity::Caller;
use crate::usecases::shortlists as uc;

#[async_trait]
impl Shortlists<ApiError> for Api {
    type Claims = Caller;

    async fn delete_shortlist_entry(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        path_params: &models::DeleteShortlistEntryPathParams,
    ) -> Result<DeleteShortlistEntryResponse, ApiError> {
        let ctx = employer_ctx(claims)?;
        uc::delete_entry(
            &self.services.db,
            &ctx,
            path_params.id,
            path_params.applicant_id,
        )
        .await?;
        Ok(DeleteShortlistEntryResponse::Status204_Removed)
    }

    async fn get_shortlist(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        path_params: &models::GetShortlistPathParams,
    ) -> Result<GetShortlistResponse, ApiError> {
        let ctx = employer_ctx(claims)?;
        let list = uc::get(&self.services.db, &ctx, path_params.id).await?;
        Ok(GetShortlistResponse::Status200_OK {
            e_tag: etag::of_version(list.head.version),
            body: shortlist_model(&list),
        })
    }

    async fn replace_shortlist(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        header_params: &models::ReplaceShortlistHeaderParams,
        path_params: &models::ReplaceShortlistPathParams,
        body: &models::ShortlistReplace,
    ) -> Result<ReplaceShortlistResponse, ApiError> {
        let ctx = employer_ctx(claims)?;
        let list = uc::replace(
            &self.services.db,
            &ctx,
            path_params.id,
            &header_params.if_match,
            body.entries.iter().map(entry_input).collect(),
        )
        .await?;
        Ok(ReplaceShortlistResponse::Status200_OK {
            e_tag: etag::of_version(list.head.version),
            body: shortlist_model(&list),
        })
    }

    async fn upsert_shortlist_entry(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        path_params: &models::UpsertShortlistEntryPathParams,
        body: &models::ShortlistEntryInput,
    ) -> Result<UpsertShortlistEntryResponse, ApiError> {
        let ctx = employer_ctx(claims)?;
        let (entry, created) =
            uc::upsert_entry(&self.services.db, &ctx, path_params.id, entry_input(body)).await?;
        Ok(if created {
            UpsertShortlistEntryResponse::Status201_Created(entry_model(&entry))
        } else {
            UpsertShortlistEntryResponse::Status200_Updated(entry_model(&entry))
        })
    }
}

fn entry_input(e: &models::ShortlistEntryInput) -> EntryInput {
    // The contract bounds rank to 1–1000 and score to 0–100.
    EntryInput {
        applicant_id: e.applicant_id,
        rank: e.rank.map(|r| r.min(1000) as i32),
        score: e.score.map(|s| s.min(100) as i32),
        notes: e.notes.clone(),
    }
}

fn entry_model(e: &EntryRecord) -> models::ShortlistEntry {
    models::ShortlistEntry {
        applicant_id: e.applicant.id,
        applicant: applicant_summary(&e.applicant),
        rank: nullable(e.rank.map(|r| r.max(1) as u32)),
        score: nullable(e.score.map(|s| s.max(0) as u32)),
        notes: nullable(e.notes.clone()),
        added_by: e.added_by.clone(),
        created_at: e.created_at,
        updated_at: e.updated_at,
    }
}

fn shortlist_model(list: &uc::Shortlist) -> models::Shortlist {
    models::Shortlist {
        etag: etag::of_version(list.head.version),
        job_id: list.job_id,
        entries: list.entries.iter().map(entry_model).collect(),
        updated_at: nullable(list.head.updated_at),
    }
}
