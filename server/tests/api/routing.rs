//! Colon-verb routes reach their operations; the internal rewritten form is not an address.

use crate::support::{TestApp, assert_problem};

const ID: &str = "6c1d7b2e-1111-4222-8333-444455556666";
const ID2: &str = "0f7d2a1c-9999-4888-8777-666655554444";

#[tokio::test(flavor = "multi_thread")]
async fn colon_routes_reach_their_operations() {
    let app = TestApp::spawn().await;
    for path in [
        format!("/v1/jobs/{ID}:publish"),
        format!("/v1/jobs/{ID}:close"),
        format!("/v1/uploads/{ID}:complete"),
        format!("/v1/webhooks/subscriptions/{ID}/deliveries/{ID2}:redeliver"),
    ] {
        let response = app.client.post(app.url(&path)).send().await.unwrap();
        // 501 comes from the operation's handler: the route matched.
        assert_problem(response, 501).await;
    }
    let response = app
        .client
        .post(app.url("/v1/uploads:presign"))
        .header("Idempotency-Key", "k")
        .json(&serde_json::json!({
            "purpose": "cv", "filename": "cv.pdf",
            "content_type": "application/pdf", "size_bytes": 1000
        }))
        .send()
        .await
        .unwrap();
    assert_problem(response, 501).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn colon_routes_keep_their_query_and_method_rules() {
    let app = TestApp::spawn().await;
    let response = app.get(&format!("/v1/jobs/{ID}:publish")).await;
    assert_eq!(response.headers()["allow"], "POST");
    assert_problem(response, 405).await;
    // A bad id inside a colon route is still a 400 from the path extractor.
    assert_problem(
        app.client
            .post(app.url("/v1/jobs/not-a-uuid:publish"))
            .send()
            .await
            .unwrap(),
        400,
    )
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_internal_form_and_unknown_verbs_are_not_found() {
    let app = TestApp::spawn().await;
    for path in [
        format!("/v1/jobs/{ID}/:publish"),
        "/v1/uploads/:presign".to_string(),
        format!("/v1/jobs/{ID}:frobnicate"),
        format!("/v1/jobs/{ID}:"),
        "/v1/jobs:publish".to_string(),
    ] {
        let response = app.client.post(app.url(&path)).send().await.unwrap();
        assert_problem(response, 404).await;
    }
}
