//! The submissions of public applications (see the migration `application_submissions`): the
//! first creates the application, later ones by the same address to the same job are added to
//! it. Recruiters read them newest first; erasure and retention treat them like the
//! application's own submission.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use diesel::QueryableByName;
use diesel::sql_types::{Array, BigInt, Bool, Jsonb, Nullable, Text, Timestamptz, Uuid as SqlUuid};
use diesel_async::RunQueryDsl;
use uuid::Uuid;

use super::DbError;
use super::applications::{ERASED_SUBMISSION, submission_json, submission_of};
use super::stmt::Stmt;
use super::tenant::TenantTx;
use crate::domain::applicant::Submission;

/// How many submissions an application shows, newest first (`submission_count` has them all).
pub const SHOWN_SUBMISSIONS: i64 = 20;

/// One submission as recruiters see it.
#[derive(Debug, Clone)]
pub struct SubmissionRecord {
    pub id: Uuid,
    pub submitted_at: DateTime<Utc>,
    /// Made with an applicant token (whose subject is not shown).
    pub authenticated: bool,
    /// When the address was confirmed through the e-mailed link.
    pub email_confirmed_at: Option<DateTime<Utc>>,
    pub cover_letter: Option<String>,
    pub submission: Submission,
}

/// The newest submissions of an application and how many it has.
#[derive(Debug, Clone, Default)]
pub struct Submissions {
    pub newest: Vec<SubmissionRecord>,
    pub count: i64,
}

/// A submission about to be stored.
pub struct NewSubmission<'a> {
    pub id: Uuid,
    pub application_id: Uuid,
    pub job_id: Uuid,
    pub applicant_sub: Option<&'a str>,
    pub cover_letter: Option<&'a str>,
    pub submission: &'a Submission,
}

#[derive(QueryableByName)]
struct Row {
    #[diesel(sql_type = SqlUuid)]
    id: Uuid,
    #[diesel(sql_type = SqlUuid)]
    application_id: Uuid,
    #[diesel(sql_type = Timestamptz)]
    submitted_at: DateTime<Utc>,
    #[diesel(sql_type = Bool)]
    authenticated: bool,
    #[diesel(sql_type = Nullable<Timestamptz>)]
    email_confirmed_at: Option<DateTime<Utc>>,
    #[diesel(sql_type = Nullable<Text>)]
    cover_letter: Option<String>,
    #[diesel(sql_type = Jsonb)]
    submission: serde_json::Value,
    #[diesel(sql_type = BigInt)]
    total: i64,
    /// Only read for a merge (the login to link).
    #[diesel(sql_type = Nullable<Text>)]
    applicant_sub: Option<String>,
}

#[derive(QueryableByName)]
struct Stored {
    #[diesel(sql_type = SqlUuid)]
    id: Uuid,
    #[diesel(sql_type = Timestamptz)]
    submitted_at: DateTime<Utc>,
}

#[derive(QueryableByName)]
struct Id {
    #[diesel(sql_type = SqlUuid)]
    id: Uuid,
}

impl TenantTx {
    /// Stores a submission; returns its id and time (the database's clock, like every time
    /// the API shows).
    pub async fn submission_insert(
        &mut self,
        new: &NewSubmission<'_>,
    ) -> Result<(Uuid, DateTime<Utc>), DbError> {
        let employer = self.employer_id();
        let stored: Stored = Stmt::new(
            "INSERT INTO application_submissions (id, employer_id, application_id, job_id, \
               applicant_sub, cover_letter, submission) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id, submitted_at",
        )
        .with::<SqlUuid, _>(new.id)
        .with::<SqlUuid, _>(employer)
        .with::<SqlUuid, _>(new.application_id)
        .with::<SqlUuid, _>(new.job_id)
        .with::<Nullable<Text>, _>(new.applicant_sub.map(str::to_string))
        .with::<Nullable<Text>, _>(new.cover_letter.map(str::to_string))
        .with::<Jsonb, _>(submission_json(new.submission))
        .get_result(self.conn()?)
        .await?;
        Ok((stored.id, stored.submitted_at))
    }

    /// The earliest submission `sub` made to the application, if any (a token's own earlier
    /// application).
    pub async fn submission_of_subject(
        &mut self,
        application_id: Uuid,
        sub: &str,
    ) -> Result<Option<Uuid>, DbError> {
        let employer = self.employer_id();
        let rows: Vec<Id> = Stmt::new(
            "SELECT id FROM application_submissions \
             WHERE employer_id = $1 AND application_id = $2 AND applicant_sub = $3 \
             ORDER BY submitted_at, id LIMIT 1",
        )
        .with::<SqlUuid, _>(employer)
        .with::<SqlUuid, _>(application_id)
        .with::<Text, _>(sub.to_string())
        .load(self.conn()?)
        .await?;
        Ok(rows.into_iter().next().map(|r| r.id))
    }

    /// The application a submission (a receipt's id) belongs to.
    pub async fn application_of_submission(&mut self, id: Uuid) -> Result<Uuid, DbError> {
        let employer = self.employer_id();
        let rows: Vec<Id> = Stmt::new(
            "SELECT application_id AS id FROM application_submissions \
             WHERE employer_id = $1 AND id = $2",
        )
        .with::<SqlUuid, _>(employer)
        .with::<SqlUuid, _>(id)
        .load(self.conn()?)
        .await?;
        rows.into_iter()
            .next()
            .map(|r| r.id)
            .ok_or(DbError::NotFound)
    }

    /// One submission of the application (`id`), or its first (`None`: the application's
    /// own), with the subject that made it.
    pub async fn submission_for_merge(
        &mut self,
        application_id: Uuid,
        id: Option<Uuid>,
    ) -> Result<(SubmissionRecord, Option<String>), DbError> {
        let employer = self.employer_id();
        let found: Row = Stmt::new(
            "SELECT id, application_id, submitted_at, applicant_sub IS NOT NULL AS authenticated, \
                    email_confirmed_at, cover_letter, submission, 1::bigint AS total, applicant_sub \
             FROM application_submissions \
             WHERE employer_id = $1 AND application_id = $2 AND ($3::uuid IS NULL OR id = $3) \
             ORDER BY submitted_at, id LIMIT 1",
        )
        .with::<SqlUuid, _>(employer)
        .with::<SqlUuid, _>(application_id)
        .with::<Nullable<SqlUuid>, _>(id)
        .get_result(self.conn()?)
        .await?;
        let sub = found.applicant_sub.clone();
        Ok((record(found)?, sub))
    }

    /// The newest [`SHOWN_SUBMISSIONS`] of each application, and their counts.
    pub(super) async fn submissions_of(
        &mut self,
        ids: &[Uuid],
    ) -> Result<HashMap<Uuid, Submissions>, DbError> {
        let mut by_application: HashMap<Uuid, Submissions> = HashMap::new();
        if ids.is_empty() {
            return Ok(by_application);
        }
        let employer = self.employer_id();
        let rows: Vec<Row> = Stmt::new(format!(
            "SELECT id, application_id, submitted_at, authenticated, email_confirmed_at, \
                    cover_letter, submission, total, applicant_sub FROM ( \
               SELECT id, application_id, submitted_at, applicant_sub IS NOT NULL AS authenticated, \
                      email_confirmed_at, cover_letter, submission, NULL::text AS applicant_sub, \
                      row_number() OVER (PARTITION BY application_id \
                                         ORDER BY submitted_at DESC, id DESC) AS n, \
                      count(*) OVER (PARTITION BY application_id) AS total \
               FROM application_submissions \
               WHERE employer_id = $1 AND application_id = ANY($2)) AS s \
             WHERE n <= {SHOWN_SUBMISSIONS} ORDER BY application_id, n"
        ))
        .with::<SqlUuid, _>(employer)
        .with::<Array<SqlUuid>, _>(ids.to_vec())
        .load(self.conn()?)
        .await?;
        for row in rows {
            let entry = by_application.entry(row.application_id).or_default();
            entry.count = row.total;
            entry.newest.push(record(row)?);
        }
        Ok(by_application)
    }

    /// Makes `sub` the application's login (a merge of that person's submission).
    pub async fn application_link_subject(
        &mut self,
        application_id: Uuid,
        sub: &str,
    ) -> Result<bool, DbError> {
        let employer = self.employer_id();
        let n = Stmt::new(
            "UPDATE applications SET applicant_sub = $3 \
             WHERE employer_id = $1 AND id = $2 AND applicant_sub IS DISTINCT FROM $3",
        )
        .with::<SqlUuid, _>(employer)
        .with::<SqlUuid, _>(application_id)
        .with::<Text, _>(sub.to_string())
        .execute(self.conn()?)
        .await?;
        Ok(n > 0)
    }

    /// Erases the personal members of every submission to these applications (erasure of the
    /// person, retention); returns the submissions' ids (their stored receipts go too).
    pub(super) async fn submissions_erase(
        &mut self,
        application_ids: &[Uuid],
    ) -> Result<Vec<Uuid>, DbError> {
        if application_ids.is_empty() {
            return Ok(Vec::new());
        }
        let employer = self.employer_id();
        let rows: Vec<Id> = Stmt::new(format!(
            "UPDATE application_submissions SET submission = {ERASED_SUBMISSION}, \
               cover_letter = NULL, applicant_sub = NULL \
             WHERE employer_id = $1 AND application_id = ANY($2) RETURNING id"
        ))
        .with::<SqlUuid, _>(employer)
        .with::<Array<SqlUuid>, _>(application_ids.to_vec())
        .load(self.conn()?)
        .await?;
        Ok(rows.into_iter().map(|r| r.id).collect())
    }
}

fn record(row: Row) -> Result<SubmissionRecord, DbError> {
    Ok(SubmissionRecord {
        id: row.id,
        submitted_at: row.submitted_at,
        authenticated: row.authenticated,
        email_confirmed_at: row.email_confirmed_at,
        cover_letter: row.cover_letter,
        submission: submission_of(row.submission)?,
    })
}
