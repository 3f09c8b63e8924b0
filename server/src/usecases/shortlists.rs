//! Shortlist use cases. Every change locks the job's shortlist first (see `db::shortlists`):
//! concurrent changes queue, a replacement based on a stale ETag is refused (412), and no
//! entry is ever lost without the writer being told.

use serde_json::json;
use uuid::Uuid;

use super::{Ctx, Failure};
use crate::db::{Database, EntryRecord, ShortlistHead, TenantTx};
use crate::domain::FieldError;
use crate::domain::etag;
use crate::domain::shortlist::{self, EntryInput, MAX_ENTRIES};

#[derive(Debug, Clone)]
pub struct Shortlist {
    pub job_id: Uuid,
    pub head: ShortlistHead,
    pub entries: Vec<EntryRecord>,
}

pub async fn get(db: &Database, ctx: &Ctx, job_id: Uuid) -> Result<Shortlist, Failure> {
    let mut tx = db.begin(&ctx.scope).await?;
    tx.job_get(job_id).await?;
    let head = tx.shortlist_head(job_id).await?;
    let entries = tx.shortlist_entries(job_id).await?;
    tx.commit().await?;
    Ok(Shortlist {
        job_id,
        head,
        entries,
    })
}

/// Replaces every entry atomically. Applicants must be this employer's (live) ones: anything
/// else is a 422, as for any invalid member of the body.
pub async fn replace(
    db: &Database,
    ctx: &Ctx,
    job_id: Uuid,
    if_match: &str,
    entries: Vec<EntryInput>,
) -> Result<Shortlist, Failure> {
    let errors = shortlist::validate_replacement(&entries);
    let mut tx = db.begin(&ctx.scope).await?;
    tx.job_lock_for_shortlist(job_id).await?;
    // Lock order everywhere: job, applicants, shortlist (erasure locks an applicant before the
    // shortlists it leaves), so the applicants are checked before the shortlist is locked.
    let ids: Vec<Uuid> = entries.iter().map(|e| e.applicant_id).collect();
    let all_live = errors.is_empty() && tx.applicants_count_live(&ids).await? == ids.len();
    let head = tx.shortlist_lock(job_id).await?;
    if !etag::if_match_admits(if_match, head.version) {
        return Err(Failure::PreconditionFailed);
    }
    if !errors.is_empty() {
        return Err(Failure::Invalid(errors));
    }
    if !all_live {
        return Err(Failure::Invalid(vec![FieldError {
            pointer: "/entries",
            detail: "names an applicant this employer does not have",
        }]));
    }
    tx.shortlist_replace(job_id, &entries, &ctx.sub).await?;
    let head = tx.shortlist_bump(job_id).await?;
    event(
        &mut tx,
        ctx,
        "shortlist.replaced",
        job_id,
        json!({ "job_id": job_id, "entry_count": entries.len(), "version": head.version }),
    )
    .await?;
    let entries = tx.shortlist_entries(job_id).await?;
    tx.commit().await?;
    Ok(Shortlist {
        job_id,
        head,
        entries,
    })
}

/// Adds the applicant (`true`: created) or updates the members the input sets.
pub async fn upsert_entry(
    db: &Database,
    ctx: &Ctx,
    job_id: Uuid,
    entry: EntryInput,
) -> Result<(EntryRecord, bool), Failure> {
    let mut tx = db.begin(&ctx.scope).await?;
    tx.job_lock_for_shortlist(job_id).await?;
    // Unknown, erased or another employer's applicant: not found, like the job would be.
    if tx.applicants_count_live(&[entry.applicant_id]).await? != 1 {
        return Err(Failure::NotFound);
    }
    tx.shortlist_lock(job_id).await?;
    let exists = tx
        .shortlist_entry_exists(job_id, entry.applicant_id)
        .await?;
    if !exists && tx.shortlist_len(job_id).await? >= MAX_ENTRIES as i64 {
        return Err(Failure::Invalid(vec![FieldError {
            pointer: "/applicant_id",
            detail: "cannot be added: the shortlist has 500 entries",
        }]));
    }
    let record = tx.shortlist_upsert(job_id, &entry, &ctx.sub).await?;
    let head = tx.shortlist_bump(job_id).await?;
    let event_type = if exists {
        "shortlist.entry.updated"
    } else {
        "shortlist.entry.added"
    };
    event(
        &mut tx,
        ctx,
        event_type,
        job_id,
        json!({ "job_id": job_id, "applicant_id": entry.applicant_id, "version": head.version }),
    )
    .await?;
    tx.commit().await?;
    Ok((record, !exists))
}

pub async fn delete_entry(
    db: &Database,
    ctx: &Ctx,
    job_id: Uuid,
    applicant_id: Uuid,
) -> Result<(), Failure> {
    let mut tx = db.begin(&ctx.scope).await?;
    tx.job_lock_for_shortlist(job_id).await?;
    tx.shortlist_lock(job_id).await?;
    tx.shortlist_delete_entry(job_id, applicant_id).await?;
    let head = tx.shortlist_bump(job_id).await?;
    event(
        &mut tx,
        ctx,
        "shortlist.entry.removed",
        job_id,
        json!({ "job_id": job_id, "applicant_id": applicant_id, "version": head.version }),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

async fn event(
    tx: &mut TenantTx,
    ctx: &Ctx,
    event_type: &str,
    job_id: Uuid,
    payload: serde_json::Value,
) -> Result<(), Failure> {
    tx.record_event(ctx.event(event_type, "shortlist", job_id, payload))
        .await?;
    Ok(())
}
