//! The scoped handle: the only way to tenant tables.
//!
//! A [`TenantTx`] is a transaction that runs as the unprivileged `jobs_app` role with
//! `app.employer_id` set (both transaction-local, so nothing leaks to the next user of the
//! pooled connection). Row-level security then refuses every row of another employer, and every
//! query method below also filters on the handle's employer.

use diesel_async::{AsyncPgConnection, SimpleAsyncConnection};
use uuid::Uuid;

use super::{Database, DbError};

pub(super) type Pooled = bb8::PooledConnection<
    'static,
    diesel_async::pooled_connection::AsyncDieselConnectionManager<AsyncPgConnection>,
>;

/// The employer a request acts for. Built only by `auth` from a verified principal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TenantScope {
    employer_id: Uuid,
}

impl TenantScope {
    pub(crate) fn new(employer_id: Uuid) -> Self {
        Self { employer_id }
    }

    pub fn employer_id(&self) -> Uuid {
        self.employer_id
    }
}

pub struct TenantTx {
    conn: Option<Pooled>,
    employer_id: Uuid,
}

impl Database {
    /// Starts a tenant transaction. One round trip: any transaction a cancelled request left
    /// behind is rolled back, then BEGIN, role switch and tenant are sent together.
    pub async fn begin(&self, scope: &TenantScope) -> Result<TenantTx, DbError> {
        let mut conn = self
            .pool
            .get_owned()
            .await
            .map_err(|_| DbError::Unavailable)?;
        let employer_id = scope.employer_id;
        // The uuid is formatted by us, never client text: safe to inline.
        let sql = format!(
            "ROLLBACK; BEGIN; SELECT set_config('role', 'jobs_app', true), \
             set_config('app.employer_id', '{employer_id}', true)"
        );
        conn.batch_execute(&sql)
            .await
            .map_err(DbError::from_diesel)?;
        Ok(TenantTx {
            conn: Some(conn),
            employer_id,
        })
    }
}

impl TenantTx {
    pub fn employer_id(&self) -> Uuid {
        self.employer_id
    }

    pub(super) fn conn(&mut self) -> Result<&mut AsyncPgConnection, DbError> {
        match self.conn.as_mut() {
            Some(conn) => Ok(&mut **conn),
            None => Err(DbError::Unavailable),
        }
    }

    pub async fn commit(mut self) -> Result<(), DbError> {
        let mut conn = self.conn.take().ok_or(DbError::Unavailable)?;
        conn.batch_execute("COMMIT")
            .await
            .map_err(DbError::from_diesel)
    }
}

impl Drop for TenantTx {
    /// Not committed (an error, or the request was cancelled): roll back before the connection
    /// goes back to the pool. If even that fails, the next `begin` rolls back first.
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
