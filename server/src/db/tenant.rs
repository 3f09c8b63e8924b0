//! The scoped handle: the only way to tenant tables.
//!
//! A [`TenantTx`] is a [`Tx`] that runs as the unprivileged `jobs_app` role with
//! `app.employer_id` set (both transaction-local, so nothing leaks to the next user of the
//! pooled connection). Row-level security then refuses every row of another employer, and every
//! query method below also filters on the handle's employer.

use diesel_async::AsyncPgConnection;
use uuid::Uuid;

use super::tx::{Access, Tx};
use super::{Database, DbError};

/// The employer a request acts for. Made by `auth` from a verified principal with an employer
/// role, or inside `db/` (the job an application targets, the maintenance task's employers).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TenantScope {
    employer_id: Uuid,
}

impl TenantScope {
    /// For `auth` only: the employer of a verified principal that holds an employer role.
    pub(crate) fn of_verified_employer(employer_id: Uuid) -> Self {
        Self { employer_id }
    }

    pub(super) fn new(employer_id: Uuid) -> Self {
        Self { employer_id }
    }

    pub fn employer_id(&self) -> Uuid {
        self.employer_id
    }
}

pub struct TenantTx {
    tx: Tx,
    employer_id: Uuid,
}

impl TenantTx {
    pub(super) fn from_tx(tx: Tx, scope: &TenantScope) -> Self {
        Self {
            tx,
            employer_id: scope.employer_id,
        }
    }

    pub fn employer_id(&self) -> Uuid {
        self.employer_id
    }

    pub(super) fn conn(&mut self) -> Result<&mut AsyncPgConnection, DbError> {
        self.tx.conn()
    }

    pub async fn commit(self) -> Result<(), DbError> {
        self.tx.commit().await
    }
}

impl Database {
    /// Starts a tenant transaction (one round trip).
    pub async fn begin(&self, scope: &TenantScope) -> Result<TenantTx, DbError> {
        let tx = Tx::begin(&self.pool, Access::Tenant(scope.employer_id), self.limits).await?;
        Ok(TenantTx::from_tx(tx, scope))
    }
}
