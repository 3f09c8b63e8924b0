//! Cross-tenant housekeeping: work that no tenant transaction can do because it spans
//! employers. It runs on the owner login (the migration URL), never on the serving login, and
//! sees rows only through the `*_maintenance` policies, which its transaction opens with
//! `app.maintenance = 'on'`. Request code has no way here: the [`Maintenance`] handle is held
//! by the maintenance task, `seed` and start-up, not by `AppState`.

use diesel::QueryableByName;
use diesel::sql_types::{Integer, SmallInt, Text, Uuid as SqlUuid};
use diesel_async::{AsyncPgConnection, RunQueryDsl, SimpleAsyncConnection};
use uuid::Uuid;

use super::DbError;
use super::stmt::Stmt;
use super::tenant::{TenantScope, TenantTx};
use super::tx::{Access, Limits, Plans, Pool, Tx};
use crate::domain::html;

#[derive(QueryableByName)]
struct Retention {
    #[diesel(sql_type = SqlUuid)]
    id: Uuid,
    #[diesel(sql_type = Integer)]
    days: i32,
}

#[derive(QueryableByName)]
struct Purged {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    purged: i64,
}

/// The maintenance handle: a small pool on the owner login (the migration URL), for work that
/// spans employers. Only the maintenance task, `seed` and start-up hold one; `AppState` and
/// with it every request handler do not.
#[derive(Clone)]
pub struct Maintenance {
    pool: Pool,
    limits: Limits,
}

impl Maintenance {
    pub(super) fn new(pool: Pool, limits: Limits) -> Self {
        Self { pool, limits }
    }

    pub(super) fn pool(&self) -> &Pool {
        &self.pool
    }

    pub(super) fn limits(&self) -> Limits {
        self.limits
    }

    /// Employers that set `application_retention_days`, with the number of days.
    pub async fn employers_with_retention(&self) -> Result<Vec<(TenantScope, i32)>, DbError> {
        let stmt = Stmt::new(
            "SELECT id, (settings ->> 'application_retention_days')::int AS days \
             FROM employers \
             WHERE (settings ->> 'application_retention_days') ~ '^[0-9]{1,4}$'",
        );
        let rows: Vec<Retention> = Tx::read_once(
            &self.pool,
            Access::Maintenance,
            self.limits,
            Plans::Auto,
            &stmt,
        )
        .await?;
        Ok(rows
            .into_iter()
            .map(|r| (TenantScope::new(r.id), r.days))
            .collect())
    }

    /// Deletes idempotency keys older than 24 hours, of every employer.
    pub async fn purge_idempotency_keys(&self) -> Result<i64, DbError> {
        let mut tx = Tx::begin(&self.pool, Access::Maintenance, self.limits).await?;
        // The purge policies admit exactly these deletions (see the idempotency migration).
        Stmt::new("SELECT set_config('app.purge_idempotency', 'on', true)")
            .execute(tx.conn()?)
            .await?;
        let purged: Purged = Stmt::new(
            "WITH gone AS (DELETE FROM idempotency_keys \
             WHERE created_at < now() - interval '24 hours' RETURNING 1) \
             SELECT count(*) AS purged FROM gone",
        )
        .get_result(tx.conn()?)
        .await?;
        tx.commit().await?;
        Ok(purged.purged)
    }

    /// A tenant transaction on the owner's pool (bulk imports such as `seed`): the same role
    /// and row-level security as a request's.
    pub async fn begin_tenant(&self, employer_id: Uuid) -> Result<TenantTx, DbError> {
        let scope = TenantScope::new(employer_id);
        let tx = Tx::begin(&self.pool, Access::Tenant(employer_id), self.limits).await?;
        Ok(TenantTx::from_tx(tx, &scope))
    }

    /// After a bulk load: settle the search index's pending entries and refresh the planner's
    /// statistics, or the first searches plan as if the tables were empty. Needs the tables'
    /// owner.
    pub async fn vacuum_search_tables(&self) -> Result<(), DbError> {
        let mut conn = self.pool.get().await.map_err(|_| DbError::Unavailable)?;
        conn.batch_execute("VACUUM (ANALYZE) jobs, job_search_documents, employers")
            .await
            .map_err(DbError::from_diesel)
    }
}

#[derive(QueryableByName)]
struct Description {
    #[diesel(sql_type = SqlUuid)]
    id: Uuid,
    #[diesel(sql_type = Text)]
    description: String,
}

/// Cleans every HTML description that an older sanitizer policy (or none) produced, in
/// batches; returns how many were rewritten. Runs at start-up right after the migrations, on
/// the migration connection, so rows written before sanitizing existed are never served.
pub(super) async fn resanitize_descriptions(conn: &mut AsyncPgConnection) -> Result<u64, DbError> {
    const BATCH: usize = 500;
    let mut total = 0;
    loop {
        conn.batch_execute("BEGIN; SELECT set_config('app.maintenance', 'on', true)")
            .await?;
        let done = resanitize_batch(conn, BATCH).await;
        match done {
            Ok(n) => {
                conn.batch_execute("COMMIT").await?;
                total += n as u64;
                if n < BATCH {
                    return Ok(total);
                }
            }
            Err(e) => {
                let _ = conn.batch_execute("ROLLBACK").await;
                return Err(e);
            }
        }
    }
}

async fn resanitize_batch(conn: &mut AsyncPgConnection, limit: usize) -> Result<usize, DbError> {
    let rows: Vec<Description> = diesel::sql_query(
        "SELECT id, description FROM jobs \
         WHERE description_format = 'html' AND description_policy < $1 \
         LIMIT $2 FOR UPDATE",
    )
    .bind::<SmallInt, _>(html::POLICY_VERSION)
    .bind::<diesel::sql_types::BigInt, _>(limit as i64)
    .load(conn)
    .await?;
    for row in &rows {
        diesel::sql_query(
            "UPDATE jobs SET description = $2, description_policy = $3 WHERE id = $1",
        )
        .bind::<SqlUuid, _>(row.id)
        .bind::<Text, _>(html::sanitize(&row.description))
        .bind::<SmallInt, _>(html::POLICY_VERSION)
        .execute(conn)
        .await?;
    }
    Ok(rows.len())
}
