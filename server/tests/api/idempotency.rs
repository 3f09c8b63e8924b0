//! Idempotency-Key on creates: byte-identical replays, one row however many retries, payload
//! mismatches refused, keys scoped to the caller, expired keys purged.

use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};
use futures_util::future::join_all;
use serde_json::json;
use uuid::Uuid;

use crate::support::{TestApp, assert_problem};

const A: Uuid = Uuid::from_u128(0x1a77_0000_0000_4000_8000_0000_0000_000a);
const B: Uuid = Uuid::from_u128(0x1a77_0000_0000_4000_8000_0000_0000_000b);

async fn post(app: &TestApp, auth: &str, key: &str, body: &str) -> reqwest::Response {
    app.call(reqwest::Method::POST, "/v1/jobs")
        .auth(Some(auth))
        .header("idempotency-key", key)
        .raw_json(body)
        .send()
        .await
}

#[derive(diesel::QueryableByName)]
struct Count {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    n: i64,
}

async fn count(app: &TestApp, sql: &str) -> i64 {
    let mut conn = AsyncPgConnection::establish(&app.db.url).await.unwrap();
    diesel::sql_query(sql)
        .get_result::<Count>(&mut conn)
        .await
        .unwrap()
        .n
}

#[tokio::test(flavor = "multi_thread")]
async fn a_retry_replays_the_first_response_byte_for_byte() {
    let app = TestApp::spawn().await;
    let auth = app.bearer(A, "recruiter");
    let first = post(
        &app,
        &auth,
        "create-once",
        r#"{"title": "Chef", "vacancies": 2}"#,
    )
    .await;
    assert_eq!(first.status(), 201);
    assert!(first.headers().get("idempotent-replayed").is_none());
    let location = first.headers()["location"].clone();
    let etag = first.headers()["etag"].clone();
    let first_body = first.bytes().await.unwrap();

    // Same payload, members in another order and spacing: the same request.
    let again = post(
        &app,
        &auth,
        "create-once",
        r#"{"vacancies":2,"title":"Chef"}"#,
    )
    .await;
    assert_eq!(again.status(), 201);
    assert_eq!(again.headers()["idempotent-replayed"], "true");
    assert_eq!(again.headers()["location"], location);
    assert_eq!(again.headers()["etag"], etag);
    assert_eq!(again.headers()["content-type"], "application/json");
    assert_eq!(again.bytes().await.unwrap(), first_body);

    assert_eq!(count(&app, "SELECT count(*) AS n FROM jobs").await, 1);
    assert_eq!(
        count(
            &app,
            "SELECT count(*) AS n FROM outbox_events WHERE event_type = 'job.created'"
        )
        .await,
        1
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn the_same_key_with_another_payload_is_422() {
    let app = TestApp::spawn().await;
    let auth = app.bearer(A, "recruiter");
    assert_eq!(
        post(&app, &auth, "k1", r#"{"title": "Chef"}"#)
            .await
            .status(),
        201
    );
    let response = post(&app, &auth, "k1", r#"{"title": "Sous-chef"}"#).await;
    let problem = assert_problem(response, 422).await;
    assert_eq!(
        problem["type"],
        "urn:jobs-api:problem:idempotency-key-reused"
    );
    assert_eq!(count(&app, "SELECT count(*) AS n FROM jobs").await, 1);
}

#[tokio::test(flavor = "multi_thread")]
async fn twenty_concurrent_requests_with_one_key_create_one_row() {
    let app = TestApp::spawn().await;
    let auth = app.bearer(A, "recruiter");
    let responses =
        join_all((0..20).map(|_| post(&app, &auth, "burst", r#"{"title": "Barista"}"#))).await;
    let mut fresh = 0;
    let mut bodies = Vec::new();
    for r in responses {
        match r.status().as_u16() {
            201 => {
                if r.headers().get("idempotent-replayed").is_none() {
                    fresh += 1;
                }
                bodies.push(r.bytes().await.unwrap());
            }
            409 => {
                let p = assert_problem(r, 409).await;
                assert_eq!(p["type"], "urn:jobs-api:problem:idempotency-in-flight");
            }
            other => panic!("unexpected status {other}"),
        }
    }
    assert_eq!(fresh, 1, "exactly one request created the job");
    assert!(
        bodies.windows(2).all(|w| w[0] == w[1]),
        "every 201 carries the same body"
    );
    assert_eq!(count(&app, "SELECT count(*) AS n FROM jobs").await, 1);
}

#[tokio::test(flavor = "multi_thread")]
async fn keys_belong_to_their_caller() {
    let app = TestApp::spawn().await;
    let body = r#"{"title": "Diver"}"#;
    let alice = format!("Bearer {}", app.token(Some(A), &["recruiter"], "alice"));
    let bob = format!("Bearer {}", app.token(Some(A), &["recruiter"], "bob"));
    let other_employer = format!("Bearer {}", app.token(Some(B), &["recruiter"], "alice"));
    for auth in [&alice, &bob, &other_employer] {
        let r = post(&app, auth, "shared-key", body).await;
        assert_eq!(r.status(), 201);
        assert!(r.headers().get("idempotent-replayed").is_none());
    }
    assert_eq!(count(&app, "SELECT count(*) AS n FROM jobs").await, 3);
}

#[tokio::test(flavor = "multi_thread")]
async fn bad_keys_are_400_and_failures_are_not_stored() {
    let app = TestApp::spawn().await;
    let auth = app.bearer(A, "recruiter");
    let response = post(&app, &auth, &"k".repeat(256), r#"{"title": "X"}"#).await;
    assert_problem(response, 400).await;
    let response = app
        .client
        .post(app.url("/v1/jobs"))
        .header("authorization", &auth)
        .json(&json!({"title": "X"}))
        .send()
        .await
        .unwrap();
    assert_problem(response, 400).await;

    // A refused create stores nothing: the same key still works for a valid request.
    let invalid =
        r#"{"title": "X", "salary": {"min": 9, "max": 1, "currency": "MVR", "period": "month"}}"#;
    assert_problem(post(&app, &auth, "retry-me", invalid).await, 422).await;
    assert_problem(post(&app, &auth, "retry-me", invalid).await, 422).await;
    assert_eq!(
        post(&app, &auth, "retry-me", r#"{"title": "X"}"#)
            .await
            .status(),
        201
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn keys_are_kept_a_day_then_purged() {
    let app = TestApp::spawn().await;
    let auth = app.bearer(A, "recruiter");
    post(&app, &auth, "old", r#"{"title": "Old"}"#).await;
    post(&app, &auth, "new", r#"{"title": "New"}"#).await;
    let mut conn = AsyncPgConnection::establish(&app.db.url).await.unwrap();
    diesel::sql_query(
        "UPDATE idempotency_keys SET created_at = now() - interval '25 hours' WHERE key = 'old'",
    )
    .execute(&mut conn)
    .await
    .unwrap();
    assert_eq!(app.maintenance.purge_idempotency_keys().await.unwrap(), 1);
    assert_eq!(
        count(&app, "SELECT count(*) AS n FROM idempotency_keys").await,
        1
    );
    // The purged key is free again; the kept one still replays.
    let replay = post(&app, &auth, "new", r#"{"title": "New"}"#).await;
    assert_eq!(replay.headers()["idempotent-replayed"], "true");
}

#[tokio::test(flavor = "multi_thread")]
async fn applicant_creates_replay_too() {
    let app = TestApp::spawn().await;
    let auth = app.bearer(A, "recruiter");
    let send = || {
        app.client
            .post(app.url("/v1/applicants"))
            .header("authorization", &auth)
            .header("idempotency-key", "person-1")
            .json(&json!({"name": "Mariyam Nasheed", "email": "mariyam@example.com"}))
            .send()
    };
    let first = send().await.unwrap();
    assert_eq!(first.status(), 201);
    let first_body = first.bytes().await.unwrap();
    let again = send().await.unwrap();
    assert_eq!(again.status(), 201);
    assert_eq!(again.headers()["idempotent-replayed"], "true");
    assert_eq!(again.bytes().await.unwrap(), first_body);
    assert_eq!(count(&app, "SELECT count(*) AS n FROM applicants").await, 1);
}

#[tokio::test(flavor = "multi_thread")]
async fn public_applications_are_idempotent_per_job_and_key() {
    let app = TestApp::spawn().await;
    let (job, _, _) =
        crate::support::create_job(&app, A, &crate::support::complete_job("Nurse")).await;
    let published = app
        .client
        .post(app.url(&format!("/v1/jobs/{job}:publish")))
        .header("authorization", app.bearer(A, "recruiter"))
        .send()
        .await
        .unwrap();
    assert_eq!(published.status(), 200);
    let apply = |key: &'static str, email: &'static str, captcha: &'static str| {
        app.client
            .post(app.url(&format!("/v1/public/jobs/{job}/apply")))
            .header("idempotency-key", key)
            .json(&json!({
                "name": "Aishath Zahira", "email": email, "captcha_token": captcha,
                "consent": {"granted": true, "policy_version": "2026-01"}
            }))
            .send()
    };
    let first = apply("apply-1", "zahira@example.com", "token-a")
        .await
        .unwrap();
    assert_eq!(first.status(), 201);
    let first_body = first.bytes().await.unwrap();
    // A retry after a lost response, with a fresh CAPTCHA token: the same application.
    let retry = apply("apply-1", "zahira@example.com", "token-b")
        .await
        .unwrap();
    assert_eq!(retry.status(), 201);
    assert_eq!(retry.headers()["idempotent-replayed"], "true");
    assert_eq!(retry.bytes().await.unwrap(), first_body);
    // Another person reusing the key for this job is refused, not shown the first receipt.
    let other = apply("apply-1", "someone@example.com", "token-c")
        .await
        .unwrap();
    assert_problem(other, 422).await;
    assert_eq!(
        count(&app, "SELECT count(*) AS n FROM applications").await,
        1
    );
}
