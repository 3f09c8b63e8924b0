//! Tenants never see, change or learn about each other's data: through the API (404, never
//! 403), and in the database itself (row-level security for the application role).

use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl, SimpleAsyncConnection};
use serde_json::json;
use uuid::Uuid;

use crate::support::{TestApp, assert_problem, complete_job, create_job};

const A: Uuid = Uuid::from_u128(0x0c33_0000_0000_4000_8000_0000_0000_000a);
const B: Uuid = Uuid::from_u128(0x0c33_0000_0000_4000_8000_0000_0000_000b);

#[tokio::test(flavor = "multi_thread")]
async fn another_employers_job_is_not_found_through_every_operation() {
    let app = TestApp::spawn().await;
    let (job, etag, _) = create_job(&app, A, &complete_job("A's job")).await;
    let b_admin = app.bearer(B, "employer_admin");
    let path = format!("/v1/jobs/{job}");
    let requests = [
        app.client.get(app.url(&path)),
        app.client
            .patch(app.url(&path))
            .header("if-match", &etag)
            .json(&json!({"title": "hijacked"})),
        app.client
            .patch(app.url(&path))
            .header("if-match", "*")
            .json(&json!({"title": "hijacked"})),
        app.client.delete(app.url(&path)),
        app.client.post(app.url(&format!("{path}:publish"))),
        app.client.post(app.url(&format!("{path}:close"))),
    ];
    for request in requests {
        let response = request
            .header("authorization", &b_admin)
            .send()
            .await
            .unwrap();
        let body = assert_problem(response, 404).await;
        // The problem says nothing about the job, and reads as for an id that never existed.
        assert!(!body.to_string().contains("A's job"));
        let unknown = app
            .client
            .get(app.url(&format!("/v1/jobs/{}", uuid::Uuid::new_v4())))
            .header("authorization", &b_admin)
            .send()
            .await
            .unwrap();
        let unknown = assert_problem(unknown, 404).await;
        assert_eq!(body["detail"], unknown["detail"]);
        assert!(body["detail"].as_str().unwrap().contains("check the ids"));
    }
    let list: serde_json::Value = app
        .client
        .get(app.url("/v1/jobs"))
        .header("authorization", &b_admin)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(list["items"], json!([]));

    // A's job is untouched.
    let own: serde_json::Value = app
        .client
        .get(app.url(&path))
        .header("authorization", app.bearer(A, "viewer"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(own["title"], "A's job");
    assert_eq!(own["status"], "draft");
}

#[tokio::test(flavor = "multi_thread")]
async fn the_employer_is_created_on_first_use_and_is_the_tokens() {
    let app = TestApp::spawn().await;
    let response = app
        .client
        .get(app.url("/v1/employer"))
        .header("authorization", app.bearer(A, "viewer"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let etag = response.headers()["etag"].to_str().unwrap().to_string();
    let employer: serde_json::Value = response.json().await.unwrap();
    assert_eq!(employer["id"], A.to_string());

    // Viewers read, admins change.
    let change = json!({"name": "Island Resorts", "brand_color": "#0a7cff", "settings": {"timezone": "Indian/Maldives"}});
    let response = app
        .client
        .patch(app.url("/v1/employer"))
        .header("authorization", app.bearer(A, "recruiter"))
        .header("if-match", &etag)
        .json(&change)
        .send()
        .await
        .unwrap();
    assert_problem(response, 403).await;
    let response = app
        .client
        .patch(app.url("/v1/employer"))
        .header("authorization", app.bearer(A, "employer_admin"))
        .header("if-match", &etag)
        .json(&change)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let updated: serde_json::Value = response.json().await.unwrap();
    assert_eq!(updated["name"], "Island Resorts");
    assert_eq!(updated["settings"]["timezone"], "Indian/Maldives");
    // The stale tag no longer works.
    let response = app
        .client
        .patch(app.url("/v1/employer"))
        .header("authorization", app.bearer(A, "employer_admin"))
        .header("if-match", &etag)
        .json(&json!({"name": "Lost update"}))
        .send()
        .await
        .unwrap();
    assert_problem(response, 412).await;

    // B sees its own (new) employer, not A's.
    let other: serde_json::Value = app
        .client
        .get(app.url("/v1/employer"))
        .header("authorization", app.bearer(B, "viewer"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(other["id"], B.to_string());
    assert_ne!(other["name"], "Island Resorts");
}

#[derive(diesel::QueryableByName, Debug)]
struct RoleFacts {
    #[diesel(sql_type = diesel::sql_types::Bool)]
    rolsuper: bool,
    #[diesel(sql_type = diesel::sql_types::Bool)]
    rolbypassrls: bool,
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    owned_tables: i64,
}

#[derive(diesel::QueryableByName, Debug)]
struct Count {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    n: i64,
}

#[tokio::test(flavor = "multi_thread")]
async fn the_application_role_is_subject_to_row_level_security() {
    let app = TestApp::spawn().await;
    create_job(&app, A, &complete_job("A1")).await;
    create_job(&app, A, &complete_job("A2")).await;
    create_job(&app, B, &complete_job("B1")).await;
    let mut conn = AsyncPgConnection::establish(&app.db.url).await.unwrap();

    let facts: RoleFacts = diesel::sql_query(
        "SELECT r.rolsuper, r.rolbypassrls, \
           (SELECT count(*) FROM pg_tables t WHERE t.tableowner = r.rolname) AS owned_tables \
         FROM pg_roles r WHERE r.rolname = 'jobs_app'",
    )
    .get_result(&mut conn)
    .await
    .unwrap();
    assert!(
        !facts.rolsuper && !facts.rolbypassrls && facts.owned_tables == 0,
        "{facts:?}"
    );

    #[derive(diesel::QueryableByName)]
    struct Forced {
        #[diesel(sql_type = diesel::sql_types::Text)]
        relname: String,
        #[diesel(sql_type = diesel::sql_types::Bool)]
        relforcerowsecurity: bool,
        #[diesel(sql_type = diesel::sql_types::Bool)]
        relrowsecurity: bool,
    }
    let tables: Vec<Forced> = diesel::sql_query(
        "SELECT relname::text, relforcerowsecurity, relrowsecurity FROM pg_class \
         WHERE relname IN ('employers', 'jobs', 'outbox_events')",
    )
    .load(&mut conn)
    .await
    .unwrap();
    assert_eq!(tables.len(), 3);
    for t in tables {
        assert!(
            t.relrowsecurity && t.relforcerowsecurity,
            "{} lacks forced RLS",
            t.relname
        );
    }

    // No tenant set: nothing.
    conn.batch_execute("BEGIN; SET LOCAL ROLE jobs_app")
        .await
        .unwrap();
    let n: Count = diesel::sql_query("SELECT count(*) AS n FROM jobs")
        .get_result(&mut conn)
        .await
        .unwrap();
    assert_eq!(n.n, 0);
    let n: Count = diesel::sql_query("SELECT count(*) AS n FROM employers")
        .get_result(&mut conn)
        .await
        .unwrap();
    assert_eq!(n.n, 0);
    conn.batch_execute("ROLLBACK").await.unwrap();

    // Tenant A: only A's rows, even without a WHERE clause.
    conn.batch_execute(&format!(
        "BEGIN; SET LOCAL ROLE jobs_app; SELECT set_config('app.employer_id', '{A}', true)"
    ))
    .await
    .unwrap();
    let n: Count = diesel::sql_query("SELECT count(*) AS n FROM jobs")
        .get_result(&mut conn)
        .await
        .unwrap();
    assert_eq!(n.n, 2);
    // Writing a row for B is refused by WITH CHECK; updating B's rows touches nothing.
    let insert = diesel::sql_query(format!(
        "INSERT INTO jobs (id, employer_id, title, created_by) VALUES ('{}', '{B}', 'smuggled', 'x')",
        Uuid::new_v4()
    ))
    .execute(&mut conn)
    .await;
    assert!(insert.is_err(), "RLS must refuse a row of another tenant");
    conn.batch_execute("ROLLBACK").await.unwrap();
    conn.batch_execute(&format!(
        "BEGIN; SET LOCAL ROLE jobs_app; SELECT set_config('app.employer_id', '{A}', true)"
    ))
    .await
    .unwrap();
    let updated = diesel::sql_query(format!(
        "UPDATE jobs SET title = 'x' WHERE employer_id = '{B}'"
    ))
    .execute(&mut conn)
    .await
    .unwrap();
    assert_eq!(updated, 0);
    // The outbox is append-only for the application.
    let rewrite = diesel::sql_query("UPDATE outbox_events SET actor = 'forged'")
        .execute(&mut conn)
        .await;
    assert!(rewrite.is_err(), "the application must not rewrite events");
    conn.batch_execute("ROLLBACK").await.unwrap();
}
