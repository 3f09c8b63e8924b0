//! The public surface, attacked as an outsider would (issue: public surface safety). Each test
//! reproduces a finding against the real server: unsanitized HTML, an anonymous apply that
//! rewrote a person or told who applied where, `javascript:` URLs, erasure that left replayable
//! responses, idempotency keys shared between applicants; and what was built against them:
//! recruiter-side applications, the deliberate merge, retention and careers pages that act.

use serde_json::{Value, json};
use uuid::Uuid;

use crate::support::{
    TestApp, apply, apply_ok, assert_problem, complete_job, count, create_applicant, create_job,
    get_ok, job_action, outbox, published_job, submission,
};

const EMPLOYER: Uuid = Uuid::from_u128(0x0a11_0000_0000_4000_8000_0000_0000_0001);
const OTHER: Uuid = Uuid::from_u128(0x0a11_0000_0000_4000_8000_0000_0000_0002);

/// POST `path` as a recruiter of `employer` with a fresh Idempotency-Key.
async fn post(app: &TestApp, employer: Uuid, path: &str, body: Option<Value>) -> reqwest::Response {
    app.call(reqwest::Method::POST, path)
        .role(employer, "recruiter")
        .fresh_key()
        .maybe_json(body)
        .send()
        .await
}

#[tokio::test(flavor = "multi_thread")]
async fn html_descriptions_are_sanitized_before_anyone_sees_them() {
    let app = TestApp::spawn().await;
    let mut body = complete_job("Cook");
    body["description_format"] = json!("html");
    body["description"] = json!(
        "<img src=x onerror=alert(document.domain)><script>alert(1)</script><p>Cook</p>\
         <a href=\"JaVaScRiPt:alert(1)\">x</a><a href=\"https://resort.example/jobs\">More</a>\
         <p onclick=\"alert(1)\" style=\"color:red\">Fish &amp; rice</p>"
    );
    let (id, _, created) = create_job(&app, EMPLOYER, &body).await;
    job_action(&app, EMPLOYER, id, "publish").await;
    let public = get_ok(&app, &format!("/v1/public/jobs/{id}"), None).await;
    for description in [&created["description"], &public["description"]] {
        let d = description.as_str().unwrap().to_ascii_lowercase();
        for needle in [
            "<script",
            "onerror",
            "onclick",
            "javascript:",
            "<img",
            "style=",
        ] {
            assert!(!d.contains(needle), "{needle} survived: {d}");
        }
        assert!(d.contains("<p>cook</p>"), "{d}");
        assert!(d.contains("<p>fish &amp; rice</p>"), "{d}");
        assert!(
            d.contains(
                "<a href=\"https://resort.example/jobs\" rel=\"noopener noreferrer nofollow\">more</a>"
            ),
            "{d}"
        );
    }
    // Plain text is kept as written: clients escape it.
    let (_, _, plain) = create_job(
        &app,
        EMPLOYER,
        &json!({"title": "Dev", "description": "C++ & Rust <senior>"}),
    )
    .await;
    assert_eq!(plain["description"], "C++ & Rust <senior>");
}

#[tokio::test(flavor = "multi_thread")]
async fn descriptions_stored_before_sanitizing_are_cleaned_at_start_up() {
    let app = TestApp::spawn().await;
    let (id, _, _) = create_job(&app, EMPLOYER, &complete_job("Old")).await;
    // A row as an older build wrote it: raw HTML, never sanitized.
    crate::support::execute(
        &app.db.url,
        &format!(
            "UPDATE jobs SET description_format = 'html', description_policy = 0, \
             description = '<p>Old</p><script>alert(1)</script>' WHERE id = '{id}'"
        ),
    )
    .await;
    let config = crate::support::test_config(&app.db.url, &[]);
    jobs_server::db::migrate(&config).await.unwrap();
    let job = get_ok(
        &app,
        &format!("/v1/jobs/{id}"),
        Some(&app.bearer(EMPLOYER, "viewer")),
    )
    .await;
    assert_eq!(job["description"], "<p>Old</p>");
}

#[tokio::test(flavor = "multi_thread")]
async fn an_anonymous_apply_never_rewrites_the_employers_record() {
    let app = TestApp::spawn().await;
    let (victim, _, _) = create_applicant(
        &app,
        EMPLOYER,
        &json!({"name": "Victim", "email": "victim@example.mv",
                "consent": {"granted": true, "policy_version": "2026-01"}}),
    )
    .await;
    let job = published_job(&app, EMPLOYER, "Chef").await;
    let mut forged = submission("Not The Victim", "victim@example.mv");
    forged["phone"] = json!("+960 7000000");
    forged["skills"] = json!(["Injected skill"]);
    forged["links"] = json!(["https://attacker.example"]);
    forged["consent"] = json!({"granted": true, "policy_version": "0"});
    let application = apply_ok(&app, job, &forged).await;

    let record = get_ok(
        &app,
        &format!("/v1/applicants/{victim}"),
        Some(&app.bearer(EMPLOYER, "viewer")),
    )
    .await;
    assert_eq!(record["name"], "Victim");
    assert_eq!(record["phone"], Value::Null);
    assert_eq!(record["skills"], json!([]));
    assert_eq!(record["links"], json!([]));
    assert_eq!(record["consent"]["policy_version"], "2026-01");
    assert!(
        outbox(&app, victim)
            .await
            .iter()
            .all(|(kind, _)| kind == "applicant.created"),
        "no applicant.updated event"
    );

    // The recruiter sees both: their record, and what was submitted.
    let seen = get_ok(
        &app,
        &format!("/v1/applications/{application}"),
        Some(&app.bearer(EMPLOYER, "viewer")),
    )
    .await;
    assert_eq!(seen["applicant"]["id"], victim.to_string());
    assert_eq!(seen["applicant"]["name"], "Victim");
    assert_eq!(seen["submission"]["name"], "Not The Victim");
    assert_eq!(seen["submission"]["phone"], "+960 7000000");
    assert_eq!(seen["submission"]["skills"], json!(["Injected skill"]));
    assert_eq!(seen["submission"]["consent"]["policy_version"], "0");

    // A merge is the deliberate step: it fills what is missing and is audited.
    let response = post(
        &app,
        EMPLOYER,
        &format!("/v1/applications/{application}:merge"),
        None,
    )
    .await;
    assert_eq!(response.status(), 200);
    assert!(response.headers().contains_key("etag"));
    let merged: Value = response.json().await.unwrap();
    assert_eq!(merged["name"], "Victim", "the name stays the employer's");
    assert_eq!(merged["phone"], "+960 7000000");
    assert_eq!(merged["skills"], json!(["Injected skill"]));
    let events = outbox(&app, victim).await;
    let (kind, payload) = events.last().unwrap();
    assert_eq!(kind, "applicant.updated");
    assert_eq!(payload["merged_from_application"], application.to_string());
    // A viewer may not merge; another employer finds nothing.
    let response = app
        .client
        .post(app.url(&format!("/v1/applications/{application}:merge")))
        .header("authorization", app.bearer(EMPLOYER, "viewer"))
        .send()
        .await
        .unwrap();
    assert_problem(response, 403).await;
    let response = post(
        &app,
        OTHER,
        &format!("/v1/applications/{application}:merge"),
        None,
    )
    .await;
    assert_problem(response, 404).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_repeated_anonymous_apply_reveals_nothing_and_creates_no_second_application() {
    let app = TestApp::spawn().await;
    let job = published_job(&app, EMPLOYER, "Chef").await;
    let first = apply(&app, job, &submission("Ali", "ali@example.mv"), None).await;
    assert_eq!(first.status(), 201);
    let first: Value = first.json().await.unwrap();
    let again = apply(&app, job, &submission("Someone", "ALI@example.mv"), None).await;
    assert_eq!(again.status(), 201, "answers like a first application");
    let again: Value = again.json().await.unwrap();
    let keys = |v: &Value| {
        let mut k: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
        k.sort();
        k
    };
    assert_eq!(keys(&first), keys(&again));
    assert_eq!(again["status"], "new");
    assert_ne!(again["id"], first["id"], "no id of the earlier application");
    assert!(!again.to_string().contains(first["id"].as_str().unwrap()));
    assert_eq!(
        count(&app, "SELECT count(*) AS n FROM applications").await,
        1,
        "the employer sees one application"
    );
    assert_eq!(
        count(
            &app,
            "SELECT count(*) AS n FROM outbox_events WHERE event_type = 'application.created'"
        )
        .await,
        1
    );
    // What was sent is kept with the one application (see resubmissions.rs).
    assert_eq!(
        count(&app, "SELECT count(*) AS n FROM application_submissions").await,
        2
    );

    // The applicant who made it, with their token, is told: 409 naming it.
    let token = format!("Bearer {}", app.token(None, &["applicant"], "idp|mariyam"));
    let mine = apply(
        &app,
        job,
        &submission("Mariyam", "mariyam@example.mv"),
        Some(&token),
    )
    .await;
    assert_eq!(mine.status(), 201);
    let mine: Value = mine.json().await.unwrap();
    let response = apply(
        &app,
        job,
        &submission("Mariyam", "mariyam@example.mv"),
        Some(&token),
    )
    .await;
    let problem = assert_problem(response, 409).await;
    assert_eq!(problem["existing_application_id"], mine["id"]);
    // Another applicant token with her address learns nothing either.
    let other = format!("Bearer {}", app.token(None, &["applicant"], "idp|other"));
    let response = apply(
        &app,
        job,
        &submission("Mariyam", "mariyam@example.mv"),
        Some(&other),
    )
    .await;
    assert_eq!(response.status(), 201);
    let body: Value = response.json().await.unwrap();
    assert_ne!(body["id"], mine["id"]);
}

#[tokio::test(flavor = "multi_thread")]
async fn only_http_and_https_urls_are_accepted() {
    let app = TestApp::spawn().await;
    let job = published_job(&app, EMPLOYER, "Chef").await;
    for bad in [
        "javascript:alert(1)",
        "JAVASCRIPT:alert(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "vbscript:msgbox(1)",
    ] {
        let mut body = submission("A", "a@example.mv");
        body["links"] = json!([bad]);
        assert_problem(apply(&app, job, &body, None).await, 422).await;
        let mut body = submission("A", "a@example.mv");
        body["cv_url"] = json!(bad);
        assert_problem(apply(&app, job, &body, None).await, 422).await;
        let response = post(
            &app,
            EMPLOYER,
            "/v1/applicants",
            Some(json!({"name": "A", "email": "a@example.mv", "links": [bad]})),
        )
        .await;
        assert_problem(response, 422).await;
        let auth = app.bearer(EMPLOYER, "employer_admin");
        for member in ["website", "logo_url"] {
            let response = app
                .client
                .patch(app.url("/v1/employer"))
                .header("authorization", &auth)
                .header("if-match", "*")
                .json(&json!({ member: bad }))
                .send()
                .await
                .unwrap();
            assert_problem(response, 422).await;
        }
    }
    assert_eq!(count(&app, "SELECT count(*) AS n FROM applicants").await, 0);
    crate::support::update_employer(
        &app,
        EMPLOYER,
        json!({"website": "https://resort.example", "logo_url": "https://resort.example/logo.png"}),
    )
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn erasure_also_forgets_the_stored_responses_about_the_person() {
    let app = TestApp::spawn().await;
    let key = Uuid::new_v4().to_string();
    let body = json!({"name": "Hawwa Ibrahim", "email": "hawwa@example.mv"});
    let create = || {
        app.client
            .post(app.url("/v1/applicants"))
            .header("authorization", app.bearer(EMPLOYER, "recruiter"))
            .header("idempotency-key", &key)
            .json(&body)
            .send()
    };
    let first = create().await.unwrap();
    assert_eq!(first.status(), 201);
    let first: Value = first.json().await.unwrap();
    let response = app
        .client
        .delete(app.url(&format!("/v1/applicants/{}", first["id"].as_str().unwrap())))
        .header("authorization", app.bearer(EMPLOYER, "recruiter"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 204);
    assert_eq!(
        count(
            &app,
            "SELECT count(*) AS n FROM idempotency_keys WHERE convert_from(response_body, 'UTF8') \
             ILIKE '%hawwa%'"
        )
        .await,
        0,
        "no stored response carries the person any more"
    );
    // The same key again is a new request, not a replay of the erased person.
    let again = create().await.unwrap();
    assert_eq!(again.status(), 201);
    assert!(again.headers().get("idempotent-replayed").is_none());
    let again: Value = again.json().await.unwrap();
    assert_ne!(again["id"], first["id"]);
}

#[tokio::test(flavor = "multi_thread")]
async fn an_applicant_tokens_keys_are_its_own() {
    let app = TestApp::spawn().await;
    let job = published_job(&app, EMPLOYER, "Chef").await;
    let key = "shared-key-1";
    let as_sub = |sub: &str, email: &str| {
        let token = format!("Bearer {}", app.token(None, &["applicant"], sub));
        app.client
            .post(app.url(&format!("/v1/public/jobs/{job}/apply")))
            .header("authorization", token)
            .header("idempotency-key", key)
            .json(&submission("Person", email))
            .send()
    };
    let a = as_sub("idp|a", "a@example.mv").await.unwrap();
    assert_eq!(a.status(), 201);
    let a: Value = a.json().await.unwrap();
    // Another person with the same key: their own application, not A's receipt.
    let b = as_sub("idp|b", "b@example.mv").await.unwrap();
    assert_eq!(b.status(), 201);
    assert!(b.headers().get("idempotent-replayed").is_none());
    let b: Value = b.json().await.unwrap();
    assert_ne!(a["id"], b["id"]);
    let mine = get_ok(
        &app,
        "/v1/me/applications",
        Some(&format!(
            "Bearer {}",
            app.token(None, &["applicant"], "idp|b")
        )),
    )
    .await;
    assert_eq!(
        mine["items"][0]["id"], b["id"],
        "B's application is real and B's"
    );
    // A's retry replays A's receipt.
    let retry = as_sub("idp|a", "a@example.mv").await.unwrap();
    assert_eq!(retry.headers()["idempotent-replayed"], "true");
    assert_eq!(retry.json::<Value>().await.unwrap()["id"], a["id"]);
    // One key cannot apply to a second job.
    let other = published_job(&app, EMPLOYER, "Sous Chef").await;
    let token = format!("Bearer {}", app.token(None, &["applicant"], "idp|a"));
    let response = app
        .client
        .post(app.url(&format!("/v1/public/jobs/{other}/apply")))
        .header("authorization", token)
        .header("idempotency-key", key)
        .json(&submission("Person", "a@example.mv"))
        .send()
        .await
        .unwrap();
    assert_problem(response, 422).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn recruiters_add_applicants_to_jobs() {
    let app = TestApp::spawn().await;
    let (applicant, _, _) = create_applicant(
        &app,
        EMPLOYER,
        &json!({"name": "Ali", "email": "ali@example.mv"}),
    )
    .await;
    let (draft, _, _) = create_job(&app, EMPLOYER, &complete_job("Sourcing")).await;
    let path = format!("/v1/jobs/{draft}/applications");
    let body = json!({"applicant_id": applicant, "cover_letter": "Referred by Aisha."});
    let response = post(&app, EMPLOYER, &path, Some(body.clone())).await;
    assert_eq!(response.status(), 201, "{:?}", response.text().await);
    let location = response.headers()["location"].to_str().unwrap().to_string();
    assert!(response.headers().contains_key("etag"));
    let created: Value = response.json().await.unwrap();
    assert_eq!(created["source"], "internal");
    assert_eq!(created["status"], "new");
    assert_eq!(created["submission"], Value::Null);
    assert_eq!(created["applicant"]["id"], applicant.to_string());
    assert_eq!(
        location,
        format!("/v1/applications/{}", created["id"].as_str().unwrap())
    );
    let id: Uuid = created["id"].as_str().unwrap().parse().unwrap();
    assert_eq!(outbox(&app, id).await[0].0, "application.created");
    assert_eq!(outbox(&app, id).await[0].1["source"], "internal");

    // Twice: a conflict naming the first (the employer's own data).
    let problem = assert_problem(post(&app, EMPLOYER, &path, Some(body.clone())).await, 409).await;
    assert_eq!(problem["existing_application_id"], id.to_string());
    // Unknown applicant or job, another employer's job: 404.
    let unknown = json!({"applicant_id": Uuid::new_v4()});
    assert_problem(post(&app, EMPLOYER, &path, Some(unknown)).await, 404).await;
    let response = post(
        &app,
        EMPLOYER,
        &format!("/v1/jobs/{}/applications", Uuid::new_v4()),
        Some(body.clone()),
    )
    .await;
    assert_problem(response, 404).await;
    assert_problem(post(&app, OTHER, &path, Some(body.clone())).await, 404).await;
    // A viewer may not; a closed job takes none.
    let response = app
        .client
        .post(app.url(&path))
        .header("authorization", app.bearer(EMPLOYER, "viewer"))
        .header("idempotency-key", "k")
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_problem(response, 403).await;
    let job = published_job(&app, EMPLOYER, "Closed").await;
    job_action(&app, EMPLOYER, job, "close").await;
    let response = post(
        &app,
        EMPLOYER,
        &format!("/v1/jobs/{job}/applications"),
        Some(body.clone()),
    )
    .await;
    assert_eq!(
        assert_problem(response, 409).await["current_status"],
        "closed"
    );
    // Merging an application without a submission is a conflict.
    let response = post(
        &app,
        EMPLOYER,
        &format!("/v1/applications/{id}:merge"),
        None,
    )
    .await;
    assert_problem(response, 409).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_hidden_careers_page_hides_the_employer_everywhere() {
    let app = TestApp::spawn().await;
    let job = published_job(&app, EMPLOYER, "Divemaster").await;
    let path = format!("/v1/public/jobs?employer_id={EMPLOYER}");
    let search = || get_ok(&app, &path, None);
    assert_eq!(search().await["items"].as_array().unwrap().len(), 1);
    crate::support::update_employer(
        &app,
        EMPLOYER,
        json!({"settings": {"careers_page_enabled": false}}),
    )
    .await;

    assert_eq!(search().await["items"].as_array().unwrap().len(), 0);
    assert_eq!(
        get_ok(&app, "/v1/taxonomy/departments", None).await["items"],
        json!([])
    );
    assert_problem(app.get(&format!("/v1/public/jobs/{job}")).await, 404).await;
    assert_problem(
        apply(&app, job, &submission("A", "a@example.mv"), None).await,
        404,
    )
    .await;
    // A job published while hidden stays hidden too.
    let later = published_job(&app, EMPLOYER, "Boat Captain").await;
    assert_problem(app.get(&format!("/v1/public/jobs/{later}")).await, 404).await;
    // The employer still sees and manages its jobs.
    let own = get_ok(&app, "/v1/jobs", Some(&app.bearer(EMPLOYER, "viewer"))).await;
    assert_eq!(own["items"].as_array().unwrap().len(), 2);

    crate::support::update_employer(
        &app,
        EMPLOYER,
        json!({"settings": {"careers_page_enabled": true}}),
    )
    .await;
    assert_eq!(search().await["items"].as_array().unwrap().len(), 2);
    assert_eq!(
        app.get(&format!("/v1/public/jobs/{job}")).await.status(),
        200
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn applications_past_the_retention_period_are_anonymized() {
    let app = TestApp::spawn().await;
    crate::support::update_employer(
        &app,
        EMPLOYER,
        json!({"settings": {"application_retention_days": 30}}),
    )
    .await;
    let job = published_job(&app, EMPLOYER, "Chef").await;
    let mut body = submission("Aminath Old", "old@example.mv");
    body["phone"] = json!("+960 777 0001");
    body["cover_letter"] = json!("I cook.");
    body["skills"] = json!(["Grill"]);
    let old = apply_ok(&app, job, &body).await;
    let recent = apply_ok(&app, job, &submission("Ibrahim New", "new@example.mv")).await;
    let open = apply_ok(&app, job, &submission("Still Open", "open@example.mv")).await;
    for id in [old, recent] {
        crate::support::execute(
            &app.db.url,
            &format!("UPDATE applications SET status = 'rejected' WHERE id = '{id}'"),
        )
        .await;
    }
    crate::support::execute(
        &app.db.url,
        &format!(
            "UPDATE applications SET status_changed_at = now() - interval '31 days' \
             WHERE id IN ('{old}', '{open}')"
        ),
    )
    .await;
    crate::support::execute(
        &app.db.url,
        &format!(
            "UPDATE applications SET status_changed_at = now() - interval '29 days' \
             WHERE id = '{recent}'"
        ),
    )
    .await;
    // The other employer keeps no retention period: its old applications stay.
    let foreign = published_job(&app, OTHER, "Chef").await;
    let kept = apply_ok(&app, foreign, &submission("Other", "o@example.mv")).await;
    crate::support::execute(
        &app.db.url,
        &format!(
            "UPDATE applications SET status = 'hired', \
             status_changed_at = now() - interval '400 days' WHERE id = '{kept}'"
        ),
    )
    .await;

    jobs_server::maintenance::run_once(&app.state.db, &app.maintenance, &app.state.uploads).await;

    let viewer = app.bearer(EMPLOYER, "viewer");
    let gone = get_ok(&app, &format!("/v1/applications/{old}"), Some(&viewer)).await;
    assert!(gone["anonymized_at"].is_string());
    assert_eq!(gone["submission"]["name"], Value::Null);
    assert_eq!(gone["submission"]["phone"], Value::Null);
    assert_eq!(gone["submission"]["skills"], json!(["Grill"]));
    assert_eq!(gone["cover_letter"], Value::Null);
    assert_eq!(gone["status"], "rejected");
    let (kind, payload) = outbox(&app, old).await.pop().unwrap();
    assert_eq!(kind, "application.anonymized");
    assert_eq!(payload["retention_days"], 30);
    for id in [recent, open] {
        let still = get_ok(&app, &format!("/v1/applications/{id}"), Some(&viewer)).await;
        assert_eq!(still["anonymized_at"], Value::Null, "{id}");
        assert!(still["submission"]["name"].is_string());
    }
    let foreign = get_ok(
        &app,
        &format!("/v1/applications/{kept}"),
        Some(&app.bearer(OTHER, "viewer")),
    )
    .await;
    assert_eq!(foreign["anonymized_at"], Value::Null);
    // Running again changes nothing more.
    jobs_server::maintenance::run_once(&app.state.db, &app.maintenance, &app.state.uploads).await;
    assert_eq!(
        count(
            &app,
            "SELECT count(*) AS n FROM outbox_events WHERE event_type = 'application.anonymized'"
        )
        .await,
        1
    );
}
