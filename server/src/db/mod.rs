//! Persistence: the PostgreSQL pool, start-up (create the database, apply migrations) and the
//! readiness probe. The diesel schema and every tenant query live below this module.

mod applicants;
mod applications;
mod audit;
mod employers;
mod error;
mod idempotency;
mod jobs;
mod maintenance;
mod my_applications;
mod outbox;
mod public;
mod read_only;
mod schema;
mod search;
mod shortlists;
mod startup;
mod taxonomy;
mod tenant;

use std::time::Duration;

use diesel::QueryableByName;
use diesel::sql_types::{Nullable, Text};
use diesel_async::pooled_connection::AsyncDieselConnectionManager;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use diesel_migrations::{EmbeddedMigrations, embed_migrations};

pub use applicants::{ApplicantFilter, ApplicantPosition, ApplicantRecord, EMAIL_TAKEN};
pub use applications::{
    ApplicantSummary, ApplicationPosition, ApplicationRecord, Existing, NewApplication, NoteRecord,
};
pub use audit::{EventFilter, EventRecord};
pub use employers::{DEFAULT_EMPLOYER_NAME, EmployerContent, EmployerRecord};
pub use error::DbError;
pub use idempotency::StoredKey;
pub use jobs::{ImportedJob, JobRecord};
pub use my_applications::{ApplicantTx, MyApplicationPosition, MyApplicationRecord};
pub use outbox::NewEvent;
pub use public::{EmployerSummary, PublicJobRecord, PublicTx};
pub use search::{FacetRow, Hits};
pub use shortlists::{EntryRecord, ShortlistHead};
pub use startup::{StartupError, connect, migrate};
pub use taxonomy::{TaxonomyKind, TaxonomyRow};
pub use tenant::{TenantScope, TenantTx};

pub type Pool = bb8::Pool<AsyncDieselConnectionManager<AsyncPgConnection>>;

pub(crate) const MIGRATIONS: EmbeddedMigrations = embed_migrations!("../migrations");

/// The pool plus what readiness needs to know about the schema.
#[derive(Clone)]
pub struct Database {
    pool: Pool,
    /// Version of the newest embedded migration; the database is ready once it has applied it.
    latest_migration: String,
}

/// What the readiness probe found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DbHealth {
    Ready,
    Unreachable,
    MigrationsPending,
}

#[derive(QueryableByName)]
struct AppliedVersion {
    #[diesel(sql_type = Nullable<Text>)]
    version: Option<String>,
}

impl Database {
    pub fn pool(&self) -> &Pool {
        &self.pool
    }

    /// One round trip: reachable, and the newest migration applied.
    pub async fn health(&self, timeout: Duration) -> DbHealth {
        let probe = async {
            let mut conn = self.pool.get().await.ok()?;
            diesel::sql_query("SELECT max(version) AS version FROM __diesel_schema_migrations")
                .get_result::<AppliedVersion>(&mut *conn)
                .await
                .ok()
        };
        match tokio::time::timeout(timeout, probe).await {
            // A newer binary may have migrated further during a rolling deploy: still ready.
            Ok(Some(applied))
                if applied
                    .version
                    .as_deref()
                    .is_some_and(|v| v >= self.latest_migration.as_str()) =>
            {
                DbHealth::Ready
            }
            Ok(Some(_)) => DbHealth::MigrationsPending,
            _ => DbHealth::Unreachable,
        }
    }
}
