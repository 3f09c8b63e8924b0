//! Incremental sync for partners: applications across jobs (`GET /v1/applications`) and
//! `updated_after` on the jobs, applicants and applications lists, oldest change first in a
//! stable `(updated_at, id)` order.

use reqwest::Method;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::support::{
    TestApp, apply_ok, assert_problem, complete_job, create_applicant, create_job, item_ids,
    patch_current, published_job, submission,
};

const EMPLOYER: Uuid = Uuid::from_u128(0x0e78_0000_0000_4000_8000_0000_0000_0001);
const OTHER: Uuid = Uuid::from_u128(0x0e78_0000_0000_4000_8000_0000_0000_0002);

async fn list(app: &TestApp, employer: Uuid, path: &str) -> Value {
    let response = app
        .call(Method::GET, path)
        .role(employer, "viewer")
        .send()
        .await;
    assert_eq!(response.status(), 200, "{:?}", response.text().await);
    response.json().await.unwrap()
}

/// Every item of a list, one item per page (so each step crosses a page boundary).
async fn walk(app: &TestApp, employer: Uuid, path: &str) -> Vec<Value> {
    let mut items = Vec::new();
    let mut cursor: Option<String> = None;
    let sep = if path.contains('?') { '&' } else { '?' };
    loop {
        let page = match &cursor {
            Some(c) => list(app, employer, &format!("{path}{sep}limit=1&cursor={c}")).await,
            None => list(app, employer, &format!("{path}{sep}limit=1")).await,
        };
        items.extend(page["items"].as_array().unwrap().iter().cloned());
        match page["next_cursor"].as_str() {
            Some(c) => cursor = Some(c.to_string()),
            None => return items,
        }
    }
}

fn ids(items: &[Value]) -> Vec<Uuid> {
    items
        .iter()
        .map(|item| item["id"].as_str().unwrap().parse().unwrap())
        .collect()
}

fn encoded(time: &Value) -> String {
    time.as_str()
        .unwrap()
        .replace(':', "%3A")
        .replace('+', "%2B")
}

#[tokio::test(flavor = "multi_thread")]
async fn applications_across_jobs_filter_by_job_status_and_change() {
    let app = TestApp::spawn().await;
    let chef = published_job(&app, EMPLOYER, "Chef").await;
    let guide = published_job(&app, EMPLOYER, "Guide").await;
    let a = apply_ok(&app, chef, &submission("Aminath", "aminath@x.mv")).await;
    let b = apply_ok(&app, guide, &submission("Ibrahim", "ibrahim@x.mv")).await;
    let c = apply_ok(&app, guide, &submission("Fathmath", "fathmath@x.mv")).await;
    let theirs = published_job(&app, OTHER, "Not yours").await;
    apply_ok(&app, theirs, &submission("Someone", "someone@x.mv")).await;

    // Newest first, across jobs, the employer's own only.
    let all = list(&app, EMPLOYER, "/v1/applications").await;
    assert_eq!(item_ids(&all), vec![c, b, a]);
    assert_eq!(
        item_ids(&list(&app, EMPLOYER, &format!("/v1/applications?job_id={guide}")).await),
        vec![c, b]
    );
    assert_eq!(
        ids(&walk(&app, EMPLOYER, "/v1/applications").await),
        vec![c, b, a]
    );

    // A change moves one; `updated_after` lists the changed ones, oldest change first.
    let since = all["items"][0]["updated_at"].clone();
    let recruiter = app.bearer(EMPLOYER, "recruiter");
    patch_current(
        &app,
        &recruiter,
        &format!("/v1/applications/{a}"),
        json!({"status": "screening"}),
    )
    .await;
    patch_current(
        &app,
        &recruiter,
        &format!("/v1/applications/{b}"),
        json!({"note": "Called back"}),
    )
    .await;
    let changed = walk(
        &app,
        EMPLOYER,
        &format!("/v1/applications?updated_after={}", encoded(&since)),
    )
    .await;
    assert_eq!(ids(&changed), vec![a, b]);
    assert!(changed[0]["updated_at"].as_str() <= changed[1]["updated_at"].as_str());
    assert_eq!(
        item_ids(
            &list(
                &app,
                EMPLOYER,
                &format!(
                    "/v1/applications?status=screening&updated_after={}",
                    encoded(&since)
                )
            )
            .await
        ),
        vec![a]
    );
    // Each item carries its ETag: edit straight from the list.
    let tag = changed[0]["etag"].as_str().unwrap();
    let response = app
        .call(Method::PATCH, &format!("/v1/applications/{a}"))
        .role(EMPLOYER, "recruiter")
        .if_match(Some(tag))
        .json(&json!({"status": "interview"}))
        .send()
        .await;
    assert_eq!(response.status(), 200, "{:?}", response.text().await);

    // A cursor is bound to its filters.
    let page = list(&app, EMPLOYER, "/v1/applications?limit=1").await;
    let cursor = page["next_cursor"].as_str().unwrap();
    let response = app
        .call(
            Method::GET,
            &format!("/v1/applications?status=new&cursor={cursor}"),
        )
        .role(EMPLOYER, "viewer")
        .send()
        .await;
    assert_problem(response, 400).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn jobs_and_applicants_list_by_change_after_a_time() {
    let app = TestApp::spawn().await;
    let (first, _, _) = create_job(&app, EMPLOYER, &complete_job("First")).await;
    let (second, _, second_body) = create_job(&app, EMPLOYER, &complete_job("Second")).await;
    let (third, _, _) = create_job(&app, EMPLOYER, &complete_job("Third")).await;
    let since = second_body["updated_at"].clone();
    let recruiter = app.bearer(EMPLOYER, "recruiter");
    patch_current(
        &app,
        &recruiter,
        &format!("/v1/jobs/{first}"),
        json!({"title": "First, renamed"}),
    )
    .await;
    let changed = walk(
        &app,
        EMPLOYER,
        &format!("/v1/jobs?updated_after={}", encoded(&since)),
    )
    .await;
    assert_eq!(ids(&changed), vec![third, first]);
    assert!(!item_ids(&list(&app, EMPLOYER, "/v1/jobs").await).is_empty());
    let _ = second;

    // A text query orders by relevance: it does not combine with a change order.
    let response = app
        .call(
            Method::GET,
            &format!("/v1/jobs?q=first&updated_after={}", encoded(&since)),
        )
        .role(EMPLOYER, "viewer")
        .send()
        .await;
    let problem = assert_problem(response, 400).await;
    assert_eq!(problem["errors"][0]["pointer"], "#/query/updated_after");
    assert!(
        problem["detail"].as_str().unwrap().contains("`q`"),
        "{problem}"
    );

    let (p, _, p_body) = create_applicant(
        &app,
        EMPLOYER,
        &json!({"name": "Hawwa", "email": "hawwa@x.mv"}),
    )
    .await;
    let (q, _, _) = create_applicant(
        &app,
        EMPLOYER,
        &json!({"name": "Moosa", "email": "moosa@x.mv"}),
    )
    .await;
    patch_current(
        &app,
        &recruiter,
        &format!("/v1/applicants/{p}"),
        json!({"skills": ["diving"]}),
    )
    .await;
    let changed = walk(
        &app,
        EMPLOYER,
        &format!(
            "/v1/applicants?updated_after={}",
            encoded(&p_body["updated_at"])
        ),
    )
    .await;
    assert_eq!(ids(&changed), vec![q, p]);
    // Other filters still apply.
    let changed = list(
        &app,
        EMPLOYER,
        &format!(
            "/v1/applicants?skill=diving&updated_after={}",
            encoded(&p_body["updated_at"])
        ),
    )
    .await;
    assert_eq!(item_ids(&changed), vec![p]);
    // Not a time: 400 naming the parameter.
    let response = app
        .call(Method::GET, "/v1/applicants?updated_after=yesterday")
        .role(EMPLOYER, "viewer")
        .send()
        .await;
    let problem = assert_problem(response, 400).await;
    assert_eq!(problem["errors"][0]["pointer"], "#/query/updated_after");
}
