//! Test support: a fresh PostgreSQL database per test (copied from a template migrated once per
//! migration set) and the real server on a random port.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};
use jobs_server::app::{self, AppState};
use jobs_server::auth::principal::Role;
use jobs_server::config::{Config, DEV_AUDIENCE, DEV_ISSUER};
use jobs_server::lifecycle::Lifecycle;
use jobs_server::serve::{self, ShutdownPolicy};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;
use uuid::Uuid;

/// The server the tests run against; `TEST_PG_URL` overrides it.
pub fn pg_server_url() -> String {
    std::env::var("TEST_PG_URL").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432".into())
}

pub fn database_url(name: &str) -> String {
    format!("{}/{}", pg_server_url(), name)
}

pub async fn admin_connection() -> AsyncPgConnection {
    AsyncPgConnection::establish(&database_url("postgres"))
        .await
        .expect("PostgreSQL must run on 127.0.0.1:5432 for the tests (see README)")
}

pub async fn execute(url: &str, sql: &str) {
    let mut conn = AsyncPgConnection::establish(url).await.unwrap();
    diesel::sql_query(sql).execute(&mut conn).await.unwrap();
}

/// The template's name changes whenever a migration changes, so a stale template is never used.
fn template_name() -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../migrations");
    let mut files: Vec<_> = walk(std::path::Path::new(dir));
    files.sort();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for (path, bytes) in files {
        for b in path.bytes().chain(bytes) {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x100_0000_01b3);
        }
    }
    format!("jobs_tpl_{hash:016x}")
}

fn walk(dir: &std::path::Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push((path.display().to_string(), std::fs::read(&path).unwrap()));
        }
    }
    out
}

#[derive(diesel::QueryableByName)]
struct Exists {
    #[diesel(sql_type = diesel::sql_types::Bool)]
    exists: bool,
}

async fn database_exists(conn: &mut AsyncPgConnection, name: &str) -> bool {
    diesel::sql_query("SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1) AS exists")
        .bind::<diesel::sql_types::Text, _>(name)
        .get_result::<Exists>(conn)
        .await
        .unwrap()
        .exists
}

/// Creates the migrated template once (an advisory lock serialises test processes).
async fn ensure_template() -> String {
    let name = template_name();
    let mut admin = admin_connection().await;
    diesel::sql_query("SELECT pg_advisory_lock(727274)")
        .execute(&mut admin)
        .await
        .unwrap();
    if !database_exists(&mut admin, &name).await {
        let building = format!("{name}_building");
        diesel::sql_query(format!("DROP DATABASE IF EXISTS {building} WITH (FORCE)"))
            .execute(&mut admin)
            .await
            .unwrap();
        let config = test_config(&database_url(&building), &[]);
        jobs_server::db::migrate(&config).await.unwrap();
        diesel::sql_query(format!("ALTER DATABASE {building} RENAME TO {name}"))
            .execute(&mut admin)
            .await
            .unwrap();
    }
    diesel::sql_query("SELECT pg_advisory_unlock(727274)")
        .execute(&mut admin)
        .await
        .unwrap();
    name
}

/// A database of its own for one test, dropped afterwards.
pub struct TestDb {
    pub name: String,
    pub url: String,
}

impl TestDb {
    pub async fn new() -> Self {
        let template = ensure_template().await;
        let name = format!("jobs_test_{}", uuid::Uuid::new_v4().simple());
        let mut admin = admin_connection().await;
        let mut attempt = 0;
        loop {
            let sql = format!("CREATE DATABASE {name} TEMPLATE {template}");
            match diesel::sql_query(sql).execute(&mut admin).await {
                Ok(_) => break,
                // Another test may be copying the template at this very moment.
                Err(_) if attempt < 20 => {
                    attempt += 1;
                    tokio::time::sleep(Duration::from_millis(50 * attempt)).await;
                }
                Err(e) => panic!("cannot create test database: {e}"),
            }
        }
        let url = database_url(&name);
        Self { name, url }
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        let name = self.name.clone();
        // Drop runs outside any async context we can rely on: use a small runtime of its own.
        let _ = std::thread::spawn(move || {
            let Ok(rt) = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
            else {
                return;
            };
            rt.block_on(async {
                if let Ok(mut admin) = AsyncPgConnection::establish(&database_url("postgres")).await
                {
                    let _ =
                        diesel::sql_query(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                            .execute(&mut admin)
                            .await;
                }
            });
        })
        .join();
    }
}

/// Configuration for a test: defaults, the given database, Redis off unless asked for.
pub fn test_config(database_url: &str, overrides: &[(&str, &str)]) -> Config {
    let mut vars: HashMap<String, String> = HashMap::new();
    vars.insert("JOBS_DATABASE_URL".into(), database_url.into());
    vars.insert("JOBS_REDIS_URL".into(), String::new());
    // Tests send bursts from one address; the rate-limit tests switch limits on themselves.
    vars.insert("JOBS_RATE_LIMITS".into(), "off".into());
    vars.insert("JOBS_LISTEN_ADDR".into(), "127.0.0.1:0".into());
    // Dev identity mode with a key of the test's own, outside the source tree.
    let key = std::env::temp_dir()
        .join("jobs-test-keys")
        .join(format!("{}.pem", uuid::Uuid::new_v4().simple()));
    vars.insert("JOBS_DEV_KEY_PATH".into(), key.display().to_string());
    for (k, v) in overrides {
        vars.insert((*k).into(), (*v).into());
    }
    Config::from_lookup(|k| vars.get(k).cloned()).unwrap()
}

/// The real server, on a random port, against its own database.
pub struct TestApp {
    pub base: String,
    /// The operator's listener (metrics, profiles), as `serve` runs it beside the API.
    pub metrics_base: String,
    pub client: reqwest::Client,
    pub state: AppState,
    /// The owner's handle (tests connect as the privileged development user).
    pub maintenance: jobs_server::db::Maintenance,
    /// The webhook dispatcher's handle (tests run dispatch rounds or a dispatcher themselves).
    pub dispatch: jobs_server::db::Dispatch,
    /// The mailer's handle (tests run a mailer themselves).
    pub mailbox: jobs_server::db::Mailbox,
    /// The analytics worker's handle (tests run its folds themselves).
    pub analytics: jobs_server::db::AnalyticsStore,
    /// The matching worker's handle (tests run a matcher themselves).
    pub matching: jobs_server::db::MatchStore,
    pub db: TestDb,
    shutdown: Option<oneshot::Sender<()>>,
    server: Option<JoinHandle<std::io::Result<()>>>,
}

impl TestApp {
    pub async fn spawn() -> Self {
        Self::spawn_with(&[]).await
    }

    pub async fn spawn_with(overrides: &[(&str, &str)]) -> Self {
        let db = TestDb::new().await;
        let config = test_config(&db.url, overrides);
        let policy = ShutdownPolicy {
            delay: config.shutdown_delay,
            timeout: config.shutdown_timeout,
        };
        let (state, background) = AppState::connect(config).await.unwrap();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let (tx, rx) = oneshot::channel::<()>();
        let lifecycle: Arc<Lifecycle> = state.lifecycle.clone();
        let metrics_listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let metrics_base = format!("http://{}", metrics_listener.local_addr().unwrap());
        tokio::spawn(jobs_server::telemetry::metrics_listener::serve(
            metrics_listener,
            state.metrics.clone(),
            true,
        ));
        let server = tokio::spawn(serve::serve(
            listener,
            app::build(state.clone()),
            lifecycle,
            policy,
            async move {
                let _ = rx.await;
            },
        ));
        // Ready as a load balancer sees it: the search index has loaded (a few milliseconds
        // on a test's empty board).
        let loading = std::time::Instant::now();
        while !state.public_index.has_loaded() && loading.elapsed() < Duration::from_secs(10) {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        Self {
            base: format!("http://{addr}"),
            metrics_base,
            client: reqwest::Client::new(),
            state,
            maintenance: background
                .maintenance
                .expect("the tests connect as a privileged user"),
            dispatch: background
                .dispatch
                .expect("the tests connect as a privileged user"),
            mailbox: background
                .mailbox
                .expect("the tests connect as a privileged user"),
            analytics: background
                .analytics
                .expect("the tests connect as a privileged user"),
            matching: background
                .matching
                .expect("the tests connect as a privileged user"),
            db,
            shutdown: Some(tx),
            server: Some(server),
        }
    }

    /// A dev-mode token for `sub` with `roles` at `employer`.
    pub fn token(&self, employer: Option<Uuid>, roles: &[&str], sub: &str) -> String {
        let roles: Vec<Role> = roles.iter().map(|r| Role::parse(r).unwrap()).collect();
        self.state
            .verifier
            .dev_key()
            .expect("tests run in dev identity mode")
            .mint(
                DEV_ISSUER,
                DEV_AUDIENCE,
                sub,
                employer,
                &roles,
                Duration::from_secs(600),
            )
            .unwrap()
    }

    /// Bearer header value for `role` at `employer`.
    pub fn bearer(&self, employer: Uuid, role: &str) -> String {
        format!(
            "Bearer {}",
            self.token(Some(employer), &[role], &format!("{role}-user"))
        )
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    /// The Prometheus text from the metrics listener.
    pub async fn metrics(&self) -> String {
        self.client
            .get(format!("{}/metrics", self.metrics_base))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap()
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).send().await.unwrap()
    }

    /// Sends the shutdown signal; the server task keeps draining.
    pub fn begin_shutdown(&mut self) -> JoinHandle<std::io::Result<()>> {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        self.server.take().unwrap()
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

/// One request builder for every test file:
/// `app.call(Method::POST, "/v1/jobs").role(employer, "recruiter").fresh_key().json(&body).send()`.
pub struct Call<'a> {
    app: &'a TestApp,
    request: reqwest::RequestBuilder,
}

impl TestApp {
    pub fn call(&self, method: reqwest::Method, path: &str) -> Call<'_> {
        Call {
            app: self,
            request: self.client.request(method, self.url(path)),
        }
    }
}

impl Call<'_> {
    /// A dev token for `role` at `employer`.
    pub fn role(self, employer: Uuid, role: &str) -> Self {
        let bearer = self.app.bearer(employer, role);
        self.header("authorization", &bearer)
    }

    /// An `Authorization` header value as given (or none).
    pub fn auth(self, authorization: Option<&str>) -> Self {
        match authorization {
            Some(value) => self.header("authorization", value),
            None => self,
        }
    }

    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.request = self.request.header(name, value);
        self
    }

    /// A new `Idempotency-Key`.
    pub fn fresh_key(self) -> Self {
        self.header("idempotency-key", &Uuid::new_v4().to_string())
    }

    pub fn if_match(self, tag: Option<&str>) -> Self {
        match tag {
            Some(tag) => self.header("if-match", tag),
            None => self,
        }
    }

    pub fn json(mut self, body: &serde_json::Value) -> Self {
        self.request = self.request.json(body);
        self
    }

    pub fn maybe_json(self, body: Option<serde_json::Value>) -> Self {
        match body {
            Some(body) => self.json(&body),
            None => self,
        }
    }

    /// A raw JSON text body.
    pub fn raw_json(mut self, body: &str) -> Self {
        self.request = self
            .request
            .header("content-type", "application/json")
            .body(body.to_string());
        self
    }

    pub async fn send(self) -> reqwest::Response {
        self.request.send().await.unwrap()
    }
}

/// Asserts an RFC 9457 answer and returns its body.
pub async fn assert_problem(response: reqwest::Response, status: u16) -> serde_json::Value {
    assert_eq!(response.status().as_u16(), status, "unexpected status");
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    assert_eq!(content_type, "application/problem+json");
    let request_id = response
        .headers()
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(
        body["status"], status,
        "problem status must equal the HTTP status"
    );
    assert!(body["title"].is_string(), "problem needs a title: {body}");
    assert!(body["type"].is_string(), "problem needs a type: {body}");
    // Every type the server answers is one the contract documents.
    let documented = contract_problem_types();
    assert!(
        documented
            .iter()
            .any(|(t, st)| t == body["type"].as_str().unwrap_or_default()
                && (st == "any" || st == &status.to_string())),
        "problem type {} with status {status} is not in the contract's x-problem-types",
        body["type"]
    );
    assert_eq!(body["request_id"].as_str().map(str::to_string), request_id);
    body
}

/// The contract's problem types and their statuses (`x-problem-types` of `Problem`).
pub fn contract_problem_types() -> Vec<(String, String)> {
    let spec: serde_json::Value =
        serde_yaml_ng::from_str(include_str!("../../../openapi.yaml")).unwrap();
    spec["components"]["schemas"]["Problem"]["x-problem-types"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            (
                t["type"].as_str().unwrap().to_string(),
                t["status"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// A job body complete enough to publish.
pub fn complete_job(title: &str) -> serde_json::Value {
    serde_json::json!({
        "title": title,
        "description": "Build and run the hiring platform.",
        "department": "Engineering",
        "location": "Malé",
        "employment_type": "full_time",
        "languages": ["English", "Dhivehi"],
        "salary": {"min": 20000, "max": 30000, "currency": "MVR", "period": "month"},
        "vacancies": 2
    })
}

/// Creates a job as a recruiter of `employer`; returns (id, etag, body).
pub async fn create_job(
    app: &TestApp,
    employer: Uuid,
    body: &serde_json::Value,
) -> (Uuid, String, serde_json::Value) {
    let response = app
        .client
        .post(app.url("/v1/jobs"))
        .header("authorization", app.bearer(employer, "recruiter"))
        .header("idempotency-key", Uuid::new_v4().to_string())
        .json(body)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201, "{:?}", response.text().await);
    let etag = response.headers()["etag"].to_str().unwrap().to_string();
    let body: serde_json::Value = response.json().await.unwrap();
    (body["id"].as_str().unwrap().parse().unwrap(), etag, body)
}

/// A complete job of `employer`, published; returns its id.
pub async fn published_job(app: &TestApp, employer: Uuid, title: &str) -> Uuid {
    publish_new_job(app, employer, &complete_job(title)).await
}

/// A minimal valid application.
pub fn submission(name: &str, email: &str) -> serde_json::Value {
    serde_json::json!({
        "name": name,
        "email": email,
        "consent": {"granted": true, "policy_version": "2026-01"}
    })
}

/// `POST /v1/public/jobs/{job}/apply`, anonymously or with `bearer`.
pub async fn apply(
    app: &TestApp,
    job: Uuid,
    body: &serde_json::Value,
    bearer: Option<&str>,
) -> reqwest::Response {
    app.call(
        reqwest::Method::POST,
        &format!("/v1/public/jobs/{job}/apply"),
    )
    .fresh_key()
    .auth(bearer)
    .json(body)
    .send()
    .await
}

/// Applies and expects 201; returns the application id.
pub async fn apply_ok(app: &TestApp, job: Uuid, body: &serde_json::Value) -> Uuid {
    let response = apply(app, job, body, None).await;
    assert_eq!(response.status(), 201, "{:?}", response.text().await);
    let receipt: serde_json::Value = response.json().await.unwrap();
    receipt["id"].as_str().unwrap().parse().unwrap()
}

/// Creates an applicant as a recruiter of `employer`; returns (id, etag, body).
pub async fn create_applicant(
    app: &TestApp,
    employer: Uuid,
    body: &serde_json::Value,
) -> (Uuid, String, serde_json::Value) {
    let response = app
        .client
        .post(app.url("/v1/applicants"))
        .header("authorization", app.bearer(employer, "recruiter"))
        .header("idempotency-key", Uuid::new_v4().to_string())
        .json(body)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201, "{:?}", response.text().await);
    let etag = response.headers()["etag"].to_str().unwrap().to_string();
    let body: serde_json::Value = response.json().await.unwrap();
    (body["id"].as_str().unwrap().parse().unwrap(), etag, body)
}

/// Outbox events of an entity, oldest first, read as the owner (the way a relay would):
/// (event_type, payload).
pub async fn outbox(app: &TestApp, entity: Uuid) -> Vec<(String, serde_json::Value)> {
    #[derive(diesel::QueryableByName)]
    struct Row {
        #[diesel(sql_type = diesel::sql_types::Text)]
        event_type: String,
        #[diesel(sql_type = diesel::sql_types::Jsonb)]
        payload: serde_json::Value,
    }
    let mut conn = AsyncPgConnection::establish(&app.db.url).await.unwrap();
    diesel::sql_query(
        "SELECT event_type, payload FROM outbox_events WHERE entity_id = $1 \
         ORDER BY occurred_at, id",
    )
    .bind::<diesel::sql_types::Uuid, _>(entity)
    .load::<Row>(&mut conn)
    .await
    .unwrap()
    .into_iter()
    .map(|r| (r.event_type, r.payload))
    .collect()
}

/// A count from SQL run as the owner (bypassing row-level security), for checking state.
pub async fn count(app: &TestApp, sql: &str) -> i64 {
    #[derive(diesel::QueryableByName)]
    struct Count {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    let mut conn = AsyncPgConnection::establish(&app.db.url).await.unwrap();
    diesel::sql_query(sql)
        .get_result::<Count>(&mut conn)
        .await
        .unwrap()
        .n
}

/// Runs a job action (`publish`, `close`) as a recruiter of `employer`, expecting 200.
pub async fn job_action(app: &TestApp, employer: Uuid, job: Uuid, action: &str) {
    let response = app
        .client
        .post(app.url(&format!("/v1/jobs/{job}:{action}")))
        .header("authorization", app.bearer(employer, "recruiter"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        response.status(),
        200,
        "{action}: {:?}",
        response.text().await
    );
}

/// Creates and publishes a job; returns its id.
pub async fn publish_new_job(app: &TestApp, employer: Uuid, body: &serde_json::Value) -> Uuid {
    let (id, _, _) = create_job(app, employer, body).await;
    job_action(app, employer, id, "publish").await;
    id
}

/// GET `path` (as `auth`, or without a token), expecting 200; returns the body.
pub async fn get_ok(app: &TestApp, path: &str, auth: Option<&str>) -> serde_json::Value {
    let response = app.call(reqwest::Method::GET, path).auth(auth).send().await;
    assert_eq!(
        response.status(),
        200,
        "{path}: {:?}",
        response.text().await
    );
    response.json().await.unwrap()
}

/// The `id`s of a list's `items`.
pub fn item_ids(list: &serde_json::Value) -> Vec<Uuid> {
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["id"].as_str().unwrap().parse().unwrap())
        .collect()
}

/// A tool `scripts/test-tools` installs: `$env` when set, else `relative` under the tool cache
/// (`JOBS_TOOLS_DIR`, default `~/.cache/jobs-tools`). Missing is a failure, not a skip.
pub fn test_tool(env: &str, relative: &str) -> std::path::PathBuf {
    let path = std::env::var(env)
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|_| {
            let tools = std::env::var("JOBS_TOOLS_DIR").unwrap_or_else(|_| {
                format!(
                    "{}/.cache/jobs-tools",
                    std::env::var("HOME").unwrap_or_default()
                )
            });
            std::path::Path::new(&tools).join(relative)
        });
    assert!(
        path.exists(),
        "{} is missing: run scripts/test-tools (scripts/test does)",
        path.display()
    );
    path
}

/// Changes the employer (name, links, settings) as its admin.
pub async fn update_employer(app: &TestApp, employer: Uuid, change: serde_json::Value) {
    let auth = app.bearer(employer, "employer_admin");
    patch_current(app, &auth, "/v1/employer", change).await;
}

/// Reads `path` for its ETag, then PATCHes `change` with it as `If-Match`; expects 200.
pub async fn patch_current(app: &TestApp, auth: &str, path: &str, change: serde_json::Value) {
    let response = app
        .client
        .get(app.url(path))
        .header("authorization", auth)
        .send()
        .await
        .unwrap();
    let etag = response.headers()["etag"].to_str().unwrap().to_string();
    let response = app
        .client
        .patch(app.url(path))
        .header("authorization", auth)
        .header("if-match", etag)
        .json(&change)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200, "{:?}", response.text().await);
}

/// Runs `script` with the test venv's Python (`scripts/test-tools`), `input` on stdin; returns
/// what it printed, as JSON.
pub fn run_python(script: &str, args: &[&str], input: &[u8]) -> serde_json::Value {
    use std::io::Write;
    let python = test_tool("JOBS_TEST_PYTHON", "test-venv/bin/python");
    let mut child = std::process::Command::new(&python)
        .arg("-c")
        .arg(script)
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success());
    serde_json::from_slice(&output.stdout).unwrap()
}

/// A `jobs-server serve` process of its own.
pub struct ServerProcess {
    child: std::process::Child,
    pub base: String,
}

impl ServerProcess {
    /// Started against `database_url`; `vars` override the defaults (a shared
    /// `JOBS_DEV_KEY_PATH` makes tokens minted for one process good for another).
    pub async fn start(database_url: &str, vars: &[(&str, &str)]) -> Self {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let key = std::env::temp_dir().join(format!("jobs-rl-{}.pem", Uuid::new_v4().simple()));
        let child = std::process::Command::new(env!("CARGO_BIN_EXE_jobs-server"))
            .arg("serve")
            .env("JOBS_METRICS_ADDR", "127.0.0.1:0")
            .env("JOBS_DATABASE_URL", database_url)
            .env("JOBS_LISTEN_ADDR", format!("127.0.0.1:{port}"))
            .env("JOBS_DEV_KEY_PATH", key)
            .env("JOBS_LOG", "warn")
            .envs(vars.iter().copied())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let base = format!("http://127.0.0.1:{port}");
        for _ in 0..200 {
            if let Ok(r) = reqwest::get(format!("{base}/readyz")).await
                && r.status() == 200
            {
                break;
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
        Self { child, base }
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
