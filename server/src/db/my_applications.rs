//! The applicant context: an applicant's own applications across employers, matched on the
//! verified token `sub` (policies `application_submissions_of_applicant`,
//! `applications_of_applicant`, `jobs_applied_to`, `employers_applied_to`), read-only.

use chrono::{DateTime, Utc};
use diesel::QueryableByName;
use diesel::sql_types::{BigInt, Nullable, Text, Timestamptz};
use diesel_async::RunQueryDsl;
use uuid::Uuid;

use super::tx::{Access, Tx};
use super::{Database, DbError};
use crate::domain::application::ApplicationStatus;

/// A read-only transaction that sees only the applications carrying the caller's `sub`, and
/// the jobs and employers they were made to.
pub struct ApplicantTx {
    tx: Tx,
    sub: String,
}

/// What an applicant may see of their own application.
#[derive(Debug, Clone)]
pub struct MyApplicationRecord {
    pub id: Uuid,
    pub job_id: Uuid,
    pub job_title: String,
    pub employer_name: String,
    pub status: ApplicationStatus,
    pub created_at: DateTime<Utc>,
}

#[derive(QueryableByName)]
struct MyApplicationRow {
    #[diesel(sql_type = diesel::sql_types::Uuid)]
    id: Uuid,
    #[diesel(sql_type = diesel::sql_types::Uuid)]
    job_id: Uuid,
    #[diesel(sql_type = Text)]
    job_title: String,
    #[diesel(sql_type = Text)]
    employer_name: String,
    #[diesel(sql_type = Text)]
    status: String,
    #[diesel(sql_type = Timestamptz)]
    created_at: DateTime<Utc>,
}

/// Keyset position in the applicant's list (newest first).
pub type MyApplicationPosition = (DateTime<Utc>, Uuid);

impl Database {
    /// `sub` is the verified token's subject; it is bound as a parameter, never inlined.
    pub async fn begin_applicant(&self, sub: &str) -> Result<ApplicantTx, DbError> {
        let tx = Tx::begin(&self.pool, Access::Applicant(sub), self.limits).await?;
        Ok(ApplicantTx {
            tx,
            sub: sub.to_string(),
        })
    }
}

impl ApplicantTx {
    /// Newest first, after `after` (exclusive), at most `limit` rows.
    pub async fn my_applications(
        &mut self,
        after: Option<MyApplicationPosition>,
        limit: i64,
    ) -> Result<Vec<MyApplicationRecord>, DbError> {
        let (after_at, after_id) = after.map_or((None, None), |(at, id)| (Some(at), Some(id)));
        // Each of the person's own submissions (a first one is its application). The status is
        // the application's when the application is theirs (they made it first, or a recruiter
        // merged their submission); row-level security hides other applications, and a
        // submission to someone else's is `new` from where this person stands.
        let rows: Vec<MyApplicationRow> = diesel::sql_query(
            "SELECT s.id, s.job_id, j.title AS job_title, e.name AS employer_name, \
                    coalesce(a.status, 'new') AS status, s.submitted_at AS created_at \
             FROM application_submissions s \
             JOIN jobs j ON j.id = s.job_id AND j.employer_id = s.employer_id \
             JOIN employers e ON e.id = s.employer_id \
             LEFT JOIN applications a ON a.id = s.application_id AND a.employer_id = s.employer_id \
             WHERE s.applicant_sub = $1 \
               AND ($2::timestamptz IS NULL OR (s.submitted_at, s.id) < ($2, $3)) \
             ORDER BY s.submitted_at DESC, s.id DESC \
             LIMIT $4",
        )
        .bind::<Text, _>(&self.sub)
        .bind::<Nullable<Timestamptz>, _>(after_at)
        .bind::<Nullable<diesel::sql_types::Uuid>, _>(after_id)
        .bind::<BigInt, _>(limit)
        .load(self.tx.conn()?)
        .await?;
        rows.into_iter()
            .map(|r| {
                let status = ApplicationStatus::parse(&r.status).ok_or_else(|| {
                    DbError::Other(format!("unknown application status {}", r.status))
                })?;
                Ok(MyApplicationRecord {
                    id: r.id,
                    job_id: r.job_id,
                    job_title: r.job_title,
                    employer_name: r.employer_name,
                    status,
                    created_at: r.created_at,
                })
            })
            .collect()
    }

    pub async fn commit(self) -> Result<(), DbError> {
        self.tx.commit().await
    }
}
