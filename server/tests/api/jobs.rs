//! Jobs: lifecycle, the publish workflow, lost-update protection, events, pagination.

use serde_json::json;
use uuid::Uuid;

use crate::support::{TestApp, assert_problem, complete_job, create_job};

const EMPLOYER: Uuid = Uuid::from_u128(0x0b22_0000_0000_4000_8000_0000_0000_0001);

async fn send(
    app: &TestApp,
    method: reqwest::Method,
    path: &str,
    role: &str,
    body: Option<serde_json::Value>,
    if_match: Option<&str>,
) -> reqwest::Response {
    app.call(method, path)
        .role(EMPLOYER, role)
        .if_match(if_match)
        .maybe_json(body)
        .send()
        .await
}

async fn events(app: &TestApp, job: Uuid) -> Vec<String> {
    #[derive(diesel::QueryableByName)]
    struct Row {
        #[diesel(sql_type = diesel::sql_types::Text)]
        event_type: String,
    }
    use diesel_async::{AsyncConnection, RunQueryDsl};
    // As the (privileged) owner: the test reads the outbox the way a relay would.
    let mut conn = diesel_async::AsyncPgConnection::establish(&app.db.url)
        .await
        .unwrap();
    diesel::sql_query(
        "SELECT event_type FROM outbox_events WHERE entity_id = $1 ORDER BY occurred_at, id",
    )
    .bind::<diesel::sql_types::Uuid, _>(job)
    .load::<Row>(&mut conn)
    .await
    .unwrap()
    .into_iter()
    .map(|r| r.event_type)
    .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_job_goes_from_draft_to_published_to_closed() {
    let app = TestApp::spawn().await;
    let response = app
        .client
        .post(app.url("/v1/jobs"))
        .header("authorization", app.bearer(EMPLOYER, "recruiter"))
        .header("idempotency-key", "create-1")
        .json(&json!({"title": "Backend Engineer"}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201);
    let location = response.headers()["location"].to_str().unwrap().to_string();
    let etag = response.headers()["etag"].to_str().unwrap().to_string();
    let created: serde_json::Value = response.json().await.unwrap();
    let id: Uuid = created["id"].as_str().unwrap().parse().unwrap();
    assert_eq!(location, format!("/v1/jobs/{id}"));
    assert_eq!(created["status"], "draft");
    assert_eq!(created["employer_id"], EMPLOYER.to_string());
    assert_eq!(created["department"], serde_json::Value::Null);

    // An incomplete draft cannot be published; the problem lists what is missing.
    let response = send(
        &app,
        reqwest::Method::POST,
        &format!("/v1/jobs/{id}:publish"),
        "recruiter",
        None,
        None,
    )
    .await;
    let problem = assert_problem(response, 409).await;
    let missing: Vec<&str> = problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["pointer"].as_str().unwrap())
        .collect();
    assert_eq!(
        missing,
        [
            "/description",
            "/department",
            "/location",
            "/employment_type"
        ]
    );

    // Complete it (If-Match with the creation ETag).
    let mut patch = complete_job("Backend Engineer");
    patch.as_object_mut().unwrap().remove("title");
    let response = send(
        &app,
        reqwest::Method::PATCH,
        &location,
        "recruiter",
        Some(patch),
        Some(&etag),
    )
    .await;
    assert_eq!(response.status(), 200);
    let new_etag = response.headers()["etag"].to_str().unwrap().to_string();
    assert_ne!(new_etag, etag);
    let updated: serde_json::Value = response.json().await.unwrap();
    assert_eq!(updated["department"], "Engineering");
    assert_eq!(updated["salary"]["currency"], "MVR");

    let response = send(
        &app,
        reqwest::Method::POST,
        &format!("/v1/jobs/{id}:publish"),
        "recruiter",
        None,
        None,
    )
    .await;
    assert_eq!(response.status(), 200);
    let published: serde_json::Value = response.json().await.unwrap();
    assert_eq!(published["status"], "published");
    assert!(published["published_at"].is_string());

    // Publishing twice names the current status.
    let response = send(
        &app,
        reqwest::Method::POST,
        &format!("/v1/jobs/{id}:publish"),
        "recruiter",
        None,
        None,
    )
    .await;
    let problem = assert_problem(response, 409).await;
    assert_eq!(problem["current_status"], "published");

    // A published job cannot be deleted; it must be closed first.
    let response = send(
        &app,
        reqwest::Method::DELETE,
        &location,
        "employer_admin",
        None,
        None,
    )
    .await;
    assert_eq!(
        assert_problem(response, 409).await["current_status"],
        "published"
    );

    let response = send(
        &app,
        reqwest::Method::POST,
        &format!("/v1/jobs/{id}:close"),
        "recruiter",
        None,
        None,
    )
    .await;
    assert_eq!(response.status(), 200);
    let closed: serde_json::Value = response.json().await.unwrap();
    assert_eq!(closed["status"], "closed");
    assert!(closed["closed_at"].is_string());
    let response = send(
        &app,
        reqwest::Method::POST,
        &format!("/v1/jobs/{id}:close"),
        "recruiter",
        None,
        None,
    )
    .await;
    assert_eq!(
        assert_problem(response, 409).await["current_status"],
        "closed"
    );
    let response = send(
        &app,
        reqwest::Method::POST,
        &format!("/v1/jobs/{id}:publish"),
        "recruiter",
        None,
        None,
    )
    .await;
    assert_eq!(
        assert_problem(response, 409).await["current_status"],
        "closed"
    );

    // A closed job is history: no edits.
    let get = send(&app, reqwest::Method::GET, &location, "viewer", None, None).await;
    let tag = get.headers()["etag"].to_str().unwrap().to_string();
    let response = send(
        &app,
        reqwest::Method::PATCH,
        &location,
        "recruiter",
        Some(json!({"title": "X"})),
        Some(&tag),
    )
    .await;
    assert_eq!(
        assert_problem(response, 409).await["current_status"],
        "closed"
    );

    // Deleting the closed job works and leaves nothing to read.
    let response = send(
        &app,
        reqwest::Method::DELETE,
        &location,
        "employer_admin",
        None,
        None,
    )
    .await;
    assert_eq!(response.status(), 204);
    assert_problem(
        send(&app, reqwest::Method::GET, &location, "viewer", None, None).await,
        404,
    )
    .await;

    assert_eq!(
        events(&app, id).await,
        [
            "job.created",
            "job.updated",
            "job.published",
            "job.closed",
            "job.deleted"
        ]
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_stale_etag_is_412_and_changes_nothing() {
    let app = TestApp::spawn().await;
    let (id, etag, _) = create_job(&app, EMPLOYER, &json!({"title": "First"})).await;
    let path = format!("/v1/jobs/{id}");
    let response = send(
        &app,
        reqwest::Method::PATCH,
        &path,
        "recruiter",
        Some(json!({"title": "Second"})),
        Some(&etag),
    )
    .await;
    assert_eq!(response.status(), 200);
    // The other recruiter still holds the first ETag.
    let response = send(
        &app,
        reqwest::Method::PATCH,
        &path,
        "recruiter",
        Some(json!({"title": "Lost"})),
        Some(&etag),
    )
    .await;
    assert_problem(response, 412).await;
    let current: serde_json::Value = send(&app, reqwest::Method::GET, &path, "viewer", None, None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(current["title"], "Second");
    // `*` means "whatever the current version is".
    let response = send(
        &app,
        reqwest::Method::PATCH,
        &path,
        "recruiter",
        Some(json!({"title": "Third"})),
        Some("*"),
    )
    .await;
    assert_eq!(response.status(), 200);
}

#[tokio::test(flavor = "multi_thread")]
async fn concurrent_edits_with_one_etag_let_exactly_one_win() {
    let app = TestApp::spawn().await;
    let (id, etag, _) = create_job(&app, EMPLOYER, &json!({"title": "Start"})).await;
    let path = format!("/v1/jobs/{id}");
    let tasks: Vec<_> = (0..8)
        .map(|i| {
            let request = app
                .client
                .patch(app.url(&path))
                .header("authorization", app.bearer(EMPLOYER, "recruiter"))
                .header("if-match", &etag)
                .json(&json!({"title": format!("Edit {i}")}));
            tokio::spawn(async move { request.send().await.unwrap().status().as_u16() })
        })
        .collect();
    let mut statuses = Vec::new();
    for task in tasks {
        statuses.push(task.await.unwrap());
    }
    statuses.sort_unstable();
    assert_eq!(statuses, [200, 412, 412, 412, 412, 412, 412, 412]);
}

#[tokio::test(flavor = "multi_thread")]
async fn two_concurrent_publishes_one_wins() {
    let app = TestApp::spawn().await;
    for _ in 0..3 {
        let (id, _, _) = create_job(&app, EMPLOYER, &complete_job("Racy")).await;
        let path = format!("/v1/jobs/{id}:publish");
        let a = app
            .client
            .post(app.url(&path))
            .header("authorization", app.bearer(EMPLOYER, "recruiter"))
            .send();
        let b = app
            .client
            .post(app.url(&path))
            .header("authorization", app.bearer(EMPLOYER, "employer_admin"))
            .send();
        let (a, b) = tokio::join!(a, b);
        let mut statuses = [a.unwrap().status().as_u16(), b.unwrap().status().as_u16()];
        statuses.sort_unstable();
        assert_eq!(statuses, [200, 409]);
        assert_eq!(events(&app, id).await, ["job.created", "job.published"]);
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn invalid_content_is_422_and_stores_nothing() {
    let app = TestApp::spawn().await;
    let response = app
        .client
        .post(app.url("/v1/jobs"))
        .header("authorization", app.bearer(EMPLOYER, "recruiter"))
        .header("idempotency-key", "bad-salary")
        .json(&json!({"title": "X", "salary": {"min": 10, "max": 5, "currency": "MVR", "period": "month"}}))
        .send()
        .await
        .unwrap();
    let problem = assert_problem(response, 422).await;
    assert_eq!(problem["errors"][0]["pointer"], "/salary/min");
    let list: serde_json::Value =
        send(&app, reqwest::Method::GET, "/v1/jobs", "viewer", None, None)
            .await
            .json()
            .await
            .unwrap();
    assert_eq!(list["items"].as_array().unwrap().len(), 0);
}

#[tokio::test(flavor = "multi_thread")]
async fn lists_page_with_cursors_and_filter_by_status() {
    let app = TestApp::spawn().await;
    let mut created = Vec::new();
    for i in 0..5 {
        created.push(
            create_job(&app, EMPLOYER, &complete_job(&format!("Job {i}")))
                .await
                .0,
        );
    }
    send(
        &app,
        reqwest::Method::POST,
        &format!("/v1/jobs/{}:publish", created[1]),
        "recruiter",
        None,
        None,
    )
    .await;

    // Newest first, two per page, no duplicates, no gaps.
    let mut seen = Vec::new();
    let mut path = "/v1/jobs?limit=2".to_string();
    loop {
        let page: serde_json::Value = send(&app, reqwest::Method::GET, &path, "viewer", None, None)
            .await
            .json()
            .await
            .unwrap();
        for item in page["items"].as_array().unwrap() {
            seen.push(item["id"].as_str().unwrap().parse::<Uuid>().unwrap());
        }
        match page["next_cursor"].as_str() {
            Some(cursor) => path = format!("/v1/jobs?limit=2&cursor={cursor}"),
            None => break,
        }
    }
    let mut expected = created.clone();
    expected.reverse();
    assert_eq!(seen, expected);

    let published: serde_json::Value = send(
        &app,
        reqwest::Method::GET,
        "/v1/jobs?status=published",
        "viewer",
        None,
        None,
    )
    .await
    .json()
    .await
    .unwrap();
    let ids: Vec<&str> = published["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|j| j["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, [created[1].to_string()]);

    // A cursor is bound to its filters, and cannot be forged.
    let page: serde_json::Value = send(
        &app,
        reqwest::Method::GET,
        "/v1/jobs?limit=1",
        "viewer",
        None,
        None,
    )
    .await
    .json()
    .await
    .unwrap();
    let cursor = page["next_cursor"].as_str().unwrap().to_string();
    let response = send(
        &app,
        reqwest::Method::GET,
        &format!("/v1/jobs?limit=1&status=draft&cursor={cursor}"),
        "viewer",
        None,
        None,
    )
    .await;
    assert_eq!(
        assert_problem(response, 400).await["type"],
        "urn:jobs-api:problem:invalid-cursor"
    );
    let mut forged = cursor.clone();
    forged.replace_range(0..1, if cursor.starts_with('A') { "B" } else { "A" });
    let response = send(
        &app,
        reqwest::Method::GET,
        &format!("/v1/jobs?cursor={forged}"),
        "viewer",
        None,
        None,
    )
    .await;
    assert_problem(response, 400).await;
}
