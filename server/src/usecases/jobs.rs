//! Job use cases: create, read, edit, delete and the publish workflow (listing is search, in
//! `usecases::search`).

use serde_json::json;
use uuid::Uuid;

use super::idempotency::{Created, Idempotency, StoredResponse};
use super::{Ctx, Failure};
use crate::db::{Database, JobRecord, TenantTx};
use crate::domain::etag;
use crate::domain::job::{self, JobAction, JobFields, JobPatch};

/// Creates a draft, idempotently: `render` produces the response that retries replay; it is
/// stored in the same transaction as the job.
pub async fn create(
    db: &Database,
    ctx: &Ctx,
    fields: JobFields,
    locale: Option<String>,
    idempotency: &Idempotency,
    render: impl FnOnce(&JobRecord) -> Result<StoredResponse, Failure>,
) -> Result<Created<JobRecord>, Failure> {
    let mut fields = fields.sanitized();
    normalize(&mut fields);
    let errors = job::validate(&fields);
    if !errors.is_empty() {
        return Err(Failure::Invalid(errors));
    }
    super::idempotency::create(
        db,
        &ctx.scope,
        idempotency,
        async |tx: &mut TenantTx| {
            tx.employer_ensure().await?;
            let mut fields = fields.clone();
            fields.locale = match &locale {
                Some(explicit) => explicit.clone(),
                None => default_locale(tx).await?,
            };
            let record = tx.job_insert(Uuid::now_v7(), &fields, &ctx.sub).await?;
            event(tx, ctx, "job.created", &record, &[]).await?;
            Ok((record.id, record))
        },
        render,
    )
    .await
}

pub async fn get(db: &Database, ctx: &Ctx, id: Uuid) -> Result<JobRecord, Failure> {
    let mut tx = db.begin(&ctx.scope).await?;
    let record = tx.job_get(id).await?;
    tx.commit().await?;
    Ok(record)
}

pub async fn update(
    db: &Database,
    ctx: &Ctx,
    id: Uuid,
    if_match: &str,
    patch: JobPatch,
) -> Result<JobRecord, Failure> {
    let mut tx = db.begin(&ctx.scope).await?;
    let current = tx.job_for_update(id).await?;
    if !etag::if_match_admits(if_match, current.version) {
        return Err(Failure::PreconditionFailed);
    }
    job::transition(current.status, JobAction::Edit).map_err(Failure::from)?;
    let mut fields = current.fields.clone();
    let changed = patch.apply_to(&mut fields);
    let fields = fields.sanitized();
    let errors = job::validate(&fields);
    if !errors.is_empty() {
        return Err(Failure::Invalid(errors));
    }
    // A description that only differed by what the sanitizer removes is no change.
    if changed.is_empty() || fields == current.fields {
        tx.commit().await?;
        return Ok(current);
    }
    let record = tx.job_update_content(id, &fields).await?;
    event(&mut tx, ctx, "job.updated", &record, &changed).await?;
    tx.commit().await?;
    Ok(record)
}

pub async fn delete(db: &Database, ctx: &Ctx, id: Uuid) -> Result<(), Failure> {
    let mut tx = db.begin(&ctx.scope).await?;
    let current = tx.job_for_update(id).await?;
    job::transition(current.status, JobAction::Delete).map_err(Failure::from)?;
    event(&mut tx, ctx, "job.deleted", &current, &[]).await?;
    tx.job_delete(id).await?;
    tx.commit().await?;
    Ok(())
}

pub async fn publish(db: &Database, ctx: &Ctx, id: Uuid) -> Result<JobRecord, Failure> {
    let mut tx = db.begin(&ctx.scope).await?;
    // The row lock makes concurrent publishes queue: the second sees `published` and fails.
    let current = tx.job_for_update(id).await?;
    let next = job::transition(current.status, JobAction::Publish).map_err(Failure::from)?;
    let missing = job::missing_for_publish(&current.fields, chrono::Utc::now().date_naive());
    if !missing.is_empty() {
        return Err(Failure::Incomplete(missing));
    }
    let record = tx.job_set_status(id, next).await?;
    event(&mut tx, ctx, "job.published", &record, &["status"]).await?;
    tx.commit().await?;
    Ok(record)
}

pub async fn close(db: &Database, ctx: &Ctx, id: Uuid) -> Result<JobRecord, Failure> {
    let mut tx = db.begin(&ctx.scope).await?;
    let current = tx.job_for_update(id).await?;
    let next = job::transition(current.status, JobAction::Close).map_err(Failure::from)?;
    let record = tx.job_set_status(id, next).await?;
    event(&mut tx, ctx, "job.closed", &record, &["status"]).await?;
    tx.commit().await?;
    Ok(record)
}

/// The employer's `default_locale` setting, else English.
async fn default_locale(tx: &mut TenantTx) -> Result<String, Failure> {
    let employer = tx.employer_get(false).await?;
    Ok(employer
        .settings
        .get("default_locale")
        .and_then(|v| v.as_str())
        .and_then(crate::domain::locale::canonical)
        .unwrap_or_else(|| crate::domain::locale::DEFAULT.to_string()))
}

fn normalize(fields: &mut JobFields) {
    fields.department = fields.department.take().map(job::normalize_label);
    fields.location = fields.location.take().map(job::normalize_label);
    fields.languages = job::normalize_labels(std::mem::take(&mut fields.languages));
}

/// The outbox event of a job change. The payload names the job and what changed; subscribers
/// fetch details through the API.
async fn event(
    tx: &mut TenantTx,
    ctx: &Ctx,
    event_type: &str,
    job: &JobRecord,
    changed: &[&str],
) -> Result<(), Failure> {
    tx.record_event(ctx.event(
        event_type,
        "job",
        job.id,
        json!({
            "job_id": job.id,
            "title": job.fields.title,
            "locale": job.fields.locale,
            "status": job.status.as_str(),
            "version": job.version,
            "changed_fields": changed,
        }),
    ))
    .await?;
    Ok(())
}
