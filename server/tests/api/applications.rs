//! Applications: the hiring pipeline, notes, lost-update protection, events, the job's list,
//! isolation between employers, and an applicant's own list across employers.

use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};
use serde_json::{Value, json};
use uuid::Uuid;

use crate::support::{
    TestApp, apply, apply_ok, assert_problem, create_applicant, outbox, published_job, submission,
};

const EMPLOYER: Uuid = Uuid::from_u128(0x0a77_0000_0000_4000_8000_0000_0000_0001);
const OTHER: Uuid = Uuid::from_u128(0x0a77_0000_0000_4000_8000_0000_0000_0002);

async fn patch(
    app: &TestApp,
    id: Uuid,
    body: Value,
    if_match: &str,
    employer: Uuid,
) -> reqwest::Response {
    app.call(reqwest::Method::PATCH, &format!("/v1/applications/{id}"))
        .role(employer, "recruiter")
        .if_match(Some(if_match))
        .json(&body)
        .send()
        .await
}

async fn get(app: &TestApp, path: &str, employer: Uuid) -> reqwest::Response {
    app.call(reqwest::Method::GET, path)
        .role(employer, "viewer")
        .send()
        .await
}

#[tokio::test(flavor = "multi_thread")]
async fn an_application_moves_through_the_pipeline_one_stage_at_a_time() {
    let app = TestApp::spawn().await;
    let job = published_job(&app, EMPLOYER, "Dive Instructor").await;
    let id = apply_ok(&app, job, &submission("Moosa Didi", "moosa@example.mv")).await;
    let response = get(&app, &format!("/v1/applications/{id}"), EMPLOYER).await;
    assert_eq!(response.status(), 200);
    let mut etag = response.headers()["etag"].to_str().unwrap().to_string();
    let application: Value = response.json().await.unwrap();
    assert_eq!(application["status"], "new");
    assert_eq!(application["source"], "public");
    assert_eq!(application["applicant"]["name"], "Moosa Didi");
    assert_eq!(application["applicant"]["email"], "moosa@example.mv");
    assert_eq!(application["status_changed_at"], Value::Null);

    // Skipping a stage is refused, naming the current one.
    let response = patch(&app, id, json!({"status": "offer"}), &etag, EMPLOYER).await;
    let problem = assert_problem(response, 409).await;
    assert_eq!(problem["current_status"], "new");
    assert_eq!(problem["type"], "urn:jobs-api:problem:invalid-transition");

    for stage in ["screening", "interview", "offer", "hired"] {
        let response = patch(&app, id, json!({"status": stage}), &etag, EMPLOYER).await;
        assert_eq!(response.status(), 200, "to {stage}");
        let new_etag = response.headers()["etag"].to_str().unwrap().to_string();
        assert_ne!(new_etag, etag);
        etag = new_etag;
        let body: Value = response.json().await.unwrap();
        assert_eq!(body["status"], stage);
        assert!(body["status_changed_at"].is_string());
    }
    // Hired is final: not even rejected.
    let response = patch(&app, id, json!({"status": "rejected"}), &etag, EMPLOYER).await;
    let problem = assert_problem(response, 409).await;
    assert_eq!(problem["current_status"], "hired");

    let events = outbox(&app, id).await;
    let changes: Vec<(String, String)> = events
        .iter()
        .filter(|(k, _)| k == "application.status.changed")
        .map(|(_, p)| {
            (
                p["from"].as_str().unwrap().to_string(),
                p["to"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        changes,
        [
            ("new".into(), "screening".into()),
            ("screening".into(), "interview".into()),
            ("interview".into(), "offer".into()),
            ("offer".into(), "hired".into())
        ]
    );
    assert_eq!(events[0].0, "application.created");
}

#[tokio::test(flavor = "multi_thread")]
async fn rejection_is_possible_from_every_stage_that_is_not_final() {
    let app = TestApp::spawn().await;
    let job = published_job(&app, EMPLOYER, "Boat Captain").await;
    let path = ["screening", "interview", "offer"];
    for depth in 0..=path.len() {
        let id = apply_ok(&app, job, &submission("C", &format!("c{depth}@example.mv"))).await;
        for stage in &path[..depth] {
            assert_eq!(
                patch(&app, id, json!({"status": stage}), "*", EMPLOYER)
                    .await
                    .status(),
                200
            );
        }
        let response = patch(&app, id, json!({"status": "rejected"}), "*", EMPLOYER).await;
        assert_eq!(response.status(), 200);
        // Rejected is final.
        let response = patch(&app, id, json!({"status": "screening"}), "*", EMPLOYER).await;
        assert_eq!(
            assert_problem(response, 409).await["current_status"],
            "rejected"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn notes_keep_their_author_and_time_and_stale_tags_are_refused() {
    let app = TestApp::spawn().await;
    let job = published_job(&app, EMPLOYER, "Housekeeper").await;
    let id = apply_ok(&app, job, &submission("Zulfa", "zulfa@example.mv")).await;
    let response = get(&app, &format!("/v1/applications/{id}"), EMPLOYER).await;
    let etag = response.headers()["etag"].to_str().unwrap().to_string();

    let token = format!(
        "Bearer {}",
        app.token(Some(EMPLOYER), &["recruiter"], "recruiter-mariyam")
    );
    let response = app
        .client
        .patch(app.url(&format!("/v1/applications/{id}")))
        .header("authorization", &token)
        .header("if-match", &etag)
        .json(&json!({"note": "Strong references."}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.unwrap();
    assert_eq!(
        body["status"], "new",
        "a note alone does not move the application"
    );
    let notes = body["notes"].as_array().unwrap();
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0]["author"], "recruiter-mariyam");
    assert_eq!(notes[0]["body"], "Strong references.");
    assert!(notes[0]["created_at"].is_string());

    // The tag read before the note is stale now.
    let response = patch(&app, id, json!({"note": "Lost"}), &etag, EMPLOYER).await;
    assert_problem(response, 412).await;
    // A blank note is refused.
    for blank in ["   ", "\u{c}", "\u{85}"] {
        let response = patch(&app, id, json!({ "note": blank }), "*", EMPLOYER).await;
        assert_problem(response, 422).await;
    }

    // Status and note together, in order, in one change.
    let response = patch(
        &app,
        id,
        json!({"status": "screening", "note": "Phone screen booked."}),
        "*",
        EMPLOYER,
    )
    .await;
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["status"], "screening");
    assert_eq!(body["notes"].as_array().unwrap().len(), 2);
    assert_eq!(body["notes"][1]["author"], "recruiter-user");
    let kinds: Vec<String> = outbox(&app, id).await.into_iter().map(|(k, _)| k).collect();
    assert_eq!(
        kinds,
        [
            "application.created",
            "application.note.added",
            "application.status.changed",
            "application.note.added"
        ]
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_jobs_applications_are_listed_by_status_with_cursors() {
    let app = TestApp::spawn().await;
    let job = published_job(&app, EMPLOYER, "Waiter").await;
    let other_job = published_job(&app, EMPLOYER, "Bartender").await;
    let mut ids = Vec::new();
    for i in 0..5 {
        ids.push(apply_ok(&app, job, &submission("W", &format!("w{i}@example.mv"))).await);
    }
    apply_ok(&app, other_job, &submission("W", "w0@example.mv")).await;
    for id in &ids[..2] {
        assert_eq!(
            patch(&app, *id, json!({"status": "screening"}), "*", EMPLOYER)
                .await
                .status(),
            200
        );
    }
    let list = |query: String| {
        let app = &app;
        async move {
            get(
                app,
                &format!("/v1/jobs/{job}/applications{query}"),
                EMPLOYER,
            )
            .await
            .json::<Value>()
            .await
            .unwrap()
        }
    };
    let all = list(String::new()).await;
    let listed: Vec<&str> = all["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    let expected: Vec<String> = ids.iter().rev().map(Uuid::to_string).collect();
    assert_eq!(
        listed,
        expected.iter().map(String::as_str).collect::<Vec<_>>()
    );
    assert_eq!(all["next_cursor"], Value::Null);

    let screening = list("?status=screening".into()).await;
    assert_eq!(screening["items"].as_array().unwrap().len(), 2);
    let fresh = list("?status=new&limit=2".into()).await;
    assert_eq!(fresh["items"].as_array().unwrap().len(), 2);
    let cursor = fresh["next_cursor"].as_str().unwrap().to_string();
    let rest = list(format!("?status=new&limit=2&cursor={cursor}")).await;
    assert_eq!(rest["items"].as_array().unwrap().len(), 1);
    assert_eq!(rest["next_cursor"], Value::Null);
    // The cursor belongs to its filter.
    let response = get(
        &app,
        &format!("/v1/jobs/{job}/applications?status=screening&cursor={cursor}"),
        EMPLOYER,
    )
    .await;
    assert_problem(response, 400).await;
    let response = get(
        &app,
        &format!("/v1/jobs/{other_job}/applications?status=new&cursor={cursor}"),
        EMPLOYER,
    )
    .await;
    assert_problem(response, 400).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn another_employers_applications_are_not_found() {
    let app = TestApp::spawn().await;
    let job = published_job(&app, EMPLOYER, "Chef").await;
    let id = apply_ok(&app, job, &submission("C", "c@example.mv")).await;
    assert_problem(
        get(&app, &format!("/v1/applications/{id}"), OTHER).await,
        404,
    )
    .await;
    assert_problem(
        get(&app, &format!("/v1/jobs/{job}/applications"), OTHER).await,
        404,
    )
    .await;
    assert_problem(
        patch(&app, id, json!({"status": "screening"}), "*", OTHER).await,
        404,
    )
    .await;
    let own: Value = get(&app, &format!("/v1/applications/{id}"), EMPLOYER)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(own["status"], "new");
}

#[tokio::test(flavor = "multi_thread")]
async fn the_database_refuses_to_join_one_employers_applicant_to_anothers_job() {
    let app = TestApp::spawn().await;
    let job_b = published_job(&app, OTHER, "B's job").await;
    let (applicant_a, _, _) =
        create_applicant(&app, EMPLOYER, &json!({"name": "A", "email": "a@x.mv"})).await;
    let mut conn = AsyncPgConnection::establish(&app.db.url).await.unwrap();
    // Even as the tables' owner (no row-level security in the way), with either employer id.
    for employer in [EMPLOYER, OTHER] {
        let result = diesel::sql_query(format!(
            "INSERT INTO applications (id, employer_id, job_id, applicant_id, source) \
             VALUES ('{}', '{employer}', '{job_b}', '{applicant_a}', 'internal')",
            Uuid::new_v4()
        ))
        .execute(&mut conn)
        .await;
        assert!(
            result.is_err(),
            "a cross-employer application must be refused"
        );
        let result = diesel::sql_query(format!(
            "INSERT INTO shortlists (job_id, employer_id) VALUES ('{job_b}', '{OTHER}') \
             ON CONFLICT DO NOTHING; \
             INSERT INTO shortlist_entries (job_id, applicant_id, employer_id, added_by) \
             VALUES ('{job_b}', '{applicant_a}', '{employer}', 'x')"
        ))
        .execute(&mut conn)
        .await;
        assert!(
            result.is_err(),
            "a cross-employer shortlist entry must be refused"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn applicants_see_their_own_applications_across_employers_and_nothing_else() {
    let app = TestApp::spawn().await;
    let resort = published_job(&app, EMPLOYER, "Dive Master").await;
    let hotel = published_job(&app, OTHER, "Concierge").await;
    // Name both employers.
    for (employer, name) in [(EMPLOYER, "Coral Resort"), (OTHER, "City Hotel")] {
        let response = app
            .client
            .patch(app.url("/v1/employer"))
            .header("authorization", app.bearer(employer, "employer_admin"))
            .header("if-match", "*")
            .json(&json!({"name": name}))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200);
    }
    let shifa = format!("Bearer {}", app.token(None, &["applicant"], "idp|shifa"));
    let other = format!(
        "Bearer {}",
        app.token(None, &["applicant"], "idp|someone-else")
    );
    for job in [resort, hotel] {
        let response = apply(
            &app,
            job,
            &submission("Shifa", "shifa@example.mv"),
            Some(&shifa),
        )
        .await;
        assert_eq!(response.status(), 201);
    }
    // The same person applying anonymously elsewhere is not linked to the login.
    let third = published_job(&app, EMPLOYER, "Spa").await;
    apply_ok(&app, third, &submission("Shifa", "shifa@example.mv")).await;
    // A recruiter's note is never shown to the applicant.
    let resort_application: Value = app
        .client
        .get(app.url(&format!("/v1/jobs/{resort}/applications")))
        .header("authorization", app.bearer(EMPLOYER, "viewer"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let resort_id: Uuid = resort_application["items"][0]["id"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    let response = patch(
        &app,
        resort_id,
        json!({"status": "screening", "note": "SECRET-NOTE"}),
        "*",
        EMPLOYER,
    )
    .await;
    assert_eq!(response.status(), 200);

    let mine = |bearer: String, query: &'static str| {
        let app = &app;
        async move {
            app.client
                .get(app.url(&format!("/v1/me/applications{query}")))
                .header("authorization", bearer)
                .send()
                .await
                .unwrap()
        }
    };
    let response = mine(shifa.clone(), "").await;
    assert_eq!(response.status(), 200);
    let text = response.text().await.unwrap();
    assert!(!text.contains("SECRET-NOTE"));
    let body: Value = serde_json::from_str(&text).unwrap();
    let items = body["items"].as_array().unwrap();
    assert_eq!(items.len(), 2);
    assert_eq!(items[0]["job_title"], "Concierge");
    assert_eq!(items[0]["employer_name"], "City Hotel");
    assert_eq!(items[0]["status"], "new");
    assert_eq!(items[1]["job_title"], "Dive Master");
    assert_eq!(items[1]["employer_name"], "Coral Resort");
    assert_eq!(items[1]["status"], "screening");
    for item in items {
        let mut keys: Vec<&str> = item
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        keys.sort_unstable();
        assert_eq!(
            keys,
            [
                "created_at",
                "employer_name",
                "id",
                "job_id",
                "job_title",
                "status"
            ]
        );
    }
    // Pages.
    let page: Value = mine(shifa.clone(), "?limit=1").await.json().await.unwrap();
    assert_eq!(page["items"].as_array().unwrap().len(), 1);
    let cursor = page["next_cursor"].as_str().unwrap();
    let response = app
        .client
        .get(app.url(&format!("/v1/me/applications?limit=1&cursor={cursor}")))
        .header("authorization", &shifa)
        .send()
        .await
        .unwrap();
    let next: Value = response.json().await.unwrap();
    assert_eq!(next["items"][0]["job_title"], "Dive Master");
    // Another applicant cannot replay it, and sees nothing of Shifa's.
    let response = app
        .client
        .get(app.url(&format!("/v1/me/applications?cursor={cursor}")))
        .header("authorization", &other)
        .send()
        .await
        .unwrap();
    assert_problem(response, 400).await;
    let body: Value = mine(other, "").await.json().await.unwrap();
    assert_eq!(body["items"], json!([]));
    // Employer roles have no "me" applications.
    let response = mine(app.bearer(EMPLOYER, "employer_admin"), "").await;
    assert_problem(response, 403).await;
}
