//! Request ids, metrics and the published contract.

use crate::support::{TestApp, assert_problem};

#[tokio::test(flavor = "multi_thread")]
async fn request_ids_are_echoed_or_generated() {
    let app = TestApp::spawn().await;
    let response = app
        .client
        .get(app.url("/livez"))
        .header("x-request-id", "trace-abc.1")
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()["x-request-id"], "trace-abc.1");

    // An unusable id (spaces, too long) is replaced, not logged.
    let response = app
        .client
        .get(app.url("/livez"))
        .header("x-request-id", "has spaces")
        .send()
        .await
        .unwrap();
    let id = response.headers()["x-request-id"].to_str().unwrap();
    assert_ne!(id, "has spaces");
    assert!(uuid::Uuid::parse_str(id).is_ok());

    let response = app
        .client
        .get(app.url("/nope"))
        .header("x-request-id", "trace-404")
        .send()
        .await
        .unwrap();
    let body = assert_problem(response, 404).await;
    assert_eq!(body["request_id"], "trace-404");
}

#[tokio::test(flavor = "multi_thread")]
async fn metrics_count_requests_by_route_template() {
    let app = TestApp::spawn().await;
    app.get("/v1/jobs/6c1d7b2e-1111-4222-8333-444455556666")
        .await;
    let text = app.metrics().await;
    assert!(
        text.lines().any(|l| l.starts_with("http_requests_total")
            && l.contains("route=\"/v1/jobs/{id}\"")
            && l.contains("status=\"401\"")),
        "{text}"
    );
    assert!(text.contains("http_request_duration_seconds_bucket"));
    // Ids never become label values.
    assert!(!text.contains("6c1d7b2e"));
}

#[tokio::test(flavor = "multi_thread")]
async fn the_contract_is_published_as_yaml_and_json() {
    let app = TestApp::spawn().await;
    let yaml = app.get("/v1/openapi.yaml").await.text().await.unwrap();
    assert_eq!(yaml, include_str!("../../../openapi.yaml"));
    let json: serde_json::Value = app.get("/v1/openapi.json").await.json().await.unwrap();
    assert_eq!(json["openapi"], "3.1.0");
    assert!(json["paths"]["/v1/jobs/{id}:publish"]["post"].is_object());
}
