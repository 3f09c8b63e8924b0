//! The contract's event catalogue, tried from outside: every real delivery validates against its
//! type's payload schema under the contract's top-level `webhooks`; `events` take wildcards;
//! `:ping` sends a signed test event to one endpoint through the delivery log; and
//! `GET /v1/events` lists the same events (same bodies) oldest first, never passing over a
//! write that commits late.

use std::collections::{BTreeSet, HashMap};
use std::time::{Duration, Instant};

use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};
use reqwest::Method;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::support::{
    TestApp, apply_ok, assert_problem, complete_job, create_applicant, create_job, job_action,
    patch_current, submission, update_employer,
};
use crate::webhooks::{
    Receiver, app, deliveries, start_default, subscribe, verify_with_reference_library,
};

const EMPLOYER: Uuid = Uuid::from_u128(0x0e77_0000_0000_4000_8000_0000_0000_0001);
const OTHER: Uuid = Uuid::from_u128(0x0e77_0000_0000_4000_8000_0000_0000_0002);

fn contract() -> Value {
    serde_yaml_ng::from_str(include_str!("../../../openapi.yaml")).unwrap()
}

/// A validator for the body of one event type's webhook, from the contract alone.
fn webhook_validator(spec: &Value, event_type: &str) -> jsonschema::Validator {
    let schema = spec["webhooks"][event_type]["post"]["requestBody"]["content"]["application/json"]
        ["schema"]
        .clone();
    assert!(
        schema.is_object(),
        "the contract has no webhook for {event_type}"
    );
    let document = json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "allOf": [schema],
        "components": spec["components"],
    });
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&document)
        .unwrap()
}

async fn events_page(app: &TestApp, employer: Uuid, query: &str) -> Value {
    let response = app
        .call(Method::GET, &format!("/v1/events{query}"))
        .role(employer, "viewer")
        .send()
        .await;
    assert_eq!(response.status(), 200, "{:?}", response.text().await);
    response.json().await.unwrap()
}

/// Every event listed for `query`, following cursors; returns the items and the last cursor.
async fn all_events(app: &TestApp, employer: Uuid, query: &str) -> (Vec<Value>, Option<String>) {
    let mut items = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let sep = if query.is_empty() { "?" } else { "&" };
        let q = match &cursor {
            Some(c) => format!("{query}{sep}limit=3&cursor={c}"),
            None => format!("{query}{sep}limit=3"),
        };
        let q = if q.starts_with('?') {
            q
        } else {
            format!("?{}", q.trim_start_matches('&'))
        };
        let page = events_page(app, employer, &q).await;
        let got = page["items"].as_array().unwrap().clone();
        let next = page["next_cursor"].as_str().map(str::to_string);
        let done = got.len() < 3;
        items.extend(got);
        if next.is_some() {
            cursor = next;
        }
        if done {
            return (items, cursor);
        }
    }
}

/// Polls the feed until `n` events are listed (the feed shows an event once every earlier
/// write finished, which on a shared test cluster can take a moment).
async fn wait_events(app: &TestApp, employer: Uuid, query: &str, n: usize) -> Vec<Value> {
    let start = Instant::now();
    loop {
        let (items, _) = all_events(app, employer, query).await;
        if items.len() >= n {
            return items;
        }
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "expected {n} events for {query:?}, got {}",
            items.len()
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn outbox_count(app: &TestApp, employer: Uuid) -> usize {
    crate::support::count(
        app,
        &format!("SELECT count(*) AS n FROM outbox_events WHERE employer_id = '{employer}'"),
    )
    .await as usize
}

/// Makes an event of (nearly) every type for `EMPLOYER`; the subscription at `gone` answers
/// 410 and is disabled (`webhook_subscription.disabled`).
async fn every_kind_of_event(app: &TestApp, gone: &Receiver) {
    let admin = app.bearer(EMPLOYER, "employer_admin");
    let recruiter = app.bearer(EMPLOYER, "recruiter");
    // job.created, job.updated, job.published
    let (job, _, _) = create_job(app, EMPLOYER, &complete_job("Reef Guide")).await;
    patch_current(
        app,
        &recruiter,
        &format!("/v1/jobs/{job}"),
        json!({"title": "Senior Reef Guide"}),
    )
    .await;
    job_action(app, EMPLOYER, job, "publish").await;
    // job.translation.updated, job.translation.deleted
    for method in [Method::PUT, Method::DELETE] {
        let call = app
            .call(method.clone(), &format!("/v1/jobs/{job}/translations/dv"))
            .auth(Some(&recruiter));
        let call = match method {
            Method::PUT => call.json(&json!({"title": "ރީފް ގައިޑް"})),
            _ => call,
        };
        let response = call.send().await;
        assert!(
            response.status().is_success(),
            "{:?}",
            response.text().await
        );
    }
    // application.created + applicant.created, then application.submission.added
    // (in Dhivehi: application.created carries the language)
    let mut in_dhivehi = submission("Aishath Naseem", "aishath@x.mv");
    in_dhivehi["locale"] = json!("dv");
    let first = apply_ok(app, job, &in_dhivehi).await;
    let second = apply_ok(app, job, &submission("Aishath N.", "aishath@x.mv")).await;
    // application.status.changed + application.note.added
    patch_current(
        app,
        &recruiter,
        &format!("/v1/applications/{first}"),
        json!({"status": "screening", "note": "Strong diver"}),
    )
    .await;
    // The team's events: application.comment.created / updated / deleted,
    // application.assigned, job.team.updated, rejection_reasons.updated, member.updated and
    // member.deactivated.
    collaboration_events(app, &admin, &recruiter, job, first).await;
    // applicant.updated (a merge of the second submission)
    let response = app
        .call(
            Method::POST,
            &format!("/v1/applications/{first}:merge?submission_id={second}"),
        )
        .auth(Some(&recruiter))
        .send()
        .await;
    assert_eq!(response.status(), 200, "{:?}", response.text().await);
    let merged: Value = response.json().await.unwrap();
    let person: Uuid = merged["id"].as_str().unwrap().parse().unwrap();
    // shortlist.entry.added / updated / removed, shortlist.replaced
    let other = create_applicant(
        app,
        EMPLOYER,
        &json!({"name": "Hassan Ali", "email": "hassan@x.mv"}),
    )
    .await
    .0;
    for score in [40, 70] {
        let response = app
            .call(Method::POST, &format!("/v1/jobs/{job}/shortlist/entries"))
            .auth(Some(&recruiter))
            .json(&json!({"applicant_id": other, "score": score}))
            .send()
            .await;
        assert!(
            response.status().is_success(),
            "{:?}",
            response.text().await
        );
    }
    let response = app
        .call(
            Method::DELETE,
            &format!("/v1/jobs/{job}/shortlist/entries/{other}"),
        )
        .auth(Some(&recruiter))
        .send()
        .await;
    assert_eq!(response.status(), 204);
    let shortlist = app
        .call(Method::GET, &format!("/v1/jobs/{job}/shortlist"))
        .auth(Some(&recruiter))
        .send()
        .await;
    let tag = shortlist.headers()["etag"].to_str().unwrap().to_string();
    let response = app
        .call(Method::PUT, &format!("/v1/jobs/{job}/shortlist"))
        .auth(Some(&recruiter))
        .if_match(Some(&tag))
        .json(&json!({"entries": [{"applicant_id": person, "rank": 1}]}))
        .send()
        .await;
    assert_eq!(response.status(), 200, "{:?}", response.text().await);
    // employer.updated
    update_employer(app, EMPLOYER, json!({"name": "Reef Resorts"})).await;
    // webhook_subscription.created / secret_rotated / deleted
    let extra = subscribe(app, EMPLOYER, "https://hooks.example.com/extra", &["job.*"]).await;
    let extra_id = extra["id"].as_str().unwrap();
    for (method, path, status) in [
        (
            Method::POST,
            format!("/v1/webhooks/subscriptions/{extra_id}:rotate-secret"),
            200,
        ),
        (
            Method::DELETE,
            format!("/v1/webhooks/subscriptions/{extra_id}"),
            204,
        ),
    ] {
        let response = app.call(method, &path).auth(Some(&admin)).send().await;
        assert_eq!(response.status(), status, "{:?}", response.text().await);
    }
    // webhook_subscription.disabled: an endpoint that answers 410 Gone.
    gone.always(410);
    subscribe(app, EMPLOYER, &gone.url("/gone"), &["employer.*"]).await;
    update_employer(app, EMPLOYER, json!({"name": "Reef Resorts Maldives"})).await;
    // applicant.erased, job.closed, job.deleted
    let response = app
        .call(Method::DELETE, &format!("/v1/applicants/{other}"))
        .auth(Some(&recruiter))
        .send()
        .await;
    assert_eq!(response.status(), 204, "{:?}", response.text().await);
    job_action(app, EMPLOYER, job, "close").await;
    let response = app
        .call(Method::DELETE, &format!("/v1/jobs/{job}"))
        .auth(Some(&admin))
        .send()
        .await;
    assert_eq!(response.status(), 204, "{:?}", response.text().await);
}

/// The id of the member whose tokens carry `sub` (seen already).
pub async fn member_id(app: &TestApp, admin: &str, sub: &str) -> String {
    let response = app
        .call(Method::GET, &format!("/v1/members?q={sub}"))
        .auth(Some(admin))
        .send()
        .await;
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.unwrap();
    body["items"][0]["id"].as_str().unwrap().to_string()
}

async fn collaboration_events(
    app: &TestApp,
    admin: &str,
    recruiter: &str,
    job: Uuid,
    application: Uuid,
) {
    let me = member_id(app, admin, "recruiter-user").await;
    let comments = format!("/v1/applications/{application}/comments");
    let response = app
        .call(Method::POST, &comments)
        .auth(Some(recruiter))
        .fresh_key()
        .json(&json!({"body": "Strong **diver**", "body_format": "markdown", "mentions": [me]}))
        .send()
        .await;
    assert_eq!(response.status(), 201, "{:?}", response.text().await);
    let comment: Value = response.json().await.unwrap();
    let one = format!("{comments}/{}", comment["id"].as_str().unwrap());
    let response = app
        .call(Method::PATCH, &one)
        .auth(Some(recruiter))
        .if_match(comment["etag"].as_str())
        .json(&json!({"body": "Strong diver, calm"}))
        .send()
        .await;
    assert_eq!(response.status(), 200, "{:?}", response.text().await);
    let response = app
        .call(Method::DELETE, &one)
        .auth(Some(recruiter))
        .send()
        .await;
    assert_eq!(response.status(), 204, "{:?}", response.text().await);
    patch_current(
        app,
        recruiter,
        &format!("/v1/applications/{application}"),
        json!({"assignee_id": me}),
    )
    .await;
    let response = app
        .call(Method::PUT, &format!("/v1/jobs/{job}/team"))
        .auth(Some(recruiter))
        .if_match(Some("*"))
        .json(&json!({"members": [{"member_id": me, "role": "recruiter"}]}))
        .send()
        .await;
    assert_eq!(response.status(), 200, "{:?}", response.text().await);
    let response = app
        .call(Method::PUT, "/v1/rejection-reasons")
        .auth(Some(admin))
        .if_match(Some("*"))
        .json(&json!({"reasons": [{"label": "Could not dive"}], "required": true}))
        .send()
        .await;
    assert_eq!(response.status(), 200, "{:?}", response.text().await);
    patch_current(
        app,
        admin,
        &format!("/v1/members/{me}"),
        json!({"display_name": "Reef Recruiter"}),
    )
    .await;
    let viewer = format!(
        "Bearer {}",
        app.token(Some(EMPLOYER), &["viewer"], "leaving-viewer")
    );
    let response = app
        .call(Method::GET, "/v1/members")
        .auth(Some(&viewer))
        .send()
        .await;
    assert_eq!(response.status(), 200);
    let leaving = member_id(app, admin, "leaving-viewer").await;
    patch_current(
        app,
        admin,
        &format!("/v1/members/{leaving}"),
        json!({"status": "deactivated"}),
    )
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn every_delivery_matches_its_payload_schema_and_the_feed_lists_the_same_bodies() {
    let app = app().await;
    let spec = contract();
    let receiver = Receiver::start().await;
    let gone = Receiver::start().await;
    let all = subscribe(&app, EMPLOYER, &receiver.url("/all"), &["*"]).await;
    let secret = all["secret"].as_str().unwrap().to_string();
    let _dispatcher = start_default(&app);
    every_kind_of_event(&app, &gone).await;

    // The ping goes through the same path, and only to the endpoint named.
    let all_id = all["id"].as_str().unwrap();
    let response = app
        .call(
            Method::POST,
            &format!("/v1/webhooks/subscriptions/{all_id}:ping"),
        )
        .role(EMPLOYER, "employer_admin")
        .send()
        .await;
    assert_eq!(response.status(), 202, "{:?}", response.text().await);
    let ping: Value = response.json().await.unwrap();
    assert_eq!(ping["event_type"], "webhook.ping");

    // `*` receives every event the employer recorded, the ping besides.
    let disabled_seen = Instant::now();
    loop {
        let n = crate::support::count(
            &app,
            &format!(
                "SELECT count(*) AS n FROM outbox_events WHERE employer_id = '{EMPLOYER}' \
                 AND event_type = 'webhook_subscription.disabled'"
            ),
        )
        .await;
        if n == 1 {
            break;
        }
        assert!(disabled_seen.elapsed() < Duration::from_secs(20));
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let expected = outbox_count(&app, EMPLOYER).await + 1;
    let received = receiver.wait_for(expected, Duration::from_secs(30)).await;
    assert_eq!(received.len(), expected);
    assert!(
        verify_with_reference_library(&secret, &received)
            .iter()
            .all(|ok| *ok),
        "every delivery, the ping included, verifies with the reference library"
    );

    let mut types = BTreeSet::new();
    let mut bodies: HashMap<String, Value> = HashMap::new();
    for r in &received {
        let body: Value = serde_json::from_str(&r.body).unwrap();
        let event_type = body["type"].as_str().unwrap().to_string();
        let validator = webhook_validator(&spec, &event_type);
        let errors: Vec<String> = validator
            .iter_errors(&body)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(
            errors.is_empty(),
            "{event_type} does not match its schema: {errors:?}\n{body:#}"
        );
        types.insert(event_type);
        bodies.insert(r.headers["webhook-id"].clone(), body);
    }
    let every_type: BTreeSet<String> = spec["webhooks"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect();
    let missing: Vec<&String> = every_type.difference(&types).collect();
    // Retention's anonymization runs on a schedule of days: the only type not made here.
    assert_eq!(missing, vec!["application.anonymized"], "types not seen");

    // The feed lists the same events with the same bodies (and never the ping).
    let listed = wait_events(&app, EMPLOYER, "", expected - 1).await;
    assert_eq!(listed.len(), expected - 1);
    for item in &listed {
        let id = item["id"].as_str().unwrap();
        let mut without_id = item.clone();
        without_id.as_object_mut().unwrap().remove("id");
        assert_eq!(
            Some(&without_id),
            bodies.get(id),
            "the feed's event is the delivered body"
        );
        assert_ne!(item["type"], "webhook.ping");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn wildcards_select_a_family_and_exact_types_only_themselves() {
    let app = app().await;
    let family = subscribe(
        &app,
        EMPLOYER,
        "https://hooks.example.com/a",
        &["application.*"],
    )
    .await;
    let exact = subscribe(
        &app,
        EMPLOYER,
        "https://hooks.example.com/b",
        &["job.published", "shortlist.entry.*"],
    )
    .await;
    assert_eq!(family["events"], json!(["application.*"]));
    let (job, _, _) = create_job(&app, EMPLOYER, &complete_job("Barista")).await;
    job_action(&app, EMPLOYER, job, "publish").await;
    let first = apply_ok(&app, job, &submission("Mariyam", "mariyam@x.mv")).await;
    apply_ok(&app, job, &submission("Mariyam", "mariyam@x.mv")).await;
    let recruiter = app.bearer(EMPLOYER, "recruiter");
    patch_current(
        &app,
        &recruiter,
        &format!("/v1/applications/{first}"),
        json!({"status": "screening"}),
    )
    .await;
    let types = |list: Vec<Value>| -> BTreeSet<String> {
        list.iter()
            .map(|d| d["event_type"].as_str().unwrap().to_string())
            .collect()
    };
    let got = types(deliveries(&app, EMPLOYER, family["id"].as_str().unwrap(), "").await);
    assert_eq!(
        got,
        BTreeSet::from([
            "application.created".to_string(),
            "application.submission.added".to_string(),
            "application.status.changed".to_string(),
        ])
    );
    let got = types(deliveries(&app, EMPLOYER, exact["id"].as_str().unwrap(), "").await);
    assert_eq!(got, BTreeSet::from(["job.published".to_string()]));

    // A selector outside the catalogue is refused with the values that are allowed.
    let response = app
        .call(Method::POST, "/v1/webhooks/subscriptions")
        .role(EMPLOYER, "employer_admin")
        .fresh_key()
        .json(&json!({"url": "https://hooks.example.com/c", "events": ["jobs.*"]}))
        .send()
        .await;
    let problem = assert_problem(response, 422).await;
    let detail = problem["errors"][0]["detail"].as_str().unwrap();
    assert_eq!(problem["errors"][0]["pointer"], "/events/0");
    assert!(
        detail.contains("job.*") && detail.contains("application.*"),
        "{detail}"
    );
    // 33 selectors exist; a subscription may name all of them.
    let spec = contract();
    let all: Vec<Value> = spec["components"]["schemas"]["WebhookEventSelector"]["enum"]
        .as_array()
        .unwrap()
        .clone();
    assert!(all.len() > 16);
    let response = app
        .call(Method::POST, "/v1/webhooks/subscriptions")
        .role(EMPLOYER, "employer_admin")
        .fresh_key()
        .json(&json!({"url": "https://hooks.example.com/d", "events": all}))
        .send()
        .await;
    assert_eq!(response.status(), 201, "{:?}", response.text().await);
}

#[tokio::test(flavor = "multi_thread")]
async fn ping_is_logged_for_one_subscription_and_refused_when_it_cannot_be_sent() {
    let app = app().await;
    let one = subscribe(&app, EMPLOYER, "https://hooks.example.com/1", &["*"]).await;
    let two = subscribe(&app, EMPLOYER, "https://hooks.example.com/2", &["*"]).await;
    let (one, two) = (one["id"].as_str().unwrap(), two["id"].as_str().unwrap());
    let ping = |id: String, role: &'static str, employer: Uuid| {
        let app = &app;
        async move {
            app.call(
                Method::POST,
                &format!("/v1/webhooks/subscriptions/{id}:ping"),
            )
            .role(employer, role)
            .send()
            .await
        }
    };
    let response = ping(one.to_string(), "employer_admin", EMPLOYER).await;
    assert_eq!(response.status(), 202);
    let delivery: Value = response.json().await.unwrap();
    assert_eq!(delivery["status"], "pending");
    let pings = |list: Vec<Value>| -> Vec<Value> {
        list.into_iter()
            .filter(|d| d["event_type"] == "webhook.ping")
            .collect()
    };
    let logged = pings(deliveries(&app, EMPLOYER, one, "").await);
    assert_eq!(logged.len(), 1);
    assert_eq!(logged[0]["id"], delivery["id"]);
    assert!(pings(deliveries(&app, EMPLOYER, two, "").await).is_empty());
    // Not an employer event: the feed does not list it.
    let listed = wait_events(&app, EMPLOYER, "?type=webhook_subscription.*", 2).await;
    assert_eq!(listed.len(), 2);
    assert!(
        listed
            .iter()
            .all(|e| e["type"] == "webhook_subscription.created")
    );

    // Recruiters cannot; another employer's subscription is unknown; a disabled one is 409.
    let problem = assert_problem(ping(one.to_string(), "recruiter", EMPLOYER).await, 403).await;
    assert_eq!(problem["required_roles"], json!(["employer_admin"]));
    assert_problem(ping(one.to_string(), "employer_admin", OTHER).await, 404).await;
    assert_problem(
        ping(Uuid::new_v4().to_string(), "employer_admin", EMPLOYER).await,
        404,
    )
    .await;
    crate::support::count(
        &app,
        &format!(
            "WITH d AS (UPDATE webhook_subscriptions SET active = false, disabled_reason = 'gone' \
             WHERE id = '{two}' RETURNING 1) SELECT count(*) AS n FROM d"
        ),
    )
    .await;
    let problem =
        assert_problem(ping(two.to_string(), "employer_admin", EMPLOYER).await, 409).await;
    assert!(
        problem["detail"].as_str().unwrap().contains("disabled"),
        "{problem}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn the_feed_pages_oldest_first_filters_by_family_and_keeps_its_place() {
    let app = TestApp::spawn().await;
    let (a, _, _) = create_job(&app, EMPLOYER, &complete_job("Waiter")).await;
    job_action(&app, EMPLOYER, a, "publish").await;
    let (b, _, _) = create_job(&app, EMPLOYER, &complete_job("Cook")).await;
    create_applicant(
        &app,
        EMPLOYER,
        &json!({"name": "Ali Shareef", "email": "ali@x.mv"}),
    )
    .await;
    create_job(&app, OTHER, &complete_job("Not yours")).await;

    let listed = wait_events(&app, EMPLOYER, "", 4).await;
    let types: Vec<&str> = listed.iter().map(|e| e["type"].as_str().unwrap()).collect();
    assert_eq!(
        types,
        [
            "job.created",
            "job.published",
            "job.created",
            "applicant.created"
        ]
    );
    assert_eq!(listed[0]["data"]["id"], a.to_string());
    assert_eq!(listed[2]["data"]["id"], b.to_string());
    assert!(
        listed
            .iter()
            .all(|e| e["data"]["employer_id"] == EMPLOYER.to_string()),
        "only the caller's employer's events"
    );

    // Families and exact types.
    let (jobs, _) = all_events(&app, EMPLOYER, "?type=job.*").await;
    assert_eq!(jobs.len(), 3);
    let (published, _) = all_events(&app, EMPLOYER, "?type=job.published").await;
    assert_eq!(published.len(), 1);
    assert_eq!(published[0]["data"]["id"], a.to_string());

    // The last page still gives a cursor; asking with it later returns what came since.
    let (_, cursor) = all_events(&app, EMPLOYER, "").await;
    let cursor = cursor.expect("a cursor after the last event");
    let page = events_page(&app, EMPLOYER, &format!("?cursor={cursor}")).await;
    assert_eq!(page["items"], json!([]));
    assert_eq!(page["next_cursor"], cursor, "an empty page keeps the place");
    job_action(&app, EMPLOYER, b, "publish").await;
    let start = Instant::now();
    let newer = loop {
        let page = events_page(&app, EMPLOYER, &format!("?cursor={cursor}")).await;
        if !page["items"].as_array().unwrap().is_empty() {
            break page;
        }
        assert!(start.elapsed() < Duration::from_secs(30));
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert_eq!(newer["items"][0]["type"], "job.published");
    assert_eq!(newer["items"][0]["data"]["id"], b.to_string());

    // `since` starts from a time; a cursor of other filters is refused.
    let (since_now, _) = all_events(
        &app,
        EMPLOYER,
        &format!(
            "?since={}",
            newer["items"][0]["timestamp"]
                .as_str()
                .unwrap()
                .replace(':', "%3A")
        ),
    )
    .await;
    assert_eq!(since_now.len(), 1);
    let response = app
        .call(
            Method::GET,
            &format!("/v1/events?type=job.*&cursor={cursor}"),
        )
        .role(EMPLOYER, "viewer")
        .send()
        .await;
    assert_problem(response, 400).await;
    let response = app
        .call(Method::GET, "/v1/events?type=jobs.*")
        .role(EMPLOYER, "viewer")
        .send()
        .await;
    let problem = assert_problem(response, 400).await;
    assert_eq!(problem["errors"][0]["pointer"], "#/query/type");
    // Applicant tokens have no employer events.
    let response = app
        .call(Method::GET, "/v1/events")
        .auth(Some(&format!(
            "Bearer {}",
            app.token(None, &["applicant"], "someone")
        )))
        .send()
        .await;
    assert_problem(response, 403).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_write_that_commits_late_is_listed_before_later_ones_not_passed_over() {
    let app = TestApp::spawn().await;
    create_job(&app, EMPLOYER, &complete_job("First")).await;
    wait_events(&app, EMPLOYER, "", 1).await;

    // A transaction writes an event and stays open while a later write commits.
    let mut slow = AsyncPgConnection::establish(&app.db.url).await.unwrap();
    diesel::sql_query("BEGIN").execute(&mut slow).await.unwrap();
    let early = Uuid::now_v7();
    diesel::sql_query(format!(
        "INSERT INTO outbox_events (id, employer_id, event_type, entity_type, entity_id, actor, \
           payload) \
         VALUES ('{early}', '{EMPLOYER}', 'employer.updated', 'employer', '{EMPLOYER}', \
           'test', '{{\"changed_fields\": [\"name\"], \"version\": 2}}')"
    ))
    .execute(&mut slow)
    .await
    .unwrap();
    let (late, _, _) = create_job(&app, EMPLOYER, &complete_job("Second")).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let (before_commit, cursor) = all_events(&app, EMPLOYER, "").await;
    assert_eq!(
        before_commit.len(),
        1,
        "the later write waits behind the open one: {before_commit:?}"
    );
    diesel::sql_query("COMMIT")
        .execute(&mut slow)
        .await
        .unwrap();

    // From the cursor read before the commit, both come, the earlier write first.
    let start = Instant::now();
    let after = loop {
        let page = events_page(
            &app,
            EMPLOYER,
            &format!("?cursor={}", cursor.clone().unwrap()),
        )
        .await;
        if page["items"].as_array().unwrap().len() >= 2 {
            break page;
        }
        assert!(start.elapsed() < Duration::from_secs(30));
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert_eq!(after["items"][0]["id"], early.to_string());
    assert_eq!(after["items"][1]["data"]["id"], late.to_string());
}

#[test]
fn the_server_records_exactly_the_event_types_the_contract_lists() {
    let spec = contract();
    let listed: BTreeSet<&str> = spec["components"]["schemas"]["WebhookEventType"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_str().unwrap())
        .filter(|t| *t != jobs_server::domain::events::PING)
        .collect();
    let recorded: BTreeSet<&str> = jobs_server::domain::events::EVENT_TYPES
        .iter()
        .copied()
        .collect();
    assert_eq!(recorded, listed);
    let webhooks: BTreeSet<&str> = spec["webhooks"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert!(webhooks.is_superset(&recorded) && webhooks.contains("webhook.ping"));
    // Every selector the contract offers is a type or a family covering at least one type.
    for selector in spec["components"]["schemas"]["WebhookEventSelector"]["enum"]
        .as_array()
        .unwrap()
    {
        let s = jobs_server::domain::events::Selector::parse(selector.as_str().unwrap());
        assert!(recorded.iter().any(|t| s.selects(t)), "{selector}");
    }
}
