//! Members tag: thin handlers over `usecases::members`.

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use http::Method;
use jobs_api::apis::members::{
    GetMemberResponse, ListMembersResponse, Members, UpdateMemberResponse,
};
use jobs_api::models;
use jobs_api::types::Nullable;

use super::convert::{employer_ctx, next_cursor, nullable, wire_enum};
use super::{Api, ApiError};
use crate::db::{MemberChange, MemberFilter, MemberRecord, MemberSummary};
use crate::domain::etag;
use crate::domain::member::MemberStatus;
use crate::http::middleware::identity::Caller;
use crate::usecases::members as uc;

#[async_trait]
impl Members<ApiError> for Api {
    type Claims = Caller;

    async fn list_members(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        query_params: &models::ListMembersQueryParams,
    ) -> Result<ListMembersResponse, ApiError> {
        let ctx = employer_ctx(claims)?;
        let filter = MemberFilter {
            role: query_params.role.map(|r| r.to_string()),
            status: query_params
                .status
                .and_then(|s| MemberStatus::parse(&s.to_string())),
            text: query_params.q.clone(),
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
        let items = page
            .items
            .iter()
            .map(member_model)
            .collect::<Result<Vec<_>, _>>()?;
        Ok(ListMembersResponse::Status200_OK(models::MemberList::new(
            items,
            next_cursor(page.next_cursor),
        )))
    }

    async fn get_member(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        path_params: &models::GetMemberPathParams,
    ) -> Result<GetMemberResponse, ApiError> {
        let ctx = employer_ctx(claims)?;
        let member = uc::get(&self.services.db, &ctx, path_params.id).await?;
        Ok(GetMemberResponse::Status200_OK {
            e_tag: etag::of_version(member.version),
            body: member_model(&member)?,
        })
    }

    async fn update_member(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        header_params: &models::UpdateMemberHeaderParams,
        path_params: &models::UpdateMemberPathParams,
        body: &models::MemberUpdate,
    ) -> Result<UpdateMemberResponse, ApiError> {
        let ctx = employer_ctx(claims)?;
        // (A blank display name never gets here: the contract's pattern refuses it first.)
        let change = MemberChange {
            display_name: body.display_name.as_deref().map(|n| n.trim().to_string()),
            email: body.email.as_deref().map(|e| e.trim().to_string()),
            status: body
                .status
                .and_then(|s| MemberStatus::parse(&s.to_string())),
        };
        let member = uc::update(
            &self.services.db,
            &ctx,
            path_params.id,
            &header_params.if_match,
            change,
        )
        .await?;
        // This replica refuses (or admits) at once; the others hear it from the database.
        self.services
            .member_gate
            .mark(ctx.scope.employer_id(), &member.sub, member.status());
        Ok(UpdateMemberResponse::Status200_OK {
            e_tag: etag::of_version(member.version),
            body: member_model(&member)?,
        })
    }
}

fn member_model(m: &MemberRecord) -> Result<models::Member, ApiError> {
    Ok(models::Member {
        etag: etag::of_version(m.version),
        id: m.id,
        sub: m.sub.clone(),
        display_name: m
            .display_name
            .clone()
            .map_or(Nullable::Null, Nullable::Present),
        email: m.email.clone().map_or(Nullable::Null, Nullable::Present),
        roles: m
            .roles
            .iter()
            .map(|r| wire_enum(r))
            .collect::<Result<Vec<_>, _>>()?,
        status: wire_enum(&m.status)?,
        first_seen_at: m.first_seen_at,
        last_seen_at: m.last_seen_at,
        updated_at: m.updated_at,
        deactivated_at: nullable(m.deactivated_at),
    })
}

/// A member, briefly (comments, teams, the timeline).
pub(super) fn member_summary(m: &MemberSummary) -> Result<models::MemberSummary, ApiError> {
    Ok(models::MemberSummary {
        id: m.id,
        display_name: m
            .display_name
            .clone()
            .map_or(Nullable::Null, Nullable::Present),
        status: wire_enum(&m.status)?,
    })
}
