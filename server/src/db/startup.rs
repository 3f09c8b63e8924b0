//! Bringing the database up: create it when missing, apply the embedded migrations, open the
//! pool. Failures become one clear line for the operator.

use diesel::QueryableByName;
use diesel::migration::MigrationSource;
use diesel::pg::Pg;
use diesel::sql_types::Bool;
use diesel_async::pooled_connection::AsyncDieselConnectionManager;
use diesel_async::{
    AsyncConnection, AsyncMigrationHarness, AsyncPgConnection, RunQueryDsl, SimpleAsyncConnection,
};
use diesel_migrations::MigrationHarness;
use thiserror::Error;
use url::Url;

use std::time::Duration;

use super::tx::Limits;
use super::{AnalyticsStore, Database, Dispatch, MIGRATIONS, Mailbox, Maintenance, MatchStore};
use crate::config::Config;

#[derive(Debug, Error)]
pub enum StartupError {
    #[error(
        "PostgreSQL is not reachable at {target} ({reason}). Start it (for example `pg_ctlcluster \
         --skip-systemctl-redirect 15 main start`) or point JOBS_DATABASE_URL at a running server."
    )]
    Unreachable { target: String, reason: String },
    #[error("JOBS_DATABASE_URL is not a valid postgres:// URL")]
    BadUrl,
    #[error("could not create database {name} on {target}: {reason}")]
    CreateDatabase {
        name: String,
        target: String,
        reason: String,
    },
    #[error("applying migrations failed: {0}")]
    Migrations(String),
    #[error("could not open the connection pool: {0}")]
    Pool(String),
}

/// The login the serving pool uses (created by the migrations; see `serving_login` there).
pub const SERVING_LOGIN: &str = "jobs_api";

/// What `serve` gets: the request side, and the maintenance handle when an owner login is
/// known (the migration URL, or the privileged development URL).
pub struct Connected {
    pub api: Database,
    pub maintenance: Option<Maintenance>,
    /// The webhook dispatcher's handle (owner login), when an owner login is known.
    pub dispatch: Option<Dispatch>,
    /// The mailer's handle (owner login), when an owner login is known.
    pub mailbox: Option<Mailbox>,
    /// The analytics worker's handle (owner login), when an owner login is known.
    pub analytics: Option<AnalyticsStore>,
    /// The matching worker's handle (owner login), when an owner login is known.
    pub matching: Option<MatchStore>,
}

/// The two logins: the owner that migrates (and maintains), the unprivileged one that serves.
/// With only `JOBS_DATABASE_URL` naming a privileged user (development), that user migrates
/// and the serving pool connects as [`SERVING_LOGIN`] at the same server (trust or peer
/// authentication on loopback); naming the serving login itself, nothing is migrated.
fn logins(config: &Config) -> Result<(Option<String>, String), StartupError> {
    if let Some(owner) = &config.migration_database_url {
        return Ok((Some(owner.clone()), config.database_url.clone()));
    }
    let mut url = Url::parse(&config.database_url).map_err(|_| StartupError::BadUrl)?;
    if url.username() == SERVING_LOGIN {
        return Ok((None, config.database_url.clone()));
    }
    url.set_username(SERVING_LOGIN)
        .and_then(|()| url.set_password(None))
        .map_err(|()| StartupError::BadUrl)?;
    Ok((Some(config.database_url.clone()), url.to_string()))
}

/// A pool's connection manager: every connection reports its statements as spans, and runs
/// `session` (settings for all its life, e.g. [`super::tx::public_session`]) once connected.
fn manager(url: &str, session: Option<String>) -> AsyncDieselConnectionManager<AsyncPgConnection> {
    let mut config = diesel_async::pooled_connection::ManagerConfig::default();
    config.custom_setup = Box::new(move |url| {
        let session = session.clone();
        Box::pin(async move {
            let mut conn = super::tls::establish(url).await?;
            if let Some(sql) = session {
                conn.batch_execute(&sql)
                    .await
                    .map_err(diesel::ConnectionError::CouldntSetupConfiguration)?;
            }
            conn.set_instrumentation(super::instrument::StatementSpans::default());
            Ok(conn)
        })
    });
    AsyncDieselConnectionManager::new_with_config(url, config)
}

/// Creates the database if needed, applies migrations (as the owner) and opens the pools.
pub async fn connect(config: &Config) -> Result<Connected, StartupError> {
    let (owner, serving) = logins(config)?;
    let limits = Limits {
        statement_timeout: config.db_statement_timeout,
        lock_timeout: config.db_lock_timeout,
    };
    let latest_migration = match &owner {
        Some(owner) => {
            let conn = establish_creating(owner, config).await?;
            run_migrations(conn).await?
        }
        None => latest_embedded_migration()?,
    };
    let configured_pool = |url: &str, size: u32, timeout, session: Option<String>| {
        bb8::Pool::builder()
            .max_size(size)
            .connection_timeout(timeout)
            // No `SELECT 1` before every check-out: a lost connection shows itself by its
            // error (reads retry once) and the pool drops it.
            .test_on_check_out(false)
            .build_unchecked(manager(url, session))
    };
    let pool = |url: &str, size: u32, timeout| configured_pool(url, size, timeout, None);
    let api = Database {
        pool: pool(&serving, config.db_pool_size, config.db_connect_timeout),
        // Connections are opened on first use: a replica that serves no public reads
        // holds none of these.
        public_reads: configured_pool(
            &serving,
            config.db_pool_size,
            config.db_connect_timeout,
            Some(super::tx::public_session(limits)),
        ),
        probe: pool(
            &serving,
            1,
            config.db_connect_timeout.min(Duration::from_secs(1)),
        ),
        limits,
        latest_migration,
        serving_url: serving.clone(),
    };
    // The serving login must work now, not at the first request.
    api.serving_login().await.map_err(|e| {
        StartupError::Pool(format!(
            "the serving login {SERVING_LOGIN} cannot connect ({e}); with a migration URL, \
         JOBS_DATABASE_URL must name a login that can"
        ))
    })?;
    let maintenance = owner.as_ref().map(|owner| {
        let limits = Limits {
            statement_timeout: Duration::from_secs(300),
            lock_timeout: config.db_lock_timeout,
        };
        Maintenance::new(pool(owner, 2, config.db_connect_timeout), limits)
    });
    let mailbox = owner.as_ref().map(|owner| {
        Mailbox::new(
            pool(owner, 4, config.db_connect_timeout),
            limits,
            owner.clone(),
        )
    });
    let analytics = owner
        .as_ref()
        .map(|owner| AnalyticsStore::new(pool(owner, 2, config.db_connect_timeout), limits));
    let matching = owner.as_ref().map(|owner| {
        MatchStore::new(
            pool(owner, 2, config.db_connect_timeout),
            limits,
            owner.clone(),
        )
    });
    let dispatch =
        owner.map(|owner| Dispatch::new(pool(&owner, 4, config.db_connect_timeout), limits, owner));
    Ok(Connected {
        api,
        maintenance,
        dispatch,
        mailbox,
        analytics,
        matching,
    })
}

/// `jobs-server migrate`: create the database if needed and apply migrations, as the owner.
pub async fn migrate(config: &Config) -> Result<String, StartupError> {
    let (owner, _) = logins(config)?;
    let owner = owner.ok_or(StartupError::Migrations(format!(
        "JOBS_DATABASE_URL names the serving login {SERVING_LOGIN}, which cannot migrate: \
         set JOBS_MIGRATION_DATABASE_URL to the owner's URL"
    )))?;
    let conn = establish_creating(&owner, config).await?;
    run_migrations(conn).await
}

/// Taken around migrations, so replicas that start together apply them once (the others wait,
/// then find nothing to do).
const MIGRATION_LOCK: i64 = 0x6a6f_6273_6d69_6772; // "jobsmigr"

/// Applies the pending migrations, then the data migrations that need Rust (re-sanitizing
/// HTML descriptions cleaned by an older policy).
async fn run_migrations(mut conn: AsyncPgConnection) -> Result<String, StartupError> {
    let lock = |sql: &'static str| {
        diesel::sql_query(sql).bind::<diesel::sql_types::BigInt, _>(MIGRATION_LOCK)
    };
    lock("SELECT pg_advisory_lock($1)")
        .execute(&mut conn)
        .await
        .map_err(|e| StartupError::Migrations(format!("taking the migration lock: {e}")))?;
    // The harness drives diesel's sync migration code through block_in_place, which needs the
    // multi-threaded runtime (the binary and the tests use it).
    let mut harness = AsyncMigrationHarness::new(conn);
    let applied = harness
        .run_pending_migrations(MIGRATIONS)
        .map_err(|e| StartupError::Migrations(e.to_string()))?;
    for version in &applied {
        tracing::info!(%version, "applied migration");
    }
    let mut conn = harness.into_inner();
    let cleaned = super::maintenance::resanitize_descriptions(&mut conn)
        .await
        .map_err(|e| StartupError::Migrations(format!("sanitizing descriptions: {e}")))?;
    if cleaned > 0 {
        tracing::info!(
            cleaned,
            "sanitized job descriptions with the current policy"
        );
    }
    // Closing the connection would release it too; say so explicitly.
    let _ = lock("SELECT pg_advisory_unlock($1)")
        .execute(&mut conn)
        .await;
    latest_embedded_migration()
}

/// The version of the newest migration compiled into this binary.
fn latest_embedded_migration() -> Result<String, StartupError> {
    let migrations = MigrationSource::<Pg>::migrations(&MIGRATIONS)
        .map_err(|e| StartupError::Migrations(e.to_string()))?;
    migrations
        .iter()
        .map(|m| m.name().version().to_string())
        .max()
        .ok_or_else(|| StartupError::Migrations("no migrations embedded".into()))
}

/// Connects to the configured database, creating it first when the server answers but the
/// database does not exist.
async fn establish_creating(url: &str, config: &Config) -> Result<AsyncPgConnection, StartupError> {
    let parsed = Url::parse(url).map_err(|_| StartupError::BadUrl)?;
    let target = describe(&parsed);
    let first_error = match establish(url, config).await {
        Ok(conn) => return Ok(conn),
        Err(reason) => reason,
    };

    // The server may be up with the database missing: ask the maintenance database.
    let name = parsed.path().trim_start_matches('/').to_string();
    if name.is_empty() || name == "postgres" {
        return Err(StartupError::Unreachable {
            target,
            reason: first_error,
        });
    }
    let mut maintenance_url = parsed.clone();
    maintenance_url.set_path("/postgres");
    let mut admin = establish(maintenance_url.as_str(), config)
        .await
        .map_err(|_| StartupError::Unreachable {
            target: target.clone(),
            reason: first_error.clone(),
        })?;
    if !database_exists(&mut admin, &name).await? {
        let create = format!("CREATE DATABASE \"{}\"", name.replace('"', "\"\""));
        if let Err(e) = diesel::sql_query(create).execute(&mut admin).await {
            // Another process may have created it a moment ago.
            if !database_exists(&mut admin, &name).await? {
                return Err(StartupError::CreateDatabase {
                    name,
                    target,
                    reason: e.to_string(),
                });
            }
        } else {
            tracing::info!(database = %name, "created database");
        }
    }
    drop(admin);
    establish(url, config)
        .await
        .map_err(|reason| StartupError::Unreachable { target, reason })
}

#[derive(QueryableByName)]
struct Exists {
    #[diesel(sql_type = Bool)]
    exists: bool,
}

async fn database_exists(conn: &mut AsyncPgConnection, name: &str) -> Result<bool, StartupError> {
    diesel::sql_query("SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1) AS exists")
        .bind::<diesel::sql_types::Text, _>(name)
        .get_result::<Exists>(conn)
        .await
        .map(|row| row.exists)
        .map_err(|e| StartupError::Unreachable {
            target: name.to_string(),
            reason: e.to_string(),
        })
}

async fn establish(url: &str, config: &Config) -> Result<AsyncPgConnection, String> {
    match tokio::time::timeout(config.db_connect_timeout, super::tls::establish(url)).await {
        Ok(Ok(conn)) => Ok(conn),
        Ok(Err(e)) => Err(e.to_string()),
        Err(_) => Err("connection timed out".into()),
    }
}

/// host:port/database, without credentials, for messages.
fn describe(url: &Url) -> String {
    format!(
        "{}:{}{}",
        url.host_str().unwrap_or("localhost"),
        url.port().unwrap_or(5432),
        url.path()
    )
}
