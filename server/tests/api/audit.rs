//! The audit trail: every job lifecycle change, who made it and in which request, filterable,
//! paginated, isolated per employer, and append-only for the application.

use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl, SimpleAsyncConnection};
use serde_json::{Value, json};
use uuid::Uuid;

use crate::support::{TestApp, assert_problem, complete_job};

const A: Uuid = Uuid::from_u128(0x1b88_0000_0000_4000_8000_0000_0000_000a);
const B: Uuid = Uuid::from_u128(0x1b88_0000_0000_4000_8000_0000_0000_000b);

async fn audit(app: &TestApp, employer: Uuid, query: &str) -> reqwest::Response {
    app.client
        .get(app.url(&format!("/v1/audit-events{query}")))
        .header("authorization", app.bearer(employer, "employer_admin"))
        .send()
        .await
        .unwrap()
}

async fn items(response: reqwest::Response) -> (Vec<Value>, Option<String>) {
    assert_eq!(response.status(), 200);
    let page: Value = response.json().await.unwrap();
    (
        page["items"].as_array().unwrap().clone(),
        page["next_cursor"].as_str().map(str::to_string),
    )
}

/// Runs a job through its whole life as `sub`, each request with its own request id.
async fn lifecycle(app: &TestApp, sub: &str) -> Uuid {
    let auth = format!("Bearer {}", app.token(Some(A), &["employer_admin"], sub));
    let created: Value = app
        .client
        .post(app.url("/v1/jobs"))
        .header("authorization", &auth)
        .header("idempotency-key", Uuid::new_v4().to_string())
        .header("x-request-id", "req-create")
        .json(&json!({"title": "Lifeguard"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let id: Uuid = created["id"].as_str().unwrap().parse().unwrap();
    let mut patch = complete_job("Senior Lifeguard");
    patch.as_object_mut().unwrap().remove("vacancies");
    let steps = [
        (
            reqwest::Method::PATCH,
            format!("/v1/jobs/{id}"),
            Some(patch),
            "req-update",
        ),
        (
            reqwest::Method::POST,
            format!("/v1/jobs/{id}:publish"),
            None,
            "req-publish",
        ),
        (
            reqwest::Method::POST,
            format!("/v1/jobs/{id}:close"),
            None,
            "req-close",
        ),
        (
            reqwest::Method::DELETE,
            format!("/v1/jobs/{id}"),
            None,
            "req-delete",
        ),
    ];
    for (method, path, body, request_id) in steps {
        let mut request = app
            .client
            .request(method, app.url(&path))
            .header("authorization", &auth)
            .header("if-match", "*")
            .header("x-request-id", request_id);
        if let Some(body) = body {
            request = request.json(&body);
        }
        assert!(request.send().await.unwrap().status().is_success());
    }
    id
}

#[tokio::test(flavor = "multi_thread")]
async fn every_lifecycle_change_is_recorded_with_who_and_which_request() {
    let app = TestApp::spawn().await;
    let id = lifecycle(&app, "auditor-1").await;
    let (events, next) = items(audit(&app, A, "").await).await;
    assert_eq!(next, None);
    let actions: Vec<&str> = events
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions,
        [
            "job.deleted",
            "job.closed",
            "job.published",
            "job.updated",
            "job.created"
        ]
    );
    let requests: Vec<&str> = events
        .iter()
        .map(|e| e["request_id"].as_str().unwrap())
        .collect();
    assert_eq!(
        requests,
        [
            "req-delete",
            "req-close",
            "req-publish",
            "req-update",
            "req-create"
        ]
    );
    for e in &events {
        assert_eq!(e["actor"], "auditor-1");
        assert_eq!(e["entity_type"], "job");
        assert_eq!(e["entity_id"], id.to_string());
        assert!(
            e.get("changes").is_none(),
            "values never appear in the trail"
        );
    }
    let update = &events[3];
    let changed: Vec<&str> = update["changed_fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f.as_str().unwrap())
        .collect();
    assert!(
        changed.contains(&"title") && changed.contains(&"department"),
        "{changed:?}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn filters_and_pages() {
    let app = TestApp::spawn().await;
    let first = lifecycle(&app, "a").await;
    let second = lifecycle(&app, "b").await;

    let (events, _) = items(audit(&app, A, &format!("?entity_id={first}")).await).await;
    assert_eq!(events.len(), 5);
    assert!(events.iter().all(|e| e["entity_id"] == first.to_string()));

    let (events, _) = items(audit(&app, A, "?action=job.published&entity_type=job").await).await;
    let ids: Vec<&str> = events
        .iter()
        .map(|e| e["entity_id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, [second.to_string(), first.to_string()]);

    let (none, _) = items(audit(&app, A, "?entity_type=application").await).await;
    assert!(none.is_empty());
    let (none, _) = items(audit(&app, A, "?since=2999-01-01T00:00:00Z").await).await;
    assert!(none.is_empty());
    let (all, _) = items(
        audit(
            &app,
            A,
            "?until=2999-01-01T00:00:00Z&since=2000-01-01T00:00:00Z",
        )
        .await,
    )
    .await;
    assert_eq!(all.len(), 10);

    // Pages of three, newest first, no duplicates or gaps.
    let mut seen = Vec::new();
    let mut query = "?limit=3".to_string();
    loop {
        let (page, next) = items(audit(&app, A, &query).await).await;
        seen.extend(page.iter().map(|e| e["id"].as_str().unwrap().to_string()));
        match next {
            Some(cursor) => query = format!("?limit=3&cursor={cursor}"),
            None => break,
        }
    }
    let expected: Vec<String> = all
        .iter()
        .map(|e| e["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(seen, expected);

    // A cursor belongs to its filters.
    let (_, next) = items(audit(&app, A, "?limit=1").await).await;
    let response = audit(
        &app,
        A,
        &format!("?limit=1&action=job.created&cursor={}", next.unwrap()),
    )
    .await;
    assert_problem(response, 400).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn each_employer_sees_only_its_own_trail() {
    let app = TestApp::spawn().await;
    lifecycle(&app, "a").await;
    let (events, _) = items(audit(&app, B, "").await).await;
    assert!(events.is_empty());
}

#[tokio::test(flavor = "multi_thread")]
async fn the_trail_is_append_only_for_the_application_role() {
    let app = TestApp::spawn().await;
    lifecycle(&app, "a").await;
    let mut conn = AsyncPgConnection::establish(&app.db.url).await.unwrap();
    for statement in [
        "DELETE FROM outbox_events",
        "UPDATE outbox_events SET actor = 'someone else'",
        "TRUNCATE outbox_events",
    ] {
        conn.batch_execute(&format!(
            "BEGIN; SET LOCAL ROLE jobs_app; SELECT set_config('app.employer_id', '{A}', true)"
        ))
        .await
        .unwrap();
        let result = diesel::sql_query(statement).execute(&mut conn).await;
        assert!(result.is_err(), "{statement} must be refused");
        conn.batch_execute("ROLLBACK").await.unwrap();
    }
    let (events, _) = items(audit(&app, A, "").await).await;
    assert_eq!(events.len(), 5);
}
