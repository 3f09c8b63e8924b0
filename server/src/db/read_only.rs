//! Read-only transactions for callers without an employer: the public context (published jobs,
//! for applying) and the applicant context (an applicant's own applications). Both run as the
//! unprivileged `jobs_app` role under row-level security, like a tenant transaction; what they
//! may see is decided by the SELECT policies that their transaction-local settings open (see
//! migrations `jobs_public_read` and `applicants_applications_shortlists`).

use diesel::sql_types::Text;
use diesel_async::{AsyncPgConnection, RunQueryDsl, SimpleAsyncConnection};

use super::{Database, DbError};

type Pooled = bb8::PooledConnection<
    'static,
    diesel_async::pooled_connection::AsyncDieselConnectionManager<AsyncPgConnection>,
>;

/// A READ ONLY transaction as `jobs_app`; rolled back when dropped.
pub(super) struct ReadOnlyTx {
    conn: Option<Pooled>,
}

impl Database {
    /// One round trip: roll back whatever a cancelled request left, begin read-only, switch
    /// role and apply `settings` (SQL built by this module from constants only).
    pub(super) async fn begin_read_only(&self, settings: &str) -> Result<ReadOnlyTx, DbError> {
        let mut conn = self
            .pool
            .get_owned()
            .await
            .map_err(|_| DbError::Unavailable)?;
        let sql = format!(
            "ROLLBACK; BEGIN READ ONLY; SELECT set_config('role', 'jobs_app', true){settings}"
        );
        conn.batch_execute(&sql)
            .await
            .map_err(DbError::from_diesel)?;
        Ok(ReadOnlyTx { conn: Some(conn) })
    }
}

impl ReadOnlyTx {
    pub(super) fn conn(&mut self) -> Result<&mut AsyncPgConnection, DbError> {
        match self.conn.as_mut() {
            Some(conn) => Ok(&mut **conn),
            None => Err(DbError::Unavailable),
        }
    }

    /// Sets a transaction-local setting to a value that may come from a client (bound, never
    /// inlined).
    pub(super) async fn set_local(&mut self, name: &str, value: &str) -> Result<(), DbError> {
        diesel::sql_query("SELECT set_config($1, $2, true)")
            .bind::<Text, _>(name)
            .bind::<Text, _>(value)
            .execute(self.conn()?)
            .await?;
        Ok(())
    }

    pub(super) async fn finish(mut self) -> Result<(), DbError> {
        let mut conn = self.conn.take().ok_or(DbError::Unavailable)?;
        conn.batch_execute("COMMIT")
            .await
            .map_err(DbError::from_diesel)
    }
}

impl Drop for ReadOnlyTx {
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
