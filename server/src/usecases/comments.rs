//! Comments on applications: written by members, mentioning members, edited by their author
//! (the replaced text kept in the comment's history), deleted by their author or an admin.
//! Each change is an event, so the timeline and the audit trail show it.

use std::collections::HashMap;

use chrono::Utc;
use serde_json::json;
use uuid::Uuid;

use super::idempotency::{Created, Idempotency, StoredResponse};
use super::{Ctx, Failure, Page, page_limit};
use crate::db::{
    ApplicationRecord, CommentPosition, CommentRecord, CommentText, Database, MemberSummary,
    Revision, TenantTx,
};
use crate::domain::FieldError;
use crate::domain::comment::{self, CommentFormat, MAX_HISTORY};
use crate::domain::cursor::CursorCodec;
use crate::domain::etag;
use crate::domain::member::{MemberStatus, mention_pointer};

/// A comment with the members it names.
#[derive(Debug, Clone)]
pub struct CommentView {
    pub record: CommentRecord,
    pub author: MemberSummary,
    pub mentions: Vec<MemberSummary>,
}

/// What a new comment says.
#[derive(Debug, Clone)]
pub struct NewComment {
    pub body: String,
    pub format: CommentFormat,
    pub mentions: Vec<Uuid>,
}

/// An author's edit: the members it sets.
#[derive(Debug, Clone, Default)]
pub struct CommentEdit {
    pub body: Option<String>,
    pub format: Option<CommentFormat>,
    pub mentions: Option<Vec<Uuid>>,
}

pub async fn list(
    db: &Database,
    cursors: &CursorCodec,
    ctx: &Ctx,
    application_id: Uuid,
    cursor: Option<&str>,
    limit: Option<u32>,
) -> Result<Page<CommentView>, Failure> {
    let scope = format!("comments|{}|{application_id}", ctx.scope.employer_id());
    let after: Option<CommentPosition> = super::decode_cursor(cursors, &scope, cursor)?;
    let limit = page_limit(limit);
    let mut tx = db.begin(&ctx.scope).await?;
    let application = tx.application_get(application_id).await?;
    let records = tx.comments_list(application.id, after, limit + 1).await?;
    let views = views(&mut tx, records).await?;
    tx.commit().await?;
    Ok(Page::from_overfetch(views, limit, |last| {
        cursors.encode(&scope, &(last.record.created_at, last.record.id))
    }))
}

pub async fn get(
    db: &Database,
    ctx: &Ctx,
    application_id: Uuid,
    comment_id: Uuid,
) -> Result<CommentView, Failure> {
    let mut tx = db.begin(&ctx.scope).await?;
    let record = tx.comment_get(application_id, comment_id).await?;
    let view = views(&mut tx, vec![record])
        .await?
        .pop()
        .ok_or(Failure::NotFound)?;
    tx.commit().await?;
    Ok(view)
}

pub async fn create(
    db: &Database,
    ctx: &Ctx,
    application_id: Uuid,
    new: NewComment,
    idempotency: &Idempotency,
    render: impl FnOnce(&CommentView) -> Result<StoredResponse, Failure>,
) -> Result<Created<CommentView>, Failure> {
    let author = ctx.member_id.ok_or(Failure::Unavailable)?;
    blank_check(&new.body)?;
    super::idempotency::create(
        db,
        &ctx.scope,
        idempotency,
        async |tx: &mut TenantTx| {
            let application = tx.application_for_update(application_id).await?;
            still_kept(&application)?;
            active_members(tx, &new.mentions, &[]).await?;
            let html = rendered(&new.body, new.format)?;
            let id = Uuid::now_v7();
            let record = tx
                .comment_insert(
                    id,
                    application.id,
                    author,
                    &CommentText {
                        body: &new.body,
                        body_format: new.format.as_str(),
                        body_html: &html,
                        mentions: &new.mentions,
                    },
                )
                .await?;
            event(
                tx,
                ctx,
                "application.comment.created",
                &application,
                &record,
                None,
            )
            .await?;
            let view = views(tx, vec![record])
                .await?
                .pop()
                .ok_or(Failure::NotFound)?;
            Ok((id, view))
        },
        render,
    )
    .await
}

pub async fn update(
    db: &Database,
    ctx: &Ctx,
    application_id: Uuid,
    comment_id: Uuid,
    if_match: &str,
    edit: CommentEdit,
) -> Result<CommentView, Failure> {
    if let Some(body) = &edit.body {
        blank_check(body)?;
    }
    let mut tx = db.begin(&ctx.scope).await?;
    let application = tx.application_get(application_id).await?;
    let current = tx.comment_for_update(application.id, comment_id).await?;
    if Some(current.author_id) != ctx.member_id {
        return Err(Failure::NotPermitted(
            "Only a comment's author may edit it: write a new comment instead.",
        ));
    }
    if !etag::if_match_admits(if_match, current.version) {
        return Err(Failure::PreconditionFailed);
    }
    let current_format = CommentFormat::parse(&current.body_format).unwrap_or(CommentFormat::Plain);
    let body = edit.body.unwrap_or_else(|| current.body.clone());
    let format = edit.format.unwrap_or(current_format);
    let mentions = edit.mentions.unwrap_or_else(|| current.mentions.clone());
    let mut changed = Vec::new();
    if body != current.body || format != current_format {
        changed.push("body");
    }
    if mentions != current.mentions {
        changed.push("mentions");
    }
    if changed.is_empty() {
        let view = views(&mut tx, vec![current])
            .await?
            .pop()
            .ok_or(Failure::NotFound)?;
        tx.commit().await?;
        return Ok(view);
    }
    active_members(&mut tx, &mentions, &current.mentions).await?;
    let mut history = current.revisions();
    if changed.contains(&"body") {
        if history.len() >= MAX_HISTORY {
            return Err(Failure::invalid(
                "/body",
                "cannot be changed: the comment was edited 100 times; write a new comment",
            ));
        }
        history.insert(
            0,
            Revision {
                body: current.body.clone(),
                body_format: current.body_format.clone(),
                replaced_at: Utc::now(),
            },
        );
    }
    let html = rendered(&body, format)?;
    let history = serde_json::to_value(&history)
        .map_err(|e| Failure::Internal(format!("comment history: {e}")))?;
    let record = tx
        .comment_update(
            comment_id,
            &CommentText {
                body: &body,
                body_format: format.as_str(),
                body_html: &html,
                mentions: &mentions,
            },
            history,
        )
        .await?;
    event(
        &mut tx,
        ctx,
        "application.comment.updated",
        &application,
        &record,
        Some(&changed),
    )
    .await?;
    let view = views(&mut tx, vec![record])
        .await?
        .pop()
        .ok_or(Failure::NotFound)?;
    tx.commit().await?;
    Ok(view)
}

pub async fn delete(
    db: &Database,
    ctx: &Ctx,
    application_id: Uuid,
    comment_id: Uuid,
) -> Result<(), Failure> {
    let mut tx = db.begin(&ctx.scope).await?;
    let application = tx.application_get(application_id).await?;
    let current = tx.comment_for_update(application.id, comment_id).await?;
    if Some(current.author_id) != ctx.member_id && !ctx.admin {
        return Err(Failure::NotPermitted(
            "Only a comment's author or an admin of the employer may delete it.",
        ));
    }
    tx.comment_delete(comment_id).await?;
    event(
        &mut tx,
        ctx,
        "application.comment.deleted",
        &application,
        &current,
        None,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

fn blank_check(body: &str) -> Result<(), Failure> {
    if body.trim().is_empty() {
        return Err(Failure::invalid("/body", "must not be blank"));
    }
    Ok(())
}

/// The HTML of a body, within the contract's bound on `body_html` (a small Markdown table
/// can render to many cells).
fn rendered(body: &str, format: CommentFormat) -> Result<String, Failure> {
    let html = comment::render(body, format);
    if html.len() > comment::MAX_HTML_BYTES {
        return Err(Failure::invalid(
            "/body",
            "renders to more than 100,000 characters of HTML (a very large table?): shorten it",
        ));
    }
    Ok(html)
}

/// Nothing more is written about a person who was erased, or whose application was
/// anonymized.
fn still_kept(application: &ApplicationRecord) -> Result<(), Failure> {
    if application.anonymized_at.is_some() || application.applicant.email.is_none() {
        return Err(Failure::Conflict(
            "The application was anonymized or the person erased: nothing more is kept about them.",
        ));
    }
    Ok(())
}

/// Every id names an active member of this employer (share-locked until the transaction
/// ends, so none is deactivated meanwhile); else 422 naming each one that does not. Ids in
/// `kept` were checked when they were first named and stand (an edit does not fail for a
/// mention of someone deactivated since).
async fn active_members(tx: &mut TenantTx, ids: &[Uuid], kept: &[Uuid]) -> Result<(), Failure> {
    let new: Vec<Uuid> = ids
        .iter()
        .copied()
        .filter(|id| !kept.contains(id))
        .collect();
    let found = tx.members_summaries(&new, true).await?;
    let errors: Vec<FieldError> = ids
        .iter()
        .enumerate()
        .filter_map(|(i, id)| {
            let detail = if ids[..i].contains(id) {
                "appears twice: mention each member once"
            } else if kept.contains(id) {
                return None;
            } else if found
                .get(id)
                .is_none_or(|m| m.status != MemberStatus::Active.as_str())
            {
                "is not an active member of this employer: mention members listed by GET /v1/members?status=active"
            } else {
                return None;
            };
            Some(FieldError {
                pointer: mention_pointer(i),
                detail,
            })
        })
        .collect();
    if errors.is_empty() {
        Ok(())
    } else {
        Err(Failure::Invalid(errors))
    }
}

async fn event(
    tx: &mut TenantTx,
    ctx: &Ctx,
    event_type: &str,
    application: &ApplicationRecord,
    comment: &CommentRecord,
    changed: Option<&[&str]>,
) -> Result<(), Failure> {
    let mut payload = json!({
        "application_id": application.id,
        "job_id": application.job_id,
        "applicant_id": application.applicant.id,
        "comment_id": comment.id,
        "author_id": comment.author_id,
        "mentions": comment.mentions,
        "version": comment.version,
    });
    if let Some(changed) = changed {
        payload["changed_fields"] = json!(changed);
    }
    tx.record_event(ctx.event(event_type, "application", application.id, payload))
        .await?;
    Ok(())
}

/// The records with their author and mentions (members are never deleted, so each is found).
async fn views(
    tx: &mut TenantTx,
    records: Vec<CommentRecord>,
) -> Result<Vec<CommentView>, Failure> {
    let mut ids: Vec<Uuid> = records.iter().map(|r| r.author_id).collect();
    ids.extend(records.iter().flat_map(|r| r.mentions.iter().copied()));
    ids.sort_unstable();
    ids.dedup();
    let members: HashMap<Uuid, MemberSummary> = tx.members_summaries(&ids, false).await?;
    let summary = |id: &Uuid| {
        members.get(id).cloned().unwrap_or(MemberSummary {
            id: *id,
            display_name: None,
            status: MemberStatus::Deactivated.as_str().to_string(),
            roles: Vec::new(),
        })
    };
    Ok(records
        .into_iter()
        .map(|record| CommentView {
            author: summary(&record.author_id),
            mentions: record.mentions.iter().map(summary).collect(),
            record,
        })
        .collect())
}
