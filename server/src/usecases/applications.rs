//! Application use cases: a job's applications, one application, moving it through the
//! pipeline or adding a note, and an applicant's own list across employers.

use serde_json::json;
use uuid::Uuid;

use super::idempotency::{Created, Idempotency, StoredResponse};
use super::{Ctx, Failure, Page, page_limit};
use crate::db::{
    ApplicantRecord, ApplicationFilter, ApplicationPosition, ApplicationRecord, Database, DbError,
    MyApplicationPosition, MyApplicationRecord, NewApplication, NewEvent, TenantTx,
};
use crate::domain::FieldError;
use crate::domain::application::{self, ApplicationStatus, NotAllowed};
use crate::domain::cursor::CursorCodec;
use crate::domain::etag;
use crate::domain::job::JobStatus;
use crate::domain::member::MemberStatus;
use crate::domain::rejection::Reason;

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
    /// `Some(None)`: unassign.
    pub assignee: Option<Option<Uuid>>,
    pub rejection_reason_id: Option<Uuid>,
}

pub async fn list_for_job(
    db: &Database,
    cursors: &CursorCodec,
    ctx: &Ctx,
    job_id: Uuid,
    mut filter: ApplicationFilter,
    cursor: Option<&str>,
    limit: Option<u32>,
) -> Result<Page<ApplicationRecord>, Failure> {
    filter.job_id = Some(job_id);
    filter.updated_after = None;
    list_in(db, cursors, ctx, filter, true, cursor, limit).await
}

/// The employer's applications across jobs (`GET /v1/applications`).
pub async fn list(
    db: &Database,
    cursors: &CursorCodec,
    ctx: &Ctx,
    filter: ApplicationFilter,
    cursor: Option<&str>,
    limit: Option<u32>,
) -> Result<Page<ApplicationRecord>, Failure> {
    list_in(db, cursors, ctx, filter, false, cursor, limit).await
}

/// One list for both: `job_must_exist` makes an unknown (or another employer's) job 404
/// rather than an empty list, as the job's own list does.
async fn list_in(
    db: &Database,
    cursors: &CursorCodec,
    ctx: &Ctx,
    filter: ApplicationFilter,
    job_must_exist: bool,
    cursor: Option<&str>,
    limit: Option<u32>,
) -> Result<Page<ApplicationRecord>, Failure> {
    let scope = match (job_must_exist, filter.job_id) {
        // The job's own list keeps the scope its cursors were issued under.
        (true, Some(job_id)) => format!(
            "applications|{}|job={job_id}|status={}{}",
            ctx.scope.employer_id(),
            filter.status.map_or("", ApplicationStatus::as_str),
            collaboration_scope(&filter),
        ),
        _ => format!(
            "all-applications|{}|job={:?}|status={}|updated_after={:?}{}",
            ctx.scope.employer_id(),
            filter.job_id,
            filter.status.map_or("", ApplicationStatus::as_str),
            filter.updated_after.map(|t| t.timestamp_micros()),
            collaboration_scope(&filter),
        ),
    };
    let mut filter = filter;
    let scope = if filter.by_match {
        format!("{scope}|sort=match")
    } else {
        scope
    };
    let (after, match_after): (Option<ApplicationPosition>, _) = if filter.by_match {
        (None, super::decode_cursor(cursors, &scope, cursor)?)
    } else {
        (super::decode_cursor(cursors, &scope, cursor)?, None)
    };
    filter.match_after = match_after;
    let limit = page_limit(limit);
    let mut tx = db.begin(&ctx.scope).await?;
    if let (true, Some(job_id)) = (job_must_exist, filter.job_id) {
        tx.job_get(job_id).await?;
    }
    let matching = tx.matching_enabled().await?;
    if filter.by_match && !matching {
        return Err(Failure::Conflict(super::matching::MATCHING_OFF));
    }
    let mut items = tx.applications_list(&filter, after, limit + 1).await?;
    // Matches are shown while the employer has matching on (`null` until scored).
    if matching {
        let ids: Vec<Uuid> = items.iter().map(|a| a.id).collect();
        let mut found = tx.matches_of(&ids).await?;
        for item in &mut items {
            item.matching = Some(found.remove(&item.id));
        }
    }
    tx.commit().await?;
    let by_change = filter.updated_after.is_some();
    let by_match = filter.by_match;
    Ok(Page::from_overfetch(items, limit, |last| {
        if by_match {
            let score = last
                .matching
                .as_ref()
                .and_then(|m| m.as_ref())
                .map_or(-1, |m| m.score);
            return cursors.encode(&scope, &(score, last.created_at, last.id));
        }
        let key = if by_change {
            last.updated_at
        } else {
            last.created_at
        };
        cursors.encode(&scope, &(key, last.id))
    }))
}

/// The assignee and reason filters in a cursor's scope (empty without them, so cursors issued
/// before these filters existed stay valid).
fn collaboration_scope(filter: &ApplicationFilter) -> String {
    let mut out = String::new();
    if let Some(assignee) = filter.assignee {
        out.push_str(&format!("|assignee={assignee:?}"));
    }
    if let Some(reason) = filter.rejection_reason_id {
        out.push_str(&format!("|reason={reason}"));
    }
    out
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
    let rejection = rejection_reason(&mut tx, target, change.rejection_reason_id).await?;
    let assignee = match change.assignee {
        Some(Some(member)) => {
            let found = tx.members_summaries(&[member], true).await?;
            match found.get(&member) {
                Some(m) if m.status == MemberStatus::Active.as_str() => {
                    if !m.roles.iter().any(|r| r == "recruiter" || r == "employer_admin") {
                        return Err(Failure::invalid(
                            "/assignee_id",
                            "is a viewer, who cannot act on applications: assign a recruiter or an admin",
                        ));
                    }
                }
                _ => {
                    return Err(Failure::invalid(
                        "/assignee_id",
                        "is not an active member of this employer: assign one listed by GET /v1/members?status=active",
                    ));
                }
            }
            Some(Some(member))
        }
        other => other,
    }
    .filter(|a| *a != current.assignee_id);
    if target.is_none() && note.is_none() && assignee.is_none() {
        // Nothing changes (the same assignee again): no new version, no event.
        tx.commit().await?;
        return Ok(current);
    }
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
        if let Some(reason) = &rejection {
            tx.application_set_rejection_reason(id, reason.id, &reason.label)
                .await?;
            payload["rejection_reason_id"] = json!(reason.id);
            payload["rejection_reason"] = json!(reason.label);
        }
        tx.record_event(ctx.event("application.status.changed", "application", id, payload))
            .await?;
    }
    if let Some(assignee) = assignee {
        tx.application_assign(id, assignee).await?;
        let mut payload = base.clone();
        payload["assignee_id"] = json!(assignee);
        payload["previous_assignee_id"] = json!(current.assignee_id);
        tx.record_event(ctx.event("application.assigned", "application", id, payload))
            .await?;
    }
    if let Some(body) = &note {
        let note = tx.application_add_note(id, &ctx.sub, body).await?;
        let mut payload = base;
        payload["note_id"] = json!(note.id);
        tx.record_event(ctx.event("application.note.added", "application", id, payload))
            .await?;
    }
    let record = tx.application_get(id).await?;
    tx.commit().await?;
    Ok(record)
}

/// The reason a rejection gives, checked against the employer's list: only with a move to
/// `rejected`, and required there when the employer says so.
async fn rejection_reason(
    tx: &mut TenantTx,
    target: Option<ApplicationStatus>,
    reason_id: Option<Uuid>,
) -> Result<Option<Reason>, Failure> {
    if target != Some(ApplicationStatus::Rejected) {
        return match reason_id {
            Some(_) => Err(Failure::invalid(
                "/rejection_reason_id",
                "goes with `status: rejected` only: send both to reject with a reason",
            )),
            None => Ok(None),
        };
    }
    let list = tx.rejection_reasons(false).await?;
    match reason_id {
        Some(id) => match list.reasons.into_iter().find(|r| r.id == id) {
            Some(reason) => Ok(Some(reason)),
            None => Err(Failure::invalid(
                "/rejection_reason_id",
                "is not one of this employer's rejection reasons: pick one from GET /v1/rejection-reasons",
            )),
        },
        None if list.required => Err(Failure::invalid(
            "/rejection_reason_id",
            "is required to reject: this employer asks for a reason (see GET /v1/rejection-reasons)",
        )),
        None => Ok(None),
    }
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
    let after: Option<MyApplicationPosition> = super::decode_cursor(cursors, &scope, cursor)?;
    let limit = page_limit(limit);
    let mut tx = db.begin_applicant(sub).await?;
    let items = tx.my_applications(after, limit + 1).await?;
    tx.commit().await?;
    Ok(Page::from_overfetch(items, limit, |last| {
        cursors.encode(&scope, &(last.created_at, last.id))
    }))
}

/// `POST /v1/jobs/{id}/applications`: a recruiter adds one of the employer's applicants to a
/// job (`internal`), idempotently. Draft and published jobs take it; a closed job does not.
pub async fn create(
    db: &Database,
    ctx: &Ctx,
    job_id: Uuid,
    applicant_id: Uuid,
    cover_letter: Option<&str>,
    idempotency: &Idempotency,
    render: impl FnOnce(&ApplicationRecord) -> Result<StoredResponse, Failure>,
) -> Result<Created<ApplicationRecord>, Failure> {
    super::idempotency::create(
        db,
        &ctx.scope,
        idempotency,
        async |tx: &mut TenantTx| {
            let status = tx.job_status_for_apply(job_id).await?;
            if status == JobStatus::Closed {
                return Err(Failure::NotAllowed {
                    current: status.as_str(),
                    action: "add applications",
                });
            }
            // Locked against erasure until the application exists.
            tx.applicant_for_update(applicant_id).await?;
            let id = Uuid::now_v7();
            let inserted = tx
                .application_insert_if_new(&NewApplication {
                    id,
                    job_id,
                    applicant_id,
                    source: "internal",
                    utm_source: None,
                    locale: None,
                    cover_letter,
                    applicant_sub: None,
                    submission: None,
                })
                .await?;
            let (status, _) = inserted.map_err(|existing| Failure::AlreadyApplied(existing.id))?;
            created_event(
                tx,
                &ctx.sub,
                ctx.request_id.as_deref(),
                id,
                job_id,
                applicant_id,
                status,
                "internal",
                None,
                None,
            )
            .await?;
            Ok((id, tx.application_get(id).await?))
        },
        render,
    )
    .await
}

/// The `application.created` event, for public and internal applications alike.
#[allow(clippy::too_many_arguments)]
pub(super) async fn created_event(
    tx: &mut TenantTx,
    actor: &str,
    request_id: Option<&str>,
    id: Uuid,
    job_id: Uuid,
    applicant_id: Uuid,
    status: ApplicationStatus,
    source: &str,
    utm_source: Option<&str>,
    locale: Option<&str>,
) -> Result<(), Failure> {
    let mut payload = json!({
        "application_id": id,
        "job_id": job_id,
        "applicant_id": applicant_id,
        "status": status.as_str(),
        "source": source,
    });
    // The campaign of the link followed, when there was one (analytics group by it).
    if let Some(utm) = utm_source.filter(|u| !u.trim().is_empty()) {
        payload["utm_source"] = json!(utm);
    }
    // The language the person applied in: the e-mails to them are written in it.
    if let Some(locale) = locale {
        payload["locale"] = json!(locale);
    }
    tx.record_event(NewEvent {
        event_type: "application.created",
        entity_type: "application",
        entity_id: id,
        actor,
        request_id,
        payload,
    })
    .await?;
    Ok(())
}

/// `POST /v1/applications/{id}:merge`: the deliberate step that brings what a person
/// submitted into the employer's record of them (see `ApplicantFields::absorb`: missing phone
/// and CV filled, new skills, languages and links added, a newer consent taken; name and
/// e-mail unchanged). The submission is the one named — `submission_id`, or a receipt id in the
/// path — else the first (the application's own). When a named submission was made with an
/// applicant token, the application is linked to that login (its status then shows under
/// that person's `/v1/me/applications`): a deliberate choice, never a default. Audited as
/// `applicant.updated` naming the application and the submission.
pub async fn merge_submission(
    db: &Database,
    ctx: &Ctx,
    id: Uuid,
    submission_id: Option<Uuid>,
) -> Result<ApplicantRecord, Failure> {
    const NOTHING_TO_MERGE: &str =
        "The application has no submission to merge (added by a recruiter, erased or anonymized).";
    let mut tx = db.begin(&ctx.scope).await?;
    let found = tx.application_get(id).await?;
    // Locks in the order apply and erasure take them: the applicant, then the application
    // (retention must not anonymize it while its submission is being merged).
    let mut applicant = match tx.applicant_for_update(found.applicant.id).await {
        Ok(applicant) => applicant,
        Err(DbError::NotFound) => {
            return Err(Failure::Conflict("The applicant was erased."));
        }
        Err(e) => return Err(e.into()),
    };
    let application = tx.application_for_update(found.id).await?;
    if application.anonymized_at.is_some() {
        return Err(Failure::Conflict(NOTHING_TO_MERGE));
    }
    let named = submission_id.or((application.id != id).then_some(id));
    let (chosen, sub) = match tx.submission_for_merge(application.id, named).await {
        Ok(found) => found,
        Err(DbError::NotFound) if named.is_some() => return Err(Failure::NotFound),
        Err(DbError::NotFound) => return Err(Failure::Conflict(NOTHING_TO_MERGE)),
        Err(e) => return Err(e.into()),
    };
    let Some(submitted) = chosen.submission.fields() else {
        return Err(Failure::Conflict(NOTHING_TO_MERGE));
    };
    let linked = match (named, sub.as_deref()) {
        (Some(_), Some(sub)) => tx.application_link_subject(application.id, sub).await?,
        _ => false,
    };
    let changed = applicant.fields.absorb(submitted);
    if changed.is_empty() && !linked {
        tx.commit().await?;
        return Ok(applicant);
    }
    let record = if changed.is_empty() {
        applicant
    } else {
        tx.applicant_update(applicant.id, &applicant.fields).await?
    };
    tx.record_event(ctx.event(
        "applicant.updated",
        "applicant",
        record.id,
        json!({
            "applicant_id": record.id,
            "changed_fields": changed,
            "merged_from_application": application.id,
            "merged_from_submission": chosen.id,
            "linked_login": linked,
        }),
    ))
    .await?;
    tx.commit().await?;
    Ok(record)
}

/// Applications anonymized in one maintenance transaction at most.
const RETENTION_BATCH: i64 = 500;

/// The retention rule of one employer: its final applications older than `retention_days`
/// are anonymized, each with an `application.anonymized` event. Returns how many.
pub async fn anonymize_expired(
    db: &Database,
    scope: &crate::db::TenantScope,
    retention_days: i32,
) -> Result<usize, Failure> {
    let mut total = 0;
    loop {
        let mut tx = db.begin(scope).await?;
        let (ids, submissions) = tx
            .applications_anonymize_due(retention_days, RETENTION_BATCH)
            .await?;
        for id in &ids {
            tx.record_event(NewEvent {
                event_type: "application.anonymized",
                entity_type: "application",
                entity_id: *id,
                actor: "system:retention",
                request_id: None,
                payload: json!({ "application_id": id, "retention_days": retention_days }),
            })
            .await?;
        }
        // Stored receipts of the submissions carry nothing personal, but they name them.
        let mut described = ids.clone();
        described.extend(submissions);
        tx.idempotency_forget(&described).await?;
        tx.commit().await?;
        total += ids.len();
        if (ids.len() as i64) < RETENTION_BATCH {
            return Ok(total);
        }
    }
}
