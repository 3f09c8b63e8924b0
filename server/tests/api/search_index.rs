//! Public search with `q` reads the in-process search index (issue: public search that job
//! seekers expect): one typo, a word still being typed and a missing letter find the job;
//! Thaana stays whole; hits carry escaped highlights; paging to the end returns every match
//! once while others write; over-long queries are 422; facets count the matches.

use serde_json::{Value, json};
use uuid::Uuid;

use crate::support::{
    TestApp, assert_problem, complete_job, get_ok, item_ids, job_action, publish_new_job,
};

const A: Uuid = Uuid::from_u128(0x5ea5_0000_0000_4000_8000_0000_0000_000a);

fn job(title: &str, department: &str, description: &str) -> Value {
    let mut body = complete_job(title);
    body["department"] = json!(department);
    body["description"] = json!(description);
    body
}

/// The index has read everything committed so far.
async fn caught_up(app: &TestApp) {
    jobs_server::search::follower::catch_up(&app.state.db, &app.state.public_index)
        .await
        .unwrap();
}

async fn ids(app: &TestApp, query: &str) -> Vec<Uuid> {
    item_ids(&get_ok(app, &format!("/v1/public/jobs?{query}"), None).await)
}

#[tokio::test(flavor = "multi_thread")]
async fn typos_and_words_being_typed_find_what_people_mean() {
    let app = TestApp::spawn().await;
    let reception = publish_new_job(
        &app,
        A,
        &job(
            "Receptionist",
            "Front Office",
            "Welcome guests at the desk.",
        ),
    )
    .await;
    let housekeeping = publish_new_job(
        &app,
        A,
        &job(
            "Housekeeping Attendant",
            "Housekeeping",
            "Keep the villas spotless.",
        ),
    )
    .await;
    let chef = publish_new_job(&app, A, &job("Chef de Partie", "Kitchen", "Run a station.")).await;
    caught_up(&app).await;

    // The measurements: each found nothing before.
    assert_eq!(ids(&app, "q=recepsionist").await, [reception]);
    assert_eq!(ids(&app, "q=recep").await, [reception]);
    assert_eq!(ids(&app, "q=houskeeping").await, [housekeeping]);
    // Two typos in a long word; a transposition is one.
    assert_eq!(ids(&app, "q=recpetionsit").await, [reception]);
    assert_eq!(ids(&app, "q=cehf%20de%20partie").await, Vec::<Uuid>::new());
    assert_eq!(ids(&app, "q=chef%20de%20partie").await, [chef]);
    // Never a typo in the first letter, none in short words.
    assert_eq!(ids(&app, "q=feceptionist").await, Vec::<Uuid>::new());
    assert_eq!(ids(&app, "q=chaf%20").await, Vec::<Uuid>::new());
    // Every word must match; the department counts; a finished word is no prefix.
    assert_eq!(ids(&app, "q=front%20recep").await, [reception]);
    assert_eq!(ids(&app, "q=kitchen%20villas").await, Vec::<Uuid>::new());
    assert_eq!(ids(&app, "q=rec%20").await, Vec::<Uuid>::new());
    // Filters apply inside the index.
    assert_eq!(
        ids(&app, "q=recep&department=housekeeping").await,
        Vec::<Uuid>::new()
    );
    assert_eq!(
        ids(&app, "q=recep&department=front-office").await,
        [reception]
    );
    // An exact title word ranks above the same word reached through a typo.
    let desk = publish_new_job(
        &app,
        A,
        &job(
            "Desk Agent",
            "Front Office",
            "Work beside the receptionist.",
        ),
    )
    .await;
    caught_up(&app).await;
    assert_eq!(ids(&app, "q=receptionist").await, [reception, desk]);
    job_action(&app, A, reception, "close").await;
    caught_up(&app).await;
    assert_eq!(ids(&app, "q=recepsionist").await, [desk]);
}

#[tokio::test(flavor = "multi_thread")]
async fn thaana_words_stay_whole() {
    let app = TestApp::spawn().await;
    // "Front office employee" in Dhivehi: the vowel signs are combining marks.
    let dhivehi = publish_new_job(
        &app,
        A,
        &job("ފްރަންޓް އޮފީސް މުވައްޒަފު", "Front Office", "ރިސޯޓަށް މަސައްކަތް"),
    )
    .await;
    publish_new_job(
        &app,
        A,
        &job("Night Auditor", "Finance", "Balance the day."),
    )
    .await;
    caught_up(&app).await;
    let encoded = |s: &str| url::form_urlencoded::byte_serialize(s.as_bytes()).collect::<String>();
    assert_eq!(
        ids(&app, &format!("q={}", encoded("މުވައްޒަފު"))).await,
        [dhivehi]
    );
    assert_eq!(ids(&app, &format!("q={}", encoded("މުވައް"))).await, [dhivehi]);
    assert_eq!(
        ids(&app, &format!("q={}", encoded("މަސައްކަތް"))).await,
        [dhivehi]
    );
    let page = get_ok(
        &app,
        &format!("/v1/public/jobs?q={}", encoded("މުވައްޒަފު ")),
        None,
    )
    .await;
    assert_eq!(
        page["items"][0]["highlights"]["title"],
        "ފްރަންޓް އޮފީސް <mark>މުވައްޒަފު</mark>"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn highlights_mark_the_matches_and_escape_the_rest() {
    let app = TestApp::spawn().await;
    let mut body = job(
        "Sous Chef & <Pastry>",
        "Kitchen",
        "<p>Bake for the <b>chef</b>'s table &amp; the <i>pastry</i> counter.</p>",
    );
    body["description_format"] = json!("html");
    publish_new_job(&app, A, &body).await;
    caught_up(&app).await;
    let page = get_ok(&app, "/v1/public/jobs?q=pastri%20chef", None).await;
    let hit = &page["items"][0];
    assert_eq!(
        hit["highlights"]["title"],
        "Sous <mark>Chef</mark> &amp; &lt;<mark>Pastry</mark>&gt;"
    );
    assert_eq!(
        hit["highlights"]["description"],
        "Bake for the <mark>chef</mark>&#39;s table &amp; the <mark>pastry</mark> counter."
    );
    // Without `q` there is nothing to highlight.
    let plain = get_ok(&app, "/v1/public/jobs", None).await;
    assert!(plain["items"][0].get("highlights").is_none());
}

#[tokio::test(flavor = "multi_thread")]
async fn paging_to_the_end_returns_every_match_once_while_others_write() {
    let app = TestApp::spawn().await;
    let mut original = Vec::new();
    for i in 0..11 {
        // Some tie on everything but recency and id.
        let title = if i % 3 == 0 { "Waiter" } else { "Head Waiter" };
        original.push(publish_new_job(&app, A, &job(title, "Restaurant", "Serve.")).await);
    }
    publish_new_job(&app, A, &job("Barista", "Restaurant", "Coffee.")).await;
    caught_up(&app).await;
    let first = "/v1/public/jobs?q=waiter&limit=3";
    let mut seen = Vec::new();
    let mut path = first.to_string();
    loop {
        let page = get_ok(&app, &path, None).await;
        assert!(page["items"].as_array().unwrap().iter().all(|i| {
            i["highlights"]["title"]
                .as_str()
                .unwrap()
                .contains("<mark>Waiter</mark>")
        }));
        seen.extend(item_ids(&page));
        // Writers between pages: new matches, and an edit to one already seen.
        publish_new_job(&app, A, &job("Waiter Waiter", "Restaurant", "Serve.")).await;
        caught_up(&app).await;
        match page["next_cursor"].as_str() {
            Some(cursor) => path = format!("{first}&cursor={cursor}"),
            None => break,
        }
    }
    let mut unique = seen.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), seen.len(), "a job was served twice: {seen:?}");
    let mut expected = original.clone();
    expected.sort();
    assert_eq!(
        unique, expected,
        "the first page's view holds exactly these"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn over_long_queries_are_422_and_facets_count_the_matches() {
    let app = TestApp::spawn().await;
    publish_new_job(&app, A, &job("Receptionist", "Front Office", "Desk.")).await;
    publish_new_job(&app, A, &job("Chef", "Kitchen", "Cook.")).await;
    caught_up(&app).await;
    let long = "a".repeat(201);
    let problem = assert_problem(
        app.call(reqwest::Method::GET, &format!("/v1/public/jobs?q={long}"))
            .send()
            .await,
        422,
    )
    .await;
    assert_eq!(problem["errors"][0]["pointer"], "#/query/q");
    let many = vec!["chef"; 17].join("%20");
    let problem = assert_problem(
        app.call(reqwest::Method::GET, &format!("/v1/public/jobs?q={many}"))
            .send()
            .await,
        422,
    )
    .await;
    assert_eq!(problem["errors"][0]["pointer"], "#/query/q");
    assert!(
        problem["errors"][0]["detail"]
            .as_str()
            .unwrap()
            .contains("16 words")
    );
    // 16 words and 200 characters are fine.
    let sixteen = vec!["chef"; 16].join("%20");
    assert_eq!(ids(&app, &format!("q={sixteen}")).await.len(), 1);
    assert!(
        ids(&app, &format!("q={}", "a".repeat(200)))
            .await
            .is_empty()
    );

    let page = get_ok(&app, "/v1/public/jobs?q=recepsionist&facets=true", None).await;
    assert_eq!(page["items"].as_array().unwrap().len(), 1);
    assert_eq!(
        page["facets"]["departments"],
        json!([{"slug": "front-office", "label": "Front Office", "count": 1}])
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn suggestions_complete_a_search_box_with_counts() {
    let app = TestApp::spawn().await;
    let first = publish_new_job(&app, A, &job("Receptionist", "Front Office", "Desk.")).await;
    publish_new_job(&app, A, &job("Receptionist", "Front Office", "Desk.")).await;
    publish_new_job(&app, A, &job("Night Receptionist", "Reception", "Desk.")).await;
    publish_new_job(&app, A, &job("Chef", "Kitchen", "Cook.")).await;
    caught_up(&app).await;
    let suggest = async |q: &str| {
        get_ok(&app, &format!("/v1/public/jobs/suggest?{q}"), None).await["items"].clone()
    };
    assert_eq!(
        suggest("q=rece").await,
        json!([
            {"kind": "title", "text": "Receptionist", "highlighted": "<mark>Receptionist</mark>", "count": 2},
            {"kind": "department", "text": "Reception", "highlighted": "<mark>Reception</mark>", "count": 1},
            {"kind": "title", "text": "Night Receptionist", "highlighted": "Night <mark>Receptionist</mark>", "count": 1}
        ])
    );
    // Typo-tolerant like search, bounded by `limit`; locations too.
    assert_eq!(
        suggest("q=recepsionist&limit=1").await[0]["text"],
        "Receptionist"
    );
    assert_eq!(
        suggest("q=mal").await,
        json!([{"kind": "location", "text": "Malé", "highlighted": "<mark>Malé</mark>", "count": 4}])
    );
    assert_eq!(suggest("q=zzz").await, json!([]));
    // Cacheable like the other public reads.
    let response = app
        .call(reqwest::Method::GET, "/v1/public/jobs/suggest?q=rece")
        .send()
        .await;
    let tag = response.headers()["etag"].to_str().unwrap().to_string();
    let again = app
        .call(reqwest::Method::GET, "/v1/public/jobs/suggest?q=rece")
        .header("if-none-match", &tag)
        .send()
        .await;
    assert_eq!(again.status(), 304);
    // Closing a job takes its count back.
    job_action(&app, A, first, "close").await;
    caught_up(&app).await;
    let after_close = suggest("q=receptionist%20").await;
    assert_eq!(after_close[0]["count"], 1, "{after_close}");
    // Bad input.
    let problem = assert_problem(
        app.call(
            reqwest::Method::GET,
            &format!("/v1/public/jobs/suggest?q={}", "a".repeat(101)),
        )
        .send()
        .await,
        422,
    )
    .await;
    assert_eq!(problem["errors"][0]["pointer"], "#/query/q");
    assert_problem(
        app.call(reqwest::Method::GET, "/v1/public/jobs/suggest")
            .send()
            .await,
        400,
    )
    .await;
    assert_problem(
        app.call(
            reqwest::Method::GET,
            "/v1/public/jobs/suggest?q=chef&limit=21",
        )
        .send()
        .await,
        400,
    )
    .await;
}
