//! Collaboration tag: comments, an application's timeline, hiring teams and rejection reasons;
//! thin handlers over their use cases.

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use http::Method;
use jobs_api::apis::collaboration::{
    Collaboration, CreateApplicationCommentResponse, DeleteApplicationCommentResponse,
    GetApplicationCommentResponse, GetJobTeamResponse, GetRejectionReasonsResponse,
    ListApplicationActivityResponse, ListApplicationCommentsResponse, ReplaceJobTeamResponse,
    ReplaceRejectionReasonsResponse, UpdateApplicationCommentResponse,
};
use jobs_api::models;
use jobs_api::types::Nullable;

use super::convert::{employer_ctx, next_cursor, nullable, wire_enum};
use super::members::member_summary;
use super::{Api, ApiError, idempotency};
use crate::db::ReasonList;
use crate::domain::comment::CommentFormat;
use crate::domain::etag;
use crate::domain::member::TeamRole;
use crate::domain::rejection::ReasonInput;
use crate::http::middleware::identity::Caller;
use crate::usecases::activity::{self, Activity};
use crate::usecases::comments::{self, CommentEdit, CommentView, NewComment};
use crate::usecases::teams::{self, Team};
use crate::usecases::{Failure, rejection_reasons};

#[async_trait]
impl Collaboration<ApiError> for Api {
    type Claims = Caller;

    async fn list_application_comments(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        path_params: &models::ListApplicationCommentsPathParams,
        query_params: &models::ListApplicationCommentsQueryParams,
    ) -> Result<ListApplicationCommentsResponse, ApiError> {
        let ctx = employer_ctx(claims)?;
        let page = comments::list(
            &self.services.db,
            &self.services.cursors,
            &ctx,
            path_params.id,
            query_params.cursor.as_deref(),
            query_params.limit,
        )
        .await?;
        let items = page
            .items
            .iter()
            .map(comment_model)
            .collect::<Result<Vec<_>, _>>()?;
        Ok(ListApplicationCommentsResponse::Status200_OK(
            models::CommentList::new(items, next_cursor(page.next_cursor)),
        ))
    }

    async fn create_application_comment(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        header_params: &models::CreateApplicationCommentHeaderParams,
        path_params: &models::CreateApplicationCommentPathParams,
        body: &models::CommentCreate,
    ) -> Result<CreateApplicationCommentResponse, ApiError> {
        let ctx = employer_ctx(claims)?;
        let key = idempotency::claim(
            format!("sub:{}", ctx.sub),
            &header_params.idempotency_key,
            "createApplicationComment",
            &(path_params.id, body),
        )?;
        let new = NewComment {
            body: body.body.clone(),
            format: format_of(body.body_format),
            mentions: body.mentions.clone().unwrap_or_default(),
        };
        let location = |v: &CommentView| {
            format!(
                "/v1/applications/{}/comments/{}",
                v.record.application_id, v.record.id
            )
        };
        let created =
            comments::create(&self.services.db, &ctx, path_params.id, new, &key, |view| {
                let model = comment_model(view).map_err(|e| Failure::Internal(e.to_string()))?;
                idempotency::stored(
                    http::StatusCode::CREATED,
                    &[
                        ("location", &location(view)),
                        ("etag", &etag::of_version(view.record.version)),
                    ],
                    &model,
                )
            })
            .await?;
        let view = idempotency::fresh(created)?;
        Ok(CreateApplicationCommentResponse::Status201_Created {
            location: location(&view),
            e_tag: etag::of_version(view.record.version),
            body: comment_model(&view)?,
        })
    }

    async fn get_application_comment(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        path_params: &models::GetApplicationCommentPathParams,
    ) -> Result<GetApplicationCommentResponse, ApiError> {
        let ctx = employer_ctx(claims)?;
        let view = comments::get(
            &self.services.db,
            &ctx,
            path_params.id,
            path_params.comment_id,
        )
        .await?;
        Ok(GetApplicationCommentResponse::Status200_OK {
            e_tag: etag::of_version(view.record.version),
            body: comment_model(&view)?,
        })
    }

    async fn update_application_comment(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        header_params: &models::UpdateApplicationCommentHeaderParams,
        path_params: &models::UpdateApplicationCommentPathParams,
        body: &models::CommentUpdate,
    ) -> Result<UpdateApplicationCommentResponse, ApiError> {
        let ctx = employer_ctx(claims)?;
        let edit = CommentEdit {
            body: body.body.clone(),
            format: body.body_format.map(|f| format_of(Some(f))),
            mentions: body.mentions.clone(),
        };
        let view = comments::update(
            &self.services.db,
            &ctx,
            path_params.id,
            path_params.comment_id,
            &header_params.if_match,
            edit,
        )
        .await?;
        Ok(UpdateApplicationCommentResponse::Status200_OK {
            e_tag: etag::of_version(view.record.version),
            body: comment_model(&view)?,
        })
    }

    async fn delete_application_comment(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        path_params: &models::DeleteApplicationCommentPathParams,
    ) -> Result<DeleteApplicationCommentResponse, ApiError> {
        let ctx = employer_ctx(claims)?;
        comments::delete(
            &self.services.db,
            &ctx,
            path_params.id,
            path_params.comment_id,
        )
        .await?;
        Ok(DeleteApplicationCommentResponse::Status204_Deleted)
    }

    async fn list_application_activity(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        path_params: &models::ListApplicationActivityPathParams,
        query_params: &models::ListApplicationActivityQueryParams,
    ) -> Result<ListApplicationActivityResponse, ApiError> {
        let ctx = employer_ctx(claims)?;
        let page = activity::list(
            &self.services.db,
            &self.services.cursors,
            &ctx,
            path_params.id,
            query_params.cursor.as_deref(),
            query_params.limit,
        )
        .await?;
        let items = page
            .items
            .iter()
            .map(activity_model)
            .collect::<Result<Vec<_>, _>>()?;
        Ok(ListApplicationActivityResponse::Status200_OK(
            models::ActivityList::new(items, next_cursor(page.next_cursor)),
        ))
    }

    async fn get_job_team(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        path_params: &models::GetJobTeamPathParams,
    ) -> Result<GetJobTeamResponse, ApiError> {
        let ctx = employer_ctx(claims)?;
        let team = teams::get(&self.services.db, &ctx, path_params.id).await?;
        Ok(GetJobTeamResponse::Status200_OK {
            e_tag: etag::of_version(team.head.version),
            body: team_model(&team)?,
        })
    }

    async fn replace_job_team(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        header_params: &models::ReplaceJobTeamHeaderParams,
        path_params: &models::ReplaceJobTeamPathParams,
        body: &models::JobTeamReplace,
    ) -> Result<ReplaceJobTeamResponse, ApiError> {
        let ctx = employer_ctx(claims)?;
        let members = body
            .members
            .iter()
            .map(|m| {
                TeamRole::parse(&m.role.to_string())
                    .map(|role| (m.member_id, role))
                    .ok_or_else(|| {
                        Failure::invalid("/members", "names a role the API does not know")
                    })
            })
            .collect::<Result<Vec<_>, _>>()?;
        let team = teams::replace(
            &self.services.db,
            &ctx,
            path_params.id,
            &header_params.if_match,
            members,
        )
        .await?;
        Ok(ReplaceJobTeamResponse::Status200_OK {
            e_tag: etag::of_version(team.head.version),
            body: team_model(&team)?,
        })
    }

    async fn get_rejection_reasons(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
    ) -> Result<GetRejectionReasonsResponse, ApiError> {
        let ctx = employer_ctx(claims)?;
        let list = rejection_reasons::get(&self.services.db, &ctx).await?;
        Ok(GetRejectionReasonsResponse::Status200_OK {
            e_tag: etag::of_version(list.version),
            body: reasons_model(&list),
        })
    }

    async fn replace_rejection_reasons(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        header_params: &models::ReplaceRejectionReasonsHeaderParams,
        body: &models::RejectionReasonsReplace,
    ) -> Result<ReplaceRejectionReasonsResponse, ApiError> {
        let ctx = employer_ctx(claims)?;
        let inputs = body
            .reasons
            .iter()
            .map(|r| ReasonInput {
                id: r.id,
                label: r.label.clone(),
            })
            .collect();
        let list = rejection_reasons::replace(
            &self.services.db,
            &ctx,
            &header_params.if_match,
            inputs,
            body.required.unwrap_or(false),
        )
        .await?;
        Ok(ReplaceRejectionReasonsResponse::Status200_OK {
            e_tag: etag::of_version(list.version),
            body: reasons_model(&list),
        })
    }
}

fn format_of(format: Option<models::CommentFormat>) -> CommentFormat {
    format
        .and_then(|f| CommentFormat::parse(&f.to_string()))
        .unwrap_or(CommentFormat::Plain)
}

fn comment_model(view: &CommentView) -> Result<models::Comment, ApiError> {
    let r = &view.record;
    Ok(models::Comment {
        etag: etag::of_version(r.version),
        id: r.id,
        application_id: r.application_id,
        author: member_summary(&view.author)?,
        body: r.body.clone(),
        body_format: wire_enum(&r.body_format)?,
        body_html: r.body_html.clone(),
        mentions: view
            .mentions
            .iter()
            .map(member_summary)
            .collect::<Result<Vec<_>, _>>()?,
        history: r
            .revisions()
            .into_iter()
            .map(|h| {
                Ok(models::CommentRevision {
                    body: h.body,
                    body_format: wire_enum(&h.body_format)?,
                    replaced_at: h.replaced_at,
                })
            })
            .collect::<Result<Vec<_>, ApiError>>()?,
        created_at: r.created_at,
        updated_at: r.updated_at,
        edited_at: r.edited_at.map_or(Nullable::Null, Nullable::Present),
    })
}

/// The event as the feed carries it (its stored body), with who acted.
fn activity_model(a: &Activity) -> Result<models::Activity, ApiError> {
    let body: serde_json::Value = serde_json::from_str(&a.record.body)
        .map_err(|e| ApiError::Internal(anyhow::anyhow!("event {} body: {e}", a.record.id)))?;
    let member = a
        .member
        .as_ref()
        .map(member_summary)
        .transpose()?
        .map(|m| serde_json::to_value(m).unwrap_or(serde_json::Value::Null));
    let json = serde_json::json!({
        "id": a.record.id,
        "type": a.record.event_type,
        "occurred_at": a.record.occurred_at,
        "actor": a.record.actor,
        "actor_member": member,
        "data": body["data"],
    });
    serde_json::from_value(json)
        .map_err(|e| ApiError::Internal(anyhow::anyhow!("activity {}: {e}", a.record.id)))
}

fn team_model(team: &Team) -> Result<models::JobTeam, ApiError> {
    Ok(models::JobTeam {
        etag: etag::of_version(team.head.version),
        job_id: team.job_id,
        members: team
            .members
            .iter()
            .map(|m| {
                Ok(models::JobTeamMember {
                    member: member_summary(&m.member)?,
                    role: wire_enum(m.role.as_str())?,
                    added_at: m.added_at,
                })
            })
            .collect::<Result<Vec<_>, ApiError>>()?,
        updated_at: nullable(team.head.updated_at),
    })
}

fn reasons_model(list: &ReasonList) -> models::RejectionReasons {
    models::RejectionReasons {
        etag: etag::of_version(list.version),
        reasons: list
            .reasons
            .iter()
            .map(|r| models::RejectionReason {
                id: r.id,
                label: r.label.clone(),
            })
            .collect(),
        required: list.required,
        updated_at: nullable(list.updated_at),
    }
}
