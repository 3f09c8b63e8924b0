//! The public context: published jobs of every employer, read-only, for callers without an
//! employer (public apply).

use diesel::prelude::*;
use diesel_async::{RunQueryDsl, SimpleAsyncConnection};
use uuid::Uuid;

use super::read_only::ReadOnlyTx;
use super::schema::jobs;
use super::{Database, DbError};
use crate::domain::job::JobStatus;

/// A read-only transaction that sees published jobs (policy `jobs_public_read`) and nothing of
/// any tenant table besides.
pub struct PublicTx {
    tx: ReadOnlyTx,
}

impl Database {
    pub async fn begin_public(&self) -> Result<PublicTx, DbError> {
        let tx = self
            .begin_read_only(", set_config('app.public', 'on', true)")
            .await?;
        Ok(PublicTx { tx })
    }
}

impl PublicTx {
    /// The employer and status of a job that takes or took applications. Closed jobs are
    /// included (policy `jobs_closed_for_apply`, opened for this query only) so that applying
    /// to one is a conflict rather than "not found"; drafts and unknown ids are `NotFound`.
    pub async fn job_for_apply(&mut self, id: Uuid) -> Result<(Uuid, JobStatus), DbError> {
        let conn = self.tx.conn()?;
        conn.batch_execute("SELECT set_config('app.public_closed', 'on', true)")
            .await
            .map_err(DbError::from_diesel)?;
        let (employer_id, status): (Uuid, String) = jobs::table
            .filter(jobs::id.eq(id))
            .filter(
                jobs::status.eq_any([JobStatus::Published.as_str(), JobStatus::Closed.as_str()]),
            )
            .select((jobs::employer_id, jobs::status))
            .first(conn)
            .await?;
        conn.batch_execute("SELECT set_config('app.public_closed', 'off', true)")
            .await
            .map_err(DbError::from_diesel)?;
        let status = JobStatus::parse(&status)
            .ok_or_else(|| DbError::Other(format!("unknown job status {status}")))?;
        Ok((employer_id, status))
    }

    pub async fn commit(self) -> Result<(), DbError> {
        self.tx.finish().await
    }
}
