//! Public aggregates cost what a page costs (issue: public-surface hardening): facet counts and
//! taxonomy values come from the in-process public index, kept current from the changes feed,
//! and answer exactly what the SQL answers; a revalidation is answered before any database
//! work; a client reading back its own change sees it; taxonomy and facets share the search
//! quota.

use std::collections::BTreeMap;

use jobs_server::db::{TaxonomyKind, TaxonomyRow};
use jobs_server::domain::search::JobFilters;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::support::{TestApp, complete_job, job_action, publish_new_job, update_employer};

const A: Uuid = Uuid::from_u128(0xa66a_0000_0000_4000_8000_0000_0000_000a);
const B: Uuid = Uuid::from_u128(0xa66a_0000_0000_4000_8000_0000_0000_000b);
const C: Uuid = Uuid::from_u128(0xa66a_0000_0000_4000_8000_0000_0000_000c);

async fn caught_up(app: &TestApp) {
    jobs_server::search::follower::catch_up(&app.state.db, &app.state.public_index)
        .await
        .unwrap();
}

/// Jobs whose values exercise every rule: spellings of one slug (and ties between them),
/// accents, languages in several spellings, three
/// employers (one of which hides its careers page), drafts and closed jobs.
async fn varied_board(app: &TestApp) {
    let departments = [
        "Kitchen",
        "kitchen",
        "KITCHEN",
        "Front Office",
        "Spa",
        "Café",
    ];
    let locations = ["Malé", "Male", "Addu City", "Hulhumalé"];
    let languages: [&[&str]; 4] = [
        &["English"],
        &["English", "Dhivehi"],
        &["dhivehi", "Arabic"],
        &["Italian", "English"],
    ];
    let types = ["full_time", "part_time", "contract", "internship"];
    for i in 0..36usize {
        let employer = [A, B, C][i % 3];
        let mut job = complete_job(&format!("Job {i}"));
        job["department"] = json!(departments[i % departments.len()]);
        job["location"] = json!(locations[i % locations.len()]);
        job["languages"] = json!(languages[i % languages.len()]);
        job["employment_type"] = json!(types[i % types.len()]);
        let id = publish_new_job(app, employer, &job).await;
        if i % 11 == 0 {
            job_action(app, employer, id, "close").await;
        }
    }
    // A draft counts nowhere.
    crate::support::create_job(app, A, &complete_job("Draft")).await;
    update_employer(app, C, json!({"settings": {"careers_page_enabled": false}})).await;
}

async fn sql_taxonomy(
    app: &TestApp,
    kind: TaxonomyKind,
    employer: Option<Uuid>,
    after: Option<&str>,
) -> Vec<TaxonomyRow> {
    let mut tx = app.state.db.begin_public().await.unwrap();
    let rows = tx.taxonomy(kind, employer, after, 1000).await.unwrap();
    tx.finish().await.unwrap();
    rows
}

fn rows(taxonomy: Vec<TaxonomyRow>) -> Vec<(String, String, i64)> {
    taxonomy
        .into_iter()
        .map(|r| (r.slug, r.label, r.job_count))
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn the_index_answers_exactly_what_the_sql_answers() {
    let app = TestApp::spawn().await;
    varied_board(&app).await;
    caught_up(&app).await;
    let index = &app.state.public_index;
    for kind in [
        TaxonomyKind::Departments,
        TaxonomyKind::Languages,
        TaxonomyKind::Locations,
    ] {
        for employer in [None, Some(A), Some(B), Some(C)] {
            let sql = sql_taxonomy(&app, kind, employer, None).await;
            let memory = index.taxonomy(kind, employer, None, 1000).unwrap();
            assert_eq!(rows(memory), rows(sql.clone()), "{kind:?} {employer:?}");
            // Paging after each value.
            for after in sql.iter().map(|r| r.slug.clone()) {
                let sql = sql_taxonomy(&app, kind, employer, Some(&after)).await;
                let memory = index.taxonomy(kind, employer, Some(&after), 1000).unwrap();
                assert_eq!(
                    rows(memory),
                    rows(sql),
                    "{kind:?} {employer:?} after {after}"
                );
            }
        }
    }
    let mut filters = vec![JobFilters::default()];
    for employer in [A, B, C] {
        filters.push(JobFilters {
            employer_id: Some(employer),
            ..JobFilters::default()
        });
    }
    filters.push(JobFilters {
        department: Some("kitchen".into()),
        ..JobFilters::default()
    });
    filters.push(JobFilters {
        location: Some("male".into()),
        language: Some("english".into()),
        ..JobFilters::default()
    });
    filters.push(JobFilters {
        employer_id: Some(B),
        employment_type: Some(jobs_server::domain::job::EmploymentType::PartTime),
        ..JobFilters::default()
    });
    for f in filters {
        let mut tx = app.state.db.begin_public().await.unwrap();
        let sql = tx.public_jobs_facets(&f).await.unwrap();
        tx.finish().await.unwrap();
        let memory = index.facets(&f).unwrap();
        let as_map =
            |rows: Vec<jobs_server::db::FacetRow>| -> BTreeMap<(String, String), (String, i64)> {
                rows.into_iter()
                    .map(|r| ((r.facet, r.slug), (r.label, r.count)))
                    .collect()
            };
        assert_eq!(as_map(memory.clone()), as_map(sql.clone()), "{f:?}");
        // And in the same order (most frequent first).
        let order = |rows: &[jobs_server::db::FacetRow]| -> Vec<(String, String)> {
            rows.iter()
                .map(|r| (r.facet.clone(), r.slug.clone()))
                .collect()
        };
        assert_eq!(order(&memory), order(&sql), "{f:?}");
        // A text search matching every job counts its facets in the search index: the same.
        let text = index.loaded_text().unwrap();
        let all = jobs_server::search::query::parse("job").unwrap();
        let counted = text
            .search(&all, &f, None, 1, true, &[])
            .unwrap()
            .facets
            .unwrap();
        assert_eq!(as_map(counted.clone()), as_map(sql.clone()), "q=job {f:?}");
        assert_eq!(order(&counted), order(&sql), "q=job {f:?}");
    }
}

async fn public_reads(app: &TestApp) -> f64 {
    let text = app.metrics().await;
    text.lines()
        .filter(|l| {
            l.starts_with("db_transaction_duration_seconds_count") && l.contains("kind=\"public\"")
        })
        .filter_map(|l| l.rsplit(' ').next()?.parse::<f64>().ok())
        .sum()
}

#[tokio::test(flavor = "multi_thread")]
async fn taxonomy_costs_no_database_work_and_revalidations_none_either() {
    let app = TestApp::spawn().await;
    publish_new_job(&app, A, &complete_job("Chef")).await;
    caught_up(&app).await;
    let before = public_reads(&app).await;
    let mut tags = Vec::new();
    for path in [
        "/v1/taxonomy/departments",
        "/v1/taxonomy/languages",
        &format!("/v1/taxonomy/locations?employer_id={A}"),
    ] {
        let response = app.get(path).await;
        assert_eq!(response.status(), 200);
        tags.push((path.to_string(), response.headers()["etag"].clone()));
    }
    assert_eq!(
        public_reads(&app).await,
        before,
        "taxonomy read the database"
    );
    // A page with facets: the page is one read, the counts none.
    let response = app.get("/v1/public/jobs?facets=true").await;
    assert_eq!(response.status(), 200);
    let tag = response.headers()["etag"].clone();
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["facets"]["departments"][0]["count"], 1);
    assert_eq!(public_reads(&app).await, before + 1.0);
    tags.push(("/v1/public/jobs?facets=true".to_string(), tag));
    // Revalidations: 304, and no database work at all (whatever `Accept` the revalidating
    // client sends: these answers have one representation).
    for (path, tag) in &tags {
        let response = app
            .client
            .get(app.url(path))
            .header("if-none-match", tag)
            .header("accept", "*/*")
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 304, "{path}");
    }
    assert_eq!(public_reads(&app).await, before + 1.0);
}

/// A change shows in the very next read of the replica that made it (it waits for the index
/// to read the change, a millisecond or two), and old validators stop matching.
#[tokio::test(flavor = "multi_thread")]
async fn a_client_reading_back_its_change_sees_it() {
    let app = TestApp::spawn().await;
    let job = publish_new_job(&app, A, &complete_job("Chef")).await;
    let first = app.get("/v1/taxonomy/departments").await;
    let tag = first.headers()["etag"].clone();
    let body: Value = first.json().await.unwrap();
    assert_eq!(body["items"][0]["slug"], "engineering");
    for i in 0..5 {
        let mut next = complete_job(&format!("Baker {i}"));
        next["department"] = json!(format!("Bakery {i}"));
        publish_new_job(&app, A, &next).await;
        let response = app
            .client
            .get(app.url("/v1/taxonomy/departments"))
            .header("if-none-match", &tag)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200);
        let body: Value = response.json().await.unwrap();
        assert_eq!(body["items"].as_array().unwrap().len(), i + 2, "{body}");
        let facets: Value = app
            .get("/v1/public/jobs?facets=true")
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(
            facets["facets"]["departments"].as_array().unwrap().len(),
            i + 2
        );
    }
    job_action(&app, A, job, "close").await;
    let body: Value = app
        .get("/v1/taxonomy/departments")
        .await
        .json()
        .await
        .unwrap();
    assert!(
        !body["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t["slug"] == "engineering"),
        "{body}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn taxonomy_and_facets_share_the_search_quota() {
    let app = TestApp::spawn_with(&[
        ("JOBS_RATE_LIMITS", "on"),
        ("JOBS_REDIS_URL", ""),
        ("JOBS_RATE_LIMIT_SEARCH", "4/60s"),
    ])
    .await;
    let mut statuses = Vec::new();
    for path in [
        "/v1/taxonomy/departments",
        "/v1/taxonomy/languages",
        "/v1/public/jobs?facets=true",
        "/v1/taxonomy/locations",
        "/v1/taxonomy/departments",
        "/v1/public/jobs?facets=true",
    ] {
        let response = app.get(path).await;
        assert_eq!(
            response.headers()["ratelimit-policy"],
            "\"search\";q=4;w=60"
        );
        statuses.push(response.status().as_u16());
    }
    assert_eq!(statuses, [200, 200, 200, 200, 429, 429]);
}
