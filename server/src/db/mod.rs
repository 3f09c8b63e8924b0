//! Persistence: the PostgreSQL pool, start-up (create the database, apply migrations) and the
//! readiness probe. The diesel schema and every tenant query live below this module.

mod activity;
mod analytics;
mod analytics_reports;
mod applicants;
mod applications;
mod audit;
mod comments;
mod dispatch;
mod employers;
mod error;
mod event_feed;
mod idempotency;
mod instrument;
mod jobs;
mod mail;
mod maintenance;
mod matching;
mod members;
mod my_applications;
mod notifications;
mod outbox;
mod public;
mod public_changes;
mod public_docs;
mod public_employers;
mod rejection_reasons;
mod schema;
mod search;
mod shortlists;
mod startup;
mod stmt;
mod submissions;
mod taxonomy;
mod teams;
mod tenant;
mod tls;
mod tx;
mod uploads;
mod webhooks;

use std::time::Duration;

use diesel::QueryableByName;
use diesel::sql_types::{Nullable, Text};
use diesel_async::RunQueryDsl;
use diesel_migrations::{EmbeddedMigrations, embed_migrations};

pub use activity::{ActivityPosition, ActivityRecord};
pub use analytics::{AnalyticsStore, FunnelEvent, FunnelFold, StageDay, ViewCount, VisitorCount};
pub use analytics_reports::{
    FunnelTotals, PeriodRow, ReportData, ReportScope, SourceRow, StageCounts, TrafficRow,
};
pub use applicants::{ApplicantFilter, ApplicantPosition, ApplicantRecord, EMAIL_TAKEN};
pub use applications::{
    ApplicantSummary, ApplicationFilter, ApplicationPosition, ApplicationRecord, Assignee,
    Existing, NewApplication, NoteRecord,
};
pub use audit::{EventFilter, EventRecord};
pub use comments::{CommentPosition, CommentRecord, CommentText, Revision};
pub use dispatch::{AttemptRecord, Breaker, Dispatch, FairShare, Leased, Next, SubscriptionChange};
pub use employers::{DEFAULT_EMPLOYER_NAME, EmployerContent, EmployerRecord};
pub use error::DbError;
pub use event_feed::{FeedEvent, FeedPosition, FeedQuery};
pub use idempotency::StoredKey;
pub use jobs::{ImportedJob, JobRecord};
pub use mail::{
    DigestAt, HeldGroup, LeasedMail, MailEvent, MailOutcome, Mailbox, NewMail, Planning,
};
pub use maintenance::Maintenance;
pub use matching::{
    CvOutcome, CvSource, CvTextRecord, JobEmbedding, LeasedCv, LeasedScoring, MatchInput,
    MatchRecord, MatchStore, MatchSummary, NewMatch,
};
pub use members::{
    MemberChange, MemberFilter, MemberPosition, MemberRecord, MemberSummary, Sighting,
};
pub use my_applications::{ApplicantTx, MyApplicationPosition, MyApplicationRecord};
pub use notifications::{
    Confirmation, MailPosition, MailRecord, PreferenceRow, TemplateChange, TemplateRow,
};
pub use outbox::NewEvent;
pub use public::{EmployerSummary, PublicJobRecord, PublicTx};
pub use public_changes::{ChangesPage, PublicJobChange};
pub use public_docs::{DocChange, FacetDoc};
pub use public_employers::{PublicEmployerRecord, SlugLookup};
pub use rejection_reasons::ReasonList;
pub use search::{FacetRow, Hits};
pub use shortlists::{EntryRecord, ShortlistHead};
pub use startup::{Connected, SERVING_LOGIN, StartupError, connect, migrate};
pub use submissions::{NewSubmission, SHOWN_SUBMISSIONS, SubmissionRecord, Submissions};
pub use taxonomy::{TaxonomyKind, TaxonomyRow};
pub use teams::{TeamHead, TeamMemberRow};
pub use tenant::{TenantScope, TenantTx};
pub use uploads::{NewUpload, Settlement, UploadRecord};
pub use webhooks::{DeliveryRecord, NewSubscription, SubscriptionRecord};

pub(crate) const MIGRATIONS: EmbeddedMigrations = embed_migrations!("../migrations");

/// The request side of the database: transactions for tenants, the public and applicants, all
/// on the unprivileged serving login. The connection pool stays in here: callers get
/// transactions (`begin`, `begin_public`, `begin_applicant`), never connections.
#[derive(Clone)]
pub struct Database {
    pool: tx::Pool,
    /// Connections configured for the public role when they connect: one-statement public
    /// reads run there without a transaction of their own (see `tx::read_configured`).
    public_reads: tx::Pool,
    /// One connection of its own for the readiness probe, so that probes neither wait behind
    /// requests for a pooled connection nor take one from them.
    probe: tx::Pool,
    limits: tx::Limits,
    /// Version of the newest embedded migration; the database is ready once it has applied it.
    latest_migration: String,
    /// The serving login's URL, for connections of their own (LISTEN).
    serving_url: String,
}

/// What the readiness probe found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DbHealth {
    Ready,
    Unreachable,
    MigrationsPending,
}

/// The login a connection pool uses, as PostgreSQL describes it.
#[derive(Debug, Clone, PartialEq, Eq, QueryableByName)]
pub struct LoginAttributes {
    #[diesel(sql_type = Text)]
    pub name: String,
    #[diesel(sql_type = diesel::sql_types::Bool)]
    pub superuser: bool,
    #[diesel(sql_type = diesel::sql_types::Bool)]
    pub bypass_rls: bool,
    /// Tables of this database it owns.
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    pub owned_tables: i64,
}

/// How often PostgreSQL planned one prepared statement of a pooled connection.
#[derive(Debug, Clone, QueryableByName)]
pub struct PreparedPlans {
    #[diesel(sql_type = Text)]
    pub statement: String,
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    pub generic_plans: i64,
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    pub custom_plans: i64,
    /// The role the connection acts as outside a transaction: the serving login, or the
    /// public role on the public-reads pool.
    #[diesel(sql_type = Text)]
    pub role: String,
}

#[derive(QueryableByName)]
struct AppliedVersion {
    #[diesel(sql_type = Nullable<Text>)]
    version: Option<String>,
}

impl Database {
    /// The serving login's attributes (for the tests and the operator: it must be neither a
    /// superuser nor an owner, nor bypass row-level security).
    pub async fn serving_login(&self) -> Result<LoginAttributes, DbError> {
        let mut conn = self.pool.get().await.map_err(|_| DbError::Unavailable)?;
        Ok(diesel::sql_query(
            "SELECT r.rolname::text AS name, r.rolsuper AS superuser, r.rolbypassrls AS bypass_rls, \
                    (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace \
                     WHERE c.relowner = r.oid AND n.nspname = 'public') AS owned_tables \
             FROM pg_roles r WHERE r.rolname = session_user",
        )
        .get_result(&mut *conn)
        .await?)
    }

    /// The prepared statements of one connection of each request pool and how each was
    /// planned (for the tests and the operator: a hot statement planned again on every
    /// execution shows as a growing `custom_plans`). With pools of one, that is every
    /// statement the API prepared.
    pub async fn prepared_plans(&self) -> Result<Vec<PreparedPlans>, DbError> {
        let mut plans = Vec::new();
        for pool in [&self.pool, &self.public_reads] {
            let mut conn = pool.get().await.map_err(|_| DbError::Unavailable)?;
            plans.extend(
                diesel::sql_query(
                    "SELECT statement, generic_plans, custom_plans, current_user::text AS role \
                     FROM pg_prepared_statements",
                )
                .load::<PreparedPlans>(&mut *conn)
                .await?,
            );
        }
        Ok(plans)
    }

    /// The serving pool's size, idle connections and waiters, as gauges (sampled by the metrics
    /// task).
    pub fn record_pool_metrics(&self) {
        let state = self.pool.state();
        let s = &state.statistics;
        let waiting = s
            .get_started
            .saturating_sub(s.get_direct + s.get_waited + s.get_timed_out);
        metrics::gauge!("db_pool_connections").set(f64::from(state.connections));
        metrics::gauge!("db_pool_idle_connections").set(f64::from(state.idle_connections));
        metrics::gauge!("db_pool_waiting").set(waiting as f64);
    }

    /// One round trip: reachable, and the newest migration applied.
    pub async fn health(&self, timeout: Duration) -> DbHealth {
        let probe = async {
            let mut conn = self.probe.get().await.ok()?;
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
