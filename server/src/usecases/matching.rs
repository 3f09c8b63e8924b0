//! Applicant matching as employers read it: the stored match of an application, the text read
//! from an applicant's CVs. The worker (`crate::matching`) computes both; a request only reads.

use uuid::Uuid;

use super::{Ctx, Failure};
use crate::db::{CvTextRecord, Database, MatchRecord, TenantTx};

/// Why an operation of matching answers 409 while the employer has it off.
pub const MATCHING_OFF: &str = "Applicant matching is off for this employer: nothing is read or \
     scored. An employer admin turns it on with PATCH /v1/employer and \
     {\"settings\": {\"applicant_matching_enabled\": true}}.";

/// 409 unless the employer has matching on.
pub async fn require_enabled(tx: &mut TenantTx) -> Result<(), Failure> {
    if tx.matching_enabled().await? {
        Ok(())
    } else {
        Err(Failure::Conflict(MATCHING_OFF))
    }
}

/// An application's job and its stored match (`None`: not scored yet).
pub async fn get(
    db: &Database,
    ctx: &Ctx,
    application: Uuid,
) -> Result<(Uuid, Option<MatchRecord>), Failure> {
    let mut tx = db.begin(&ctx.scope).await?;
    let record = tx.application_get(application).await?;
    require_enabled(&mut tx).await?;
    let found = tx.match_get(application).await?;
    tx.commit().await?;
    Ok((record.job_id, found))
}

/// What reading the applicant's CV files found, newest first.
pub async fn cv_texts(
    db: &Database,
    ctx: &Ctx,
    applicant: Uuid,
) -> Result<Vec<CvTextRecord>, Failure> {
    let mut tx = db.begin(&ctx.scope).await?;
    tx.applicant_get(applicant).await?;
    require_enabled(&mut tx).await?;
    let texts = tx.cv_texts_of(applicant).await?;
    tx.commit().await?;
    Ok(texts)
}
