//! A job's translations: its title and description in other languages than its own.

use serde_json::json;
use uuid::Uuid;

use super::{Ctx, Failure};
use crate::db::{Database, JobRecord, TenantTx};
use crate::domain::etag;
use crate::domain::job::{self, JobAction};
use crate::domain::locale;
use crate::domain::translation::{self, MAX_TRANSLATIONS, Translation, TranslationText};

/// A tag from a path or a body, canonical, or the problem that says how to write one.
pub fn tag(raw: &str, pointer: &'static str) -> Result<String, Failure> {
    locale::canonical(raw).ok_or(Failure::InvalidLocale { pointer })
}

/// The job with its translations (ordered by tag): the job's read.
pub use super::jobs::get as list;

/// One translation.
pub async fn get(
    db: &Database,
    ctx: &Ctx,
    job_id: Uuid,
    raw_locale: &str,
) -> Result<Translation, Failure> {
    let locale = tag(raw_locale, "#/path/locale")?;
    let job = list(db, ctx, job_id).await?;
    find(&job, &locale).cloned().ok_or(Failure::NotFound)
}

fn find<'a>(job: &'a JobRecord, locale: &str) -> Option<&'a Translation> {
    job.fields.translations.iter().find(|t| t.locale == locale)
}

/// What a write of a translation did.
pub struct Written {
    pub translation: Translation,
    pub created: bool,
}

/// Adds or replaces the translation in `raw_locale`. `if_match` (the translation's `ETag`)
/// makes a replacement conditional; `*` requires that one exists.
pub async fn put(
    db: &Database,
    ctx: &Ctx,
    job_id: Uuid,
    raw_locale: &str,
    text: TranslationText,
    if_match: Option<&str>,
) -> Result<Written, Failure> {
    let locale = tag(raw_locale, "#/path/locale")?;
    let text = text.sanitized();
    let errors = text.validate();
    if !errors.is_empty() {
        return Err(Failure::Invalid(errors));
    }
    let mut tx = db.begin(&ctx.scope).await?;
    let job = tx.job_for_update(job_id).await?;
    job::transition(job.status, JobAction::Edit).map_err(Failure::from)?;
    if job.fields.locale == locale {
        return Err(Failure::Conflict(
            "the job itself is written in this locale: edit the job's title and description, \
             or translate into another locale",
        ));
    }
    let previous = find(&job, &locale);
    check(if_match, previous)?;
    if previous.is_none() && job.fields.translations.len() >= MAX_TRANSLATIONS {
        return Err(Failure::Conflict(
            "a job has at most 30 translations: delete one you no longer need first",
        ));
    }
    if previous.is_some_and(|p| p.text == text) {
        let unchanged = previous.cloned().ok_or(Failure::NotFound)?;
        tx.commit().await?;
        return Ok(Written {
            translation: unchanged,
            created: false,
        });
    }
    let created = previous.is_none();
    // The job's version after this write (`job_translation_put` moves it on by one).
    let written = translation::write(&locale, text, job.version + 1, chrono::Utc::now());
    let record = tx.job_translation_put(job_id, &written).await?;
    let stored = find(&record, &locale).cloned().ok_or(Failure::NotFound)?;
    event(
        &mut tx,
        ctx,
        "job.translation.updated",
        &record,
        &stored,
        false,
    )
    .await?;
    tx.commit().await?;
    Ok(Written {
        translation: stored,
        created,
    })
}

/// Removes the translation in `raw_locale`.
pub async fn delete(
    db: &Database,
    ctx: &Ctx,
    job_id: Uuid,
    raw_locale: &str,
    if_match: Option<&str>,
) -> Result<(), Failure> {
    let locale = tag(raw_locale, "#/path/locale")?;
    let mut tx = db.begin(&ctx.scope).await?;
    let job = tx.job_for_update(job_id).await?;
    job::transition(job.status, JobAction::Edit).map_err(Failure::from)?;
    let previous = find(&job, &locale).cloned().ok_or(Failure::NotFound)?;
    check(if_match, Some(&previous))?;
    let record = tx.job_translation_delete(job_id, &locale).await?;
    event(
        &mut tx,
        ctx,
        "job.translation.deleted",
        &record,
        &previous,
        true,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// `If-Match` against the current translation (none: only an absent header admits it).
fn check(if_match: Option<&str>, current: Option<&Translation>) -> Result<(), Failure> {
    match (if_match, current) {
        (None, _) => Ok(()),
        (Some(tags), Some(t)) if etag::if_match_admits(tags, t.version) => Ok(()),
        _ => Err(Failure::PreconditionFailed),
    }
}

async fn event(
    tx: &mut TenantTx,
    ctx: &Ctx,
    event_type: &str,
    job: &JobRecord,
    t: &Translation,
    deleted: bool,
) -> Result<(), Failure> {
    let mut payload = json!({
        "job_id": job.id,
        "locale": t.locale,
        "job_locale": job.fields.locale,
        "direction": t.direction().as_str(),
        "status": job.status.as_str(),
        "job_version": job.version,
    });
    if !deleted {
        payload["title"] = json!(t.text.title);
        payload["version"] = json!(t.version);
        payload["detected_locale"] = json!(t.detected_locale);
    }
    tx.record_event(ctx.event(event_type, "job", job.id, payload))
        .await?;
    Ok(())
}
