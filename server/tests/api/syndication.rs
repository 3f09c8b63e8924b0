//! Syndication: the job page as schema.org JobPosting (negotiated), the RSS feed (checked with
//! Python's feedparser), the public changes feed under concurrent writers and a late commit,
//! and conditional, cacheable public reads.

use std::collections::HashMap;
use std::time::Duration;

use diesel_async::{AsyncConnection, AsyncPgConnection, SimpleAsyncConnection};
use serde_json::{Value, json};
use uuid::Uuid;

use crate::support::{
    TestApp, assert_problem, complete_job, create_job, get_ok, job_action, patch_current,
    publish_new_job, update_employer,
};

const A: Uuid = Uuid::from_u128(0x5d1c_0000_0000_4000_8000_0000_0000_000a);
const B: Uuid = Uuid::from_u128(0x5d1c_0000_0000_4000_8000_0000_0000_000b);

async fn patch_job(app: &TestApp, employer: Uuid, job: Uuid, change: Value) {
    let auth = app.bearer(employer, "recruiter");
    patch_current(app, &auth, &format!("/v1/jobs/{job}"), change).await;
}

async fn get_with(app: &TestApp, path: &str, headers: &[(&str, &str)]) -> reqwest::Response {
    let mut request = app.client.get(app.url(path));
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    request.send().await.unwrap()
}

async fn json_ld(app: &TestApp, job: Uuid) -> Value {
    let response = get_with(
        app,
        &format!("/v1/public/jobs/{job}"),
        &[("accept", "application/ld+json")],
    )
    .await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "application/ld+json");
    assert_eq!(response.headers()["vary"], "Accept, Accept-Language");
    response.json().await.unwrap()
}

// ------------------------------------------------------------------------------ JSON-LD

#[tokio::test(flavor = "multi_thread")]
async fn the_job_page_is_a_job_posting_google_accepts_for_each_kind_of_job() {
    let app = TestApp::spawn().await;
    update_employer(
        &app,
        A,
        json!({"name": "Lagoon Resorts", "website": "https://lagoon.example.mv",
               "logo_url": "https://lagoon.example.mv/logo.png"}),
    )
    .await;
    let kinds = [
        ("on_site", "full_time", "FULL_TIME"),
        ("hybrid", "part_time", "PART_TIME"),
        ("remote", "contract", "CONTRACTOR"),
        ("on_site", "temporary", "TEMPORARY"),
        ("remote", "internship", "INTERN"),
        ("hybrid", "volunteer", "VOLUNTEER"),
    ];
    for (workplace, employment, google) in kinds {
        let mut body = complete_job(&format!("{employment} {workplace} <chef> & co"));
        body["workplace_type"] = json!(workplace);
        body["employment_type"] = json!(employment);
        body["closing_date"] = json!("2099-01-31");
        body["description"] = json!("Cook <well>.\n\nServe & smile.");
        let job = publish_new_job(&app, A, &body).await;
        let ld = json_ld(&app, job).await;
        let ctx = format!("{workplace}/{employment}: {ld}");
        // Required by Google.
        assert_eq!(ld["@context"], "https://schema.org/", "{ctx}");
        assert_eq!(ld["@type"], "JobPosting", "{ctx}");
        assert_eq!(ld["title"], body["title"], "{ctx}");
        assert_eq!(
            ld["description"], "<p>Cook &lt;well&gt;.</p><p>Serve &amp; smile.</p>",
            "{ctx}"
        );
        let posted = ld["datePosted"].as_str().unwrap();
        assert!(
            chrono::DateTime::parse_from_rfc3339(posted).is_ok(),
            "{ctx}"
        );
        assert_eq!(ld["hiringOrganization"]["@type"], "Organization", "{ctx}");
        assert_eq!(ld["hiringOrganization"]["name"], "Lagoon Resorts", "{ctx}");
        assert_eq!(
            ld["hiringOrganization"]["sameAs"], "https://lagoon.example.mv",
            "{ctx}"
        );
        assert_eq!(
            ld["hiringOrganization"]["logo"], "https://lagoon.example.mv/logo.png",
            "{ctx}"
        );
        if workplace == "remote" {
            assert_eq!(ld["jobLocationType"], "TELECOMMUTE", "{ctx}");
            assert_eq!(ld["applicantLocationRequirements"]["name"], "Malé", "{ctx}");
            assert!(ld.get("jobLocation").is_none(), "{ctx}");
        } else {
            assert_eq!(ld["jobLocation"]["@type"], "Place", "{ctx}");
            assert_eq!(
                ld["jobLocation"]["address"]["@type"], "PostalAddress",
                "{ctx}"
            );
            assert_eq!(
                ld["jobLocation"]["address"]["addressLocality"], "Malé",
                "{ctx}"
            );
            assert_eq!(
                ld.get("jobLocationType").is_some(),
                workplace == "hybrid",
                "{ctx}"
            );
        }
        // Recommended.
        assert_eq!(ld["validThrough"], "2099-01-31T23:59:59Z", "{ctx}");
        assert_eq!(ld["employmentType"], json!([google]), "{ctx}");
        assert_eq!(ld["baseSalary"]["@type"], "MonetaryAmount", "{ctx}");
        assert_eq!(ld["baseSalary"]["currency"], "MVR", "{ctx}");
        assert_eq!(ld["baseSalary"]["value"]["minValue"], 20000, "{ctx}");
        assert_eq!(ld["baseSalary"]["value"]["maxValue"], 30000, "{ctx}");
        assert_eq!(ld["baseSalary"]["value"]["unitText"], "MONTH", "{ctx}");
        assert_eq!(ld["identifier"]["@type"], "PropertyValue", "{ctx}");
        assert_eq!(ld["identifier"]["value"], job.to_string(), "{ctx}");
        assert_eq!(ld["directApply"], true, "{ctx}");
        assert!(
            ld["url"]
                .as_str()
                .unwrap()
                .ends_with(&format!("/v1/public/jobs/{job}")),
            "{ctx}"
        );
    }

    // Without a salary there is no baseSalary; the plain JSON stays the default.
    let mut body = complete_job("Gardener");
    body.as_object_mut().unwrap().remove("salary");
    let job = publish_new_job(&app, A, &body).await;
    assert!(json_ld(&app, job).await.get("baseSalary").is_none());
    let plain = get_with(&app, &format!("/v1/public/jobs/{job}"), &[]).await;
    assert_eq!(plain.status(), 200);
    assert_eq!(plain.headers()["content-type"], "application/json");
    assert_eq!(plain.headers()["vary"], "Accept, Accept-Language");
    let plain: Value = plain.json().await.unwrap();
    assert_eq!(plain["title"], "Gardener");
}

#[tokio::test(flavor = "multi_thread")]
async fn unacceptable_types_are_406_and_unknown_jobs_404_in_any_type() {
    let app = TestApp::spawn().await;
    let job = publish_new_job(&app, A, &complete_job("Chef")).await;
    let path = format!("/v1/public/jobs/{job}");
    let response = get_with(&app, &path, &[("accept", "text/html")]).await;
    assert_eq!(response.headers()["vary"], "Accept");
    assert_problem(response, 406).await;
    let response = get_with(&app, &path, &[("accept", "text/html, application/*;q=0.5")]).await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "application/json");
    let unknown = format!("/v1/public/jobs/{}", Uuid::new_v4());
    assert_problem(
        get_with(&app, &unknown, &[("accept", "application/ld+json")]).await,
        404,
    )
    .await;
}

// ------------------------------------------------------------------------------ caching

#[tokio::test(flavor = "multi_thread")]
async fn public_reads_are_tagged_and_answer_304_until_the_employer_changes_them() {
    let app = TestApp::spawn().await;
    let job = publish_new_job(&app, A, &complete_job("Chef")).await;
    // The index has read the write (under load it may take longer than a read's patience, and
    // an answer from SQL carries the other validator scheme).
    jobs_server::search::follower::catch_up(&app.state.db, &app.state.public_index)
        .await
        .unwrap();
    let detail = format!("/v1/public/jobs/{job}");
    for path in [
        detail.as_str(),
        "/v1/public/jobs",
        "/v1/public/jobs/feed",
        "/v1/taxonomy/departments",
        "/v1/taxonomy/languages",
        "/v1/taxonomy/locations",
    ] {
        let first = get_with(&app, path, &[]).await;
        assert_eq!(first.status(), 200, "{path}");
        let tag = first.headers()["etag"].to_str().unwrap().to_string();
        // Lists carry the public index's weak tag (same answer at the same feed position).
        let opaque = tag.strip_prefix("W/").unwrap_or(&tag).to_string();
        assert!(
            opaque.starts_with('"') && opaque.ends_with('"'),
            "{path}: {tag}"
        );
        let cache = first.headers()["cache-control"].to_str().unwrap();
        assert!(cache.starts_with("public, max-age="), "{path}: {cache}");
        assert!(cache.contains("stale-while-revalidate="), "{path}: {cache}");

        let again = get_with(&app, path, &[("if-none-match", &tag)]).await;
        assert_eq!(again.status(), 304, "{path}");
        assert_eq!(again.headers()["etag"].to_str().unwrap(), tag, "{path}");
        assert!(again.headers().contains_key("cache-control"), "{path}");
        assert!(again.bytes().await.unwrap().is_empty(), "{path}");
        let weak = get_with(&app, path, &[("if-none-match", &format!("W/{opaque}"))]).await;
        assert_eq!(weak.status(), 304, "{path}");
        let strong = get_with(&app, path, &[("if-none-match", &opaque)]).await;
        assert_eq!(strong.status(), 304, "{path}");
        let other = get_with(&app, path, &[("if-none-match", "\"stale\"")]).await;
        assert_eq!(other.status(), 200, "{path}");
    }

    // JSON and JSON-LD are different representations with different tags.
    let json_tag = get_with(&app, &detail, &[]).await.headers()["etag"].clone();
    let ld = get_with(&app, &detail, &[("accept", "application/ld+json")]).await;
    assert_ne!(ld.headers()["etag"], json_tag);
    let ld_tag = ld.headers()["etag"].to_str().unwrap().to_string();
    let not_modified = get_with(
        &app,
        &detail,
        &[
            ("accept", "application/ld+json"),
            ("if-none-match", &ld_tag),
        ],
    )
    .await;
    assert_eq!(not_modified.status(), 304);
    assert_eq!(not_modified.headers()["vary"], "Accept, Accept-Language");

    // The employer's site is in the JSON-LD only: changing it changes that tag.
    update_employer(&app, A, json!({"website": "https://careers.example.mv"})).await;
    let changed = get_with(
        &app,
        &detail,
        &[
            ("accept", "application/ld+json"),
            ("if-none-match", &ld_tag),
        ],
    )
    .await;
    assert_eq!(changed.status(), 200);
    let changed: Value = changed.json().await.unwrap();
    assert_eq!(
        changed["hiringOrganization"]["sameAs"],
        "https://careers.example.mv"
    );

    // The employer edits the job: the old tags no longer match, the new content is served.
    let search_tag = get_with(&app, "/v1/public/jobs", &[]).await.headers()["etag"].clone();
    patch_job(&app, A, job, json!({"title": "Head Chef"})).await;
    let fresh = get_with(
        &app,
        &detail,
        &[("if-none-match", json_tag.to_str().unwrap())],
    )
    .await;
    assert_eq!(fresh.status(), 200);
    assert_ne!(fresh.headers()["etag"], json_tag);
    assert_eq!(fresh.json::<Value>().await.unwrap()["title"], "Head Chef");
    let search = get_with(
        &app,
        "/v1/public/jobs",
        &[("if-none-match", search_tag.to_str().unwrap())],
    )
    .await;
    assert_eq!(search.status(), 200);
    // Closed: gone, whatever the tag.
    job_action(&app, A, job, "close").await;
    assert_problem(
        get_with(&app, &detail, &[("if-none-match", &ld_tag)]).await,
        404,
    )
    .await;
}

// ------------------------------------------------------------------------------ RSS

fn parse_feed(xml: &str) -> Value {
    let script = r#"
import json, sys, feedparser
d = feedparser.parse(sys.stdin.read())
print(json.dumps({
    "bozo": bool(d.bozo), "version": d.version, "title": d.feed.get("title"),
    "entries": [{"id": e.get("id"), "title": e.get("title"), "link": e.get("link"),
                 "published": e.get("published"), "summary": e.get("summary")}
                for e in d.entries]}))
"#;
    crate::support::run_python(script, &[], xml.as_bytes())
}

#[tokio::test(flavor = "multi_thread")]
async fn the_rss_feed_parses_and_lists_published_jobs_newest_first() {
    let app = TestApp::spawn().await;
    let first = publish_new_job(&app, A, &complete_job("Sous Chef & <Baker>")).await;
    let second = publish_new_job(&app, B, &complete_job("Diver")).await;
    let third = publish_new_job(&app, A, &complete_job("Barista")).await;
    create_job(&app, A, &complete_job("Draft only")).await;

    let response = get_with(&app, "/v1/public/jobs/feed", &[]).await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "application/rss+xml");
    let feed = parse_feed(&response.text().await.unwrap());
    assert_eq!(feed["bozo"], false, "{feed}");
    assert_eq!(feed["version"], "rss20");
    let ids: Vec<&str> = feed["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [third.to_string(), second.to_string(), first.to_string()]
    );
    let last = &feed["entries"][2];
    assert_eq!(last["title"], "Sous Chef & <Baker>");
    assert!(
        last["link"]
            .as_str()
            .unwrap()
            .ends_with(&format!("/v1/public/jobs/{first}"))
    );
    assert!(last["published"].is_string());

    let only_a = get_with(&app, &format!("/v1/public/jobs/feed?employer_id={A}"), &[]).await;
    let feed = parse_feed(&only_a.text().await.unwrap());
    assert_eq!(feed["bozo"], false);
    assert_eq!(feed["entries"].as_array().unwrap().len(), 2);

    // A careers page switched off leaves the feed.
    update_employer(
        &app,
        A,
        json!({"settings": {"careers_page_enabled": false}}),
    )
    .await;
    let feed = parse_feed(
        &get_with(&app, "/v1/public/jobs/feed", &[])
            .await
            .text()
            .await
            .unwrap(),
    );
    assert_eq!(feed["entries"].as_array().unwrap().len(), 1);
    assert_eq!(feed["entries"][0]["id"], second.to_string());
    assert_problem(
        get_with(
            &app,
            &format!("/v1/public/jobs/{first}"),
            &[("accept", "application/ld+json")],
        )
        .await,
        404,
    )
    .await;
}

/// Every class of character XML 1.0 forbids (C0 controls but tab, line feed and carriage
/// return; the noncharacters U+FFFE and U+FFFF), in every member the feed writes (title,
/// description, location, the employer's name): the feed still parses as strict XML, without
/// them, and the allowed neighbours stay.
#[tokio::test(flavor = "multi_thread")]
async fn characters_xml_forbids_never_reach_the_feed() {
    let app = TestApp::spawn().await;
    let forbidden = [
        '\u{1}', '\u{8}', '\u{b}', '\u{c}', '\u{1f}', '\u{fffe}', '\u{ffff}',
    ];
    update_employer(&app, A, json!({"name": "Reef \u{ffff}Resort\u{fffe}"})).await;
    let mut accepted = 0;
    for c in forbidden {
        let mut job = complete_job(&format!("Sous chef {c}x"));
        job["description"] = json!(format!("Line one {c}\tline two"));
        job["location"] = json!(format!("Mal\u{e9}{c}"));
        let response = app
            .client
            .post(app.url("/v1/jobs"))
            .header("authorization", app.bearer(A, "recruiter"))
            .header("idempotency-key", Uuid::new_v4().to_string())
            .json(&job)
            .send()
            .await
            .unwrap();
        // Whatever the contract refuses never reaches a feed; count what it took.
        if response.status() != 201 {
            continue;
        }
        let body: Value = response.json().await.unwrap();
        let id: Uuid = body["id"].as_str().unwrap().parse().unwrap();
        job_action(&app, A, id, "publish").await;
        accepted += 1;
    }
    assert!(
        accepted >= 2,
        "U+FFFE and U+FFFF at least are ordinary JSON text"
    );
    let xml = get_with(&app, "/v1/public/jobs/feed", &[])
        .await
        .text()
        .await
        .unwrap();
    assert!(!xml.contains(forbidden), "{xml:?}");
    let script = r#"
import json, sys, xml.etree.ElementTree as ET
root = ET.fromstring(sys.stdin.buffer.read())
items = root.findall("./channel/item")
print(json.dumps({"titles": [i.findtext("title") for i in items],
                  "categories": [c.text for i in items for c in i.findall("category")]}))
"#;
    let parsed = crate::support::run_python(script, &[], xml.as_bytes());
    let titles = parsed["titles"].as_array().unwrap();
    assert_eq!(titles.len(), accepted);
    assert!(titles.iter().all(|t| t == "Sous chef x"), "{parsed}");
    assert!(
        parsed["categories"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c == "Reef Resort"),
        "{parsed}"
    );
}

// ------------------------------------------------------------------------------ changes feed

/// A partner board: applies the feed in order to its own copy.
struct Follower {
    cursor: Option<String>,
    jobs: HashMap<Uuid, String>,
    seen: Vec<(String, Uuid)>,
}

impl Follower {
    fn new() -> Self {
        Self {
            cursor: None,
            jobs: HashMap::new(),
            seen: Vec::new(),
        }
    }

    /// Reads until the feed has nothing more right now.
    async fn sync(&mut self, app: &TestApp, employer: Option<Uuid>) {
        loop {
            let mut path = "/v1/public/jobs/changes?limit=7".to_string();
            if let Some(e) = employer {
                path.push_str(&format!("&employer_id={e}"));
            }
            if let Some(c) = &self.cursor {
                path.push_str(&format!("&cursor={c}"));
            }
            let page = get_ok(app, &path, None).await;
            for item in page["items"].as_array().unwrap() {
                let id: Uuid = item["job_id"].as_str().unwrap().parse().unwrap();
                let change = item["change"].as_str().unwrap().to_string();
                match change.as_str() {
                    "published" | "updated" => {
                        assert_eq!(item["job"]["id"], id.to_string());
                        self.jobs
                            .insert(id, item["job"]["title"].as_str().unwrap().to_string());
                    }
                    "closed" | "removed" => {
                        assert!(item["job"].is_null());
                        self.jobs.remove(&id);
                    }
                    other => panic!("unknown change {other}"),
                }
                self.seen.push((change, id));
            }
            self.cursor = Some(page["next_cursor"].as_str().unwrap().to_string());
            if page["has_more"] == false {
                break;
            }
        }
    }
}

/// What the public sees now: every published job's title, through public search.
async fn public_view(app: &TestApp) -> HashMap<Uuid, String> {
    let mut view = HashMap::new();
    let mut cursor: Option<String> = None;
    loop {
        let path = match &cursor {
            Some(c) => format!("/v1/public/jobs?limit=100&cursor={c}"),
            None => "/v1/public/jobs?limit=100".to_string(),
        };
        let page = get_ok(app, &path, None).await;
        for item in page["items"].as_array().unwrap() {
            view.insert(
                item["id"].as_str().unwrap().parse().unwrap(),
                item["title"].as_str().unwrap().to_string(),
            );
        }
        match page["next_cursor"].as_str() {
            Some(c) => cursor = Some(c.to_string()),
            None => return view,
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_follower_of_the_changes_feed_ends_with_the_public_view_under_concurrent_writers() {
    let app = std::sync::Arc::new(TestApp::spawn().await);
    let mut writers = Vec::new();
    for w in 0..4_u32 {
        let app = app.clone();
        writers.push(tokio::spawn(async move {
            let employer = if w % 2 == 0 { A } else { B };
            let mut mine = Vec::new();
            for i in 0..8_u32 {
                let job =
                    publish_new_job(&app, employer, &complete_job(&format!("w{w} job{i}"))).await;
                mine.push(job);
                match i % 4 {
                    1 => {
                        patch_job(
                            &app,
                            employer,
                            job,
                            json!({"title": format!("w{w} job{i} v2")}),
                        )
                        .await
                    }
                    2 => job_action(&app, employer, mine[mine.len() - 2], "close").await,
                    3 => {
                        patch_job(
                            &app,
                            employer,
                            job,
                            json!({"title": format!("w{w} job{i} v3")}),
                        )
                        .await
                    }
                    _ => {}
                }
            }
        }));
    }
    // The follower reads while the writers write.
    let mut follower = Follower::new();
    let mut a_only = Follower::new();
    while writers.iter().any(|w| !w.is_finished()) {
        follower.sync(&app, None).await;
        a_only.sync(&app, Some(A)).await;
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    for w in writers {
        w.await.unwrap();
    }
    // Employer B renames itself, then hides its careers page: updates, then tombstones.
    update_employer(&app, B, json!({"name": "Reef Divers"})).await;
    update_employer(
        &app,
        B,
        json!({"settings": {"careers_page_enabled": false}}),
    )
    .await;
    follower.sync(&app, None).await;
    a_only.sync(&app, Some(A)).await;

    let view = public_view(&app).await;
    assert!(!view.is_empty());
    assert_eq!(follower.jobs, view);
    assert!(view.keys().all(|id| a_only.jobs.contains_key(id)));
    assert_eq!(a_only.jobs, view);
    for kind in ["published", "updated", "closed", "removed"] {
        assert!(
            follower.seen.iter().any(|(c, _)| c == kind),
            "no {kind} change was seen"
        );
    }
    // Polling again with the last cursor gives nothing new.
    let before = follower.seen.len();
    follower.sync(&app, None).await;
    assert_eq!(follower.seen.len(), before);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_change_committed_late_is_not_skipped() {
    let app = TestApp::spawn().await;
    let early = publish_new_job(&app, A, &complete_job("Early")).await;
    let mut follower = Follower::new();
    follower.sync(&app, None).await;
    assert_eq!(follower.jobs.len(), 1);

    // A tenant transaction changes the job and stays open...
    let mut late = AsyncPgConnection::establish(&app.db.url).await.unwrap();
    late.batch_execute(&format!(
        "BEGIN; SET LOCAL ROLE jobs_app; SELECT set_config('app.employer_id', '{A}', true); \
         UPDATE jobs SET title = 'Early (edited late)' WHERE id = '{early}';"
    ))
    .await
    .unwrap();
    // ...while another commits, and the follower reads past it.
    let other = publish_new_job(&app, A, &complete_job("Meanwhile")).await;
    follower.sync(&app, None).await;
    assert_eq!(
        follower.jobs.get(&other).map(String::as_str),
        Some("Meanwhile")
    );
    assert_eq!(follower.jobs.get(&early).map(String::as_str), Some("Early"));

    // The late transaction commits: the follower still gets its change.
    late.batch_execute("COMMIT").await.unwrap();
    follower.sync(&app, None).await;
    assert_eq!(
        follower.jobs.get(&early).map(String::as_str),
        Some("Early (edited late)")
    );
    assert_eq!(follower.jobs, public_view(&app).await);
}

#[tokio::test(flavor = "multi_thread")]
async fn changes_cursors_are_signed_for_their_filter() {
    let app = TestApp::spawn().await;
    publish_new_job(&app, A, &complete_job("Chef")).await;
    let page = get_ok(
        &app,
        &format!("/v1/public/jobs/changes?employer_id={A}"),
        None,
    )
    .await;
    let cursor = page["next_cursor"].as_str().unwrap();
    assert_problem(
        app.get(&format!("/v1/public/jobs/changes?cursor={cursor}"))
            .await,
        400,
    )
    .await;
    assert_problem(app.get("/v1/public/jobs/changes?cursor=forged").await, 400).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_tenant_role_cannot_write_the_feed_itself() {
    let app = TestApp::spawn().await;
    let job = publish_new_job(&app, A, &complete_job("Chef")).await;
    let mut conn = AsyncPgConnection::establish(&app.db.url).await.unwrap();
    let tenant = format!(
        "SET ROLE jobs_app; SELECT set_config('app.employer_id', '{B}', false); \
         SELECT set_config('app.maintenance', 'on', false);"
    );
    for attack in [
        format!(
            "INSERT INTO public_job_changes (job_id, employer_id, change) \
             VALUES ('{job}', '{A}', 'removed')"
        ),
        format!("SELECT public_job_change_append('{job}', '{A}', 'removed')"),
        "CREATE TEMP TABLE fake (id uuid, employer_id uuid, status text, \
         employer_listed boolean); CREATE TRIGGER t AFTER INSERT ON fake \
         FOR EACH ROW EXECUTE FUNCTION jobs_record_public_change()"
            .to_string(),
    ] {
        conn.batch_execute(&tenant).await.unwrap();
        let result = conn.batch_execute(&attack).await;
        let error = result.expect_err(&attack).to_string();
        assert!(error.contains("permission denied"), "{attack}: {error}");
        conn.batch_execute("RESET ROLE").await.unwrap();
    }
    let mut follower = Follower::new();
    follower.sync(&app, None).await;
    assert_eq!(follower.seen, [("published".to_string(), job)]);
}
