//! The database boundary (issue: least privilege, one transaction primitive, one round trip):
//! the serving login's attributes, a request path that cannot climb back to a privileged role,
//! migrations that replicas apply once, timeouts enforced by PostgreSQL itself, and a
//! PostgreSQL restarted under load answering 503 (never 500) without losing an acknowledged
//! create.

use std::path::PathBuf;
use std::process::Command;
use std::sync::Arc;
use std::time::{Duration, Instant};

use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl, SimpleAsyncConnection};
use serde_json::json;
use uuid::Uuid;

use crate::support::{
    TestApp, assert_problem, complete_job, create_job, database_url, execute, test_config,
};

const A: Uuid = Uuid::from_u128(0x0d55_0000_0000_4000_8000_0000_0000_000a);
const B: Uuid = Uuid::from_u128(0x0d55_0000_0000_4000_8000_0000_0000_000b);

#[tokio::test(flavor = "multi_thread")]
async fn requests_run_on_an_unprivileged_login() {
    let app = TestApp::spawn().await;
    let login = app.state.db.serving_login().await.unwrap();
    assert_eq!(login.name, jobs_server::db::SERVING_LOGIN);
    assert!(!login.superuser, "{login:?}");
    assert!(!login.bypass_rls, "{login:?}");
    assert_eq!(login.owned_tables, 0, "{login:?}");
}

#[derive(diesel::QueryableByName)]
struct N {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    n: i64,
}

/// A connection on the serving login inside a transaction as a request's: the tenant role and
/// `employer`, plus whatever `more` settings (`, set_config(…)`) the test adds.
async fn as_tenant_of(app: &TestApp, employer: Uuid, more: &str) -> AsyncPgConnection {
    let serving = app.db.url.replacen(
        "postgres@",
        &format!("{}@", jobs_server::db::SERVING_LOGIN),
        1,
    );
    let mut conn = AsyncPgConnection::establish(&serving).await.unwrap();
    conn.batch_execute(&format!(
        "BEGIN; SELECT set_config('role', 'jobs_app', true), \
         set_config('app.employer_id', '{employer}', true){more}"
    ))
    .await
    .unwrap();
    conn
}

#[tokio::test(flavor = "multi_thread")]
async fn a_request_path_cannot_reset_its_role_into_another_tenants_rows() {
    let app = TestApp::spawn().await;
    create_job(&app, B, &complete_job("B's job")).await;
    // What a request's transaction is, on the serving login: then RESET ROLE, as injected SQL
    // would try.
    let mut conn = as_tenant_of(&app, A, "").await;
    let as_tenant: N = diesel::sql_query("SELECT count(*) AS n FROM jobs")
        .get_result(&mut conn)
        .await
        .unwrap();
    assert_eq!(as_tenant.n, 0, "A sees none of B's jobs");
    conn.batch_execute("RESET ROLE").await.unwrap();
    let escaped = diesel::sql_query("SELECT count(*) AS n FROM jobs")
        .get_result::<N>(&mut conn)
        .await;
    let error = escaped.err().expect("the login itself has no access");
    assert!(error.to_string().contains("permission denied"), "{error}");
}

/// The idempotency purge's policies belong to the owner login that runs the purge: a request
/// path (the tenant role on the serving login) that sets `app.purge_idempotency` itself reads
/// and deletes nothing of another employer's expired stored responses.
#[tokio::test(flavor = "multi_thread")]
async fn the_purge_setting_opens_nothing_to_the_tenant_role() {
    let app = TestApp::spawn().await;
    create_job(&app, B, &complete_job("B's job")).await;
    execute(
        &app.db.url,
        "UPDATE idempotency_keys SET created_at = now() - interval '2 days'",
    )
    .await;
    let mut conn = as_tenant_of(&app, A, ", set_config('app.purge_idempotency', 'on', true)").await;
    let seen: N = diesel::sql_query("SELECT count(*) AS n FROM idempotency_keys")
        .get_result(&mut conn)
        .await
        .unwrap();
    assert_eq!(seen.n, 0, "the tenant role reads B's expired responses");
    let deleted = diesel::sql_query("DELETE FROM idempotency_keys")
        .execute(&mut conn)
        .await
        .unwrap();
    assert_eq!(deleted, 0);
    conn.batch_execute("ROLLBACK").await.unwrap();
    // The owner's purge still removes it.
    assert_eq!(app.maintenance.purge_idempotency_keys().await.unwrap(), 1);
}

#[tokio::test(flavor = "multi_thread")]
async fn replicas_starting_together_migrate_once() {
    let name = format!("jobs_race_{}", Uuid::new_v4().simple());
    let url = database_url(&name);
    execute(
        &database_url("postgres"),
        &format!("CREATE DATABASE {name}"),
    )
    .await;
    let mut tasks = Vec::new();
    for _ in 0..4 {
        let config = test_config(&url, &[]);
        tasks.push(tokio::spawn(async move {
            jobs_server::db::migrate(&config).await
        }));
    }
    let mut versions = Vec::new();
    for task in tasks {
        versions.push(task.await.unwrap().unwrap());
    }
    versions.dedup();
    assert_eq!(versions.len(), 1);
    execute(
        &database_url("postgres"),
        &format!("DROP DATABASE {name} WITH (FORCE)"),
    )
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_query_waiting_on_a_lock_is_stopped_by_the_database_and_answers_503() {
    let app = TestApp::spawn_with(&[("JOBS_REQUEST_TIMEOUT_MS", "3000")]).await;
    let (job, _, _) = create_job(&app, A, &complete_job("Locked")).await;
    // Someone else holds the job's row.
    let mut holder = AsyncPgConnection::establish(&app.db.url).await.unwrap();
    holder
        .batch_execute(&format!(
            "BEGIN; SELECT id FROM jobs WHERE id = '{job}' FOR UPDATE"
        ))
        .await
        .unwrap();
    let started = Instant::now();
    let response = app
        .client
        .patch(app.url(&format!("/v1/jobs/{job}")))
        .header("authorization", app.bearer(A, "recruiter"))
        .header("if-match", "*")
        .json(&json!({"title": "Renamed"}))
        .send()
        .await
        .unwrap();
    let elapsed = started.elapsed();
    assert_eq!(response.headers()["retry-after"], "1");
    assert_problem(response, 503).await;
    // lock_timeout (half the statement timeout, four fifths of 3 s) fired in PostgreSQL,
    // well before the request budget ran out.
    assert!(elapsed < Duration::from_millis(2500), "{elapsed:?}");
    holder.batch_execute("ROLLBACK").await.unwrap();
    // The connection was cleaned up and the next request works.
    let response = app
        .client
        .get(app.url(&format!("/v1/jobs/{job}")))
        .header("authorization", app.bearer(A, "viewer"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
}

/// A PostgreSQL cluster of the test's own, which it may restart (as the `postgres` user:
/// PostgreSQL refuses to run as root).
struct PrivatePg {
    dir: PathBuf,
    bin: PathBuf,
    port: u16,
}

fn as_postgres(bin: &std::path::Path, args: &[&str]) -> std::process::Output {
    let mut command = Command::new("runuser");
    command.args(["-u", "postgres", "--"]).arg(bin).args(args);
    command.output().unwrap()
}

impl PrivatePg {
    fn start() -> Option<Self> {
        let bin = std::fs::read_dir("/usr/lib/postgresql")
            .ok()?
            .filter_map(|e| e.ok())
            .map(|e| e.path().join("bin"))
            .find(|p| p.join("initdb").exists())?;
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let dir = std::env::temp_dir().join(format!("jobs-pg-{}", Uuid::new_v4().simple()));
        std::fs::create_dir_all(&dir).unwrap();
        let status = Command::new("chown")
            .args(["-R", "postgres:postgres"])
            .arg(&dir)
            .status()
            .unwrap();
        assert!(status.success());
        let data = dir.join("data");
        let out = as_postgres(
            &bin.join("initdb"),
            &[
                "-D",
                data.to_str().unwrap(),
                "-U",
                "postgres",
                "--auth=trust",
                "--no-sync",
            ],
        );
        assert!(out.status.success(), "{out:?}");
        let pg = Self { dir, bin, port };
        pg.ctl(&["start", "-w"]);
        Some(pg)
    }

    fn ctl(&self, args: &[&str]) {
        let data = self.dir.join("data");
        let options = format!(
            "-p {} -k {} -c listen_addresses=127.0.0.1 -c fsync=off",
            self.port,
            self.dir.display()
        );
        let mut all: Vec<&str> = vec!["-D", data.to_str().unwrap(), "-o", &options, "-l"];
        let log = self.dir.join("log");
        all.push(log.to_str().unwrap());
        all.extend_from_slice(args);
        let out = as_postgres(&self.bin.join("pg_ctl"), &all);
        assert!(out.status.success(), "pg_ctl {args:?}: {out:?}");
    }

    fn url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:{}/jobs", self.port)
    }
}

impl Drop for PrivatePg {
    fn drop(&mut self) {
        let data = self.dir.join("data");
        let _ = as_postgres(
            &self.bin.join("pg_ctl"),
            &["-D", data.to_str().unwrap(), "stop", "-m", "immediate"],
        );
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_postgres_restart_under_load_is_503_and_loses_no_acknowledged_create() {
    let Some(pg) = PrivatePg::start() else {
        panic!("PostgreSQL server binaries are needed under /usr/lib/postgresql");
    };
    let url = pg.url();
    let app = Arc::new(TestApp::spawn_with(&[("JOBS_DATABASE_URL", url.as_str())]).await);
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let mut clients = Vec::new();
    for i in 0..8 {
        let (app, stop) = (app.clone(), stop.clone());
        clients.push(tokio::spawn(async move {
            let mut statuses = Vec::new();
            let mut created = Vec::new();
            while !std::sync::atomic::AtomicBool::load(&stop, std::sync::atomic::Ordering::Relaxed)
            {
                let response = if i % 2 == 0 {
                    app.client
                        .get(app.url("/v1/jobs?limit=20"))
                        .header("authorization", app.bearer(A, "viewer"))
                        .send()
                        .await
                } else {
                    app.client
                        .post(app.url("/v1/jobs"))
                        .header("authorization", app.bearer(A, "recruiter"))
                        .header("idempotency-key", Uuid::new_v4().to_string())
                        .json(&json!({"title": "Under load"}))
                        .send()
                        .await
                };
                let Ok(response) = response else { continue };
                let status = response.status().as_u16();
                if status == 201 {
                    let body: serde_json::Value = response.json().await.unwrap();
                    created.push(body["id"].as_str().unwrap().to_string());
                } else if status == 503 {
                    assert_eq!(response.headers()["retry-after"], "1");
                }
                statuses.push(status);
            }
            (statuses, created)
        }));
    }
    tokio::time::sleep(Duration::from_millis(700)).await;
    tokio::task::block_in_place(|| pg.ctl(&["restart", "-m", "fast", "-w"]));
    tokio::time::sleep(Duration::from_millis(1500)).await;
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let mut statuses = Vec::new();
    let mut created = Vec::new();
    for client in clients {
        let (s, c) = client.await.unwrap();
        statuses.extend(s);
        created.extend(c);
    }
    let unexpected: Vec<u16> = statuses
        .iter()
        .copied()
        .filter(|s| ![200, 201, 503].contains(s))
        .collect();
    assert!(unexpected.is_empty(), "{unexpected:?}");
    // The load ran (about a hundred requests alone; fewer while the rest of the suite runs).
    assert!(statuses.len() > 20, "the load ran: {}", statuses.len());
    assert!(!created.is_empty());
    // Every acknowledged create is there.
    let mut owner = AsyncPgConnection::establish(&url).await.unwrap();
    #[derive(diesel::QueryableByName)]
    struct Id {
        #[diesel(sql_type = diesel::sql_types::Text)]
        id: String,
    }
    let stored: Vec<String> = diesel::sql_query("SELECT id::text AS id FROM jobs")
        .load::<Id>(&mut owner)
        .await
        .unwrap()
        .into_iter()
        .map(|r| r.id)
        .collect();
    for id in &created {
        assert!(stored.contains(id), "acknowledged job {id} is missing");
    }
    // And the server recovered.
    let response = app
        .client
        .get(app.url("/v1/jobs?limit=1"))
        .header("authorization", app.bearer(A, "viewer"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
}

/// Production's shape: the owner is not a superuser (only CREATEROLE, and the database's
/// owner), so FORCE ROW LEVEL SECURITY applies to it and its maintenance works only through
/// the `*_maintenance` policies; requests run on `jobs_api`.
#[tokio::test(flavor = "multi_thread")]
async fn a_non_superuser_owner_migrates_and_maintains_through_its_policies() {
    let suffix = Uuid::new_v4().simple().to_string();
    let owner = format!("jobs_owner_{}", &suffix[..12]);
    let name = format!("jobs_owned_{suffix}");
    let admin = database_url("postgres");
    execute(
        &admin,
        &format!("CREATE ROLE {owner} LOGIN NOSUPERUSER NOBYPASSRLS CREATEROLE"),
    )
    .await;
    execute(&admin, &format!("CREATE DATABASE {name} OWNER {owner}")).await;
    let server = crate::support::pg_server_url();
    let owner_url = server.replacen("postgres@", &format!("{owner}@"), 1) + "/" + &name;
    let serving_url = server.replacen(
        "postgres@",
        &format!("{}@", jobs_server::db::SERVING_LOGIN),
        1,
    ) + "/"
        + &name;
    let app = TestApp::spawn_with(&[
        ("JOBS_DATABASE_URL", serving_url.as_str()),
        ("JOBS_MIGRATION_DATABASE_URL", owner_url.as_str()),
    ])
    .await;
    assert_eq!(
        app.state.db.serving_login().await.unwrap().name,
        jobs_server::db::SERVING_LOGIN
    );

    // Retention, found across tenants by the owner through employers_maintenance.
    let admin_auth = app.bearer(A, "employer_admin");
    let response = app
        .call(reqwest::Method::PATCH, "/v1/employer")
        .auth(Some(&admin_auth))
        .if_match(Some("*"))
        .json(&json!({"settings": {"application_retention_days": 30}}))
        .send()
        .await;
    assert_eq!(response.status(), 200);
    let job = crate::support::published_job(&app, A, "Chef").await;
    let application = crate::support::apply_ok(
        &app,
        job,
        &crate::support::submission("Old Applicant", "old@example.mv"),
    )
    .await;
    let superuser_db = database_url(&name);
    execute(
        &superuser_db,
        &format!(
            "UPDATE applications SET status = 'hired', \
             status_changed_at = now() - interval '40 days' WHERE id = '{application}'"
        ),
    )
    .await;
    jobs_server::maintenance::run_once(&app.state.db, &app.maintenance, &app.state.uploads).await;
    let seen = crate::support::get_ok(
        &app,
        &format!("/v1/applications/{application}"),
        Some(&app.bearer(A, "viewer")),
    )
    .await;
    assert!(seen["anonymized_at"].is_string(), "{seen}");

    // Re-sanitizing at start-up, through jobs_maintenance_read/update.
    let (id, _, _) = create_job(&app, A, &complete_job("Legacy")).await;
    execute(
        &superuser_db,
        &format!(
            "UPDATE jobs SET description_format = 'html', description_policy = 0, \
             description = '<p>Old</p><script>alert(1)</script>' WHERE id = '{id}'"
        ),
    )
    .await;
    let config = test_config(
        &serving_url,
        &[("JOBS_MIGRATION_DATABASE_URL", owner_url.as_str())],
    );
    jobs_server::db::migrate(&config).await.unwrap();
    let job = crate::support::get_ok(
        &app,
        &format!("/v1/jobs/{id}"),
        Some(&app.bearer(A, "viewer")),
    )
    .await;
    assert_eq!(job["description"], "<p>Old</p>");

    // Without its setting, the owner itself sees no tenant's rows.
    let mut as_owner = AsyncPgConnection::establish(&owner_url).await.unwrap();
    #[derive(diesel::QueryableByName)]
    struct N {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    // (Published jobs are public: the owner, a member of jobs_public, sees those.)
    for sql in [
        "SELECT count(*) AS n FROM jobs WHERE status <> 'published'",
        "SELECT count(*) AS n FROM applications",
        "SELECT count(*) AS n FROM applicants",
    ] {
        let visible: N = diesel::sql_query(sql)
            .get_result(&mut as_owner)
            .await
            .unwrap();
        assert_eq!(
            visible.n, 0,
            "FORCE ROW LEVEL SECURITY binds the owner too: {sql}"
        );
    }
    drop(as_owner);
    drop(app);
    execute(&admin, &format!("DROP DATABASE {name} WITH (FORCE)")).await;
    execute(&admin, &format!("DROP OWNED BY {owner}")).await;
    execute(&admin, &format!("DROP ROLE {owner}")).await;
}

/// The machine's PostgreSQL has SSL on (Debian's snakeoil certificate, CN and SAN `localhost`):
/// the server connects over TLS as `sslmode` says, and refuses a certificate that does not
/// name the host under verify-full.
#[tokio::test(flavor = "multi_thread")]
async fn postgres_connections_use_tls_as_the_url_says() {
    #[derive(diesel::QueryableByName)]
    struct Ssl {
        #[diesel(sql_type = diesel::sql_types::Bool)]
        ssl: bool,
    }
    let snakeoil = "/etc/ssl/certs/ssl-cert-snakeoil.pem";
    assert!(
        std::path::Path::new(snakeoil).exists(),
        "the machine's PostgreSQL serves TLS with {snakeoil}"
    );
    let db = crate::support::TestDb::new().await;
    let with = |host: &str, query: &str| db.url.replace("127.0.0.1", host) + query;
    for (url, encrypted) in [
        (with("127.0.0.1", "?sslmode=disable"), false),
        (with("127.0.0.1", "?sslmode=require"), true),
        (
            with(
                "127.0.0.1",
                &format!("?sslmode=verify-ca&sslrootcert={snakeoil}"),
            ),
            true,
        ),
        (
            with(
                "localhost",
                &format!("?sslmode=verify-full&sslrootcert={snakeoil}"),
            ),
            true,
        ),
    ] {
        let config = crate::support::test_config(&url, &[]);
        let (state, _) = jobs_server::app::AppState::connect(config)
            .await
            .unwrap_or_else(|e| panic!("{url}: {e}"));
        let login = state.db.serving_login().await.unwrap();
        assert_eq!(login.name, "jobs_api");
        let mut conn = AsyncPgConnection::establish(&db.url).await.unwrap();
        // Every connection of the serving login is encrypted (or none, for disable).
        let rows: Vec<Ssl> = diesel::sql_query(
            "SELECT s.ssl FROM pg_stat_ssl s JOIN pg_stat_activity a ON a.pid = s.pid \
             WHERE a.usename = 'jobs_api' AND a.datname = current_database()",
        )
        .load(&mut conn)
        .await
        .unwrap();
        assert!(!rows.is_empty(), "{url}");
        assert!(rows.iter().all(|r| r.ssl == encrypted), "{url}");
        drop(state);
        // Let the pool's connections go before the next mode is checked.
        diesel::sql_query(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
             WHERE usename = 'jobs_api' AND datname = current_database()",
        )
        .execute(&mut conn)
        .await
        .unwrap();
    }
    // verify-full against an address the certificate does not name: refused.
    let url = with(
        "127.0.0.1",
        &format!("?sslmode=verify-full&sslrootcert={snakeoil}"),
    );
    let refused = jobs_server::app::AppState::connect(crate::support::test_config(&url, &[])).await;
    assert!(
        refused.is_err(),
        "a certificate for localhost must not pass for 127.0.0.1"
    );
}

/// PostgreSQL plans a prepared statement with custom plans first and keeps doing so when a
/// generic plan looks costlier — which a page's `LIMIT $n` always does. Under row-level security
/// planning the employer's page cost five times running it (found by `scripts/bench`). Plain
/// keyset pages keep one generic plan; a text query is still planned for its values.
#[tokio::test(flavor = "multi_thread")]
async fn keyset_pages_are_planned_once_per_connection() {
    // One connection: every statement the API prepares is on it.
    let app = TestApp::spawn_with(&[("JOBS_DB_POOL_SIZE", "1")]).await;
    for i in 0..3 {
        crate::support::publish_new_job(&app, A, &complete_job(&format!("Chef {i}"))).await;
    }
    let auth = app.bearer(A, "recruiter");
    for _ in 0..8 {
        for path in [
            "/v1/jobs?limit=2",
            "/v1/public/jobs?limit=2",
            "/v1/public/jobs?q=chef&limit=2",
            // The employer's own text search stays on SQL (public `q` reads the search index).
            "/v1/jobs?q=chef&limit=2",
        ] {
            let response = app
                .call(reqwest::Method::GET, path)
                .auth(Some(&auth))
                .send()
                .await;
            assert_eq!(response.status(), 200, "{path}");
        }
    }
    let plans = app.state.db.prepared_plans().await.unwrap();
    let find = |needle: &str, exclude: &str| {
        plans
            .iter()
            .find(|p| p.statement.contains(needle) && !p.statement.contains(exclude))
            .unwrap_or_else(|| panic!("no statement with {needle}: {plans:#?}"))
            .clone()
    };
    let own = find(
        r#"ORDER BY "jobs"."created_at" DESC"#,
        "websearch_to_tsquery",
    );
    assert_eq!((own.custom_plans, own.generic_plans), (0, 8), "{own:#?}");
    let public = find("hit.sort_time", "websearch_to_tsquery");
    assert_eq!(
        (public.custom_plans, public.generic_plans),
        (0, 8),
        "{public:#?}"
    );
    let text = find("websearch_to_tsquery", "job_search_documents");
    assert!(
        text.custom_plans >= 5,
        "a text query is planned for its values: {text:#?}"
    );
}

/// A plain public page and a public job are one statement each, on connections configured for
/// the public role when they connected: no `BEGIN`, settings or `COMMIT` around them (found by
/// `scripts/bench`: the four statements of a transaction cost PostgreSQL about 30 % of its
/// throughput on these reads). A draft stays invisible there.
#[tokio::test(flavor = "multi_thread")]
async fn plain_public_reads_are_one_statement_as_the_public_role() {
    let app = TestApp::spawn_with(&[("JOBS_DB_POOL_SIZE", "1")]).await;
    let job = crate::support::publish_new_job(&app, A, &complete_job("Public chef")).await;
    let (draft, _, _) = create_job(&app, A, &complete_job("Draft chef")).await;
    for _ in 0..3 {
        let page = app
            .call(reqwest::Method::GET, "/v1/public/jobs?limit=2")
            .send()
            .await;
        assert_eq!(page.status(), 200);
        let one = app
            .call(reqwest::Method::GET, &format!("/v1/public/jobs/{job}"))
            .send()
            .await;
        assert_eq!(one.status(), 200);
    }
    let hidden = app
        .call(reqwest::Method::GET, &format!("/v1/public/jobs/{draft}"))
        .send()
        .await;
    assert_problem(hidden, 404).await;

    let plans = app.state.db.prepared_plans().await.unwrap();
    let public: Vec<_> = plans.iter().filter(|p| p.role == "jobs_public").collect();
    assert!(
        public.iter().any(|p| p.statement.contains("hit.sort_time"))
            && public
                .iter()
                .any(|p| p.statement.contains("WHERE j.id = $1")),
        "the page and the job run on the public connection: {plans:#?}"
    );
    for p in &public {
        assert!(
            p.statement.trim_start().starts_with("SELECT") && !p.statement.contains("set_config"),
            "only the reads themselves: {p:#?}"
        );
        assert_eq!(p.custom_plans, 0, "one generic plan: {p:#?}");
    }
    assert!(
        plans
            .iter()
            .filter(|p| p.role != "jobs_public")
            .all(|p| !p.statement.contains("WHERE j.id = $1")),
        "the job is not read in a transaction on the serving pool: {plans:#?}"
    );
}
