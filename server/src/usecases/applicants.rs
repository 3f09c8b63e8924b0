//! Applicant use cases: create, read, list, edit and erase. Events carry ids and the names of
//! changed members, never personal data.

use serde_json::json;
use uuid::Uuid;

use super::idempotency::{Created, Idempotency, StoredResponse};
use super::{Ctx, Failure, Page, page_limit};
use crate::db::{
    ApplicantFilter, ApplicantPosition, ApplicantRecord, Database, DbError, EMAIL_TAKEN, NewEvent,
    TenantTx,
};
use crate::domain::applicant::{self, ApplicantFields, ApplicantPatch};
use crate::domain::cursor::CursorCodec;
use crate::domain::etag;

const EMAIL_TAKEN_DETAIL: &str = "Another applicant of this employer has this e-mail address.";

/// The list's filters as the client sent them.
#[derive(Debug, Clone, Default)]
pub struct ListFilter {
    pub q: Option<String>,
    pub skill: Option<String>,
    pub language: Option<String>,
    pub updated_after: Option<chrono::DateTime<chrono::Utc>>,
}

/// Creates an applicant, idempotently (see `usecases::idempotency`).
pub async fn create(
    db: &Database,
    ctx: &Ctx,
    fields: ApplicantFields,
    idempotency: &Idempotency,
    render: impl FnOnce(&ApplicantRecord) -> Result<StoredResponse, Failure>,
) -> Result<Created<ApplicantRecord>, Failure> {
    let fields = fields.normalized();
    let errors = applicant::validate(&fields);
    if !errors.is_empty() {
        return Err(Failure::Invalid(errors));
    }
    super::idempotency::create(
        db,
        &ctx.scope,
        idempotency,
        async |tx: &mut TenantTx| {
            tx.employer_ensure().await?;
            super::uploads::require_usable(tx, &[(fields.cv_upload_id, "cv", "/cv_upload_id")])
                .await?;
            let record = tx
                .applicant_insert(Uuid::now_v7(), &fields, &ctx.sub)
                .await
                .map_err(email_taken)?;
            record_ctx(tx, ctx, "applicant.created", record.id, &[]).await?;
            Ok((record.id, record))
        },
        render,
    )
    .await
}

pub async fn get(db: &Database, ctx: &Ctx, id: Uuid) -> Result<ApplicantRecord, Failure> {
    let mut tx = db.begin(&ctx.scope).await?;
    let record = tx.applicant_get(id).await?;
    tx.commit().await?;
    Ok(record)
}

pub async fn list(
    db: &Database,
    cursors: &CursorCodec,
    ctx: &Ctx,
    filter: ListFilter,
    cursor: Option<&str>,
    limit: Option<u32>,
) -> Result<Page<ApplicantRecord>, Failure> {
    let filter = ApplicantFilter {
        word_prefixes: filter
            .q
            .as_deref()
            .map(applicant::words)
            .unwrap_or_default()
            .into_iter()
            .take(applicant::MAX_QUERY_WORDS)
            .collect(),
        skill_key: filter
            .skill
            .map(|s| applicant::skill_key(&s))
            .filter(|s| !s.is_empty()),
        language_key: filter.language.map(|l| applicant::slug(&l)),
        updated_after: filter.updated_after,
    };
    // The scope binds a cursor to this list and these filters (the HMAC covers them; nothing
    // of it is stored or logged).
    let scope = format!(
        "applicants|{}|q={}|skill={}|language={}|updated_after={:?}",
        ctx.scope.employer_id(),
        filter.word_prefixes.join(" "),
        filter.skill_key.as_deref().unwrap_or(""),
        filter.language_key.as_deref().unwrap_or(""),
        filter.updated_after.map(|t| t.timestamp_micros()),
    );
    let after: Option<ApplicantPosition> = super::decode_cursor(cursors, &scope, cursor)?;
    let limit = page_limit(limit);
    let mut tx = db.begin(&ctx.scope).await?;
    let items = tx.applicants_list(&filter, after, limit + 1).await?;
    tx.commit().await?;
    let by_change = filter.updated_after.is_some();
    Ok(Page::from_overfetch(items, limit, |last| {
        let key = if by_change {
            last.updated_at
        } else {
            last.created_at
        };
        cursors.encode(&scope, &(key, last.id))
    }))
}

pub async fn update(
    db: &Database,
    ctx: &Ctx,
    id: Uuid,
    if_match: &str,
    patch: ApplicantPatch,
) -> Result<ApplicantRecord, Failure> {
    let mut tx = db.begin(&ctx.scope).await?;
    let current = tx.applicant_for_update(id).await?;
    if !etag::if_match_admits(if_match, current.version) {
        return Err(Failure::PreconditionFailed);
    }
    let mut fields = current.fields.clone();
    let changed = patch.apply_to(&mut fields);
    let errors = applicant::validate(&fields);
    if !errors.is_empty() {
        return Err(Failure::Invalid(errors));
    }
    if changed.is_empty() {
        tx.commit().await?;
        return Ok(current);
    }
    if fields.cv_upload_id != current.fields.cv_upload_id {
        super::uploads::require_usable(&mut tx, &[(fields.cv_upload_id, "cv", "/cv_upload_id")])
            .await?;
    }
    let record = tx
        .applicant_update(id, &fields)
        .await
        .map_err(email_taken)?;
    record_ctx(&mut tx, ctx, "applicant.updated", id, &changed).await?;
    tx.commit().await?;
    Ok(record)
}

/// Erases the person (see `TenantTx::applicant_erase` for what goes and what stays), and the
/// files they uploaded (their CV and cover letters): the records first, the stored objects
/// once that committed.
pub async fn erase(
    db: &Database,
    uploads: &super::uploads::UploadSetup,
    ctx: &Ctx,
    id: Uuid,
) -> Result<(), Failure> {
    let mut tx = db.begin(&ctx.scope).await?;
    let named = tx.uploads_of_applicant(id).await?;
    tx.applicant_erase(id).await?;
    let keys = tx.uploads_forget(&named).await?;
    record_ctx(&mut tx, ctx, "applicant.erased", id, &[]).await?;
    tx.commit().await?;
    super::uploads::delete_objects(uploads, &keys).await;
    Ok(())
}

fn email_taken(error: DbError) -> Failure {
    match error {
        DbError::Unique(constraint) if constraint == EMAIL_TAKEN => {
            Failure::Conflict(EMAIL_TAKEN_DETAIL)
        }
        other => other.into(),
    }
}

async fn record_ctx(
    tx: &mut TenantTx,
    ctx: &Ctx,
    event_type: &str,
    id: Uuid,
    changed: &[&str],
) -> Result<(), Failure> {
    record(
        tx,
        &ctx.sub,
        ctx.request_id.as_deref(),
        event_type,
        id,
        changed,
    )
    .await
}

/// The outbox event of an applicant change: the id and the names of the changed members only
/// (no personal data in events; subscribers fetch details through the API).
pub(super) async fn record(
    tx: &mut TenantTx,
    actor: &str,
    request_id: Option<&str>,
    event_type: &str,
    id: Uuid,
    changed: &[&str],
) -> Result<(), Failure> {
    tx.record_event(NewEvent {
        event_type,
        entity_type: "applicant",
        entity_id: id,
        actor,
        request_id,
        payload: json!({ "applicant_id": id, "changed_fields": changed }),
    })
    .await?;
    Ok(())
}
