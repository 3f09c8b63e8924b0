//! CORS: listed origins get a complete preflight answer; others get no allow-origin at all.

use crate::support::TestApp;

const ORIGIN: &str = "https://careers.example.com";

async fn preflight(app: &TestApp, origin: &str, path: &str) -> reqwest::Response {
    app.client
        .request(reqwest::Method::OPTIONS, app.url(path))
        .header("origin", origin)
        .header("access-control-request-method", "PATCH")
        .header(
            "access-control-request-headers",
            "authorization, idempotency-key, if-match, content-type",
        )
        .send()
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_listed_origin_gets_methods_and_headers() {
    let app = TestApp::spawn_with(&[(
        "JOBS_CORS_ALLOWED_ORIGINS",
        "https://careers.example.com,https://admin.example.com",
    )])
    .await;
    let response = preflight(
        &app,
        ORIGIN,
        "/v1/jobs/6c1d7b2e-1111-4222-8333-444455556666",
    )
    .await;
    assert!(response.status().is_success());
    let h = response.headers();
    assert_eq!(h["access-control-allow-origin"], ORIGIN);
    let methods = h["access-control-allow-methods"]
        .to_str()
        .unwrap()
        .to_ascii_uppercase();
    for m in ["GET", "POST", "PUT", "PATCH", "DELETE"] {
        assert!(methods.contains(m), "{methods}");
    }
    let allowed = h["access-control-allow-headers"]
        .to_str()
        .unwrap()
        .to_ascii_lowercase();
    for name in [
        "authorization",
        "idempotency-key",
        "if-match",
        "content-type",
    ] {
        assert!(allowed.contains(name), "{allowed}");
    }
    // Colon routes are preflighted like any other path.
    let response = preflight(
        &app,
        ORIGIN,
        "/v1/jobs/6c1d7b2e-1111-4222-8333-444455556666:publish",
    )
    .await;
    assert_eq!(response.headers()["access-control-allow-origin"], ORIGIN);

    // Simple requests carry the origin and expose the headers clients need.
    let response = app
        .client
        .get(app.url("/livez"))
        .header("origin", ORIGIN)
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()["access-control-allow-origin"], ORIGIN);
    let exposed = response.headers()["access-control-expose-headers"]
        .to_str()
        .unwrap()
        .to_ascii_lowercase();
    for name in [
        "etag",
        "location",
        "content-location",
        "retry-after",
        "ratelimit",
        "ratelimit-policy",
        "idempotent-replayed",
        "x-trace-id",
        "traceparent",
        "x-request-id",
    ] {
        assert!(exposed.contains(name), "{exposed}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn any_other_origin_gets_no_allow_origin() {
    let app = TestApp::spawn_with(&[("JOBS_CORS_ALLOWED_ORIGINS", ORIGIN)]).await;
    for origin in [
        "https://evil.example.com",
        "https://careers.example.com.evil.net",
        "null",
    ] {
        let response = preflight(&app, origin, "/v1/jobs").await;
        assert!(
            response
                .headers()
                .get("access-control-allow-origin")
                .is_none(),
            "{origin}"
        );
        let response = app
            .client
            .get(app.url("/livez"))
            .header("origin", origin)
            .send()
            .await
            .unwrap();
        assert!(
            response
                .headers()
                .get("access-control-allow-origin")
                .is_none(),
            "{origin}"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn without_an_allow_list_there_is_no_cors() {
    let app = TestApp::spawn().await;
    let response = app
        .client
        .get(app.url("/livez"))
        .header("origin", ORIGIN)
        .send()
        .await
        .unwrap();
    assert!(
        response
            .headers()
            .get("access-control-allow-origin")
            .is_none()
    );
}
