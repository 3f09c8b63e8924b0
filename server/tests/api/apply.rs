//! Public apply: which jobs take applications, one application per job and person (also under
//! 50 concurrent attempts), consent, the honeypot, applicant tokens, and the CAPTCHA verifier
//! against a real local siteverify endpoint.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Json;
use axum::extract::{Form, State};
use axum::routing::post;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::support::{
    TestApp, apply, apply_ok, assert_problem, complete_job, count, create_job, outbox,
    published_job, submission,
};

const EMPLOYER: Uuid = Uuid::from_u128(0x0e55_0000_0000_4000_8000_0000_0000_0001);

#[tokio::test(flavor = "multi_thread")]
async fn only_a_published_job_takes_applications() {
    let app = TestApp::spawn().await;
    let job = published_job(&app, EMPLOYER, "Front Office Manager").await;
    let response = apply(
        &app,
        job,
        &submission("Aminath Shifa", "shifa@example.com"),
        None,
    )
    .await;
    assert_eq!(response.status(), 201);
    let receipt: Value = response.json().await.unwrap();
    assert_eq!(receipt["job_id"], job.to_string());
    assert_eq!(receipt["status"], "new");
    assert!(receipt["created_at"].is_string());

    // Unknown and draft jobs are not found; nothing tells them apart.
    let (draft, _, _) = create_job(&app, EMPLOYER, &complete_job("Draft")).await;
    for id in [Uuid::new_v4(), draft] {
        let response = apply(&app, id, &submission("A", "a@example.com"), None).await;
        assert_problem(response, 404).await;
    }

    // A closed job is a conflict naming its status.
    let response = app
        .client
        .post(app.url(&format!("/v1/jobs/{job}:close")))
        .header("authorization", app.bearer(EMPLOYER, "recruiter"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let response = apply(&app, job, &submission("Late", "late@example.com"), None).await;
    let body = assert_problem(response, 409).await;
    assert_eq!(body["current_status"], "closed");
    assert_eq!(
        count(&app, "SELECT count(*) AS n FROM applications").await,
        1
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn one_application_per_job_and_person() {
    let app = TestApp::spawn().await;
    let job = published_job(&app, EMPLOYER, "Chef").await;
    let first = apply_ok(&app, job, &submission("Ali Rasheed", "ali@example.com")).await;

    // The same address, spelled differently, is the same person: nothing new is created, and
    // the anonymous caller is answered as for a first application (see public_surface.rs).
    let response = apply(&app, job, &submission("Ali R.", "ALI@Example.COM"), None).await;
    assert_eq!(response.status(), 201);
    let body: Value = response.json().await.unwrap();
    assert_ne!(body["id"], first.to_string());
    assert_eq!(
        count(&app, "SELECT count(*) AS n FROM applications").await,
        1
    );

    // The person applies to another job of the employer: the applicant is reused.
    let other = published_job(&app, EMPLOYER, "Sous Chef").await;
    apply_ok(&app, other, &submission("Ali", "ali@example.com")).await;
    assert_eq!(count(&app, "SELECT count(*) AS n FROM applicants").await, 1);
    assert_eq!(
        count(&app, "SELECT count(*) AS n FROM applications").await,
        2
    );
    // The employer's record of the person was not overwritten by the second submission.
    let list: Value = app
        .client
        .get(app.url("/v1/applicants"))
        .header("authorization", app.bearer(EMPLOYER, "viewer"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(list["items"][0]["name"], "Ali Rasheed");
    assert_eq!(list["items"][0]["email"], "ali@example.com");
    assert_eq!(list["items"][0]["consent"]["policy_version"], "2026-01");

    // Another employer's job: another applicant (applicants are per employer).
    let other_employer = Uuid::new_v4();
    let foreign = published_job(&app, other_employer, "Chef").await;
    apply_ok(&app, foreign, &submission("Ali", "ali@example.com")).await;
    assert_eq!(count(&app, "SELECT count(*) AS n FROM applicants").await, 2);
}

#[tokio::test(flavor = "multi_thread")]
async fn fifty_concurrent_applies_with_one_address_make_one_application() {
    // Fifty requests share ten connections: on a loaded CI machine a request may wait longer
    // than the default 3 s for one (a 503 by design). This test is about the answers.
    let app = Arc::new(
        TestApp::spawn_with(&[
            ("JOBS_DB_CONNECT_TIMEOUT_MS", "20000"),
            ("JOBS_REQUEST_TIMEOUT_MS", "30000"),
        ])
        .await,
    );
    let job = published_job(&app, EMPLOYER, "Lifeguard").await;
    let mut tasks = Vec::new();
    for i in 0..50 {
        let app = app.clone();
        tasks.push(tokio::spawn(async move {
            let email = if i % 2 == 0 {
                "rush@example.com"
            } else {
                "RUSH@example.com"
            };
            let response = apply(&app, job, &submission("Rush", email), None).await;
            let status = response.status().as_u16();
            let body: Value = response.json().await.unwrap();
            (status, body)
        }));
    }
    let mut receipts = Vec::new();
    for task in tasks {
        let (status, body) = task.await.unwrap();
        // Every attempt is answered alike: the first creates, the others create nothing.
        assert_eq!(status, 201, "{body}");
        receipts.push(body["id"].as_str().unwrap().to_string());
    }
    receipts.sort();
    receipts.dedup();
    assert_eq!(receipts.len(), 50, "no receipt names another's application");
    assert_eq!(
        count(&app, "SELECT count(*) AS n FROM applications").await,
        1
    );
    assert_eq!(count(&app, "SELECT count(*) AS n FROM applicants").await, 1);
    assert_eq!(
        count(
            &app,
            "SELECT count(*) AS n FROM outbox_events WHERE event_type = 'application.created'"
        )
        .await,
        1
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn consent_is_required_and_the_honeypot_catches_bots() {
    let app = TestApp::spawn().await;
    let job = published_job(&app, EMPLOYER, "Receptionist").await;
    let mut no_consent = submission("A", "a@example.com");
    no_consent.as_object_mut().unwrap().remove("consent");
    let refused = json!({"name": "A", "email": "a@example.com",
        "consent": {"granted": false, "policy_version": "2026-01"}});
    let mut bot = submission("A", "a@example.com");
    bot["website"] = json!("http://spam.example");
    for (body, pointer) in [
        (no_consent, "/consent"),
        (refused, "/consent/granted"),
        (bot, "/website"),
        // Blank names, in ECMA-262's sense of whitespace and in Unicode's (U+0085).
        (submission("\u{a0} \u{2003}", "a@example.com"), "/name"),
        (submission("\u{85}", "a@example.com"), "/name"),
    ] {
        let response = apply(&app, job, &body, None).await;
        let problem = assert_problem(response, 422).await;
        assert!(
            problem["errors"]
                .as_array()
                .unwrap()
                .iter()
                .any(|e| e["pointer"].as_str().unwrap().starts_with(pointer)),
            "{problem}"
        );
    }
    // An empty honeypot is what a person's browser sends.
    let mut person = submission("A", "a@example.com");
    person["website"] = json!("");
    assert_eq!(apply(&app, job, &person, None).await.status(), 201);
    assert_eq!(
        count(&app, "SELECT count(*) AS n FROM applications").await,
        1
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn an_applicant_token_links_the_application_and_other_roles_are_refused() {
    let app = TestApp::spawn().await;
    let job = published_job(&app, EMPLOYER, "Barista").await;
    let token = format!("Bearer {}", app.token(None, &["applicant"], "idp|shifa"));
    let response = apply(
        &app,
        job,
        &submission("Shifa", "shifa@example.com"),
        Some(&token),
    )
    .await;
    assert_eq!(response.status(), 201);
    assert_eq!(
        count(
            &app,
            "SELECT count(*) AS n FROM applications WHERE applicant_sub = 'idp|shifa'"
        )
        .await,
        1
    );
    // An employer's token is not an applicant's.
    let response = apply(
        &app,
        job,
        &submission("R", "r@example.com"),
        Some(&app.bearer(EMPLOYER, "recruiter")),
    )
    .await;
    assert_problem(response, 403).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn events_carry_ids_not_personal_data() {
    let app = TestApp::spawn().await;
    let job = published_job(&app, EMPLOYER, "Gardener").await;
    let mut body = submission("Hawwa Ibrahim", "hawwa@example.com");
    body["phone"] = json!("+960 777 1234");
    let id = apply_ok(&app, job, &body).await;
    let events = outbox(&app, id).await;
    assert_eq!(events.len(), 1);
    let (kind, payload) = &events[0];
    assert_eq!(kind, "application.created");
    assert_eq!(payload["job_id"], job.to_string());
    assert_eq!(payload["status"], "new");
    let everything = count(
        &app,
        "SELECT count(*) AS n FROM outbox_events WHERE payload::text ILIKE '%hawwa%' \
         OR payload::text LIKE '%777 1234%'",
    )
    .await;
    assert_eq!(everything, 0, "no name, e-mail or phone in any event");
}

/// What the fake siteverify endpoint saw and how it answers each token.
#[derive(Clone, Default)]
struct Siteverify {
    seen: Arc<Mutex<Vec<HashMap<String, String>>>>,
}

/// A real HTTP endpoint answering like Turnstile, hCaptcha and reCAPTCHA do.
async fn siteverify(
    State(state): State<Siteverify>,
    Form(form): Form<HashMap<String, String>>,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    state.seen.lock().unwrap().push(form.clone());
    if form.get("secret").map(String::as_str) != Some("test-secret") {
        return Json(json!({"success": false, "error-codes": ["invalid-input-secret"]}))
            .into_response();
    }
    match form.get("response").map(String::as_str) {
        Some("good") => Json(json!({
            "success": true, "challenge_ts": "2026-11-25T10:00:00Z",
            "hostname": "jobs.example", "error-codes": []
        }))
        .into_response(),
        Some("slow") => {
            tokio::time::sleep(Duration::from_secs(3)).await;
            Json(json!({"success": true})).into_response()
        }
        Some("provider-down") => {
            Json(json!({"success": false, "error-codes": ["internal-error"]})).into_response()
        }
        Some("crash") => (http::StatusCode::INTERNAL_SERVER_ERROR, "oops").into_response(),
        Some("html") => "<html>captive portal</html>".into_response(),
        _ => Json(json!({"success": false, "error-codes": ["invalid-input-response"]}))
            .into_response(),
    }
}

async fn start_siteverify() -> (String, Siteverify) {
    let state = Siteverify::default();
    let router = axum::Router::new()
        .route("/siteverify", post(siteverify))
        .with_state(state.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        let _ = axum::serve(listener, router).await;
    });
    (format!("http://{addr}/siteverify"), state)
}

fn with_token(mut body: Value, token: &str) -> Value {
    body["captcha_token"] = json!(token);
    body
}

#[tokio::test(flavor = "multi_thread")]
async fn the_captcha_verifier_accepts_refuses_and_never_lets_a_failure_through() {
    let (url, verifier) = start_siteverify().await;
    let app = TestApp::spawn_with(&[
        ("JOBS_CAPTCHA_VERIFY_URL", url.as_str()),
        ("JOBS_CAPTCHA_SECRET", "test-secret"),
        ("JOBS_CAPTCHA_TIMEOUT_MS", "300"),
    ])
    .await;
    let job = published_job(&app, EMPLOYER, "Night Auditor").await;

    // No token while one is required: 422 pointing at it, and the verifier is not asked.
    let response = apply(&app, job, &submission("A", "a@example.com"), None).await;
    let problem = assert_problem(response, 422).await;
    assert_eq!(problem["errors"][0]["pointer"], "/captcha_token");
    assert!(verifier.seen.lock().unwrap().is_empty());

    // A token the provider rejects: 400.
    let response = apply(
        &app,
        job,
        &with_token(submission("A", "a@example.com"), "forged"),
        None,
    )
    .await;
    let problem = assert_problem(response, 400).await;
    assert_eq!(problem["type"], "urn:jobs-api:problem:captcha-rejected");

    // Timeout, a provider failure, a 500 and an answer that is not JSON: refused with 503
    // (retryable), never accepted, never a crash.
    for token in ["slow", "provider-down", "crash", "html"] {
        let started = std::time::Instant::now();
        let response = apply(
            &app,
            job,
            &with_token(submission("A", "a@example.com"), token),
            None,
        )
        .await;
        assert_problem(response, 503).await;
        assert!(
            started.elapsed() < Duration::from_secs(2),
            "{token}: the timeout holds"
        );
    }
    assert_eq!(
        count(&app, "SELECT count(*) AS n FROM applications").await,
        0
    );

    // A good token: the application is taken. The verifier got the secret and the token.
    let response = apply(
        &app,
        job,
        &with_token(submission("A", "a@example.com"), "good"),
        None,
    )
    .await;
    assert_eq!(response.status(), 201);
    let seen = verifier.seen.lock().unwrap().clone();
    let last = seen.last().unwrap();
    assert_eq!(last["secret"], "test-secret");
    assert_eq!(last["response"], "good");
    assert_eq!(
        last["remoteip"], "127.0.0.1",
        "the client's address goes along"
    );
    assert_eq!(
        count(&app, "SELECT count(*) AS n FROM applications").await,
        1
    );
    // Still serving after all that.
    assert_eq!(app.get("/livez").await.status(), 200);
}

#[tokio::test(flavor = "multi_thread")]
async fn an_unreachable_or_misconfigured_verifier_refuses_applications() {
    // A port nobody listens on.
    let closed = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap()
    };
    let url = format!("http://{closed}/siteverify");
    let app = TestApp::spawn_with(&[
        ("JOBS_CAPTCHA_VERIFY_URL", url.as_str()),
        ("JOBS_CAPTCHA_SECRET", "test-secret"),
    ])
    .await;
    let job = published_job(&app, EMPLOYER, "Porter").await;
    let response = apply(
        &app,
        job,
        &with_token(submission("A", "a@example.com"), "good"),
        None,
    )
    .await;
    assert_problem(response, 503).await;

    // The wrong secret is this server's fault, not the applicant's: 503, not 400.
    let (url, _) = start_siteverify().await;
    let app = TestApp::spawn_with(&[
        ("JOBS_CAPTCHA_VERIFY_URL", url.as_str()),
        ("JOBS_CAPTCHA_SECRET", "wrong-secret"),
    ])
    .await;
    let job = published_job(&app, EMPLOYER, "Porter").await;
    let response = apply(
        &app,
        job,
        &with_token(submission("A", "a@example.com"), "good"),
        None,
    )
    .await;
    assert_problem(response, 503).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_token_solved_on_another_site_is_rejected() {
    let (url, _) = start_siteverify().await;
    // The fake verifier says every good token was solved on jobs.example.
    let app = TestApp::spawn_with(&[
        ("JOBS_CAPTCHA_VERIFY_URL", url.as_str()),
        ("JOBS_CAPTCHA_SECRET", "test-secret"),
        (
            "JOBS_CAPTCHA_HOSTNAMES",
            "careers.example, www.careers.example",
        ),
    ])
    .await;
    let job = published_job(&app, EMPLOYER, "Porter").await;
    let response = apply(
        &app,
        job,
        &with_token(submission("A", "a@example.com"), "good"),
        None,
    )
    .await;
    assert_problem(response, 400).await;
    let app = TestApp::spawn_with(&[
        ("JOBS_CAPTCHA_VERIFY_URL", url.as_str()),
        ("JOBS_CAPTCHA_SECRET", "test-secret"),
        ("JOBS_CAPTCHA_HOSTNAMES", "JOBS.example"),
    ])
    .await;
    let job = published_job(&app, EMPLOYER, "Porter").await;
    let response = apply(
        &app,
        job,
        &with_token(submission("A", "a@example.com"), "good"),
        None,
    )
    .await;
    assert_eq!(response.status(), 201);
}
