//! Taxonomy lists: one value per slug whatever the spelling, counting published jobs only.

use serde_json::{Value, json};
use uuid::Uuid;

use crate::support::{
    TestApp, assert_problem, complete_job, create_job, get_ok, job_action, publish_new_job,
};

const A: Uuid = Uuid::from_u128(0x7a40_0000_0000_4000_8000_0000_0000_000a);
const B: Uuid = Uuid::from_u128(0x7a40_0000_0000_4000_8000_0000_0000_000b);

fn job_in(department: &str, location: &str, languages: Value) -> Value {
    let mut body = complete_job("Role");
    body["department"] = json!(department);
    body["location"] = json!(location);
    body["languages"] = languages;
    body
}

/// `{slug: [label, count]}` of a taxonomy list's items.
fn terms(list: &Value) -> Vec<(String, String, u64)> {
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            (
                t["slug"].as_str().unwrap().to_string(),
                t["label"].as_str().unwrap().to_string(),
                t["job_count"].as_u64().unwrap(),
            )
        })
        .collect()
}

fn term(slug: &str, label: &str, count: u64) -> (String, String, u64) {
    (slug.to_string(), label.to_string(), count)
}

#[tokio::test(flavor = "multi_thread")]
async fn counts_follow_publishing_and_closing() {
    let app = TestApp::spawn().await;
    let departments = async || terms(&get_ok(&app, "/v1/taxonomy/departments", None).await);
    let (draft, _, _) = create_job(&app, A, &job_in("Engineering", "Malé", json!([]))).await;
    assert_eq!(departments().await, []);

    job_action(&app, A, draft, "publish").await;
    assert_eq!(departments().await, [term("engineering", "Engineering", 1)]);
    let second = publish_new_job(&app, B, &job_in("Engineering", "Malé", json!([]))).await;
    assert_eq!(departments().await, [term("engineering", "Engineering", 2)]);

    job_action(&app, A, draft, "close").await;
    assert_eq!(departments().await, [term("engineering", "Engineering", 1)]);
    job_action(&app, B, second, "close").await;
    assert_eq!(departments().await, []);
}

#[tokio::test(flavor = "multi_thread")]
async fn spellings_merge_into_one_value_labelled_with_the_most_common() {
    let app = TestApp::spawn().await;
    for (department, location, languages) in [
        ("Human Resources", "Malé", json!(["English"])),
        (" human  resources ", "Malé", json!(["english", "Dhivehi"])),
        ("HUMAN RESOURCES", "Male'", json!(["ދިވެހި"])),
        ("Human Resources", "Hulhumalé", json!(["English"])),
    ] {
        publish_new_job(&app, A, &job_in(department, location, languages)).await;
    }
    let departments = get_ok(&app, "/v1/taxonomy/departments", None).await;
    assert_eq!(
        terms(&departments),
        [term("human-resources", "Human Resources", 4)]
    );
    let locations = get_ok(&app, "/v1/taxonomy/locations", None).await;
    assert_eq!(
        terms(&locations),
        [term("hulhumale", "Hulhumalé", 1), term("male", "Malé", 3)]
    );
    let languages = get_ok(&app, "/v1/taxonomy/languages", None).await;
    let languages = terms(&languages);
    assert_eq!(languages.len(), 2, "{languages:?}");
    assert_eq!((languages[0].0.as_str(), languages[0].2), ("dhivehi", 2));
    assert_eq!(languages[1], term("english", "English", 3));
    // The slugs filter search.
    let found = get_ok(
        &app,
        "/v1/public/jobs?department=human-resources&location=male",
        None,
    )
    .await;
    assert_eq!(found["items"].as_array().unwrap().len(), 3);
}

#[tokio::test(flavor = "multi_thread")]
async fn lists_filter_by_employer_and_page_with_cursors() {
    let app = TestApp::spawn().await;
    for department in ["Finance", "IT", "Kitchen", "Spa", "Security"] {
        publish_new_job(&app, A, &job_in(department, "Malé", json!([]))).await;
    }
    publish_new_job(&app, B, &job_in("Diving", "Addu City", json!([]))).await;

    let only_b = get_ok(
        &app,
        &format!("/v1/taxonomy/departments?employer_id={B}"),
        None,
    )
    .await;
    assert_eq!(terms(&only_b), [term("diving", "Diving", 1)]);
    let b_locations = get_ok(
        &app,
        &format!("/v1/taxonomy/locations?employer_id={B}"),
        None,
    )
    .await;
    assert_eq!(terms(&b_locations), [term("addu-city", "Addu City", 1)]);

    let first = format!("/v1/taxonomy/departments?employer_id={A}&limit=2");
    let mut path = first.clone();
    let mut slugs = Vec::new();
    let mut cursor = None;
    loop {
        let page = get_ok(&app, &path, None).await;
        slugs.extend(terms(&page).into_iter().map(|t| t.0));
        match page["next_cursor"].as_str() {
            Some(next) => {
                cursor = Some(next.to_string());
                path = format!("{first}&cursor={next}");
            }
            None => break,
        }
    }
    assert_eq!(slugs, ["finance", "it", "kitchen", "security", "spa"]);

    // A cursor belongs to its list and its employer filter.
    let cursor = cursor.unwrap();
    for path in [
        format!("/v1/taxonomy/departments?employer_id={B}&cursor={cursor}"),
        format!("/v1/taxonomy/departments?cursor={cursor}"),
        format!("/v1/taxonomy/locations?employer_id={A}&cursor={cursor}"),
    ] {
        let body = assert_problem(app.get(&path).await, 400).await;
        assert_eq!(body["type"], "urn:jobs-api:problem:invalid-cursor");
    }
}
