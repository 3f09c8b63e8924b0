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
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use super::jobs::{CONTENT_COLUMNS, ContentRow};
use super::schema::jobs;
use super::stmt::Stmt;
use super::tenant::TenantScope;
use super::tx::{self, Access, Tx};
use super::{Database, DbError};
use crate::domain::job::{JobFields, JobStatus};

pub struct PublicTx {
    tx: Tx,
}

/// The employer as the public sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmployerSummary {
    pub id: Uuid,
    pub name: String,
    pub logo_url: Option<String>,
    /// The employer's own site (schema.org `sameAs` on the job page).
    pub website: Option<String>,
    /// The careers slug its uploaded logo is served under (`/careers/{slug}/logo`), when it
    /// has one: shown instead of `logo_url`.
    pub hosted_logo_slug: Option<String>,
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
    #[diesel(sql_type = Nullable<Text>)]
    employer_website: Option<String>,
    #[diesel(sql_type = Nullable<Text>)]
    employer_logo_slug: Option<String>,
}

/// The columns of [`PublicJobRow`] over `jobs j JOIN employers e`.
pub(super) fn public_job_columns() -> String {
    format!(
        "j.id, j.employer_id, {CONTENT_COLUMNS}, j.published_at, e.name AS employer_name, \
         e.logo_url AS employer_logo_url, e.website AS employer_website, \
         CASE WHEN e.logo_object_key IS NOT NULL THEN e.slug END AS employer_logo_slug"
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
                website: self.employer_website,
                hosted_logo_slug: self.employer_logo_slug,
            },
            fields: self.content.into_fields()?,
            published_at: self
                .published_at
                .ok_or_else(|| DbError::Other("published job without published_at".into()))?,
        })
    }
}

impl Database {
    /// Starts a public read transaction (one round trip). Repeatable read, so a page and its
    /// facet counts describe the same moment.
    pub async fn begin_public(&self) -> Result<PublicTx, DbError> {
        Ok(PublicTx {
            tx: Tx::begin(&self.pool, Access::Public, self.limits).await?,
        })
    }

    /// A public transaction of the public index's upkeep (see `Access::PublicIndex`).
    pub(super) async fn begin_public_index(&self) -> Result<PublicTx, DbError> {
        Ok(PublicTx {
            tx: Tx::begin(&self.pool, Access::PublicIndex, self.limits).await?,
        })
    }

    /// A published job in one statement (on the public-reads pool); anything else is
    /// `NotFound`.
    pub async fn public_job(&self, id: Uuid) -> Result<PublicJobRecord, DbError> {
        let stmt = Stmt::new(format!(
            "SELECT {} FROM jobs j JOIN employers e ON e.id = j.employer_id \
             WHERE j.id = $1 AND j.status = 'published'",
            public_job_columns()
        ))
        .with::<SqlUuid, _>(id);
        tx::read_configured::<PublicJobRow>(&self.public_reads, &stmt)
            .await?
            .into_iter()
            .next()
            .ok_or(DbError::NotFound)?
            .into_record()
    }
}

impl super::Database {
    /// The published jobs among `ids`, in the order of `ids` (one statement): a page of
    /// public search's index hits. A job closed since the index saw it is left out.
    pub async fn public_jobs_by_ids(&self, ids: &[Uuid]) -> Result<Vec<PublicJobRecord>, DbError> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let stmt = Stmt::new(format!(
            "SELECT {} FROM jobs j JOIN employers e ON e.id = j.employer_id \
             WHERE j.id = ANY($1) AND j.status = 'published'",
            public_job_columns()
        ))
        .with::<diesel::sql_types::Array<SqlUuid>, _>(ids.to_vec());
        let mut rows: Vec<PublicJobRow> =
            tx::read_configured::<PublicJobRow>(&self.public_reads, &stmt).await?;
        rows.sort_by_key(|row| ids.iter().position(|id| *id == row.id()));
        rows.into_iter().map(PublicJobRow::into_record).collect()
    }
}

impl PublicTx {
    pub(super) fn conn(&mut self) -> Result<&mut AsyncPgConnection, DbError> {
        self.tx.conn()
    }

    /// Ends the (read-only) transaction.
    pub async fn finish(self) -> Result<(), DbError> {
        self.tx.commit().await
    }

    /// The employer and status of a job that takes or took applications. Closed jobs are
    /// included (policy `jobs_closed_for_apply`, opened for this query only) so that applying
    /// to one is a conflict rather than "not found"; drafts and unknown ids are `NotFound`.
    pub async fn job_for_apply(&mut self, id: Uuid) -> Result<(TenantScope, JobStatus), DbError> {
        let conn = self.conn()?;
        Stmt::new("SELECT set_config('app.public_closed', 'on', true)")
            .execute(conn)
            .await?;
        let found: Result<(Uuid, String), _> = jobs::table
            .filter(jobs::id.eq(id))
            .filter(
                jobs::status.eq_any([JobStatus::Published.as_str(), JobStatus::Closed.as_str()]),
            )
            .select((jobs::employer_id, jobs::status))
            .first(conn)
            .await;
        Stmt::new("SELECT set_config('app.public_closed', 'off', true)")
            .execute(conn)
            .await?;
        let (employer_id, status) = found?;
        let status = JobStatus::parse(&status)
            .ok_or_else(|| DbError::Other(format!("unknown job status {status}")))?;
        // The employer that owns the job the application targets.
        Ok((TenantScope::new(employer_id), status))
    }
}
