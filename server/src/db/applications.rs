//! Applications of the handle's employer, with the applicant's summary and the notes.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::RunQueryDsl;
use uuid::Uuid;

use super::DbError;
use super::schema::{applicants, application_notes, applications, jobs};
use super::tenant::TenantTx;
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
    pub cover_letter: Option<String>,
    pub notes: Vec<NoteRecord>,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub status_changed_at: Option<DateTime<Utc>>,
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
}

type SummaryColumns = (applicants::id, applicants::name, applicants::email);
/// An application row with its applicant's (id, name, e-mail).
type RowWithSummary = (ApplicationRow, (Uuid, Option<String>, Option<String>));
const SUMMARY: SummaryColumns = (applicants::id, applicants::name, applicants::email);

impl ApplicationRow {
    fn into_record(
        self,
        applicant: (Uuid, Option<String>, Option<String>),
        notes: Vec<NoteRecord>,
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
            cover_letter: self.cover_letter,
            notes,
            version: self.version,
            created_at: self.created_at,
            updated_at: self.updated_at,
            status_changed_at: self.status_changed_at,
        })
    }
}

/// Keyset position in a job's application list (newest first).
pub type ApplicationPosition = (DateTime<Utc>, Uuid);

/// An application just created by a public apply.
#[derive(Debug, Clone)]
pub struct NewApplication<'a> {
    pub id: Uuid,
    pub job_id: Uuid,
    pub applicant_id: Uuid,
    pub cover_letter: Option<&'a str>,
    pub applicant_sub: Option<&'a str>,
}

impl TenantTx {
    /// The job's status, share-locked so that it cannot be closed or deleted before this
    /// transaction ends (an application is never added to a job that just closed).
    pub async fn job_status_for_apply(&mut self, job_id: Uuid) -> Result<JobStatus, DbError> {
        let employer_id = self.employer_id();
        let status: String = jobs::table
            .filter(jobs::employer_id.eq(employer_id))
            .filter(jobs::id.eq(job_id))
            .select(jobs::status)
            .for_share()
            .first(self.conn()?)
            .await?;
        JobStatus::parse(&status)
            .ok_or_else(|| DbError::Other(format!("unknown job status {status}")))
    }

    /// Inserts the application unless this person already applied to this job; then returns
    /// `Err(existing application id)`. Concurrent attempts wait for the first to commit.
    pub async fn application_insert_if_new(
        &mut self,
        new: &NewApplication<'_>,
    ) -> Result<Result<(ApplicationStatus, DateTime<Utc>), Uuid>, DbError> {
        let employer_id = self.employer_id();
        let inserted: Option<(String, DateTime<Utc>)> = diesel::insert_into(applications::table)
            .values((
                applications::id.eq(new.id),
                applications::employer_id.eq(employer_id),
                applications::job_id.eq(new.job_id),
                applications::applicant_id.eq(new.applicant_id),
                applications::source.eq("public"),
                applications::cover_letter.eq(new.cover_letter),
                applications::applicant_sub.eq(new.applicant_sub),
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
            return Ok(Ok((status, created_at)));
        }
        let existing: Uuid = applications::table
            .filter(applications::employer_id.eq(employer_id))
            .filter(applications::job_id.eq(new.job_id))
            .filter(applications::applicant_id.eq(new.applicant_id))
            .select(applications::id)
            .first(self.conn()?)
            .await?;
        Ok(Err(existing))
    }

    pub async fn application_get(&mut self, id: Uuid) -> Result<ApplicationRecord, DbError> {
        self.application_load(id, false).await
    }

    /// The application, locked against concurrent changes until the transaction ends.
    pub async fn application_for_update(&mut self, id: Uuid) -> Result<ApplicationRecord, DbError> {
        self.application_load(id, true).await
    }

    async fn application_load(
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
        row.into_record(applicant, notes)
    }

    /// A job's applications, newest first, after `after` (exclusive), at most `limit`.
    pub async fn applications_list(
        &mut self,
        job_id: Uuid,
        status: Option<ApplicationStatus>,
        after: Option<ApplicationPosition>,
        limit: i64,
    ) -> Result<Vec<ApplicationRecord>, DbError> {
        let employer_id = self.employer_id();
        let mut query = applications::table
            .inner_join(applicants::table)
            .filter(applications::employer_id.eq(employer_id))
            .filter(applications::job_id.eq(job_id))
            .select((ApplicationRow::as_select(), SUMMARY))
            .order((applications::created_at.desc(), applications::id.desc()))
            .limit(limit)
            .into_boxed();
        if let Some(status) = status {
            query = query.filter(applications::status.eq(status.as_str()));
        }
        if let Some((created_at, id)) = after {
            query = query.filter(
                applications::created_at
                    .lt(created_at)
                    .or(applications::created_at
                        .eq(created_at)
                        .and(applications::id.lt(id))),
            );
        }
        let rows: Vec<RowWithSummary> = query.load(self.conn()?).await?;
        let ids: Vec<Uuid> = rows.iter().map(|(r, _)| r.id).collect();
        let mut notes = self.notes_of(&ids).await?;
        rows.into_iter()
            .map(|(row, applicant)| {
                let of_row = notes.remove(&row.id).unwrap_or_default();
                row.into_record(applicant, of_row)
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
