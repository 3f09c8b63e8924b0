//! Observability from outside, as an on-call engineer gets it: the real binary exporting spans
//! over OTLP/HTTP to a receiver on loopback (decoded with the `opentelemetry-proto` types), its
//! JSON log lines on stderr, the metrics listener scraped and parsed as Prometheus text, and a
//! CPU profile parsed as pprof.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::extract::State;
use jobs_server::auth::dev_key::DevKey;
use jobs_server::auth::principal::Role;
use jobs_server::config::{DEV_AUDIENCE, DEV_ISSUER};
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
use opentelemetry_proto::tonic::common::v1::any_value::Value as AnyValue;
use opentelemetry_proto::tonic::trace::v1::Span;
use prost::Message;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::support::{TestApp, TestDb};

const EMPLOYER: Uuid = Uuid::from_u128(0x0d00_0000_0000_4000_8000_0000_0000_0001);

/// An OTLP/HTTP receiver: every exported span, decoded.
#[derive(Clone, Default)]
struct Receiver {
    spans: Arc<Mutex<Vec<Span>>>,
    service: Arc<Mutex<Option<String>>>,
}

impl Receiver {
    async fn start() -> (Self, SocketAddr) {
        let receiver = Receiver::default();
        let app = axum::Router::new()
            .route("/v1/traces", axum::routing::post(collect))
            .with_state(receiver.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, app).await });
        (receiver, addr)
    }

    fn spans(&self) -> Vec<Span> {
        self.spans.lock().unwrap().clone()
    }

    /// Waits until a span of `trace` named `name` arrived.
    async fn wait_for(&self, trace: &[u8], name: &str) -> Vec<Span> {
        let start = Instant::now();
        loop {
            let of_trace: Vec<Span> = self
                .spans()
                .into_iter()
                .filter(|s| s.trace_id == trace)
                .collect();
            if of_trace.iter().any(|s| s.name == name) {
                return of_trace;
            }
            assert!(
                start.elapsed() < Duration::from_secs(15),
                "no span {name}: {:?}",
                of_trace.iter().map(|s| &s.name).collect::<Vec<_>>()
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}

async fn collect(State(r): State<Receiver>, body: Bytes) -> &'static str {
    let request = match ExportTraceServiceRequest::decode(body) {
        Ok(request) => request,
        Err(e) => panic!("the exporter sent something that is not OTLP protobuf: {e}"),
    };
    for rs in request.resource_spans {
        if let Some(resource) = &rs.resource {
            for kv in &resource.attributes {
                if kv.key == "service.name" {
                    *r.service.lock().unwrap() = kv.value.as_ref().map(string_of);
                }
            }
        }
        for ss in rs.scope_spans {
            r.spans.lock().unwrap().extend(ss.spans);
        }
    }
    ""
}

fn string_of(v: &opentelemetry_proto::tonic::common::v1::AnyValue) -> String {
    match &v.value {
        Some(AnyValue::StringValue(s)) => s.clone(),
        Some(AnyValue::IntValue(i)) => i.to_string(),
        Some(AnyValue::BoolValue(b)) => b.to_string(),
        Some(AnyValue::DoubleValue(d)) => d.to_string(),
        other => format!("{other:?}"),
    }
}

fn attrs(span: &Span) -> HashMap<String, String> {
    span.attributes
        .iter()
        .map(|kv| {
            (
                kv.key.clone(),
                kv.value.as_ref().map(string_of).unwrap_or_default(),
            )
        })
        .collect()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The real binary (`serve`), its stderr in a file.
struct Server {
    child: Child,
    base: String,
    log: PathBuf,
    key: DevKey,
    _db: TestDb,
}

impl Server {
    async fn start(extra: &[(&str, String)]) -> Self {
        let db = TestDb::new().await;
        let dir = std::env::temp_dir().join(format!("jobs-traces-{}", Uuid::new_v4().simple()));
        std::fs::create_dir_all(&dir).unwrap();
        let key_path = dir.join("key.pem");
        let key = DevKey::load_or_create(&key_path).unwrap();
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let log = dir.join("stderr.log");
        let mut command = Command::new(env!("CARGO_BIN_EXE_jobs-server"));
        command
            .arg("serve")
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("JOBS_DATABASE_URL", &db.url)
            .env("JOBS_LISTEN_ADDR", format!("127.0.0.1:{port}"))
            .env("JOBS_METRICS_ADDR", "127.0.0.1:0")
            .env("JOBS_REDIS_URL", "")
            .env("JOBS_DEV_KEY_PATH", &key_path)
            .env("JOBS_WEBHOOK_DISPATCH", "off")
            .env("JOBS_LOG", "info")
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log).unwrap());
        for (k, v) in extra {
            command.env(k, v);
        }
        let child = command.spawn().unwrap();
        let base = format!("http://127.0.0.1:{port}");
        let client = reqwest::Client::new();
        for _ in 0..200 {
            if client
                .get(format!("{base}/readyz"))
                .send()
                .await
                .is_ok_and(|r| r.status().is_success())
            {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        Self {
            child,
            base,
            log,
            key,
            _db: db,
        }
    }

    fn bearer(&self, role: &str, sub: &str) -> String {
        let token = self
            .key
            .mint(
                DEV_ISSUER,
                DEV_AUDIENCE,
                sub,
                Some(EMPLOYER),
                &[Role::parse(role).unwrap()],
                Duration::from_secs(600),
            )
            .unwrap();
        format!("Bearer {token}")
    }

    fn log_lines(&self) -> Vec<String> {
        std::fs::read_to_string(&self.log)
            .unwrap_or_default()
            .lines()
            .map(str::to_string)
            .collect()
    }

    /// SIGTERM, so the exporter flushes what it still holds.
    fn stop(&mut self) {
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if self.child.try_wait().ok().flatten().is_some() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn otel_env(otlp: SocketAddr) -> Vec<(&'static str, String)> {
    vec![
        ("OTEL_EXPORTER_OTLP_ENDPOINT", format!("http://{otlp}")),
        ("OTEL_SERVICE_NAME", "jobs-api-test".into()),
        ("OTEL_BSP_SCHEDULE_DELAY", "100".into()),
    ]
}

#[tokio::test(flavor = "multi_thread")]
async fn a_request_is_one_server_span_with_database_children_continuing_the_callers_trace() {
    let (receiver, otlp) = Receiver::start().await;
    let mut server = Server::start(&otel_env(otlp)).await;
    let trace = "4bf92f3577b34da6a3ce929d0e0e4736";
    let parent = "00f067aa0ba902b7";
    let response = reqwest::Client::new()
        .get(format!("{}/v1/jobs?limit=5&q=never-logged", server.base))
        .header("authorization", server.bearer("recruiter", "trace-user"))
        .header("traceparent", format!("00-{trace}-{parent}-01"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let header = response.headers()["traceparent"]
        .to_str()
        .unwrap()
        .to_string();
    assert!(header.starts_with(&format!("00-{trace}-")), "{header}");
    assert!(header.ends_with("-01"));
    assert_eq!(response.headers()["x-trace-id"], trace);

    let trace_bytes: Vec<u8> = (0..16)
        .map(|i| u8::from_str_radix(&trace[2 * i..2 * i + 2], 16).unwrap())
        .collect();
    let spans = receiver.wait_for(&trace_bytes, "GET /v1/jobs").await;
    let server_span = spans.iter().find(|s| s.name == "GET /v1/jobs").unwrap();
    // SPAN_KIND_SERVER = 2; its parent is the caller's span.
    assert_eq!(server_span.kind, 2);
    assert_eq!(hex(&server_span.parent_span_id), parent);
    let a = attrs(server_span);
    assert_eq!(a["http.request.method"], "GET");
    assert_eq!(a["http.route"], "/v1/jobs");
    assert_eq!(a["http.response.status_code"], "200");
    assert_eq!(a["client.address"], "127.0.0.1");
    assert!(a.values().all(|v| !v.contains("never-logged")), "{a:?}");
    // The response names the server span.
    assert_eq!(
        header,
        format!("00-{trace}-{}-01", hex(&server_span.span_id))
    );
    // Database work under it: the transaction and its statements, no values.
    let db: Vec<&Span> = spans
        .iter()
        .filter(|s| attrs(s).get("db.system").map(String::as_str) == Some("postgresql"))
        .collect();
    assert!(
        db.iter().any(|s| s.name == "transaction tenant"),
        "{:?}",
        db.iter().map(|s| &s.name).collect::<Vec<_>>()
    );
    assert!(
        db.iter()
            .any(|s| attrs(s).get("db.sql.table").map(String::as_str) == Some("jobs"))
    );
    for s in &db {
        assert_eq!(s.parent_span_id, server_span.span_id, "{}", s.name);
        assert_eq!(s.kind, 3, "client spans");
    }
    assert_eq!(
        receiver.service.lock().unwrap().as_deref(),
        Some("jobs-api-test")
    );

    // The request's log line carries the same ids.
    server.stop();
    let line = server
        .log_lines()
        .into_iter()
        .find(|l| l.contains("request finished") && l.contains(trace))
        .expect("a request line with the trace id");
    let line: Value = serde_json::from_str(&line).unwrap();
    assert_eq!(line["span"]["trace_id"], trace);
    assert_eq!(line["span"]["span_id"], hex(&server_span.span_id));
}

#[tokio::test(flavor = "multi_thread")]
async fn without_an_exporter_requests_still_get_trace_ids_in_logs_and_headers() {
    // A CAPTCHA verifier that does not answer: applying logs a warning from inside the use case.
    let mut server = Server::start(&[
        (
            "JOBS_CAPTCHA_VERIFY_URL",
            "http://127.0.0.1:1/siteverify".into(),
        ),
        ("JOBS_CAPTCHA_SECRET", "unused".into()),
    ])
    .await;
    let client = reqwest::Client::new();
    let recruiter = server.bearer("recruiter", "plain-recruiter");
    let job: Value = client
        .post(format!("{}/v1/jobs", server.base))
        .header("authorization", &recruiter)
        .header("idempotency-key", "plain-job")
        .json(&crate::support::complete_job("Plain"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let job = job["id"].as_str().unwrap();
    client
        .post(format!("{}/v1/jobs/{job}:publish", server.base))
        .header("authorization", &recruiter)
        .send()
        .await
        .unwrap();
    let applied = client
        .post(format!("{}/v1/public/jobs/{job}/apply", server.base))
        .header("idempotency-key", "plain-apply")
        .json(
            &json!({"name": "A", "email": "a@example.com", "captcha_token": "t",
                      "consent": {"granted": true, "policy_version": "1"}}),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(applied.status(), 503);
    let apply_trace = applied.headers()["x-trace-id"]
        .to_str()
        .unwrap()
        .to_string();
    let response = client
        .get(format!("{}/v1/jobs", server.base))
        .header("authorization", server.bearer("viewer", "plain-user"))
        .send()
        .await
        .unwrap();
    let trace = response.headers()["x-trace-id"]
        .to_str()
        .unwrap()
        .to_string();
    assert_eq!(trace.len(), 32);
    assert_ne!(trace, "0".repeat(32));
    server.stop();
    let lines = server.log_lines();
    let line = lines
        .iter()
        .find(|l| l.contains("request finished") && l.contains(&trace))
        .expect("the request line names its trace");
    let line: Value = serde_json::from_str(line).unwrap();
    assert_eq!(line["span"]["span_id"].as_str().unwrap().len(), 16);
    assert_eq!(line["span"]["sub"], "plain-user");
    let warning = lines
        .iter()
        .find(|l| l.contains("captcha verification failed"))
        .expect("the use case's warning");
    let warning: Value = serde_json::from_str(warning).unwrap();
    assert_eq!(warning["span"]["trace_id"], apply_trace);
    // Every line logged inside a request (any span at all) names its trace.
    for line in &lines {
        let v: Value = serde_json::from_str(line).unwrap();
        if let Some(span) = v.get("span") {
            assert_eq!(span["trace_id"].as_str().map(str::len), Some(32), "{line}");
        }
    }
}

/// A full flow with recognisable personal data and secrets; then every log line and every
/// exported span is searched for them.
#[tokio::test(flavor = "multi_thread")]
async fn no_personal_data_or_secret_reaches_logs_or_spans() {
    let (receiver, otlp) = Receiver::start().await;
    // A CAPTCHA verifier on loopback that accepts every token.
    let captcha = axum::Router::new().route(
        "/siteverify",
        axum::routing::post(|| async { axum::Json(json!({"success": true})) }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let captcha_addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, captcha).await });
    let mut env = otel_env(otlp);
    env.push((
        "JOBS_CAPTCHA_VERIFY_URL",
        format!("http://{captcha_addr}/siteverify"),
    ));
    env.push(("JOBS_CAPTCHA_SECRET", "captcha-secret-Kx81".into()));
    let mut server = Server::start(&env).await;
    let client = reqwest::Client::new();
    let recruiter = server.bearer("recruiter", "pii-recruiter");
    let admin = server.bearer("employer_admin", "pii-admin");
    let post = |path: &str, auth: Option<&str>, body: Value| {
        let mut r = client
            .post(format!("{}{path}", server.base))
            .header("idempotency-key", Uuid::new_v4().to_string())
            .json(&body);
        if let Some(auth) = auth {
            r = r.header("authorization", auth);
        }
        r.send()
    };
    let job: Value = post(
        "/v1/jobs",
        Some(&recruiter),
        crate::support::complete_job("Sous Chef"),
    )
    .await
    .unwrap()
    .json()
    .await
    .unwrap();
    let job = job["id"].as_str().unwrap().to_string();
    let published = client
        .post(format!("{}/v1/jobs/{job}:publish", server.base))
        .header("authorization", &recruiter)
        .send()
        .await
        .unwrap();
    assert_eq!(published.status(), 200);
    let created = post(
        "/v1/applicants",
        Some(&recruiter),
        json!({"name": "Zubair Secretname", "email": "zubair.private@example.org", "phone": "+960 777 1234"}),
    )
    .await
    .unwrap();
    assert_eq!(created.status(), 201);
    let applied = post(
        &format!("/v1/public/jobs/{job}/apply"),
        None,
        json!({
            "name": "Mariyam Hiddenname", "email": "mariyam.hidden@example.org",
            "phone": "+960 765 4321", "captcha_token": "captcha-token-Q9Zx",
            "consent": {"granted": true, "policy_version": "2026-01"}
        }),
    )
    .await
    .unwrap();
    assert_eq!(applied.status(), 201, "{:?}", applied.text().await);
    let subscribed: Value = post(
        "/v1/webhooks/subscriptions",
        Some(&admin),
        json!({"url": "https://hooks.example.com/pii", "events": ["job.deleted"]}),
    )
    .await
    .unwrap()
    .json()
    .await
    .unwrap();
    let secret = subscribed["secret"].as_str().unwrap().to_string();
    let searched = client
        .get(format!("{}/v1/public/jobs?q=zubairsearchterm", server.base))
        .send()
        .await
        .unwrap();
    let last_trace = searched.headers()["x-trace-id"]
        .to_str()
        .unwrap()
        .to_string();
    let last: Vec<u8> = (0..16)
        .map(|i| u8::from_str_radix(&last_trace[2 * i..2 * i + 2], 16).unwrap())
        .collect();
    receiver.wait_for(&last, "GET /v1/public/jobs").await;
    server.stop();

    let secrets = [
        "Zubair",
        "Secretname",
        "zubair.private",
        "777 1234",
        "Mariyam",
        "Hiddenname",
        "mariyam.hidden",
        "765 4321",
        "captcha-token-Q9Zx",
        "captcha-secret-Kx81",
        "zubairsearchterm",
        secret.as_str(),
        &secret["whsec_".len()..],
        recruiter.trim_start_matches("Bearer "),
        admin.trim_start_matches("Bearer "),
    ];
    let lines = server.log_lines();
    assert!(lines.len() > 5, "the server logged: {lines:?}");
    let spans = receiver.spans();
    assert!(spans.len() > 10);
    let span_text: Vec<String> = spans.iter().map(|s| format!("{s:?}")).collect();
    for needle in secrets {
        for line in &lines {
            assert!(!line.contains(needle), "log line holds {needle:?}: {line}");
        }
        for span in &span_text {
            assert!(!span.contains(needle), "span holds {needle:?}: {span}");
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn metrics_live_on_their_own_listener_and_parse_as_prometheus_text() {
    let app = TestApp::spawn().await;
    crate::support::get_ok(&app, "/v1/jobs", Some(&app.bearer(EMPLOYER, "viewer"))).await;
    // Not on the public port any more.
    assert_eq!(app.get("/metrics").await.status(), 404);
    let text = app.metrics().await;
    let scrape = prometheus_parse::Scrape::parse(text.lines().map(|l| Ok(l.to_string()))).unwrap();
    let names: std::collections::BTreeSet<&str> =
        scrape.samples.iter().map(|s| s.metric.as_str()).collect();
    for expected in [
        "http_requests_total",
        "http_request_duration_seconds_count",
        "http_requests_in_flight",
        "db_transaction_duration_seconds_count",
        "db_pool_acquire_seconds_count",
        "auth_token_cache_total",
    ] {
        assert!(
            names.contains(expected),
            "{expected} missing from {names:?}"
        );
    }
    let listed = scrape
        .samples
        .iter()
        .find(|s| {
            s.metric == "http_requests_total"
                && s.labels.get("route") == Some("/v1/jobs")
                && s.labels.get("status") == Some("200")
        })
        .expect("the list request is counted by route template");
    match listed.value {
        prometheus_parse::Value::Counter(n) => assert!(n >= 1.0),
        ref other => panic!("{other:?}"),
    }
    let tx = scrape
        .samples
        .iter()
        .find(|s| s.metric == "db_transaction_duration_seconds_count")
        .unwrap();
    assert!(tx.labels.get("kind").is_some() && tx.labels.get("outcome").is_some());
}

#[tokio::test(flavor = "multi_thread")]
async fn a_cpu_profile_comes_as_pprof_from_the_metrics_listener() {
    let app = TestApp::spawn().await;
    let bytes = app
        .client
        .get(format!(
            "{}/debug/pprof/profile?seconds=1",
            app.metrics_base
        ))
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    let profile = <pprof::protos::Profile as pprof::protos::Message>::decode(bytes).unwrap();
    assert!(!profile.sample_type.is_empty());
    assert!(!profile.string_table.is_empty());
    assert!(
        profile.duration_nanos >= 900_000_000,
        "{}",
        profile.duration_nanos
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_webhook_delivery_links_to_the_request_that_wrote_its_event() {
    let (receiver, otlp) = Receiver::start().await;
    let hook = axum::Router::new().fallback(|| async { "" });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let hook_addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, hook).await });
    let mut env = otel_env(otlp);
    env.push(("JOBS_WEBHOOK_DISPATCH", "on".into()));
    env.push(("JOBS_WEBHOOK_ALLOWED_CIDRS", "127.0.0.1/32".into()));
    let server = Server::start(&env).await;
    let client = reqwest::Client::new();
    let created = client
        .post(format!("{}/v1/webhooks/subscriptions", server.base))
        .header(
            "authorization",
            server.bearer("employer_admin", "hook-admin"),
        )
        .header("idempotency-key", "trace-link")
        .json(&json!({"url": format!("http://{hook_addr}/hook"), "events": ["job.created"]}))
        .send()
        .await
        .unwrap();
    assert_eq!(created.status(), 201);
    let trace = "0af7651916cd43dd8448eb211c80319c";
    let response = client
        .post(format!("{}/v1/jobs", server.base))
        .header(
            "authorization",
            server.bearer("recruiter", "hook-recruiter"),
        )
        .header("idempotency-key", "traced-job")
        .header("traceparent", format!("00-{trace}-b7ad6b7169203331-01"))
        .json(&json!({"title": "Traced"}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201);
    let origin = response.headers()["traceparent"]
        .to_str()
        .unwrap()
        .to_string();
    let origin_span = origin.split('-').nth(2).unwrap().to_string();
    let start = Instant::now();
    let attempt = loop {
        let found = receiver.spans().into_iter().find(|s| {
            s.name == "webhook.attempt"
                && s.links
                    .iter()
                    .any(|l| hex(&l.trace_id) == trace && hex(&l.span_id) == origin_span)
        });
        if let Some(span) = found {
            break span;
        }
        assert!(
            start.elapsed() < Duration::from_secs(15),
            "no linked delivery span: {:?}",
            receiver
                .spans()
                .iter()
                .filter(|s| s.name.starts_with("webhook") || s.name.starts_with("POST"))
                .map(|s| (s.name.clone(), s.links.len(), hex(&s.trace_id)))
                .collect::<Vec<_>>()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    // The delivery is its own trace, linked (not parented) to the request's.
    assert_ne!(hex(&attempt.trace_id), trace);
    assert_eq!(attrs(&attempt)["webhook.event_type"], "job.created");
}
