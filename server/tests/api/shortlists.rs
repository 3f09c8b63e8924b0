//! Shortlists: order, add-or-update, atomic replacement under If-Match, removal, isolation
//! between employers, and concurrent edits that never lose an entry silently.

use std::sync::Arc;

use serde_json::{Value, json};
use uuid::Uuid;

use crate::support::{
    TestApp, assert_problem, complete_job, count, create_applicant, create_job, outbox,
};

const EMPLOYER: Uuid = Uuid::from_u128(0x0d88_0000_0000_4000_8000_0000_0000_0001);
const OTHER: Uuid = Uuid::from_u128(0x0d88_0000_0000_4000_8000_0000_0000_0002);

async fn applicant(app: &TestApp, employer: Uuid, n: usize) -> Uuid {
    create_applicant(
        app,
        employer,
        &json!({"name": format!("Person {n}"), "email": format!("p{n}-{employer}@x.mv")}),
    )
    .await
    .0
}

async fn upsert(app: &TestApp, employer: Uuid, job: Uuid, body: Value) -> reqwest::Response {
    app.client
        .post(app.url(&format!("/v1/jobs/{job}/shortlist/entries")))
        .header("authorization", app.bearer(employer, "recruiter"))
        .json(&body)
        .send()
        .await
        .unwrap()
}

async fn read(app: &TestApp, employer: Uuid, job: Uuid) -> reqwest::Response {
    app.client
        .get(app.url(&format!("/v1/jobs/{job}/shortlist")))
        .header("authorization", app.bearer(employer, "viewer"))
        .send()
        .await
        .unwrap()
}

async fn replace(
    app: &TestApp,
    employer: Uuid,
    job: Uuid,
    if_match: &str,
    entries: Value,
) -> reqwest::Response {
    app.client
        .put(app.url(&format!("/v1/jobs/{job}/shortlist")))
        .header("authorization", app.bearer(employer, "recruiter"))
        .header("if-match", if_match)
        .json(&json!({ "entries": entries }))
        .send()
        .await
        .unwrap()
}

fn order(list: &Value) -> Vec<String> {
    list["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["applicant_id"].as_str().unwrap().to_string())
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn entries_are_ordered_by_rank_then_score_and_upserts_say_which_they_did() {
    let app = TestApp::spawn().await;
    let (job, _, _) = create_job(&app, EMPLOYER, &complete_job("Chef")).await;
    let response = read(&app, EMPLOYER, job).await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["etag"], "\"0\"");
    let empty: Value = response.json().await.unwrap();
    assert_eq!(empty["entries"], json!([]));
    assert_eq!(empty["updated_at"], Value::Null);

    let a = applicant(&app, EMPLOYER, 1).await;
    let b = applicant(&app, EMPLOYER, 2).await;
    let c = applicant(&app, EMPLOYER, 3).await;
    let d = applicant(&app, EMPLOYER, 4).await;
    let response = upsert(&app, EMPLOYER, job, json!({"applicant_id": a, "score": 50})).await;
    assert_eq!(response.status(), 201);
    let entry: Value = response.json().await.unwrap();
    assert_eq!(entry["applicant"]["name"], "Person 1");
    assert_eq!(entry["added_by"], "recruiter-user");
    assert_eq!(entry["rank"], Value::Null);
    upsert(&app, EMPLOYER, job, json!({"applicant_id": b, "score": 90})).await;
    upsert(
        &app,
        EMPLOYER,
        job,
        json!({"applicant_id": c, "rank": 2, "score": 10}),
    )
    .await;
    upsert(&app, EMPLOYER, job, json!({"applicant_id": d, "rank": 1})).await;
    // Ranked first (1, 2), then unranked by score, highest first.
    let list: Value = read(&app, EMPLOYER, job).await.json().await.unwrap();
    assert_eq!(order(&list), [d, c, b, a].map(|u| u.to_string()));

    // Updating an entry: 200, members not sent keep their value.
    let response = upsert(
        &app,
        EMPLOYER,
        job,
        json!({"applicant_id": a, "rank": 3, "notes": "Calm under pressure"}),
    )
    .await;
    assert_eq!(response.status(), 200);
    let entry: Value = response.json().await.unwrap();
    assert_eq!(entry["rank"], 3);
    assert_eq!(entry["score"], 50);
    assert_eq!(entry["notes"], "Calm under pressure");
    let response = read(&app, EMPLOYER, job).await;
    assert_eq!(
        response.headers()["etag"],
        "\"5\"",
        "every change bumps the version"
    );
    let list: Value = response.json().await.unwrap();
    assert_eq!(order(&list), [d, c, a, b].map(|u| u.to_string()));
    assert!(list["updated_at"].is_string());

    let kinds: Vec<String> = outbox(&app, job)
        .await
        .into_iter()
        .map(|(k, _)| k)
        .filter(|k| k.starts_with("shortlist."))
        .collect();
    assert_eq!(
        kinds,
        [
            "shortlist.entry.added",
            "shortlist.entry.added",
            "shortlist.entry.added",
            "shortlist.entry.added",
            "shortlist.entry.updated"
        ]
    );

    // Removal: 204, then 404.
    let path = format!("/v1/jobs/{job}/shortlist/entries/{a}");
    for expected in [204, 404] {
        let response = app
            .client
            .delete(app.url(&path))
            .header("authorization", app.bearer(EMPLOYER, "recruiter"))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), expected);
    }
    let list: Value = read(&app, EMPLOYER, job).await.json().await.unwrap();
    assert_eq!(order(&list), [d, c, b].map(|u| u.to_string()));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_replacement_is_atomic_and_based_on_the_version_it_read() {
    let app = TestApp::spawn().await;
    let (job, _, _) = create_job(&app, EMPLOYER, &complete_job("Chef")).await;
    let a = applicant(&app, EMPLOYER, 1).await;
    let b = applicant(&app, EMPLOYER, 2).await;
    let c = applicant(&app, EMPLOYER, 3).await;
    let foreign = applicant(&app, OTHER, 9).await;
    upsert(
        &app,
        EMPLOYER,
        job,
        json!({"applicant_id": a, "notes": "kept?"}),
    )
    .await;
    let etag = read(&app, EMPLOYER, job).await.headers()["etag"]
        .to_str()
        .unwrap()
        .to_string();

    // Unknown, foreign or repeated applicants: 422, and nothing changes.
    for entries in [
        json!([{"applicant_id": b}, {"applicant_id": Uuid::new_v4()}]),
        json!([{"applicant_id": b}, {"applicant_id": foreign}]),
        json!([{"applicant_id": b}, {"applicant_id": b}]),
    ] {
        let response = replace(&app, EMPLOYER, job, &etag, entries).await;
        let problem = assert_problem(response, 422).await;
        assert_eq!(problem["errors"][0]["pointer"], "/entries");
    }
    let list: Value = read(&app, EMPLOYER, job).await.json().await.unwrap();
    assert_eq!(order(&list), [a.to_string()]);

    let response = replace(
        &app,
        EMPLOYER,
        job,
        &etag,
        json!([{"applicant_id": c, "rank": 1, "score": 70}, {"applicant_id": b, "rank": 2}]),
    )
    .await;
    assert_eq!(response.status(), 200);
    let new_etag = response.headers()["etag"].to_str().unwrap().to_string();
    let list: Value = response.json().await.unwrap();
    assert_eq!(order(&list), [c.to_string(), b.to_string()]);
    assert_eq!(list["entries"][0]["score"], 70);

    // The tag it was based on is stale now: another replacement on it is refused.
    let response = replace(&app, EMPLOYER, job, &etag, json!([])).await;
    assert_problem(response, 412).await;
    let response = replace(&app, EMPLOYER, job, &new_etag, json!([])).await;
    assert_eq!(response.status(), 200);
    let list: Value = response.json().await.unwrap();
    assert_eq!(list["entries"], json!([]));
}

#[tokio::test(flavor = "multi_thread")]
async fn only_the_employers_own_applicants_and_jobs_can_be_shortlisted() {
    let app = TestApp::spawn().await;
    let (job_a, _, _) = create_job(&app, EMPLOYER, &complete_job("A's job")).await;
    let (job_b, _, _) = create_job(&app, OTHER, &complete_job("B's job")).await;
    let applicant_a = applicant(&app, EMPLOYER, 1).await;
    let applicant_b = applicant(&app, OTHER, 2).await;

    // A's applicant on B's shortlist, by B: 404 (A's applicant does not exist for B).
    let response = upsert(&app, OTHER, job_b, json!({"applicant_id": applicant_a})).await;
    assert_problem(response, 404).await;
    let response = replace(
        &app,
        OTHER,
        job_b,
        "*",
        json!([{"applicant_id": applicant_a}]),
    )
    .await;
    assert_problem(response, 422).await;
    // B's applicant on A's shortlist, by A: same.
    let response = upsert(&app, EMPLOYER, job_a, json!({"applicant_id": applicant_b})).await;
    assert_problem(response, 404).await;
    // B cannot reach A's shortlist at all.
    let response = upsert(&app, OTHER, job_a, json!({"applicant_id": applicant_b})).await;
    assert_problem(response, 404).await;
    assert_problem(read(&app, OTHER, job_a).await, 404).await;
    let response = replace(&app, OTHER, job_a, "*", json!([])).await;
    assert_problem(response, 404).await;
    let response = app
        .client
        .delete(app.url(&format!("/v1/jobs/{job_a}/shortlist/entries/{applicant_a}")))
        .header("authorization", app.bearer(OTHER, "recruiter"))
        .send()
        .await
        .unwrap();
    assert_problem(response, 404).await;
    // An unknown applicant: 404.
    let response = upsert(
        &app,
        EMPLOYER,
        job_a,
        json!({"applicant_id": Uuid::new_v4()}),
    )
    .await;
    assert_problem(response, 404).await;
    assert_eq!(
        count(&app, "SELECT count(*) AS n FROM shortlist_entries").await,
        0
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn concurrent_edits_never_lose_an_entry_silently() {
    let app = Arc::new(TestApp::spawn().await);
    let (job, _, _) = create_job(&app, EMPLOYER, &complete_job("Chef")).await;
    let mut applicants = Vec::new();
    for n in 0..20 {
        applicants.push(applicant(&app, EMPLOYER, n).await);
    }
    // Twenty recruiters add twenty people at once: twenty entries.
    let tasks: Vec<_> = applicants
        .iter()
        .map(|&id| {
            let app = app.clone();
            tokio::spawn(async move {
                upsert(
                    &app,
                    EMPLOYER,
                    job,
                    json!({"applicant_id": id, "score": 50}),
                )
                .await
                .status()
                .as_u16()
            })
        })
        .collect();
    for task in tasks {
        assert_eq!(task.await.unwrap(), 201);
    }
    let response = read(&app, EMPLOYER, job).await;
    let etag = response.headers()["etag"].to_str().unwrap().to_string();
    assert_eq!(etag, "\"20\"");
    let list: Value = response.json().await.unwrap();
    assert_eq!(list["entries"].as_array().unwrap().len(), 20);

    // Ten replacements based on the same read: exactly one wins, the others are told (412).
    let tasks: Vec<_> = (0..10)
        .map(|i| {
            let app = app.clone();
            let etag = etag.clone();
            let keep = applicants[i];
            tokio::spawn(async move {
                replace(&app, EMPLOYER, job, &etag, json!([{"applicant_id": keep}]))
                    .await
                    .status()
                    .as_u16()
            })
        })
        .collect();
    let mut statuses = Vec::new();
    for task in tasks {
        statuses.push(task.await.unwrap());
    }
    statuses.sort_unstable();
    assert_eq!(statuses, [200, 412, 412, 412, 412, 412, 412, 412, 412, 412]);
    let list: Value = read(&app, EMPLOYER, job).await.json().await.unwrap();
    assert_eq!(list["entries"].as_array().unwrap().len(), 1);
}
