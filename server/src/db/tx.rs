//! The one transaction primitive. Tenant, public, applicant and maintenance work all run in a
//! [`Tx`]: a pooled connection in a transaction whose role and settings say what it may see.
//!
//! - The opening is one round trip: `BEGIN` and the settings (role, tenant or subject,
//!   `statement_timeout`, `lock_timeout`; all transaction-local, so nothing outlives the
//!   transaction on a pooled connection) are prepared statements sent together (pipelined).
//! - [`Tx::read_once`] sends the opening, one statement and `COMMIT` together: a read costs a
//!   single round trip. It retries once on a fresh connection when the first one was lost.
//! - Each transaction says how its prepared statements are planned ([`Plans`]): a keyset page
//!   keeps one generic plan per connection instead of being planned again on every execution.
//! - Public reads of one statement (a plain page, a job) skip the transaction altogether: they
//!   run on a pool of their own whose connections were configured for the public role when
//!   they connected ([`public_session`], [`read_configured`]). One statement instead of four
//!   is about a third less work for PostgreSQL and for the server. Nothing of a request lives
//!   in such a session, so nothing can outlive one; tenant work stays transaction-local.
//! - A transaction dropped before it finished (an error, a cancelled request) is rolled back
//!   before its connection goes back to the pool; if even that fails, the connection is
//!   marked broken so that the pool discards it instead of handing it out mid-transaction.

use std::time::{Duration, Instant};

use diesel::sql_types::Text;
use diesel_async::pooled_connection::AsyncDieselConnectionManager;
use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl, SimpleAsyncConnection};
use futures_util::future::BoxFuture;
use uuid::Uuid;

use super::DbError;
use super::stmt::Stmt;

pub(super) type Pool = bb8::Pool<AsyncDieselConnectionManager<AsyncPgConnection>>;
pub(super) type Pooled =
    bb8::PooledConnection<'static, AsyncDieselConnectionManager<AsyncPgConnection>>;

/// Who a transaction acts as, and what its settings open.
#[derive(Debug, Clone, Copy)]
pub(super) enum Access<'a> {
    /// `jobs_app` under one employer's row-level policies.
    Tenant(Uuid),
    /// `jobs_public`, read-only, repeatable read: published jobs and their employers.
    Public,
    /// As `Public`, for the in-process public index's reads (their own metric label, so that
    /// what requests cost the database is told apart from the index's upkeep).
    PublicIndex,
    /// `jobs_app`, read-only: the applications carrying this verified token subject.
    Applicant(&'a str),
    /// The owner login with its cross-tenant maintenance policies open (maintenance handle).
    Maintenance,
}

/// Database-side limits of every transaction: below the request timeout, so a request that
/// times out does not leave its query running.
#[derive(Debug, Clone, Copy)]
pub(super) struct Limits {
    pub statement_timeout: Duration,
    pub lock_timeout: Duration,
}

/// How PostgreSQL plans the transaction's prepared statements (`plan_cache_mode`, local).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Plans {
    /// PostgreSQL's default: custom plans first, kept for good when the generic plan is
    /// estimated costlier — which a `LIMIT $n` always is, so a page would be planned again on
    /// every execution. For statements whose best plan depends on their values (text search,
    /// filters on skewed columns).
    Auto,
    /// One generic plan per connection and statement: for statements whose plan does not
    /// depend on their values, such as a keyset page read from its index or a lookup by id.
    /// Under row-level security planning the employer's page cost about five times running it
    /// (0.47 ms against 0.10 ms).
    Generic,
}

impl Plans {
    fn setting(self) -> &'static str {
        match self {
            Plans::Auto => "auto",
            Plans::Generic => "force_generic_plan",
        }
    }
}

impl Access<'_> {
    /// The metric and span label of the transaction's kind.
    fn kind(self) -> &'static str {
        match self {
            Access::Tenant(_) => "tenant",
            Access::Public => "public",
            Access::PublicIndex => "public_index",
            Access::Applicant(_) => "applicant",
            Access::Maintenance => "maintenance",
        }
    }

    fn begin_sql(self) -> &'static str {
        match self {
            Access::Tenant(_) | Access::Maintenance => "BEGIN",
            Access::Public | Access::PublicIndex => {
                "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"
            }
            Access::Applicant(_) => "BEGIN READ ONLY",
        }
    }

    /// The settings statement. Values from clients (the subject) are bound, never inlined.
    /// The role it acts as (empty: the login's own) and the setting its policies open on.
    fn scope(self) -> (&'static str, &'static str, String) {
        match self {
            Access::Tenant(employer) => ("jobs_app", "app.employer_id", employer.to_string()),
            Access::Public | Access::PublicIndex => ("jobs_public", "app.public", "on".to_string()),
            Access::Applicant(sub) => ("jobs_app", "app.applicant_sub", sub.to_string()),
            // The owner keeps its own role; its maintenance policies open on this setting.
            Access::Maintenance => ("", "app.maintenance", "on".to_string()),
        }
    }

    fn settings(self, limits: Limits, plans: Plans) -> Stmt {
        let (role, key, value) = self.scope();
        let role_sql = if role.is_empty() {
            String::new()
        } else {
            format!("set_config('role', '{role}', true), ")
        };
        Stmt::new(format!(
            "SELECT {role_sql}set_config('{key}', $1, true), \
             set_config('statement_timeout', $2, true), set_config('lock_timeout', $3, true), \
             set_config('plan_cache_mode', $4, true)"
        ))
        .with::<Text, _>(value)
        .with::<Text, _>(millis(limits.statement_timeout))
        .with::<Text, _>(millis(limits.lock_timeout))
        .with::<Text, _>(plans.setting())
    }
}

/// The settings of every connection in the public-reads pool, set once when it connects: the
/// role and setting of [`Access::Public`], read-only, the limits, and one generic plan per
/// statement (only plain keyset pages and lookups by id run there; see `Plans::Generic`). The
/// same for every request, so the session carries nothing of one; a `RESET ROLE` would leave
/// the serving login, which holds no privileges of its own.
pub(super) fn public_session(limits: Limits) -> String {
    // The same role and setting as a public transaction's (constants, nothing from a client).
    let (role, key, value) = Access::Public.scope();
    format!(
        "SET ROLE {role}; SET {key} = '{value}'; SET default_transaction_read_only = on; \
         SET statement_timeout = {}; SET lock_timeout = {}; \
         SET plan_cache_mode = {}",
        millis(limits.statement_timeout),
        millis(limits.lock_timeout),
        Plans::Generic.setting()
    )
}

/// One statement on a pool whose connections were configured at connect time
/// ([`public_session`]): no transaction to open or close, so PostgreSQL runs one statement in
/// its own implicit transaction. A lost connection is retried once on a fresh one.
pub(super) async fn read_configured<R>(pool: &Pool, stmt: &Stmt) -> Result<Vec<R>, DbError>
where
    R: diesel::QueryableByName<diesel::pg::Pg> + Send + 'static,
{
    let timing = Timing::start(Access::Public.kind());
    let mut outcome = read_statement(pool, stmt).await;
    if matches!(outcome, Err(DbError::Unavailable)) {
        outcome = read_statement(pool, stmt).await;
    }
    timing.finished(if outcome.is_ok() {
        "commit"
    } else {
        "rollback"
    });
    outcome
}

async fn read_statement<R>(pool: &Pool, stmt: &Stmt) -> Result<Vec<R>, DbError>
where
    R: diesel::QueryableByName<diesel::pg::Pg> + Send + 'static,
{
    let mut conn = checkout(pool).await?;
    let rows = stmt
        .load::<R>(&mut *conn)
        .await
        .map_err(DbError::from_diesel);
    if matches!(rows, Err(DbError::Unavailable)) {
        // Lost or shut down: the pool must not hand this connection out again.
        discard(&mut conn);
    }
    rows
}

fn millis(d: Duration) -> String {
    d.as_millis().max(1).to_string()
}

/// A connection in a transaction. Rolled back when dropped unfinished.
pub(super) struct Tx {
    conn: Option<Pooled>,
    timing: Timing,
}

/// `db.transaction` (debug level: exists only when traces are exported) and the start, for the
/// latency histogram by kind: of a [`Tx`], or of a statement in its own implicit transaction.
struct Timing {
    span: tracing::Span,
    kind: &'static str,
    started: Instant,
}

impl Timing {
    fn start(kind: &'static str) -> Timing {
        Timing {
            span: tracing::debug_span!(
                target: "jobs_server::db",
                "db.transaction",
                otel.name = %format_args!("transaction {kind}"),
                otel.kind = "client",
                db.system = "postgresql",
                db.operation = "transaction",
                transaction.kind = kind,
                transaction.outcome = tracing::field::Empty,
            ),
            kind,
            started: Instant::now(),
        }
    }

    /// Records how it ended (`commit` or `rollback`) and its latency.
    fn finished(&self, outcome: &'static str) {
        self.span.record("transaction.outcome", outcome);
        metrics::histogram!(
            "db_transaction_duration_seconds",
            "kind" => self.kind,
            "outcome" => outcome
        )
        .record(self.started.elapsed().as_secs_f64());
    }
}

impl Tx {
    /// Checks out a connection and opens the transaction in one round trip. Nothing has
    /// happened yet when the opening fails, so a lost connection is retried once on a fresh
    /// one (after a database restart, the pool's old connections fail here first). An
    /// exhausted pool is not retried: that would only double the wait.
    pub(super) async fn begin(
        pool: &Pool,
        access: Access<'_>,
        limits: Limits,
    ) -> Result<Tx, DbError> {
        match Self::open(checkout(pool).await?, access, limits).await {
            Err(DbError::Unavailable) => Self::open(checkout(pool).await?, access, limits).await,
            other => other,
        }
    }

    async fn open(conn: Pooled, access: Access<'_>, limits: Limits) -> Result<Tx, DbError> {
        // The guard exists before anything is sent: a cancelled opening is rolled back too.
        let tx = Tx::new(conn, access);
        let c: &AsyncPgConnection = tx.conn_ref()?;
        let begin = Stmt::new(access.begin_sql());
        let settings = access.settings(limits, Plans::Auto);
        futures_util::try_join!(begin.execute(&mut &*c), settings.execute(&mut &*c))
            .map_err(DbError::from_diesel)?;
        Ok(tx)
    }

    /// One statement in its own transaction, in one round trip: opening, statement and
    /// `COMMIT` are sent together. A lost connection is retried once on a fresh one.
    pub(super) async fn read_once<R>(
        pool: &Pool,
        access: Access<'_>,
        limits: Limits,
        plans: Plans,
        stmt: &Stmt,
    ) -> Result<Vec<R>, DbError>
    where
        R: diesel::QueryableByName<diesel::pg::Pg> + Send + 'static,
    {
        Self::read_once_with(pool, access, limits, plans, |c| {
            Box::pin(stmt.load::<R>(&mut &*c))
        })
        .await
    }

    /// [`Tx::read_once`] for any query: `load` starts it on the shared (pipelining) connection.
    pub(super) async fn read_once_with<T, F>(
        pool: &Pool,
        access: Access<'_>,
        limits: Limits,
        plans: Plans,
        load: F,
    ) -> Result<T, DbError>
    where
        F: for<'c> Fn(&'c AsyncPgConnection) -> BoxFuture<'c, diesel::QueryResult<T>>,
    {
        let settings = access.settings(limits, plans);
        let first = Self::read_once_on(checkout(pool).await?, access, &settings, &load).await;
        match first {
            Err(DbError::Unavailable) => {
                Self::read_once_on(checkout(pool).await?, access, &settings, &load).await
            }
            other => other,
        }
    }

    async fn read_once_on<T, F>(
        conn: Pooled,
        access: Access<'_>,
        settings: &Stmt,
        load: &F,
    ) -> Result<T, DbError>
    where
        F: for<'c> Fn(&'c AsyncPgConnection) -> BoxFuture<'c, diesel::QueryResult<T>>,
    {
        let mut tx = Tx::new(conn, access);
        let c: &AsyncPgConnection = tx.conn_ref()?;
        let begin = Stmt::new(access.begin_sql());
        let commit = Stmt::new("COMMIT");
        let (_, _, rows, _) = futures_util::try_join!(
            begin.execute(&mut &*c),
            settings.execute(&mut &*c),
            load(c),
            commit.execute(&mut &*c),
        )
        .map_err(DbError::from_diesel)?;
        // Committed: hand the connection back as it is.
        tx.conn.take();
        tx.finished("commit");
        Ok(rows)
    }

    fn new(conn: Pooled, access: Access<'_>) -> Tx {
        Tx {
            conn: Some(conn),
            timing: Timing::start(access.kind()),
        }
    }

    fn finished(&self, outcome: &'static str) {
        self.timing.finished(outcome);
    }

    fn conn_ref(&self) -> Result<&AsyncPgConnection, DbError> {
        self.conn.as_deref().ok_or(DbError::Unavailable)
    }

    pub(super) fn conn(&mut self) -> Result<&mut AsyncPgConnection, DbError> {
        match self.conn.as_mut() {
            Some(conn) => Ok(&mut **conn),
            None => Err(DbError::Unavailable),
        }
    }

    pub(super) async fn commit(mut self) -> Result<(), DbError> {
        let mut conn = self.conn.take().ok_or(DbError::Unavailable)?;
        match Stmt::new("COMMIT").execute(&mut *conn).await {
            Ok(_) => {
                self.finished("commit");
                Ok(())
            }
            Err(e) => {
                discard(&mut conn);
                Err(DbError::from_diesel(e))
            }
        }
    }
}

impl Drop for Tx {
    /// Unfinished: roll back before the connection goes back to the pool, or have the pool
    /// discard it.
    fn drop(&mut self) {
        let Some(mut conn) = self.conn.take() else {
            return;
        };
        self.finished("rollback");
        match tokio::runtime::Handle::try_current() {
            Ok(handle) => {
                handle.spawn(async move {
                    if conn.batch_execute("ROLLBACK").await.is_err() {
                        discard(&mut conn);
                    }
                });
            }
            Err(_) => discard(&mut conn),
        }
    }
}

/// A pooled connection without the check-out probe (`SELECT 1` per request): a broken
/// connection shows itself by its error, and reads retry once.
async fn checkout(pool: &Pool) -> Result<Pooled, DbError> {
    let started = Instant::now();
    let conn = pool.get_owned().await;
    metrics::histogram!("db_pool_acquire_seconds").record(started.elapsed().as_secs_f64());
    conn.map_err(|e| {
        if matches!(e, bb8::RunError::TimedOut) {
            metrics::counter!("db_pool_timeouts_total").increment(1);
        }
        DbError::Unavailable
    })
}

/// Marks the connection broken, so the pool drops it instead of reusing it.
fn discard(conn: &mut AsyncPgConnection) {
    use diesel_async::TransactionManager;
    <AsyncPgConnection as AsyncConnection>::TransactionManager::transaction_manager_status_mut(
        conn,
    )
    .set_in_error();
}
