//! Colon-verb routes reach their operations; the internal rewritten form is not an address.

use crate::support::{TestApp, assert_problem, create_job};

const EMPLOYER: uuid::Uuid = uuid::Uuid::from_u128(0x0a11_0000_0000_4000_8000_0000_0000_0002);

const ID: &str = "6c1d7b2e-1111-4222-8333-444455556666";
const ID2: &str = "0f7d2a1c-9999-4888-8777-666655554444";

#[tokio::test(flavor = "multi_thread")]
async fn colon_routes_reach_their_operations() {
    let app = TestApp::spawn().await;
    let admin = app.bearer(EMPLOYER, "employer_admin");
    let (job, _, _) = create_job(&app, EMPLOYER, &serde_json::json!({"title": "Draft"})).await;
    // The handlers answer: an incomplete draft cannot be published, a draft cannot be closed.
    for (verb, kind) in [("publish", "incomplete"), ("close", "invalid-transition")] {
        let response = app
            .client
            .post(app.url(&format!("/v1/jobs/{job}:{verb}")))
            .header("authorization", &admin)
            .send()
            .await
            .unwrap();
        let body = assert_problem(response, 409).await;
        assert_eq!(body["type"], format!("urn:jobs-api:problem:{kind}"));
    }
    let response = app
        .client
        .post(app.url(&format!("/v1/uploads/{ID}:complete")))
        .header("authorization", &admin)
        .send()
        .await
        .unwrap();
    // The handler answers (this app has no object storage): the route matched.
    let body = assert_problem(response, 503).await;
    assert!(body["detail"].as_str().unwrap().contains("JOBS_S3_BUCKET"));
    // A colon verb under a nested path: the handler answers for a real subscription, and
    // names the unknown delivery of the nested one.
    let created = app
        .client
        .post(app.url("/v1/webhooks/subscriptions"))
        .header("authorization", &admin)
        .header("Idempotency-Key", "routing")
        .json(
            &serde_json::json!({"url": "https://hooks.example.com/x", "events": ["job.published"]}),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(created.status(), 201);
    let sub = created.json::<serde_json::Value>().await.unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let response = app
        .client
        .post(app.url(&format!("/v1/webhooks/subscriptions/{sub}:rotate-secret")))
        .header("authorization", &admin)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let response = app
        .client
        .post(app.url(&format!(
            "/v1/webhooks/subscriptions/{sub}/deliveries/{ID2}:redeliver"
        )))
        .header("authorization", &admin)
        .send()
        .await
        .unwrap();
    assert_problem(response, 404).await;
    let response = app
        .client
        .post(app.url("/v1/uploads:presign"))
        .header("authorization", &admin)
        .header("Idempotency-Key", "k")
        .json(&serde_json::json!({
            "purpose": "cv", "filename": "cv.pdf",
            "content_type": "application/pdf", "size_bytes": 1000
        }))
        .send()
        .await
        .unwrap();
    assert_problem(response, 503).await;
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
            .header("authorization", app.bearer(EMPLOYER, "recruiter"))
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

#[tokio::test(flavor = "multi_thread")]
async fn the_reference_page_and_its_vendored_script_are_served_without_a_token() {
    let app = TestApp::spawn().await;
    let page = app.get("/docs").await;
    assert_eq!(page.status(), 200);
    assert!(
        page.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
    let csp = page.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_string();
    assert!(csp.contains("default-src 'self'"), "{csp}");
    let html = page.text().await.unwrap();
    assert!(html.contains(r#"spec-url="/v1/openapi.json""#));
    assert!(!html.contains("https://"), "nothing from elsewhere: {html}");
    let script = app.get("/docs/redoc.standalone.js").await;
    assert_eq!(script.status(), 200);
    let body = script.text().await.unwrap();
    assert!(body.len() > 500_000);
    assert!(!body.contains("cdn.redoc.ly"));
}

#[tokio::test(flavor = "multi_thread")]
async fn the_reference_page_links_every_guide_and_serves_them() {
    let app = TestApp::spawn().await;
    let html = app.get("/docs").await.text().await.unwrap();
    let guides = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../docs")).unwrap();
    let mut served = 0;
    for entry in guides {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        if !name.ends_with(".md") {
            continue;
        }
        let link = format!(r#"href="/docs/guides/{name}""#);
        assert!(html.contains(&link), "/docs does not link {name}");
        let response = app.get(&format!("/docs/guides/{name}")).await;
        assert_eq!(response.status(), 200, "{name}");
        let text = response.text().await.unwrap();
        let on_disk =
            std::fs::read_to_string(format!("{}/../docs/{name}", env!("CARGO_MANIFEST_DIR")))
                .unwrap();
        assert_eq!(text, on_disk, "{name} is served as it is in docs/");
        served += 1;
    }
    assert!(served >= 10, "{served} guides");
    assert_problem(app.get("/docs/guides/nope.md").await, 404).await;
    assert_problem(app.get("/docs/guides/..%2FCargo.toml").await, 404).await;
}
