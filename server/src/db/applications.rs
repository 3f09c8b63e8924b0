//! Applications of the handle's employer, with the applicant's summary and the notes.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::RunQueryDsl;
use uuid::Uuid;

use super::DbError;
use super::schema::{applicants, application_notes, applications, jobs};
use super::submissions::{NewSubmission, Submissions};
use super::tenant::TenantTx;
use crate::domain::applicant::{Consent, Submission};
use crate::domain::application::ApplicationStatus;
use crate::domain::job::JobStatus;

/// Who applied, as an application shows it: `None` name and e-mail once the person was erased.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApplicantSummary {
    pub id: Uuid,
    pub name: Option<String>,
    pub email: Option<String>,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = application_notes, check_for_backend(diesel::pg::Pg))]
pub struct NoteRecord {
    pub id: Uuid,
    pub application_id: Uuid,
    pub author: String,
    pub body: String,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone)]
pub struct ApplicationRecord {
    pub id: Uuid,
    pub job_id: Uuid,
    pub applicant: ApplicantSummary,
    pub status: ApplicationStatus,
    pub source: String,
    /// The `utm_source` of the link a public applicant followed.
    pub utm_source: Option<String>,
    pub cover_letter: Option<String>,
    /// What the person submitted (public applications only).
    pub submission: Option<Submission>,
    pub anonymized_at: Option<DateTime<Utc>>,
    pub notes: Vec<NoteRecord>,
    /// Every public submission, the first included: the newest, and how many.
    pub submissions: Submissions,
    /// The member it is assigned to.
    pub assignee_id: Option<Uuid>,
    /// Why it was rejected: the reason's id and its label then.
    pub rejection_reason: Option<(Uuid, String)>,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub status_changed_at: Option<DateTime<Utc>>,
    /// In lists while the employer has matching on: the advisory match (`Some(None)`: not
    /// scored yet). `None`: not shown.
    pub matching: Option<Option<super::MatchSummary>>,
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = applications, check_for_backend(diesel::pg::Pg))]
struct ApplicationRow {
    id: Uuid,
    job_id: Uuid,
    applicant_id: Uuid,
    status: String,
    source: String,
    cover_letter: Option<String>,
    version: i64,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
    status_changed_at: Option<DateTime<Utc>>,
    submission: Option<serde_json::Value>,
    anonymized_at: Option<DateTime<Utc>>,
    utm_source: Option<String>,
    assignee_id: Option<Uuid>,
    rejection_reason_id: Option<Uuid>,
    rejection_reason_label: Option<String>,
}

/// A submission as stored in `applications.submission`.
#[derive(serde::Serialize, serde::Deserialize)]
struct SubmissionJson {
    name: Option<String>,
    email: Option<String>,
    phone: Option<String>,
    #[serde(default)]
    skills: Vec<String>,
    #[serde(default)]
    languages: Vec<String>,
    #[serde(default)]
    links: Vec<String>,
    cv_upload_id: Option<Uuid>,
    #[serde(default)]
    cover_letter_upload_id: Option<Uuid>,
    cv_url: Option<String>,
    consent_granted_at: Option<DateTime<Utc>>,
    consent_policy_version: Option<String>,
}

pub(super) fn submission_json(s: &Submission) -> serde_json::Value {
    let json = SubmissionJson {
        name: s.name.clone(),
        email: s.email.clone(),
        phone: s.phone.clone(),
        skills: s.skills.clone(),
        languages: s.languages.clone(),
        links: s.links.clone(),
        cv_upload_id: s.cv_upload_id,
        cover_letter_upload_id: s.cover_letter_upload_id,
        cv_url: s.cv_url.clone(),
        consent_granted_at: s.consent.as_ref().map(|c| c.granted_at),
        consent_policy_version: s.consent.as_ref().map(|c| c.policy_version.clone()),
    };
    serde_json::to_value(json).unwrap_or(serde_json::Value::Null)
}

pub(super) fn submission_of(value: serde_json::Value) -> Result<Submission, DbError> {
    let j: SubmissionJson = serde_json::from_value(value)
        .map_err(|e| DbError::Other(format!("stored submission does not parse: {e}")))?;
    Ok(Submission {
        name: j.name,
        email: j.email,
        phone: j.phone,
        skills: j.skills,
        languages: j.languages,
        links: j.links,
        cv_upload_id: j.cv_upload_id,
        cover_letter_upload_id: j.cover_letter_upload_id,
        cv_url: j.cv_url,
        consent: match (j.consent_granted_at, j.consent_policy_version) {
            (Some(granted_at), Some(policy_version)) => Some(Consent {
                granted_at,
                policy_version,
            }),
            _ => None,
        },
    })
}

/// The rule of erasure and anonymization for stored submissions, in SQL: skills, languages
/// and the consent record stay; everything personal goes.
pub(super) const ERASED_SUBMISSION: &str = "CASE WHEN submission IS NULL THEN NULL ELSE \
    jsonb_build_object('skills', coalesce(submission -> 'skills', '[]'::jsonb), \
                       'languages', coalesce(submission -> 'languages', '[]'::jsonb), \
                       'consent_granted_at', submission -> 'consent_granted_at', \
                       'consent_policy_version', submission -> 'consent_policy_version') END";

type SummaryColumns = (applicants::id, applicants::name, applicants::email);
/// An application row with its applicant's (id, name, e-mail).
type RowWithSummary = (ApplicationRow, (Uuid, Option<String>, Option<String>));
const SUMMARY: SummaryColumns = (applicants::id, applicants::name, applicants::email);

impl ApplicationRow {
    fn into_record(
        self,
        applicant: (Uuid, Option<String>, Option<String>),
        notes: Vec<NoteRecord>,
        submissions: Submissions,
    ) -> Result<ApplicationRecord, DbError> {
        let status = ApplicationStatus::parse(&self.status)
            .ok_or_else(|| DbError::Other(format!("unknown application status {}", self.status)))?;
        debug_assert_eq!(applicant.0, self.applicant_id);
        Ok(ApplicationRecord {
            id: self.id,
            job_id: self.job_id,
            applicant: ApplicantSummary {
                id: applicant.0,
                name: applicant.1,
                email: applicant.2,
            },
            status,
            source: self.source,
            utm_source: self.utm_source,
            cover_letter: self.cover_letter,
            submission: self.submission.map(submission_of).transpose()?,
            anonymized_at: self.anonymized_at,
            notes,
            submissions,
            assignee_id: self.assignee_id,
            rejection_reason: self.rejection_reason_id.zip(self.rejection_reason_label),
            version: self.version,
            created_at: self.created_at,
            updated_at: self.updated_at,
            status_changed_at: self.status_changed_at,
            matching: None,
        })
    }
}

/// Keyset position in a job's application list (newest first).
pub type ApplicationPosition = (DateTime<Utc>, Uuid);

/// Which applications a list shows, and in which order (see `applications_list`).
#[derive(Debug, Clone, Copy, Default)]
pub struct ApplicationFilter {
    pub job_id: Option<Uuid>,
    pub status: Option<ApplicationStatus>,
    pub updated_after: Option<DateTime<Utc>>,
    pub assignee: Option<Assignee>,
    pub rejection_reason_id: Option<Uuid>,
    /// Best advisory match first (`sort=match`), then newest; `match_after` is the keyset
    /// position `(score, created_at, id)` (score `-1`: not scored yet).
    pub by_match: bool,
    pub match_after: Option<(i16, DateTime<Utc>, Uuid)>,
}

/// An application's match score as SQL (`-1` until scored), for `sort=match`.
const MATCH_SCORE_SQL: &str = "coalesce((SELECT m.score FROM application_matches m \
     WHERE m.application_id = applications.id AND m.employer_id = applications.employer_id), -1)";

/// Whom a list's applications are assigned to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Assignee {
    Member(Uuid),
    Nobody,
}

/// An application about to be created: by a public apply (with the submission), or by a
/// recruiter (`internal`, without one).
#[derive(Debug, Clone)]
pub struct NewApplication<'a> {
    pub id: Uuid,
    pub job_id: Uuid,
    pub applicant_id: Uuid,
    pub source: &'a str,
    pub utm_source: Option<&'a str>,
    /// The language of the application (BCP 47), for its e-mails.
    pub locale: Option<&'a str>,
    pub cover_letter: Option<&'a str>,
    pub applicant_sub: Option<&'a str>,
    pub submission: Option<&'a Submission>,
}

/// The application a person already has for a job.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Existing {
    pub id: Uuid,
}

impl TenantTx {
    /// The job's status, share-locked so that it cannot be closed or deleted before this
    /// transaction ends (an application is never added to a job that just closed).
    pub async fn job_status_for_apply(&mut self, job_id: Uuid) -> Result<JobStatus, DbError> {
        Ok(self.job_for_application(job_id).await?.0)
    }

    /// The job's status and whether its employer's careers page shows it, share-locked like
    /// [`Self::job_status_for_apply`].
    pub async fn job_for_application(
        &mut self,
        job_id: Uuid,
    ) -> Result<(JobStatus, bool), DbError> {
        let employer_id = self.employer_id();
        let (status, listed): (String, bool) = jobs::table
            .filter(jobs::employer_id.eq(employer_id))
            .filter(jobs::id.eq(job_id))
            .select((jobs::status, jobs::employer_listed))
            .for_share()
            .first(self.conn()?)
            .await?;
        let status = JobStatus::parse(&status)
            .ok_or_else(|| DbError::Other(format!("unknown job status {status}")))?;
        Ok((status, listed))
    }

    /// Inserts the application (and its submission, as the first, with the application's id)
    /// unless this person already applied to this job; then returns `Err(the existing one)`.
    /// Concurrent attempts wait for the first to commit.
    pub async fn application_insert_if_new(
        &mut self,
        new: &NewApplication<'_>,
    ) -> Result<Result<(ApplicationStatus, DateTime<Utc>), Existing>, DbError> {
        let employer_id = self.employer_id();
        let inserted: Option<(String, DateTime<Utc>)> = diesel::insert_into(applications::table)
            .values((
                applications::id.eq(new.id),
                applications::employer_id.eq(employer_id),
                applications::job_id.eq(new.job_id),
                applications::applicant_id.eq(new.applicant_id),
                applications::source.eq(new.source),
                applications::utm_source.eq(new.utm_source),
                applications::locale.eq(new.locale),
                applications::cover_letter.eq(new.cover_letter),
                applications::applicant_sub.eq(new.applicant_sub),
                applications::submission.eq(new.submission.map(submission_json)),
            ))
            .on_conflict((applications::job_id, applications::applicant_id))
            .do_nothing()
            .returning((applications::status, applications::created_at))
            .get_result(self.conn()?)
            .await
            .optional()?;
        if let Some((status, created_at)) = inserted {
            let status = ApplicationStatus::parse(&status)
                .ok_or_else(|| DbError::Other(format!("unknown application status {status}")))?;
            if let Some(submission) = new.submission {
                self.submission_insert(&NewSubmission {
                    id: new.id,
                    application_id: new.id,
                    job_id: new.job_id,
                    applicant_sub: new.applicant_sub,
                    cover_letter: new.cover_letter,
                    submission,
                })
                .await?;
            }
            return Ok(Ok((status, created_at)));
        }
        let id: Uuid = applications::table
            .filter(applications::employer_id.eq(employer_id))
            .filter(applications::job_id.eq(new.job_id))
            .filter(applications::applicant_id.eq(new.applicant_id))
            .select(applications::id)
            .for_no_key_update()
            .first(self.conn()?)
            .await?;
        Ok(Err(Existing { id }))
    }

    pub async fn application_get(&mut self, id: Uuid) -> Result<ApplicationRecord, DbError> {
        self.application_load(id, false).await
    }

    /// The application, locked against concurrent changes until the transaction ends.
    pub async fn application_for_update(&mut self, id: Uuid) -> Result<ApplicationRecord, DbError> {
        self.application_load(id, true).await
    }

    /// The application `id` names: its own id, or one of its submissions' (a receipt's id).
    async fn application_load(
        &mut self,
        id: Uuid,
        for_update: bool,
    ) -> Result<ApplicationRecord, DbError> {
        match self.application_load_exact(id, for_update).await {
            Err(DbError::NotFound) => {
                let application = self.application_of_submission(id).await?;
                self.application_load_exact(application, for_update).await
            }
            other => other,
        }
    }

    async fn application_load_exact(
        &mut self,
        id: Uuid,
        for_update: bool,
    ) -> Result<ApplicationRecord, DbError> {
        let employer_id = self.employer_id();
        if for_update {
            // Only the application's row: erasure locks the applicant first, then its
            // applications, and this order must never be reversed.
            applications::table
                .filter(applications::employer_id.eq(employer_id))
                .filter(applications::id.eq(id))
                .select(applications::id)
                .for_update()
                .first::<Uuid>(self.conn()?)
                .await?;
        }
        let (row, applicant): RowWithSummary = applications::table
            .inner_join(applicants::table)
            .filter(applications::employer_id.eq(employer_id))
            .filter(applications::id.eq(id))
            .select((ApplicationRow::as_select(), SUMMARY))
            .first(self.conn()?)
            .await?;
        let notes = self
            .notes_of(&[row.id])
            .await?
            .remove(&row.id)
            .unwrap_or_default();
        let submissions = self
            .submissions_of(&[row.id])
            .await?
            .remove(&row.id)
            .unwrap_or_default();
        row.into_record(applicant, notes, submissions)
    }

    /// The employer's applications (to one job, with `job_id`), newest first, or oldest change
    /// first with `updated_after`; after `after` (exclusive), at most `limit`.
    pub async fn applications_list(
        &mut self,
        filter: &ApplicationFilter,
        after: Option<ApplicationPosition>,
        limit: i64,
    ) -> Result<Vec<ApplicationRecord>, DbError> {
        let employer_id = self.employer_id();
        let mut query = applications::table
            .inner_join(applicants::table)
            .filter(applications::employer_id.eq(employer_id))
            .select((ApplicationRow::as_select(), SUMMARY))
            .limit(limit)
            .into_boxed();
        if let Some(job_id) = filter.job_id {
            query = query.filter(applications::job_id.eq(job_id));
        }
        if let Some(status) = filter.status {
            query = query.filter(applications::status.eq(status.as_str()));
        }
        match filter.assignee {
            Some(Assignee::Member(id)) => query = query.filter(applications::assignee_id.eq(id)),
            Some(Assignee::Nobody) => query = query.filter(applications::assignee_id.is_null()),
            None => {}
        }
        if let Some(reason) = filter.rejection_reason_id {
            query = query.filter(applications::rejection_reason_id.eq(reason));
        }
        if filter.by_match {
            use diesel::sql_types::{Bool, SmallInt, Timestamptz, Uuid as SqlUuid};
            query = query.order((
                diesel::dsl::sql::<SmallInt>(MATCH_SCORE_SQL).desc(),
                applications::created_at.desc(),
                applications::id.desc(),
            ));
            if let Some((score, created_at, id)) = filter.match_after {
                query = query.filter(
                    diesel::dsl::sql::<Bool>(&format!(
                        "({MATCH_SCORE_SQL}, applications.created_at, applications.id) < ("
                    ))
                    .bind::<SmallInt, _>(score)
                    .sql(", ")
                    .bind::<Timestamptz, _>(created_at)
                    .sql(", ")
                    .bind::<SqlUuid, _>(id)
                    .sql(")"),
                );
            }
            let rows: Vec<RowWithSummary> = query.load(self.conn()?).await?;
            return self.with_notes(rows).await;
        }
        match filter.updated_after {
            Some(since) => {
                query = query
                    .filter(applications::updated_at.gt(since))
                    .order((applications::updated_at.asc(), applications::id.asc()));
                if let Some((updated_at, id)) = after {
                    query = query.filter(
                        applications::updated_at
                            .gt(updated_at)
                            .or(applications::updated_at
                                .eq(updated_at)
                                .and(applications::id.gt(id))),
                    );
                }
            }
            None => {
                query = query.order((applications::created_at.desc(), applications::id.desc()));
                if let Some((created_at, id)) = after {
                    query = query.filter(
                        applications::created_at
                            .lt(created_at)
                            .or(applications::created_at
                                .eq(created_at)
                                .and(applications::id.lt(id))),
                    );
                }
            }
        }
        let rows: Vec<RowWithSummary> = query.load(self.conn()?).await?;
        self.with_notes(rows).await
    }

    /// The records of listed rows, with their notes and submissions.
    async fn with_notes(
        &mut self,
        rows: Vec<RowWithSummary>,
    ) -> Result<Vec<ApplicationRecord>, DbError> {
        let ids: Vec<Uuid> = rows.iter().map(|(r, _)| r.id).collect();
        let mut notes = self.notes_of(&ids).await?;
        let mut submissions = self.submissions_of(&ids).await?;
        rows.into_iter()
            .map(|(row, applicant)| {
                let of_row = notes.remove(&row.id).unwrap_or_default();
                let submitted = submissions.remove(&row.id).unwrap_or_default();
                row.into_record(applicant, of_row, submitted)
            })
            .collect()
    }

    /// Notes of these applications, oldest first, by application.
    async fn notes_of(&mut self, ids: &[Uuid]) -> Result<HashMap<Uuid, Vec<NoteRecord>>, DbError> {
        let mut by_application: HashMap<Uuid, Vec<NoteRecord>> = HashMap::new();
        if ids.is_empty() {
            return Ok(by_application);
        }
        let employer_id = self.employer_id();
        let notes: Vec<NoteRecord> = application_notes::table
            .filter(application_notes::employer_id.eq(employer_id))
            .filter(application_notes::application_id.eq_any(ids))
            .order((
                application_notes::created_at.asc(),
                application_notes::id.asc(),
            ))
            .select(NoteRecord::as_select())
            .load(self.conn()?)
            .await?;
        for note in notes {
            by_application
                .entry(note.application_id)
                .or_default()
                .push(note);
        }
        Ok(by_application)
    }

    /// Bumps the version, moving to `status` (stamping when) if given.
    pub async fn application_touch(
        &mut self,
        id: Uuid,
        status: Option<ApplicationStatus>,
    ) -> Result<(), DbError> {
        let employer_id = self.employer_id();
        let target = applications::table
            .filter(applications::employer_id.eq(employer_id))
            .filter(applications::id.eq(id));
        let common = (
            applications::version.eq(applications::version + 1),
            applications::updated_at.eq(diesel::dsl::now),
        );
        let conn = self.conn()?;
        let updated = match status {
            Some(status) => {
                diesel::update(target)
                    .set((
                        common,
                        applications::status.eq(status.as_str()),
                        applications::status_changed_at.eq(diesel::dsl::now
                            .into_sql::<diesel::sql_types::Timestamptz>()
                            .nullable()),
                    ))
                    .execute(conn)
                    .await?
            }
            None => diesel::update(target).set(common).execute(conn).await?,
        };
        if updated == 0 {
            return Err(DbError::NotFound);
        }
        Ok(())
    }

    /// Assigns the application to a member (`None`: to nobody).
    pub async fn application_assign(
        &mut self,
        id: Uuid,
        assignee: Option<Uuid>,
    ) -> Result<(), DbError> {
        let employer_id = self.employer_id();
        diesel::update(
            applications::table
                .filter(applications::employer_id.eq(employer_id))
                .filter(applications::id.eq(id)),
        )
        .set(applications::assignee_id.eq(assignee))
        .execute(self.conn()?)
        .await?;
        Ok(())
    }

    /// Records why the application was rejected (the reason's id and its label now).
    pub async fn application_set_rejection_reason(
        &mut self,
        id: Uuid,
        reason_id: Uuid,
        label: &str,
    ) -> Result<(), DbError> {
        let employer_id = self.employer_id();
        diesel::update(
            applications::table
                .filter(applications::employer_id.eq(employer_id))
                .filter(applications::id.eq(id)),
        )
        .set((
            applications::rejection_reason_id.eq(reason_id),
            applications::rejection_reason_label.eq(label),
        ))
        .execute(self.conn()?)
        .await?;
        Ok(())
    }

    pub async fn application_note_count(&mut self, application_id: Uuid) -> Result<i64, DbError> {
        let employer_id = self.employer_id();
        Ok(application_notes::table
            .filter(application_notes::employer_id.eq(employer_id))
            .filter(application_notes::application_id.eq(application_id))
            .count()
            .get_result(self.conn()?)
            .await?)
    }

    pub async fn application_add_note(
        &mut self,
        application_id: Uuid,
        author: &str,
        body: &str,
    ) -> Result<NoteRecord, DbError> {
        let employer_id = self.employer_id();
        Ok(diesel::insert_into(application_notes::table)
            .values((
                application_notes::id.eq(Uuid::now_v7()),
                application_notes::employer_id.eq(employer_id),
                application_notes::application_id.eq(application_id),
                application_notes::author.eq(author),
                application_notes::body.eq(body),
            ))
            .returning(NoteRecord::as_returning())
            .get_result(self.conn()?)
            .await?)
    }
}

impl TenantTx {
    /// Anonymizes up to `limit` of the employer's applications that reached a final status
    /// more than `retention_days` ago: every submission keeps what erasure keeps, the cover
    /// letters, the notes and the links to applicants' logins go. Returns their ids and their
    /// submissions' ids.
    pub async fn applications_anonymize_due(
        &mut self,
        retention_days: i32,
        limit: i64,
    ) -> Result<(Vec<Uuid>, Vec<Uuid>), DbError> {
        #[derive(QueryableByName)]
        struct Anonymized {
            #[diesel(sql_type = diesel::sql_types::Uuid)]
            id: Uuid,
        }
        let employer_id = self.employer_id();
        let sql = format!(
            "WITH due AS ( \
                 SELECT id FROM applications \
                 WHERE employer_id = $1 AND status IN ('hired', 'rejected') \
                   AND anonymized_at IS NULL \
                   AND status_changed_at < now() - make_interval(days => $2) \
                 ORDER BY status_changed_at LIMIT $3 FOR UPDATE SKIP LOCKED), \
             notes AS ( \
                 DELETE FROM application_notes n USING due \
                 WHERE n.employer_id = $1 AND n.application_id = due.id) \
             UPDATE applications a SET submission = {ERASED_SUBMISSION}, cover_letter = NULL, \
                 applicant_sub = NULL, anonymized_at = now(), version = version + 1, \
                 updated_at = now() \
             FROM due WHERE a.id = due.id AND a.employer_id = $1 \
             RETURNING a.id"
        );
        let rows: Vec<Anonymized> = diesel::sql_query(sql)
            .bind::<diesel::sql_types::Uuid, _>(employer_id)
            .bind::<diesel::sql_types::Integer, _>(retention_days)
            .bind::<diesel::sql_types::BigInt, _>(limit)
            .load(self.conn()?)
            .await?;
        let applications: Vec<Uuid> = rows.into_iter().map(|r| r.id).collect();
        let submissions = self.submissions_erase(&applications).await?;
        self.comments_delete_of(&applications).await?;
        Ok((applications, submissions))
    }
}
