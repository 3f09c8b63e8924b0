//! /livez, /readyz and /healthz.

use crate::support::{TestApp, execute};

#[tokio::test(flavor = "multi_thread")]
async fn livez_answers_while_the_process_runs() {
    let app = TestApp::spawn().await;
    let response = app.get("/livez").await;
    assert_eq!(response.status(), 200);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["status"], "pass");
}

#[tokio::test(flavor = "multi_thread")]
async fn readyz_passes_with_a_migrated_reachable_database() {
    let app = TestApp::spawn().await;
    let response = app.get("/readyz").await;
    assert_eq!(response.status(), 200);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["status"], "pass");
}

#[tokio::test(flavor = "multi_thread")]
async fn readyz_fails_while_migrations_are_pending() {
    let app = TestApp::spawn().await;
    execute(&app.db.url, "DELETE FROM __diesel_schema_migrations").await;
    let response = app.get("/readyz").await;
    assert_eq!(response.status(), 503);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["status"], "fail");
    assert_eq!(body["checks"][0]["detail"], "migrations pending");
}

#[tokio::test(flavor = "multi_thread")]
async fn readyz_and_healthz_fail_when_the_database_goes_away() {
    let app = TestApp::spawn().await;
    assert_eq!(app.get("/readyz").await.status(), 200);
    execute(
        &crate::support::database_url("postgres"),
        &format!("DROP DATABASE {} WITH (FORCE)", app.db.name),
    )
    .await;

    let response = app.get("/readyz").await;
    assert_eq!(response.status(), 503);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["checks"][0]["name"], "postgres");
    assert_eq!(body["checks"][0]["detail"], "unreachable");

    let response = app.get("/healthz?verbose=true").await;
    assert_eq!(response.status(), 503);
    // Liveness does not depend on the database: restarting would not bring it back.
    assert_eq!(app.get("/livez").await.status(), 200);
}

#[tokio::test(flavor = "multi_thread")]
async fn healthz_gives_dependency_detail_only_on_request() {
    let app = TestApp::spawn().await;
    let summary: serde_json::Value = app.get("/healthz").await.json().await.unwrap();
    assert_eq!(summary["status"], "pass");
    assert!(summary.get("checks").is_none(), "{summary}");

    let detail: serde_json::Value = app.get("/healthz?verbose=true").await.json().await.unwrap();
    let checks = detail["checks"].as_array().unwrap();
    let postgres = checks.iter().find(|c| c["name"] == "postgres").unwrap();
    assert_eq!(postgres["status"], "pass");
    let redis = checks.iter().find(|c| c["name"] == "redis").unwrap();
    assert_eq!(redis["detail"], "disabled");
}

#[tokio::test(flavor = "multi_thread")]
async fn healthz_reports_redis_when_configured() {
    let app = TestApp::spawn_with(&[("JOBS_REDIS_URL", "redis://127.0.0.1:6379")]).await;
    let detail: serde_json::Value = app.get("/healthz?verbose=true").await.json().await.unwrap();
    let redis = detail["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "redis")
        .cloned()
        .unwrap();
    assert_eq!(redis["status"], "pass", "{detail}");
}

#[tokio::test(flavor = "multi_thread")]
async fn unreachable_redis_is_a_warning_not_a_crash() {
    // Nothing listens on port 1.
    let app = TestApp::spawn_with(&[("JOBS_REDIS_URL", "redis://127.0.0.1:1")]).await;
    assert_eq!(app.get("/readyz").await.status(), 200);
    let detail: serde_json::Value = app.get("/healthz?verbose=true").await.json().await.unwrap();
    assert_eq!(detail["status"], "warn");
}

/// A replica takes no traffic before its search index has loaded: `/readyz` is 503 naming the
/// index until then. The test holds the index's load back with a lock on the table it reads.
#[tokio::test(flavor = "multi_thread")]
async fn readyz_waits_for_the_search_index() {
    use diesel_async::{AsyncConnection, AsyncPgConnection, SimpleAsyncConnection};
    let app = TestApp::spawn().await;
    let mut holder = AsyncPgConnection::establish(&app.db.url).await.unwrap();
    holder
        .batch_execute("BEGIN; LOCK TABLE job_search_documents IN ACCESS EXCLUSIVE MODE")
        .await
        .unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let key =
        std::env::temp_dir().join(format!("jobs-ready-{}.pem", uuid::Uuid::new_v4().simple()));
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_jobs-server"))
        .arg("serve")
        .env("JOBS_METRICS_ADDR", "127.0.0.1:0")
        .env("JOBS_DATABASE_URL", &app.db.url)
        .env("JOBS_LISTEN_ADDR", format!("127.0.0.1:{port}"))
        .env("JOBS_DEV_KEY_PATH", &key)
        .env("JOBS_LOG", "error")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let url = format!("http://127.0.0.1:{port}/readyz");
    let status = async || -> Option<(u16, serde_json::Value)> {
        let response = reqwest::get(&url).await.ok()?;
        let code = response.status().as_u16();
        Some((code, response.json().await.unwrap_or_default()))
    };
    let mut loading = None;
    for _ in 0..400 {
        if let Some((503, body)) = status().await
            && body["checks"][0]["name"] == "search-index"
        {
            loading = Some(body);
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(25)).await;
    }
    holder.batch_execute("ROLLBACK").await.unwrap();
    let mut ready = false;
    for _ in 0..400 {
        if let Some((200, _)) = status().await {
            ready = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(25)).await;
    }
    let _ = child.kill();
    let _ = child.wait();
    let _ = std::fs::remove_file(key);
    let loading = loading.expect("503 naming the search index while it cannot load");
    assert_eq!(loading["status"], "fail");
    assert_eq!(loading["checks"][0]["detail"], "loading");
    assert!(ready, "ready once the index has loaded");
}
