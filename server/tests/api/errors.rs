//! Every framework-level error is problem+json with the right status, and echoes nothing.

use std::time::Duration;

use axum::Router;
use axum::routing::get;
use bytes::Bytes;
use tower::ServiceExt;

use crate::support::{TestApp, assert_problem, test_config};

const EMPLOYER: uuid::Uuid = uuid::Uuid::from_u128(0x0a11_0000_0000_4000_8000_0000_0000_0001);

fn post_job(app: &TestApp) -> reqwest::RequestBuilder {
    app.client
        .post(app.url("/v1/jobs"))
        .header("authorization", app.bearer(EMPLOYER, "recruiter"))
        .header("Idempotency-Key", "k-1")
}

#[tokio::test(flavor = "multi_thread")]
async fn unknown_route_is_404() {
    let app = TestApp::spawn().await;
    assert_problem(app.get("/v1/nothing-here").await, 404).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn wrong_method_is_405_with_allow() {
    let app = TestApp::spawn().await;
    let response = app.client.put(app.url("/v1/jobs")).send().await.unwrap();
    let allow = response.headers()["allow"].to_str().unwrap().to_string();
    assert!(allow.contains("GET") && allow.contains("POST"), "{allow}");
    assert_problem(response, 405).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn declared_body_over_the_limit_is_413() {
    let app = TestApp::spawn_with(&[("JOBS_MAX_BODY_BYTES", "2048")]).await;
    let body = format!("{{\"title\":\"{}\"}}", "x".repeat(4096));
    let response = post_job(&app)
        .header("content-type", "application/json")
        .body(body)
        .send()
        .await
        .unwrap();
    assert_problem(response, 413).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn streamed_body_over_the_limit_is_413() {
    let app = TestApp::spawn_with(&[("JOBS_MAX_BODY_BYTES", "2048")]).await;
    // No Content-Length: the limit must hold while the body streams in.
    let chunks: Vec<Result<Bytes, std::io::Error>> =
        (0..8).map(|_| Ok(Bytes::from(vec![b' '; 1024]))).collect();
    let response = post_job(&app)
        .header("content-type", "application/json")
        .body(reqwest::Body::wrap_stream(tokio_stream::iter(chunks)))
        .send()
        .await
        .unwrap();
    assert_problem(response, 413).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn non_json_body_is_415() {
    let app = TestApp::spawn().await;
    let response = post_job(&app)
        .header("content-type", "text/plain")
        .body("title=x")
        .send()
        .await
        .unwrap();
    assert_problem(response, 415).await;
    let response = post_job(&app).body("{}").send().await.unwrap();
    assert_problem(response, 415).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn malformed_json_is_400_without_echo() {
    let app = TestApp::spawn().await;
    let response = post_job(&app)
        .header("content-type", "application/json")
        .body("{\"title\": \"SECRET-INPUT")
        .send()
        .await
        .unwrap();
    let body = assert_problem(response, 400).await;
    assert!(!body.to_string().contains("SECRET-INPUT"), "{body}");
}

#[tokio::test(flavor = "multi_thread")]
async fn unknown_field_is_422_with_a_pointer() {
    let app = TestApp::spawn().await;
    let response = post_job(&app)
        .json(&serde_json::json!({"title": "Engineer", "salary_secret": "SECRET-INPUT"}))
        .send()
        .await
        .unwrap();
    let body = assert_problem(response, 422).await;
    assert_eq!(body["errors"][0]["pointer"], "/salary_secret");
    assert!(!body.to_string().contains("SECRET-INPUT"), "{body}");
}

#[tokio::test(flavor = "multi_thread")]
async fn invalid_values_are_422_listing_each_member() {
    let app = TestApp::spawn().await;
    let long = "Q".repeat(300);
    let response = post_job(&app)
        .json(&serde_json::json!({
            "title": long,
            "vacancies": 0,
            "salary": {"currency": "MVR", "period": "month", "min": -5},
        }))
        .send()
        .await
        .unwrap();
    let body = assert_problem(response, 422).await;
    let pointers: Vec<&str> = body["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["pointer"].as_str().unwrap())
        .collect();
    assert!(pointers.contains(&"/salary/min"), "{body}");
    assert!(!body.to_string().contains("QQQQ"), "{body}");

    let response = post_job(&app)
        .json(&serde_json::json!({"title": long, "vacancies": 0}))
        .send()
        .await
        .unwrap();
    let body = assert_problem(response, 422).await;
    let pointers: Vec<&str> = body["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["pointer"].as_str().unwrap())
        .collect();
    assert!(pointers.contains(&"/title"), "{body}");
    assert!(pointers.contains(&"/vacancies"), "{body}");
    assert!(!body.to_string().contains("QQQQ"), "{body}");
}

#[tokio::test(flavor = "multi_thread")]
async fn explicit_null_for_a_non_nullable_member_is_422() {
    let app = TestApp::spawn().await;
    let response = post_job(&app)
        .json(&serde_json::json!({"title": "Engineer", "vacancies": null}))
        .send()
        .await
        .unwrap();
    let body = assert_problem(response, 422).await;
    assert_eq!(body["errors"][0]["pointer"], "/vacancies");
}

#[tokio::test(flavor = "multi_thread")]
async fn missing_required_header_is_400_naming_it() {
    let app = TestApp::spawn().await;
    let response = app
        .client
        .post(app.url("/v1/jobs"))
        .header("authorization", app.bearer(EMPLOYER, "recruiter"))
        .json(&serde_json::json!({"title": "Engineer"}))
        .send()
        .await
        .unwrap();
    let body = assert_problem(response, 400).await;
    assert!(
        body["detail"].as_str().unwrap().contains("Idempotency-Key"),
        "{body}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn bad_path_and_query_values_are_400_without_echo() {
    let app = TestApp::spawn().await;
    let get = |path: &str| {
        app.client
            .get(app.url(path))
            .header("authorization", app.bearer(EMPLOYER, "viewer"))
            .send()
    };
    let body = assert_problem(get("/v1/jobs/SECRET-INPUT").await.unwrap(), 400).await;
    assert!(!body.to_string().contains("SECRET-INPUT"), "{body}");
    assert_problem(get("/v1/jobs?limit=0").await.unwrap(), 400).await;
    let body = assert_problem(get("/v1/jobs?limit=SECRET-INPUT").await.unwrap(), 400).await;
    assert!(!body.to_string().contains("SECRET-INPUT"), "{body}");
}

#[tokio::test(flavor = "multi_thread")]
async fn ordinary_text_is_not_mistaken_for_markup() {
    let app = TestApp::spawn().await;
    let response = post_job(&app)
        .json(&serde_json::json!({"title": "C++ & Rust <senior>", "vacancies": 2.0}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["title"], "C++ & Rust <senior>");
    assert_eq!(body["vacancies"], 2);
}

#[tokio::test(flavor = "multi_thread")]
async fn slow_requests_time_out_with_503() {
    let app = TestApp::spawn_with(&[("JOBS_REQUEST_TIMEOUT_MS", "300")]).await;
    // The body trickles in slower than the budget allows.
    let chunks = tokio_stream::StreamExt::throttle(
        tokio_stream::iter((0..10).map(|_| Ok::<_, std::io::Error>(Bytes::from_static(b" ")))),
        Duration::from_millis(100),
    );
    let response = post_job(&app)
        .header("content-type", "application/json")
        .body(reqwest::Body::wrap_stream(chunks))
        .send()
        .await
        .unwrap();
    let body = assert_problem(response, 503).await;
    assert_eq!(body["title"], "Request timed out");
}

#[tokio::test]
async fn panics_become_a_bare_500() {
    let config = test_config("postgres://unused", &[]);
    let router = Router::new().route(
        "/boom",
        get(|| async {
            if true {
                panic!("SECRET-PANIC-TEXT");
            }
            ""
        }),
    );
    let app = jobs_server::app::wrap(router, &config);
    let response = app
        .oneshot(
            http::Request::get("/boom")
                .body(axum::body::Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(response.status(), 500);
    assert_eq!(
        response.headers()["content-type"],
        "application/problem+json"
    );
    let bytes = axum::body::to_bytes(response.into_body(), 1 << 16)
        .await
        .unwrap();
    let body: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(body["status"], 500);
    assert!(!body.to_string().contains("SECRET-PANIC-TEXT"));
}
