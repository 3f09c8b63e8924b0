//! The employer's rejection reasons: read (the defaults until changed) and replaced by admins.

use serde_json::json;

use super::{Ctx, Failure};
use crate::db::{Database, ReasonList};
use crate::domain::etag;
use crate::domain::rejection::{self, ReasonInput};

pub async fn get(db: &Database, ctx: &Ctx) -> Result<ReasonList, Failure> {
    let mut tx = db.begin(&ctx.scope).await?;
    let list = tx.rejection_reasons(false).await?;
    tx.commit().await?;
    Ok(list)
}

pub async fn replace(
    db: &Database,
    ctx: &Ctx,
    if_match: &str,
    inputs: Vec<ReasonInput>,
    required: bool,
) -> Result<ReasonList, Failure> {
    let mut tx = db.begin(&ctx.scope).await?;
    // The employer's row serialises replacements, the first one (of the defaults, which have
    // no row of their own to lock) included.
    tx.employer_ensure().await?;
    tx.employer_get(true).await?;
    let current = tx.rejection_reasons(true).await?;
    if !etag::if_match_admits(if_match, current.version) {
        return Err(Failure::PreconditionFailed);
    }
    let reasons = rejection::replace(&current.reasons, &inputs).map_err(Failure::Invalid)?;
    let list = tx.rejection_reasons_store(&reasons, required).await?;
    let employer = ctx.scope.employer_id();
    tx.record_event(ctx.event(
        "rejection_reasons.updated",
        "employer",
        employer,
        json!({
            "required": required,
            "reason_count": reasons.len(),
            "version": list.version,
        }),
    ))
    .await?;
    tx.commit().await?;
    Ok(list)
}
