//! Bringing the database up: create it when missing, apply the embedded migrations, open the
//! pool. Failures become one clear line for the operator.

use diesel::QueryableByName;
use diesel::migration::MigrationSource;
use diesel::pg::Pg;
use diesel::sql_types::Bool;
use diesel_async::pooled_connection::AsyncDieselConnectionManager;
use diesel_async::{AsyncConnection, AsyncMigrationHarness, AsyncPgConnection, RunQueryDsl};
use diesel_migrations::MigrationHarness;
use thiserror::Error;
use url::Url;

use super::{Database, MIGRATIONS};
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

/// Creates the database if needed, applies migrations and opens the pool.
pub async fn connect(config: &Config) -> Result<Database, StartupError> {
    let conn = establish_creating(&config.database_url, config).await?;
    let latest_migration = run_migrations(conn).await?;

    let manager = AsyncDieselConnectionManager::<AsyncPgConnection>::new(&config.database_url);
    let pool = bb8::Pool::builder()
        .max_size(config.db_pool_size)
        .connection_timeout(config.db_connect_timeout)
        .build(manager)
        .await
        .map_err(|e| StartupError::Pool(e.to_string()))?;
    Ok(Database {
        pool,
        latest_migration,
    })
}

/// `jobs-server migrate`: create the database if needed and apply migrations, nothing else.
pub async fn migrate(config: &Config) -> Result<String, StartupError> {
    let conn = establish_creating(&config.database_url, config).await?;
    run_migrations(conn).await
}

/// Applies the pending migrations, then the data migrations that need Rust (re-sanitizing
/// HTML descriptions cleaned by an older policy).
async fn run_migrations(conn: AsyncPgConnection) -> Result<String, StartupError> {
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
    match tokio::time::timeout(config.db_connect_timeout, AsyncPgConnection::establish(url)).await {
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
