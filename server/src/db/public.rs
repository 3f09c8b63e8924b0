//! The public read context: published jobs of every employer, for people without a token.
//!
//! A [`PublicTx`] is a read-only transaction that runs as the `jobs_public` role. That role may
//! SELECT only the public columns of `jobs` and `employers` and write nothing; row-level
//! security shows it published jobs only, and the employers that have one. Tenant data is never
//! reached from here, and nothing here is written.

use chrono::{DateTime, Utc};
use diesel::QueryableByName;
use diesel::prelude::*;
use diesel::sql_types::{Nullable, Text, Uuid as SqlUuid};
use diesel_async::{AsyncPgConnection, RunQueryDsl, SimpleAsyncConnection};
use uuid::Uuid;

use super::jobs::{CONTENT_COLUMNS, ContentRow};
use super::schema::jobs;
use super::tenant::Pooled;
use super::{Database, DbError};
use crate::domain::job::{JobFields, JobStatus};

pub struct PublicTx {
    conn: Option<Pooled>,
}

/// The employer as the public sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmployerSummary {
    pub id: Uuid,
    pub name: String,
    pub logo_url: Option<String>,
}

/// A published job, without internal members (the public role cannot even read them).
#[derive(Debug, Clone)]
pub struct PublicJobRecord {
    pub id: Uuid,
    pub employer: EmployerSummary,
    pub fields: JobFields,
    pub published_at: DateTime<Utc>,
}

#[derive(QueryableByName)]
#[diesel(table_name = super::schema::jobs, check_for_backend(diesel::pg::Pg))]
pub(super) struct PublicJobRow {
    id: Uuid,
    employer_id: Uuid,
    #[diesel(embed)]
    content: ContentRow,
    published_at: Option<DateTime<Utc>>,
    #[diesel(sql_type = Text)]
    employer_name: String,
    #[diesel(sql_type = Nullable<Text>)]
    employer_logo_url: Option<String>,
}

/// The columns of [`PublicJobRow`] over `jobs j JOIN employers e`.
pub(super) fn public_job_columns() -> String {
    format!(
        "j.id, j.employer_id, {CONTENT_COLUMNS}, j.published_at, e.name AS employer_name, \
         e.logo_url AS employer_logo_url"
    )
}

impl PublicJobRow {
    pub(super) fn id(&self) -> Uuid {
        self.id
    }

    pub(super) fn into_record(self) -> Result<PublicJobRecord, DbError> {
        Ok(PublicJobRecord {
            id: self.id,
            employer: EmployerSummary {
                id: self.employer_id,
                name: self.employer_name,
                logo_url: self.employer_logo_url,
            },
            fields: self.content.into_fields(),
            published_at: self
                .published_at
                .ok_or_else(|| DbError::Other("published job without published_at".into()))?,
        })
    }
}

impl Database {
    /// Starts a public read transaction (one round trip, like `begin`). Repeatable read, so a
    /// page and its facet counts describe the same moment.
    pub async fn begin_public(&self) -> Result<PublicTx, DbError> {
        let mut conn = self
            .pool
            .get_owned()
            .await
            .map_err(|_| DbError::Unavailable)?;
        conn.batch_execute(
            "ROLLBACK; BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; \
             SELECT set_config('role', 'jobs_public', true)",
        )
        .await
        .map_err(DbError::from_diesel)?;
        Ok(PublicTx { conn: Some(conn) })
    }
}

impl PublicTx {
    pub(super) fn conn(&mut self) -> Result<&mut AsyncPgConnection, DbError> {
        match self.conn.as_mut() {
            Some(conn) => Ok(&mut **conn),
            None => Err(DbError::Unavailable),
        }
    }

    /// Ends the (read-only) transaction.
    pub async fn finish(mut self) -> Result<(), DbError> {
        let mut conn = self.conn.take().ok_or(DbError::Unavailable)?;
        conn.batch_execute("COMMIT")
            .await
            .map_err(DbError::from_diesel)
    }

    /// A published job; anything else is `NotFound`.
    pub async fn public_job_get(&mut self, id: Uuid) -> Result<PublicJobRecord, DbError> {
        let sql = format!(
            "SELECT {} FROM jobs j JOIN employers e ON e.id = j.employer_id \
             WHERE j.id = $1 AND j.status = 'published'",
            public_job_columns()
        );
        diesel::sql_query(sql)
            .bind::<SqlUuid, _>(id)
            .get_result::<PublicJobRow>(self.conn()?)
            .await?
            .into_record()
    }

    /// The employer and status of a job that takes or took applications. Closed jobs are
    /// included (policy `jobs_closed_for_apply`, opened for this query only) so that applying
    /// to one is a conflict rather than "not found"; drafts and unknown ids are `NotFound`.
    pub async fn job_for_apply(&mut self, id: Uuid) -> Result<(Uuid, JobStatus), DbError> {
        let conn = self.conn()?;
        conn.batch_execute("SELECT set_config('app.public_closed', 'on', true)")
            .await
            .map_err(DbError::from_diesel)?;
        let found: Result<(Uuid, String), _> = jobs::table
            .filter(jobs::id.eq(id))
            .filter(
                jobs::status.eq_any([JobStatus::Published.as_str(), JobStatus::Closed.as_str()]),
            )
            .select((jobs::employer_id, jobs::status))
            .first(conn)
            .await;
        conn.batch_execute("SELECT set_config('app.public_closed', 'off', true)")
            .await
            .map_err(DbError::from_diesel)?;
        let (employer_id, status) = found?;
        let status = JobStatus::parse(&status)
            .ok_or_else(|| DbError::Other(format!("unknown job status {status}")))?;
        Ok((employer_id, status))
    }
}

impl Drop for PublicTx {
    fn drop(&mut self) {
        if let Some(mut conn) = self.conn.take()
            && let Ok(handle) = tokio::runtime::Handle::try_current()
        {
            handle.spawn(async move {
                let _ = conn.batch_execute("ROLLBACK").await;
            });
        }
    }
}
