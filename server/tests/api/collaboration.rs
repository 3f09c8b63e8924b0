//! The hiring team works together, tried as a team would: members recorded from their tokens,
//! comments with mentions, an assignment, a rejection with a reason, a hiring team, the
//! timeline in order, another employer's recruiter shut out everywhere, and a deactivated
//! recruiter refused within seconds by two other server processes on the same database.

use std::time::{Duration, Instant};

use jobs_server::auth::{Profile, Role};
use jobs_server::config::{DEV_AUDIENCE, DEV_ISSUER};
use reqwest::Method;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::support::{
    ServerProcess, TestApp, apply_ok, assert_problem, item_ids, published_job, submission,
};

const EMPLOYER: Uuid = Uuid::from_u128(0x0c01_1ab0_0000_4000_8000_0000_0000_0001);
const OTHER: Uuid = Uuid::from_u128(0x0c01_1ab0_0000_4000_8000_0000_0000_0002);

/// A bearer header for `sub` with one role at `employer`, with `name` and `email` claims.
fn bearer(app: &TestApp, employer: Uuid, role: &str, sub: &str, name: Option<&str>) -> String {
    let token = app
        .state
        .verifier
        .dev_key()
        .unwrap()
        .mint_with_profile(
            DEV_ISSUER,
            DEV_AUDIENCE,
            sub,
            Some(employer),
            &[Role::parse(role).unwrap()],
            Duration::from_secs(600),
            &Profile {
                name: name.map(str::to_string),
                email: name.map(|_| format!("{sub}@reef.example")),
            },
        )
        .unwrap();
    format!("Bearer {token}")
}

async fn send(
    app: &TestApp,
    method: Method,
    path: &str,
    auth: &str,
    body: Option<Value>,
) -> reqwest::Response {
    let mut call = app.call(method.clone(), path).auth(Some(auth));
    if method == Method::POST {
        call = call.fresh_key();
    }
    if method == Method::PATCH || method == Method::PUT {
        call = call.if_match(Some("*"));
    }
    call.maybe_json(body).send().await
}

async fn ok(app: &TestApp, method: Method, path: &str, auth: &str, body: Option<Value>) -> Value {
    let response = send(app, method.clone(), path, auth, body).await;
    let status = response.status();
    let text = response.text().await.unwrap();
    assert!(status.is_success(), "{method} {path}: {status} {text}");
    serde_json::from_str(&text).unwrap_or(Value::Null)
}

/// The member whose tokens carry `sub`, as the employer's list shows them.
async fn member(app: &TestApp, auth: &str, sub: &str) -> Value {
    let list = ok(
        app,
        Method::GET,
        &format!("/v1/members?q={sub}"),
        auth,
        None,
    )
    .await;
    let found: Vec<&Value> = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["sub"] == sub)
        .collect();
    assert_eq!(found.len(), 1, "{list:#}");
    found[0].clone()
}

/// Polls `base` as `auth` until the answer is `status`; returns how long that took.
async fn until_status(base: &str, auth: &str, status: u16) -> Duration {
    let client = reqwest::Client::new();
    let started = Instant::now();
    loop {
        let response = client
            .get(format!("{base}/v1/members"))
            .header("authorization", auth)
            .send()
            .await
            .unwrap();
        if response.status().as_u16() == status {
            if status == 403 {
                let body: Value = response.json().await.unwrap();
                assert_eq!(body["type"], "urn:jobs-api:problem:member-deactivated");
            }
            return started.elapsed();
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "{base} still answers {} after 10 s",
            response.status()
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_team_works_one_candidate_through_and_a_deactivated_recruiter_is_shut_out_everywhere() {
    let app = TestApp::spawn().await;
    let admin = bearer(&app, EMPLOYER, "employer_admin", "ana", Some("Ana Admin"));
    let rui = bearer(&app, EMPLOYER, "recruiter", "rui", Some("Rui Recruiter"));
    let rita = bearer(&app, EMPLOYER, "recruiter", "rita", None);
    let vic = bearer(&app, EMPLOYER, "viewer", "vic", None);
    let fred = bearer(&app, OTHER, "recruiter", "fred", Some("Fred Elsewhere"));

    // Members are recorded from the first request of each token, with its name and e-mail.
    for auth in [&admin, &rui, &rita, &vic] {
        ok(&app, Method::GET, "/v1/members", auth, None).await;
    }
    ok(&app, Method::GET, "/v1/members", &fred, None).await;
    let ana = member(&app, &admin, "ana").await;
    assert_eq!(ana["display_name"], "Ana Admin");
    assert_eq!(ana["email"], "ana@reef.example");
    assert_eq!(ana["roles"], json!(["employer_admin"]));
    assert_eq!(ana["status"], "active");
    let rui_id = member(&app, &admin, "rui").await["id"].clone();
    let rita_id = member(&app, &admin, "rita").await["id"].clone();
    let vic_id = member(&app, &admin, "vic").await["id"].clone();
    let fred_id = member(&app, &fred, "fred").await["id"].clone();
    let everyone = ok(&app, Method::GET, "/v1/members", &vic, None).await;
    assert_eq!(
        everyone["items"].as_array().unwrap().len(),
        4,
        "{everyone:#}"
    );
    let recruiters = ok(&app, Method::GET, "/v1/members?role=recruiter", &vic, None).await;
    let subs: Vec<&str> = recruiters["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["sub"].as_str().unwrap())
        .collect();
    assert_eq!(subs, ["rui", "rita"]);

    // A candidate applies.
    let job = published_job(&app, EMPLOYER, "Dive Instructor").await;
    let application = apply_ok(&app, job, &submission("Aminath Shifa", "shifa@x.mv")).await;
    let base = format!("/v1/applications/{application}");
    let comments = format!("{base}/comments");

    // Comments with mentions; the same Idempotency-Key replays the first answer.
    let body = json!({"body": "Great dive log. **Shortlist?** <b>x</b>", "body_format": "markdown", "mentions": [rita_id]});
    let key = Uuid::new_v4().to_string();
    let first = app
        .call(Method::POST, &comments)
        .auth(Some(&rui))
        .header("idempotency-key", &key)
        .json(&body)
        .send()
        .await;
    assert_eq!(first.status(), 201);
    let first: Value = first.json().await.unwrap();
    assert!(
        first["body_html"]
            .as_str()
            .unwrap()
            .contains("<strong>Shortlist?</strong>")
    );
    assert!(
        first["body_html"].as_str().unwrap().contains("&lt;b&gt;"),
        "{first:#}"
    );
    assert_eq!(first["author"]["display_name"], "Rui Recruiter");
    assert_eq!(first["mentions"][0]["id"], rita_id);
    let replay = app
        .call(Method::POST, &comments)
        .auth(Some(&rui))
        .header("idempotency-key", &key)
        .json(&body)
        .send()
        .await;
    assert_eq!(replay.status(), 201);
    assert_eq!(replay.headers()["idempotent-replayed"], "true");
    let replay: Value = replay.json().await.unwrap();
    assert_eq!(replay["id"], first["id"]);
    let second = ok(
        &app,
        Method::POST,
        &comments,
        &rita,
        Some(json!({"body": "Agreed, calm under pressure", "mentions": [rui_id, vic_id]})),
    )
    .await;

    // A mention of another employer's member is 422 naming it; viewers read but do not write.
    let problem = assert_problem(
        send(
            &app,
            Method::POST,
            &comments,
            &rui,
            Some(json!({"body": "fyi", "mentions": [rita_id, fred_id]})),
        )
        .await,
        422,
    )
    .await;
    assert_eq!(
        problem["errors"][0]["pointer"], "/mentions/1",
        "{problem:#}"
    );
    assert_eq!(problem["errors"].as_array().unwrap().len(), 1);
    let read = ok(&app, Method::GET, &comments, &vic, None).await;
    assert_eq!(item_ids(&read).len(), 2);
    assert_problem(
        send(
            &app,
            Method::POST,
            &comments,
            &vic,
            Some(json!({"body": "hi"})),
        )
        .await,
        403,
    )
    .await;

    // Assignment, and the list by assignee.
    let assigned = ok(
        &app,
        Method::PATCH,
        &base,
        &rui,
        Some(json!({"assignee_id": rita_id, "status": "screening"})),
    )
    .await;
    assert_eq!(assigned["assignee_id"], rita_id);
    let jobs_list = format!("/v1/jobs/{job}/applications");
    let mine = ok(
        &app,
        Method::GET,
        &format!("{jobs_list}?assignee=me"),
        &rita,
        None,
    )
    .await;
    assert_eq!(item_ids(&mine), [application]);
    let nobody = ok(
        &app,
        Method::GET,
        &format!("{jobs_list}?assignee=none"),
        &rita,
        None,
    )
    .await;
    assert!(item_ids(&nobody).is_empty());
    let by_id = ok(
        &app,
        Method::GET,
        &format!("{jobs_list}?assignee={}", rui_id.as_str().unwrap()),
        &vic,
        None,
    )
    .await;
    assert!(item_ids(&by_id).is_empty());
    let problem = assert_problem(
        send(
            &app,
            Method::PATCH,
            &base,
            &rui,
            Some(json!({"assignee_id": fred_id})),
        )
        .await,
        422,
    )
    .await;
    assert_eq!(problem["errors"][0]["pointer"], "/assignee_id");

    // Only its author edits a comment (the old text is kept); an admin may delete one.
    let first_path = format!("{comments}/{}", first["id"].as_str().unwrap());
    let second_path = format!("{comments}/{}", second["id"].as_str().unwrap());
    let problem = assert_problem(
        send(
            &app,
            Method::PATCH,
            &first_path,
            &rita,
            Some(json!({"body": "mine now"})),
        )
        .await,
        403,
    )
    .await;
    assert_eq!(problem["type"], "urn:jobs-api:problem:not-permitted");
    let edited = ok(
        &app,
        Method::PATCH,
        &first_path,
        &rui,
        Some(json!({"body": "Great dive log. Shortlisted."})),
    )
    .await;
    assert_eq!(edited["history"][0]["body"], body["body"]);
    assert!(edited["edited_at"].is_string());
    assert_problem(
        send(&app, Method::DELETE, &second_path, &rui, None).await,
        403,
    )
    .await;
    let response = send(&app, Method::DELETE, &second_path, &admin, None).await;
    assert_eq!(response.status(), 204);

    // Rejection reasons: required once the admin says so, and carried by the application.
    let reasons = ok(&app, Method::GET, "/v1/rejection-reasons", &vic, None).await;
    assert!(
        reasons["reasons"].as_array().unwrap().len() >= 5,
        "sensible defaults"
    );
    let reasons = ok(
        &app,
        Method::PUT,
        "/v1/rejection-reasons",
        &admin,
        Some(json!({"required": true, "reasons": [{"id": reasons["reasons"][0]["id"], "label": "Not enough dives"}, {"label": "No rescue certificate"}]})),
    )
    .await;
    let reason = reasons["reasons"][1].clone();
    let problem = assert_problem(
        send(
            &app,
            Method::PATCH,
            &base,
            &rui,
            Some(json!({"status": "rejected"})),
        )
        .await,
        422,
    )
    .await;
    assert_eq!(problem["errors"][0]["pointer"], "/rejection_reason_id");
    let rejected = ok(&app, Method::PATCH, &base, &rui, Some(json!({"status": "rejected", "rejection_reason_id": reason["id"], "note": "Reapply with the certificate"}))).await;
    assert_eq!(rejected["rejection_reason"], reason);
    let by_reason = ok(
        &app,
        Method::GET,
        &format!(
            "/v1/applications?rejection_reason_id={}",
            reason["id"].as_str().unwrap()
        ),
        &vic,
        None,
    )
    .await;
    assert_eq!(item_ids(&by_reason), [application]);

    // The hiring team: active members of this employer only.
    let team = format!("/v1/jobs/{job}/team");
    let set = ok(&app, Method::PUT, &team, &rui, Some(json!({"members": [{"member_id": vic_id, "role": "interviewer"}, {"member_id": rita_id, "role": "hiring_manager"}]}))).await;
    assert_eq!(
        set["members"][0]["member"]["id"], rita_id,
        "hiring managers first"
    );
    let problem = assert_problem(
        send(
            &app,
            Method::PUT,
            &team,
            &rui,
            Some(json!({"members": [{"member_id": fred_id, "role": "recruiter"}]})),
        )
        .await,
        422,
    )
    .await;
    assert_eq!(problem["errors"][0]["pointer"], "/members/0/member_id");

    // The timeline, in order, three at a time, with who acted.
    let mut items = Vec::new();
    let mut path = format!("{base}/activity?limit=3");
    loop {
        let page = ok(&app, Method::GET, &path, &vic, None).await;
        items.extend(page["items"].as_array().unwrap().iter().cloned());
        match page["next_cursor"].as_str() {
            Some(cursor) => path = format!("{base}/activity?limit=3&cursor={cursor}"),
            None => break,
        }
    }
    let types: Vec<&str> = items.iter().map(|i| i["type"].as_str().unwrap()).collect();
    assert_eq!(
        types,
        [
            "application.created",
            "application.comment.created",
            "application.comment.created",
            "application.status.changed",
            "application.assigned",
            "application.comment.updated",
            "application.comment.deleted",
            "application.status.changed",
            "application.note.added",
        ]
    );
    assert_eq!(items[1]["actor_member"]["display_name"], "Rui Recruiter");
    assert_eq!(items[1]["data"]["mentions"], json!([rita_id]));
    assert_eq!(items[4]["data"]["assignee_id"], rita_id);
    assert_eq!(items[6]["actor"], "ana");
    assert_eq!(items[7]["data"]["rejection_reason"], reason["label"]);
    assert!(
        items[0]["actor_member"].is_null(),
        "the applicant is nobody's member"
    );

    // The other employer's recruiter: 404 on every one of these.
    let fred_paths = [
        (Method::GET, comments.clone(), None),
        (
            Method::POST,
            comments.clone(),
            Some(json!({"body": "hello"})),
        ),
        (
            Method::PATCH,
            first_path.clone(),
            Some(json!({"body": "hello"})),
        ),
        (Method::DELETE, first_path.clone(), None),
        (Method::GET, format!("{base}/activity"), None),
        (
            Method::PATCH,
            base.clone(),
            Some(json!({"assignee_id": fred_id})),
        ),
        (Method::GET, team.clone(), None),
        (Method::PUT, team.clone(), Some(json!({"members": []}))),
        (
            Method::GET,
            format!("/v1/members/{}", rui_id.as_str().unwrap()),
            None,
        ),
    ];
    for (method, path, body) in fred_paths {
        let response = send(&app, method.clone(), &path, &fred, body).await;
        assert_eq!(
            response.status(),
            404,
            "{method} {path} as another employer's recruiter"
        );
    }

    // Deactivation: the admin cannot shut themselves out; a recruiter is shut out within 5 s on
    // two other server processes sharing the database (and at once on this one).
    let key_path = app.state.config.dev_key_path.display().to_string();
    let vars = [("JOBS_DEV_KEY_PATH", key_path.as_str())];
    let (b, c) = tokio::join!(
        ServerProcess::start(&app.db.url, &vars),
        ServerProcess::start(&app.db.url, &vars)
    );
    until_status(&b.base, &rui, 200).await;
    until_status(&c.base, &rui, 200).await;
    let ana_path = format!("/v1/members/{}", ana["id"].as_str().unwrap());
    let problem = assert_problem(
        send(
            &app,
            Method::PATCH,
            &ana_path,
            &admin,
            Some(json!({"status": "deactivated"})),
        )
        .await,
        403,
    )
    .await;
    assert_eq!(problem["type"], "urn:jobs-api:problem:not-permitted");
    let rui_path = format!("/v1/members/{}", rui_id.as_str().unwrap());
    assert_problem(
        send(
            &app,
            Method::PATCH,
            &rui_path,
            &rita,
            Some(json!({"status": "deactivated"})),
        )
        .await,
        403,
    )
    .await;
    let deactivated = ok(
        &app,
        Method::PATCH,
        &rui_path,
        &admin,
        Some(json!({"status": "deactivated"})),
    )
    .await;
    assert_eq!(deactivated["status"], "deactivated");
    let (on_b, on_c) = tokio::join!(
        until_status(&b.base, &rui, 403),
        until_status(&c.base, &rui, 403)
    );
    assert!(
        on_b < Duration::from_secs(5) && on_c < Duration::from_secs(5),
        "{on_b:?} {on_c:?}"
    );
    assert_problem(
        send(&app, Method::GET, "/v1/members", &rui, None).await,
        403,
    )
    .await;
    // What they wrote stays; they can no longer be mentioned or assigned.
    let problem = assert_problem(
        send(
            &app,
            Method::POST,
            &comments,
            &rita,
            Some(json!({"body": "cc", "mentions": [rui_id]})),
        )
        .await,
        422,
    )
    .await;
    assert_eq!(problem["errors"][0]["pointer"], "/mentions/0");
    let events = crate::support::outbox(&app, rui_id.as_str().unwrap().parse().unwrap()).await;
    assert!(
        events.iter().any(|(t, _)| t == "member.deactivated"),
        "{events:?}"
    );
    // Reactivated, they are back within the same bound.
    ok(
        &app,
        Method::PATCH,
        &rui_path,
        &admin,
        Some(json!({"status": "active"})),
    )
    .await;
    let back = until_status(&b.base, &rui, 200).await;
    assert!(back < Duration::from_secs(5), "{back:?}");
}

/// The limits of a comment: an erased person gets no new ones (409), a body whose HTML would
/// pass the contract's bound is 422, and an edit stands although someone it mentions was
/// deactivated since.
#[tokio::test(flavor = "multi_thread")]
async fn comments_stop_at_erasure_bound_their_html_and_keep_old_mentions() {
    let app = TestApp::spawn().await;
    let admin = bearer(&app, EMPLOYER, "employer_admin", "ana", None);
    let rui = bearer(&app, EMPLOYER, "recruiter", "rui", None);
    let rita = bearer(&app, EMPLOYER, "recruiter", "rita", None);
    ok(&app, Method::GET, "/v1/members", &rita, None).await;
    let rita_id = member(&app, &admin, "rita").await["id"].clone();
    let job = published_job(&app, EMPLOYER, "Boat Captain").await;
    let application = apply_ok(&app, job, &submission("Ibrahim Naseer", "ibrahim@x.mv")).await;
    let comments = format!("/v1/applications/{application}/comments");

    // 5,000 nested quotes are 5 KB of Markdown and 135 KB of HTML, more than the contract allows.
    let quotes = format!("{}a", ">".repeat(5000));
    let problem = assert_problem(
        send(
            &app,
            Method::POST,
            &comments,
            &rui,
            Some(json!({"body": quotes, "body_format": "markdown"})),
        )
        .await,
        422,
    )
    .await;
    assert_eq!(problem["errors"][0]["pointer"], "/body");

    let written = ok(
        &app,
        Method::POST,
        &comments,
        &rui,
        Some(json!({"body": "Ask Rita", "mentions": [rita_id]})),
    )
    .await;
    let path = format!("{comments}/{}", written["id"].as_str().unwrap());
    let rita_path = format!("/v1/members/{}", rita_id.as_str().unwrap());
    ok(
        &app,
        Method::PATCH,
        &rita_path,
        &admin,
        Some(json!({"status": "deactivated"})),
    )
    .await;
    let edited = ok(
        &app,
        Method::PATCH,
        &path,
        &rui,
        Some(json!({"body": "Ask Rita (she left)"})),
    )
    .await;
    assert_eq!(edited["mentions"][0]["status"], "deactivated");

    // Erasure takes the comments, and none can be added about the person afterwards.
    let read = ok(
        &app,
        Method::GET,
        &format!("/v1/applications/{application}"),
        &rui,
        None,
    )
    .await;
    let applicant = read["applicant"]["id"].as_str().unwrap().to_string();
    let response = send(
        &app,
        Method::DELETE,
        &format!("/v1/applicants/{applicant}"),
        &rui,
        None,
    )
    .await;
    assert_eq!(response.status(), 204);
    let left = ok(&app, Method::GET, &comments, &rui, None).await;
    assert!(item_ids(&left).is_empty(), "{left:#}");
    assert_problem(
        send(
            &app,
            Method::POST,
            &comments,
            &rui,
            Some(json!({"body": "Still here?"})),
        )
        .await,
        409,
    )
    .await;
}

/// What a user trying the API found, now held: a comment's `Location` answers, one member
/// mentioned twice (in another case) is refused, a viewer is not assignable, assigning the same
/// member again changes nothing, and a team read back with a member deactivated since is
/// accepted as it is.
#[tokio::test(flavor = "multi_thread")]
async fn locations_answer_and_repeats_change_nothing() {
    let app = TestApp::spawn().await;
    let admin = bearer(&app, EMPLOYER, "employer_admin", "ana", None);
    let rui = bearer(&app, EMPLOYER, "recruiter", "rui", None);
    let vic = bearer(&app, EMPLOYER, "viewer", "vic", None);
    for auth in [&admin, &rui, &vic] {
        ok(&app, Method::GET, "/v1/members", auth, None).await;
    }
    let rui_id = member(&app, &admin, "rui").await["id"].clone();
    let vic_id = member(&app, &admin, "vic").await["id"].clone();
    let job = published_job(&app, EMPLOYER, "Sommelier").await;
    let application = apply_ok(&app, job, &submission("Mariyam Zahir", "mariyam@x.mv")).await;
    let comments = format!("/v1/applications/{application}/comments");

    let response = send(
        &app,
        Method::POST,
        &comments,
        &rui,
        Some(json!({"body": "~~Hire~~ No hire", "body_format": "markdown"})),
    )
    .await;
    assert_eq!(response.status(), 201);
    let location = response.headers()["location"].to_str().unwrap().to_string();
    let created: Value = response.json().await.unwrap();
    let read = ok(&app, Method::GET, &location, &vic, None).await;
    assert_eq!(read["id"], created["id"]);
    assert!(
        read["body_html"].as_str().unwrap().contains("<s>Hire</s>"),
        "{read:#}"
    );

    let upper = rui_id.as_str().unwrap().to_uppercase();
    let problem = assert_problem(
        send(
            &app,
            Method::POST,
            &comments,
            &admin,
            Some(json!({"body": "cc", "mentions": [rui_id, upper]})),
        )
        .await,
        422,
    )
    .await;
    assert_eq!(
        problem["errors"][0]["pointer"], "/mentions/1",
        "{problem:#}"
    );

    // A create without its Idempotency-Key says what to send.
    let problem = assert_problem(
        app.call(Method::POST, &comments)
            .auth(Some(&rui))
            .json(&json!({"body": "hi"}))
            .send()
            .await,
        400,
    )
    .await;
    assert_eq!(
        problem["errors"][0]["pointer"], "#/header/Idempotency-Key",
        "{problem:#}"
    );
    assert!(
        problem["detail"].as_str().unwrap().contains("a UUID"),
        "{problem:#}"
    );
    // The contract's rules in words: a blank body, an assignee filter that is none of its forms.
    let problem = assert_problem(
        send(
            &app,
            Method::POST,
            &comments,
            &rui,
            Some(json!({"body": "  \n "})),
        )
        .await,
        422,
    )
    .await;
    assert_eq!(problem["errors"][0]["pointer"], "/body");
    assert_eq!(problem["errors"][0]["detail"], "must not be blank");
    let problem = assert_problem(
        send(
            &app,
            Method::GET,
            &format!("/v1/jobs/{job}/applications?assignee=someone"),
            &rui,
            None,
        )
        .await,
        400,
    )
    .await;
    assert!(
        problem["errors"][0]["detail"]
            .as_str()
            .unwrap()
            .contains("`me`, `none` or a member id"),
        "{problem:#}"
    );
    let base = format!("/v1/applications/{application}");
    let problem = assert_problem(
        send(
            &app,
            Method::PATCH,
            &base,
            &rui,
            Some(json!({"assignee_id": vic_id})),
        )
        .await,
        422,
    )
    .await;
    assert_eq!(problem["errors"][0]["pointer"], "/assignee_id");
    let first = ok(
        &app,
        Method::PATCH,
        &base,
        &rui,
        Some(json!({"assignee_id": rui_id})),
    )
    .await;
    let again = ok(
        &app,
        Method::PATCH,
        &base,
        &rui,
        Some(json!({"assignee_id": rui_id})),
    )
    .await;
    assert_eq!(
        first["etag"], again["etag"],
        "the same assignee again is no change"
    );

    let team = format!("/v1/jobs/{job}/team");
    let set = ok(
        &app,
        Method::PUT,
        &team,
        &admin,
        Some(json!({"members": [{"member_id": vic_id, "role": "interviewer"}]})),
    )
    .await;
    ok(
        &app,
        Method::PATCH,
        &format!("/v1/members/{}", vic_id.as_str().unwrap()),
        &admin,
        Some(json!({"status": "deactivated"})),
    )
    .await;
    let read = ok(&app, Method::GET, &team, &admin, None).await;
    assert_eq!(read["members"][0]["member"]["status"], "deactivated");
    let members: Vec<Value> = read["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| json!({"member_id": m["member"]["id"], "role": m["role"]}))
        .collect();
    let back = ok(
        &app,
        Method::PUT,
        &team,
        &admin,
        Some(json!({"members": members})),
    )
    .await;
    assert_eq!(back["members"].as_array().unwrap().len(), 1);
    assert_ne!(back["etag"], set["etag"]);
}
