//! Public apply: a person applies to a published job, with or without an applicant token.
//!
//! The job is found in the read-only public context (any employer's published or closed job);
//! everything else happens in one tenant transaction of the job's employer: the job is
//! share-locked (it cannot close meanwhile), the person is created or found by normalized
//! e-mail, the application is inserted — or, when one exists for this job and person, the
//! submission is added to it — and the events are written.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::Failure;
use super::idempotency::{Created, Idempotency, StoredResponse};
use crate::captcha::{CaptchaVerifier, Verdict};
use crate::db::{Database, DbError, NewApplication, NewEvent, NewSubmission, TenantTx};
use crate::domain::FieldError;
use crate::domain::applicant::{self, ApplicantFields};
use crate::domain::application::ApplicationStatus;
use crate::domain::job::{self, JobAction};

/// Who applies: the verified `sub` of an applicant token, if one was sent, and the client's
/// address (for the CAPTCHA verifier).
#[derive(Debug, Clone, Default)]
pub struct Applier {
    pub sub: Option<String>,
    pub request_id: Option<String>,
    pub remote_ip: Option<String>,
}

impl Applier {
    /// The outbox's actor: the token's subject, or `anonymous`.
    fn actor(&self) -> &str {
        self.sub.as_deref().unwrap_or("anonymous")
    }
}

#[derive(Debug, Clone)]
pub struct Submission {
    /// The person as submitted (consent included; the contract requires it).
    pub applicant: ApplicantFields,
    pub cover_letter: Option<String>,
    /// A verified cover-letter upload of the job's employer.
    pub cover_letter_upload_id: Option<Uuid>,
    pub captcha_token: Option<String>,
    /// Where it is sent from: `public`, `careers_page` or `widget` (the contract's values).
    pub source: &'static str,
    /// The `utm_source` of the link the person followed.
    pub utm_source: Option<String>,
    /// The language the person applied in (their e-mails use it).
    pub locale: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Receipt {
    pub id: Uuid,
    pub job_id: Uuid,
    pub status: ApplicationStatus,
    pub created_at: DateTime<Utc>,
}

/// Applies, idempotently (see `usecases::idempotency`).
///
/// What the person submitted is stored with the application; the employer's applicant record
/// is created from it for a new address and otherwise only linked, never changed. A repeated
/// application to the same job by the same address is kept as another submission of the
/// existing application and answered exactly like a first one (same receipt shape, status and
/// clock, comparable database work), unless the caller's token made an earlier one (then
/// `AlreadyApplied`): nobody learns from the answer who applied where, and nothing sent is
/// dropped.
pub async fn apply(
    db: &Database,
    captcha: Option<&dyn CaptchaVerifier>,
    who: &Applier,
    job_id: Uuid,
    submission: Submission,
    idempotency: &Idempotency,
    render: impl FnOnce(&Receipt) -> Result<StoredResponse, Failure>,
) -> Result<Created<Receipt>, Failure> {
    let mut public = db.begin_public().await?;
    let (scope, status) = public.job_for_apply(job_id).await?;
    public.finish().await?;

    // A retry of a stored application is answered before the CAPTCHA check: its token was
    // spent by the first attempt.
    let mut tx = db.begin(&scope).await?;
    let replay = idempotency.peek(&mut tx).await?;
    tx.commit().await?;
    if let Some(replay) = replay {
        return Ok(Created::Replayed(replay));
    }

    // Bots are turned away before any write.
    if let Some(verifier) = captcha {
        let Some(token) = submission.captcha_token.as_deref() else {
            return Err(Failure::Invalid(vec![FieldError {
                pointer: "/captcha_token",
                detail: "is required",
            }]));
        };
        match verifier.verify(token, who.remote_ip.as_deref()).await {
            Ok(Verdict::Accepted) => {}
            Ok(Verdict::Rejected) => return Err(Failure::CaptchaRejected),
            Err(reason) => {
                // Refuse rather than let unverified traffic through; the client may retry.
                tracing::warn!(reason = %reason, "captcha verification failed");
                metrics::counter!("captcha_unavailable_total").increment(1);
                return Err(Failure::Unavailable);
            }
        }
    }
    let fields = submission.applicant.normalized();
    let errors = applicant::validate(&fields);
    if !errors.is_empty() {
        return Err(Failure::Invalid(errors));
    }

    job::transition(status, JobAction::Apply)?;

    let mut tx = db.begin(&scope).await?;
    if let Some(replay) = idempotency.begin(&mut tx).await? {
        tx.commit().await?;
        return Ok(Created::Replayed(replay));
    }
    // Re-checked under a share lock: the job may have closed, or its careers page been
    // hidden, since the public read.
    let (status, listed) = tx.job_for_application(job_id).await?;
    if !listed {
        return Err(Failure::NotFound);
    }
    job::transition(status, JobAction::Apply)?;
    super::uploads::require_usable(
        &mut tx,
        &[
            (fields.cv_upload_id, "cv", "/cv_upload_id"),
            (
                submission.cover_letter_upload_id,
                "cover_letter",
                "/cover_letter_upload_id",
            ),
        ],
    )
    .await?;
    let mut snapshot = applicant::Submission::of(&fields);
    snapshot.cover_letter_upload_id = submission.cover_letter_upload_id;
    let applicant_id = find_or_create_applicant(&mut tx, who, &fields).await?;
    let id = Uuid::now_v7();
    let inserted = tx
        .application_insert_if_new(&NewApplication {
            id,
            job_id,
            applicant_id,
            source: submission.source,
            utm_source: submission.utm_source.as_deref(),
            locale: submission.locale.as_deref(),
            cover_letter: submission.cover_letter.as_deref(),
            applicant_sub: who.sub.as_deref(),
            submission: Some(&snapshot),
        })
        .await?;
    let created_at = match inserted {
        Ok((_, created_at)) => {
            super::applications::created_event(
                &mut tx,
                who.actor(),
                who.request_id.as_deref(),
                id,
                job_id,
                applicant_id,
                ApplicationStatus::New,
                submission.source,
                submission.utm_source.as_deref(),
                submission.locale.as_deref(),
            )
            .await?;
            created_at
        }
        Err(existing) => {
            // The caller's own earlier application: they know its receipt.
            if let Some(sub) = who.sub.as_deref()
                && let Some(own) = tx.submission_of_subject(existing.id, sub).await?
            {
                return Err(Failure::AlreadyApplied(own));
            }
            // The person again, or someone with their address: kept beside the first, for
            // recruiters to compare (and merge deliberately), never merged by itself.
            let (_, submitted_at) = tx
                .submission_insert(&NewSubmission {
                    id,
                    application_id: existing.id,
                    job_id,
                    applicant_sub: who.sub.as_deref(),
                    cover_letter: submission.cover_letter.as_deref(),
                    submission: &snapshot,
                })
                .await?;
            let ids = (existing.id, id, job_id, applicant_id);
            resubmitted_event(&mut tx, who, ids, submission.source).await?;
            submitted_at
        }
    };
    // The same receipt either way, from the database's clock: the submission's id (the
    // application's own for a first one), `new`, and when it was received.
    let receipt = Receipt {
        id,
        job_id,
        status: ApplicationStatus::New,
        created_at,
    };
    idempotency.finish(&mut tx, id, &render(&receipt)?).await?;
    tx.commit().await?;
    Ok(Created::New(receipt))
}

/// The employer's applicant with this e-mail, created from the submission when the address is
/// new. A known person's record is left exactly as the employer keeps it.
async fn find_or_create_applicant(
    tx: &mut TenantTx,
    who: &Applier,
    fields: &ApplicantFields,
) -> Result<Uuid, Failure> {
    // A known address is found; a new one is inserted. A concurrent erasure of the known
    // person between the two steps frees the address, so try again (at most a few times).
    for _ in 0..3 {
        if let Some(created) = tx
            .applicant_insert_if_new(Uuid::now_v7(), fields, who.actor())
            .await?
        {
            super::applicants::record(
                tx,
                who.actor(),
                who.request_id.as_deref(),
                "applicant.created",
                created.id,
                &[],
            )
            .await?;
            return Ok(created.id);
        }
        match tx.applicant_by_email_for_update(&fields.email).await {
            Ok(known) => return Ok(known.id),
            Err(DbError::NotFound) => continue,
            Err(e) => return Err(e.into()),
        }
    }
    Err(Failure::Unavailable)
}

/// `application.submission.added`: ids only, like every event.
async fn resubmitted_event(
    tx: &mut TenantTx,
    who: &Applier,
    (application_id, submission_id, job_id, applicant_id): (Uuid, Uuid, Uuid, Uuid),
    source: &str,
) -> Result<(), Failure> {
    tx.record_event(NewEvent {
        event_type: "application.submission.added",
        entity_type: "application",
        entity_id: application_id,
        actor: who.actor(),
        request_id: who.request_id.as_deref(),
        payload: serde_json::json!({
            "application_id": application_id,
            "submission_id": submission_id,
            "job_id": job_id,
            "applicant_id": applicant_id,
            "source": source,
        }),
    })
    .await?;
    Ok(())
}
