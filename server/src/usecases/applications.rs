//! Application use cases: a job's applications, one application, moving it through the
//! pipeline or adding a note, and an applicant's own list across employers.

use serde_json::json;
use uuid::Uuid;

use super::{Ctx, Failure, Page, page_limit};
use crate::db::{
    ApplicationPosition, ApplicationRecord, Database, MyApplicationPosition, MyApplicationRecord,
    NewEvent,
};
use crate::domain::FieldError;
use crate::domain::application::{self, ApplicationStatus, NotAllowed};
use crate::domain::cursor::CursorCodec;
use crate::domain::etag;

/// The contract's bound on the notes an application shows.
const MAX_NOTES: i64 = 1000;

impl From<NotAllowed> for Failure {
    fn from(e: NotAllowed) -> Self {
        Failure::NotAllowed {
            current: e.current.as_str(),
            action: e.action(),
        }
    }
}

/// A change requested by `PATCH /v1/applications/{id}`.
#[derive(Debug, Clone, Default)]
pub struct ApplicationChange {
    pub status: Option<ApplicationStatus>,
    pub note: Option<String>,
}

pub async fn list_for_job(
    db: &Database,
    cursors: &CursorCodec,
    ctx: &Ctx,
    job_id: Uuid,
    status: Option<ApplicationStatus>,
    cursor: Option<&str>,
    limit: Option<u32>,
) -> Result<Page<ApplicationRecord>, Failure> {
    let scope = format!(
        "applications|{}|job={job_id}|status={}",
        ctx.scope.employer_id(),
        status.map_or("", ApplicationStatus::as_str)
    );
    let after: Option<ApplicationPosition> = match cursor {
        Some(token) => Some(
            cursors
                .decode(&scope, token)
                .map_err(|_| Failure::BadCursor)?,
        ),
        None => None,
    };
    let limit = page_limit(limit);
    let mut tx = db.begin(&ctx.scope).await?;
    // Another employer's job, or none: 404 rather than an empty list.
    tx.job_get(job_id).await?;
    let items = tx
        .applications_list(job_id, status, after, limit + 1)
        .await?;
    tx.commit().await?;
    Ok(Page::from_overfetch(items, limit, |last| {
        cursors.encode(&scope, &(last.created_at, last.id))
    }))
}

pub async fn get(db: &Database, ctx: &Ctx, id: Uuid) -> Result<ApplicationRecord, Failure> {
    let mut tx = db.begin(&ctx.scope).await?;
    let record = tx.application_get(id).await?;
    tx.commit().await?;
    Ok(record)
}

/// Moves the application (the pipeline is `domain::application::transition`) and/or appends a
/// note authored by the caller, in one transaction with its events.
pub async fn update(
    db: &Database,
    ctx: &Ctx,
    id: Uuid,
    if_match: &str,
    change: ApplicationChange,
) -> Result<ApplicationRecord, Failure> {
    let note = match change.note.as_deref().map(str::trim) {
        Some("") => {
            return Err(Failure::Invalid(vec![FieldError {
                pointer: "/note",
                detail: "must not be blank",
            }]));
        }
        other => other.map(str::to_string),
    };
    let mut tx = db.begin(&ctx.scope).await?;
    let current = tx.application_for_update(id).await?;
    if !etag::if_match_admits(if_match, current.version) {
        return Err(Failure::PreconditionFailed);
    }
    let target = match change.status {
        Some(target) => Some(application::transition(current.status, target)?),
        None => None,
    };
    if note.is_some() && tx.application_note_count(id).await? >= MAX_NOTES {
        return Err(Failure::Invalid(vec![FieldError {
            pointer: "/note",
            detail: "cannot be added: the application has 1000 notes",
        }]));
    }
    tx.application_touch(id, target).await?;
    let base = json!({
        "application_id": id,
        "job_id": current.job_id,
        "applicant_id": current.applicant.id,
    });
    if let Some(to) = target {
        let mut payload = base.clone();
        payload["from"] = json!(current.status.as_str());
        payload["to"] = json!(to.as_str());
        tx.record_event(NewEvent {
            event_type: "application.status.changed",
            entity_type: "application",
            entity_id: id,
            actor: &ctx.sub,
            request_id: ctx.request_id.as_deref(),
            payload,
        })
        .await?;
    }
    if let Some(body) = &note {
        let note = tx.application_add_note(id, &ctx.sub, body).await?;
        let mut payload = base;
        payload["note_id"] = json!(note.id);
        tx.record_event(NewEvent {
            event_type: "application.note.added",
            entity_type: "application",
            entity_id: id,
            actor: &ctx.sub,
            request_id: ctx.request_id.as_deref(),
            payload,
        })
        .await?;
    }
    let record = tx.application_get(id).await?;
    tx.commit().await?;
    Ok(record)
}

/// The caller's own applications, across employers, matched on the verified token `sub`.
pub async fn list_mine(
    db: &Database,
    cursors: &CursorCodec,
    sub: &str,
    cursor: Option<&str>,
    limit: Option<u32>,
) -> Result<Page<MyApplicationRecord>, Failure> {
    let scope = format!("my-applications|{sub}");
    let after: Option<MyApplicationPosition> = match cursor {
        Some(token) => Some(
            cursors
                .decode(&scope, token)
                .map_err(|_| Failure::BadCursor)?,
        ),
        None => None,
    };
    let limit = page_limit(limit);
    let mut tx = db.begin_applicant(sub).await?;
    let items = tx.my_applications(after, limit + 1).await?;
    tx.commit().await?;
    Ok(Page::from_overfetch(items, limit, |last| {
        cursors.encode(&scope, &(last.created_at, last.id))
    }))
}
