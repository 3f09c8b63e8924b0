//! Apply keeps everything and reveals nothing (issue: public-surface hardening): a repeated
//! application to the same job by the same address is kept as another submission of the
//! existing application, and its receipt cannot be told from a first one's — not by its shape,
//! member order, digits, status, headers, or (within noise) its time.

use std::time::{Duration, Instant};

use reqwest::Method;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::support::{TestApp, apply, assert_problem, published_job, submission};

const EMPLOYER: Uuid = Uuid::from_u128(0x05b3_0000_0000_4000_8000_0000_0000_0001);

/// Each byte as its class: a hexadecimal digit (UUIDs and times alike) is `h`, anything else
/// itself. Two answers with the same classes differ only in the values of their digits.
fn classes(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_ascii_hexdigit() { 'h' } else { c })
        .collect()
}

/// The header names of an answer, sorted (their values carry ids and times).
fn header_names(response: &reqwest::Response) -> Vec<String> {
    let mut names: Vec<String> = response
        .headers()
        .keys()
        .map(|k| k.as_str().to_string())
        .collect();
    names.sort();
    names
}

/// The milliseconds since the epoch that a UUIDv7 carries.
fn uuid_v7_millis(id: &str) -> i64 {
    let id: Uuid = id.parse().unwrap();
    assert_eq!(id.get_version_num(), 7, "{id}");
    let (secs, nanos) = id.get_timestamp().unwrap().to_unix();
    secs as i64 * 1000 + i64::from(nanos / 1_000_000)
}

struct Answer {
    status: u16,
    headers: Vec<String>,
    text: String,
    body: Value,
    sent: chrono::DateTime<chrono::Utc>,
    received: chrono::DateTime<chrono::Utc>,
}

async fn answer(app: &TestApp, job: Uuid, body: &Value) -> Answer {
    let sent = chrono::Utc::now();
    let response = apply(app, job, body, None).await;
    let received = chrono::Utc::now();
    let status = response.status().as_u16();
    let headers = header_names(&response);
    let text = response.text().await.unwrap();
    let body = serde_json::from_str(&text).unwrap();
    Answer {
        status,
        headers,
        text,
        body,
        sent,
        received,
    }
}

/// A fresh id and the server's receipt time, both within the request: a repeated receipt
/// carries nothing older than the request (no earlier application's id or time).
fn assert_fresh(a: &Answer) {
    let at: chrono::DateTime<chrono::Utc> = a.body["created_at"].as_str().unwrap().parse().unwrap();
    let slack = chrono::Duration::milliseconds(5);
    assert!(
        at >= a.sent - slack && at <= a.received + slack,
        "{}",
        a.text
    );
    let millis = uuid_v7_millis(a.body["id"].as_str().unwrap());
    assert!(
        millis >= (a.sent - slack).timestamp_millis()
            && millis <= (a.received + slack).timestamp_millis(),
        "{}",
        a.text
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn first_and_repeated_receipts_are_alike_byte_class_by_byte_class() {
    let app = TestApp::spawn().await;
    let job = published_job(&app, EMPLOYER, "Receptionist").await;
    for i in 0..10 {
        let email = format!("person{i}@example.mv");
        let first = answer(&app, job, &submission("Aishath Naseer", &email)).await;
        // Someone else, with the person's address (another spelling of it), then the person.
        let other = answer(&app, job, &submission("Not Aishath", &email.to_uppercase())).await;
        let again = answer(&app, job, &submission("Aishath Naseer", &email)).await;
        for repeated in [&other, &again] {
            assert_eq!((first.status, repeated.status), (201, 201));
            assert_eq!(first.headers, repeated.headers);
            assert_eq!(
                classes(&first.text),
                classes(&repeated.text),
                "\n first: {}\nrepeat: {}",
                first.text,
                repeated.text
            );
            assert_eq!(repeated.body["status"], "new");
            assert_eq!(repeated.body["job_id"], job.to_string());
            assert_ne!(repeated.body["id"], first.body["id"]);
            assert_fresh(repeated);
        }
        assert_fresh(&first);
    }
}

async fn get(app: &TestApp, path: &str, auth: &str) -> reqwest::Response {
    app.call(Method::GET, path).auth(Some(auth)).send().await
}

#[tokio::test(flavor = "multi_thread")]
async fn an_impostor_then_the_person_keeps_both_submissions() {
    let app = TestApp::spawn().await;
    let job = published_job(&app, EMPLOYER, "Front Office Manager").await;
    let recruiter = app.bearer(EMPLOYER, "recruiter");
    let person = format!("Bearer {}", app.token(None, &["applicant"], "idp|aishath"));

    // Someone applies first with Aishath's address, their own name, phone and letter.
    let mut forged = submission("Impostor", "aishath@example.mv");
    forged["phone"] = json!("+960 700 0000");
    forged["cover_letter"] = json!("Hire me instead.");
    let forged_receipt: Value = apply(&app, job, &forged, None).await.json().await.unwrap();
    // Then Aishath, with her applicant token.
    let mut real = submission("Aishath Naseer", "aishath@example.mv");
    real["phone"] = json!("+960 777 1234");
    real["skills"] = json!(["Opera PMS"]);
    real["cover_letter"] = json!("I have led reception teams for six years.");
    let response = apply(&app, job, &real, Some(&person)).await;
    assert_eq!(response.status(), 201);
    let receipt: Value = response.json().await.unwrap();

    // The recruiter finds the application by her receipt and sees both, newest first.
    let response = get(
        &app,
        &format!("/v1/applications/{}", receipt["id"].as_str().unwrap()),
        &recruiter,
    )
    .await;
    assert_eq!(response.status(), 200);
    let application: Value = response.json().await.unwrap();
    assert_eq!(application["id"], forged_receipt["id"], "one application");
    assert_eq!(application["submission_count"], 2);
    let submissions = application["submissions"].as_array().unwrap();
    assert_eq!(submissions.len(), 2);
    assert_eq!(submissions[0]["id"], receipt["id"]);
    assert_eq!(submissions[0]["authenticated"], true);
    assert_eq!(submissions[0]["submission"]["name"], "Aishath Naseer");
    assert_eq!(submissions[0]["submission"]["phone"], "+960 777 1234");
    assert_eq!(
        submissions[0]["cover_letter"],
        "I have led reception teams for six years."
    );
    assert_eq!(submissions[1]["id"], forged_receipt["id"]);
    assert_eq!(submissions[1]["authenticated"], false);
    assert_eq!(submissions[1]["submission"]["name"], "Impostor");
    // The first stays what the application shows as its submission; nothing was merged.
    assert_eq!(application["submission"]["name"], "Impostor");
    assert_eq!(application["applicant"]["name"], "Impostor");
    let listed: Value = get(&app, &format!("/v1/jobs/{job}/applications"), &recruiter)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(listed["items"][0]["submission_count"], 2);
    assert_eq!(listed["items"][0]["submissions"][0]["id"], receipt["id"]);

    // Her own list shows her application under her receipt; its stage is not the impostor's
    // to reveal, so it is `new` until the employer links it to her.
    let mine: Value = get(&app, "/v1/me/applications", &person)
        .await
        .json()
        .await
        .unwrap();
    let items = mine["items"].as_array().unwrap();
    assert_eq!(items.len(), 1, "{mine}");
    assert_eq!(items[0]["id"], receipt["id"]);
    assert_eq!(items[0]["job_id"], job.to_string());
    assert_eq!(items[0]["status"], "new");

    // Applying again with her token: she is told she did (her own receipt).
    let response = apply(&app, job, &real, Some(&person)).await;
    let problem = assert_problem(response, 409).await;
    assert_eq!(problem["existing_application_id"], receipt["id"]);

    let application_id = application["id"].as_str().unwrap();
    let merge = |query: String| {
        let app = &app;
        let recruiter = recruiter.clone();
        async move {
            app.call(
                Method::POST,
                &format!("/v1/applications/{application_id}:merge{query}"),
            )
            .auth(Some(&recruiter))
            .send()
            .await
        }
    };
    let move_to = |status: &'static str| {
        let app = &app;
        let recruiter = recruiter.clone();
        async move {
            let current = get(
                app,
                &format!("/v1/applications/{application_id}"),
                &recruiter,
            )
            .await;
            let etag = current.headers()["etag"].to_str().unwrap().to_string();
            let response = app
                .call(Method::PATCH, &format!("/v1/applications/{application_id}"))
                .auth(Some(&recruiter))
                .if_match(Some(&etag))
                .json(&json!({"status": status}))
                .send()
                .await;
            assert_eq!(response.status(), 200);
        }
    };
    let my_status = || async {
        let mine: Value = get(&app, "/v1/me/applications", &person)
            .await
            .json()
            .await
            .unwrap();
        mine["items"][0]["status"].clone()
    };

    // A merge without a choice takes the first submission and links no login: the newest may
    // be someone using the person's address.
    let response = merge(String::new()).await;
    assert_eq!(response.status(), 200);
    let applicant: Value = response.json().await.unwrap();
    assert_eq!(applicant["skills"], json!([]));
    move_to("screening").await;
    assert_eq!(my_status().await, "new");

    // The recruiter merges her submission by name: the record gains her skills (name, address
    // and the phone it had stay as the employer has them) and the application becomes hers.
    let response = merge(format!(
        "?submission_id={}",
        receipt["id"].as_str().unwrap()
    ))
    .await;
    assert_eq!(response.status(), 200, "{:?}", response.text().await);
    let applicant: Value = response.json().await.unwrap();
    assert_eq!(
        applicant["phone"], "+960 700 0000",
        "a phone it had is kept"
    );
    assert_eq!(applicant["skills"], json!(["Opera PMS"]));
    assert_eq!(my_status().await, "screening");
    // Another application's submission is not this one's to merge.
    let response = merge(format!("?submission_id={}", Uuid::now_v7())).await;
    assert_problem(response, 404).await;
    // She now sees where it stands as it moves.
    move_to("interview").await;
    assert_eq!(my_status().await, "interview");

    // The events: one application created, one submission added.
    let events: Vec<String> = crate::support::outbox(&app, application_id.parse().unwrap())
        .await
        .into_iter()
        .map(|(t, _)| t)
        .collect();
    assert!(
        events.contains(&"application.created".to_string()),
        "{events:?}"
    );
    assert!(
        events.contains(&"application.submission.added".to_string()),
        "{events:?}"
    );
}

/// The two paths do comparable database work: measured interleaved (first, repeated, first,
/// …) so that the machine's load falls on both alike, and compared by their medians. This
/// catches a path that skips its writes (what made the old repeated answer faster), not a
/// difference of a few percent, which the network hides.
#[tokio::test(flavor = "multi_thread")]
async fn first_and_repeated_applications_take_comparable_time() {
    let app = TestApp::spawn().await;
    let job = published_job(&app, EMPLOYER, "Housekeeping Attendant").await;
    // Known addresses, so that each repeated attempt has an application to join.
    for i in 0..30 {
        apply(
            &app,
            job,
            &submission("Known", &format!("known{i}@example.mv")),
            None,
        )
        .await;
    }
    let (mut firsts, mut repeats) = (Vec::new(), Vec::new());
    for i in 0..30 {
        let started = Instant::now();
        let response = apply(
            &app,
            job,
            &submission("New", &format!("new{i}@example.mv")),
            None,
        )
        .await;
        firsts.push(started.elapsed());
        assert_eq!(response.status(), 201);
        let started = Instant::now();
        let response = apply(
            &app,
            job,
            &submission("Again", &format!("known{i}@example.mv")),
            None,
        )
        .await;
        repeats.push(started.elapsed());
        assert_eq!(response.status(), 201);
    }
    let median = |v: &mut Vec<Duration>| {
        v.sort();
        v[v.len() / 2]
    };
    let (first, repeat) = (median(&mut firsts), median(&mut repeats));
    let ratio = repeat.as_secs_f64() / first.as_secs_f64();
    println!("median first {first:?}, repeated {repeat:?}, ratio {ratio:.2}");
    assert!(
        (0.5..=2.0).contains(&ratio),
        "first {first:?} vs repeated {repeat:?}"
    );
}
