//! Applicants: lifecycle, one person per normalized e-mail, lost-update protection, the list's
//! filters and cursors, and erasure that keeps the anonymized history.

use serde_json::{Value, json};
use uuid::Uuid;

use crate::support::{
    TestApp, apply_ok, assert_problem, count, create_applicant, outbox, published_job, submission,
};

const EMPLOYER: Uuid = Uuid::from_u128(0x0f66_0000_0000_4000_8000_0000_0000_0001);
const OTHER: Uuid = Uuid::from_u128(0x0f66_0000_0000_4000_8000_0000_0000_0002);

async fn send(
    app: &TestApp,
    method: reqwest::Method,
    path: &str,
    employer: Uuid,
    body: Option<Value>,
    if_match: Option<&str>,
) -> reqwest::Response {
    app.call(method, path)
        .role(employer, "recruiter")
        .fresh_key()
        .if_match(if_match)
        .maybe_json(body)
        .send()
        .await
}

#[tokio::test(flavor = "multi_thread")]
async fn an_applicant_is_created_read_changed_and_kept_unique_by_email() {
    let app = TestApp::spawn().await;
    let response = send(
        &app,
        reqwest::Method::POST,
        "/v1/applicants",
        EMPLOYER,
        Some(json!({
            "name": "  Aishath   Nazeer ",
            "email": "Aishath.Nazeer@Example.MV",
            "phone": "+960 777 0001",
            "skills": ["Front Office", "front office", "Opera PMS"],
            "languages": ["English", "Dhivehi"],
            "cv_url": "https://cv.example/aishath.pdf",
            "links": ["https://linkedin.example/in/aishath"],
            "consent": {"granted": true, "policy_version": "2026-01"}
        })),
        None,
    )
    .await;
    assert_eq!(response.status(), 201);
    let location = response.headers()["location"].to_str().unwrap().to_string();
    let etag = response.headers()["etag"].to_str().unwrap().to_string();
    let created: Value = response.json().await.unwrap();
    let id = created["id"].as_str().unwrap();
    assert_eq!(location, format!("/v1/applicants/{id}"));
    assert_eq!(created["name"], "Aishath Nazeer");
    assert_eq!(created["email"], "aishath.nazeer@example.mv");
    assert_eq!(created["skills"], json!(["Front Office", "Opera PMS"]));
    assert_eq!(created["consent"]["granted"], true);
    assert_eq!(created["consent"]["policy_version"], "2026-01");
    assert!(created["consent"]["granted_at"].is_string());
    assert_eq!(created["cv_upload_id"], Value::Null);

    // The same address in other case is the same person: 409, without echoing it.
    let response = send(
        &app,
        reqwest::Method::POST,
        "/v1/applicants",
        EMPLOYER,
        Some(json!({"name": "Someone", "email": "AISHATH.nazeer@example.mv"})),
        None,
    )
    .await;
    let problem = assert_problem(response, 409).await;
    assert!(!problem.to_string().to_lowercase().contains("aishath"));
    // Another employer may know the same person.
    create_applicant(
        &app,
        OTHER,
        &json!({"name": "A", "email": "aishath.nazeer@example.mv"}),
    )
    .await;

    // Read with a viewer token.
    let response = app
        .client
        .get(app.url(&location))
        .header("authorization", app.bearer(EMPLOYER, "viewer"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["etag"], etag.as_str());

    // Change with the current tag; `null` clears; the stale tag then fails.
    let response = send(
        &app,
        reqwest::Method::PATCH,
        &location,
        EMPLOYER,
        Some(json!({"phone": null, "skills": ["Revenue Management"]})),
        Some(&etag),
    )
    .await;
    assert_eq!(response.status(), 200);
    let new_etag = response.headers()["etag"].to_str().unwrap().to_string();
    assert_ne!(new_etag, etag);
    let updated: Value = response.json().await.unwrap();
    assert_eq!(updated["phone"], Value::Null);
    assert_eq!(updated["skills"], json!(["Revenue Management"]));
    assert_eq!(updated["name"], "Aishath Nazeer");
    let response = send(
        &app,
        reqwest::Method::PATCH,
        &location,
        EMPLOYER,
        Some(json!({"name": "Lost update"})),
        Some(&etag),
    )
    .await;
    assert_problem(response, 412).await;

    // Changing the address to one another applicant has: 409.
    create_applicant(
        &app,
        EMPLOYER,
        &json!({"name": "B", "email": "b@example.mv"}),
    )
    .await;
    let response = send(
        &app,
        reqwest::Method::PATCH,
        &location,
        EMPLOYER,
        Some(json!({"email": "B@example.mv"})),
        Some(&new_etag),
    )
    .await;
    assert_problem(response, 409).await;

    // Events name the applicant and the changed members, never their values.
    let id: Uuid = id.parse().unwrap();
    let events = outbox(&app, id).await;
    let kinds: Vec<&str> = events.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(kinds, ["applicant.created", "applicant.updated"]);
    assert_eq!(events[1].1["changed_fields"], json!(["phone", "skills"]));
    let leaked = count(
        &app,
        "SELECT count(*) AS n FROM outbox_events WHERE payload::text ILIKE '%aishath%' \
         OR payload::text LIKE '%777 0001%'",
    )
    .await;
    assert_eq!(leaked, 0);
}

#[tokio::test(flavor = "multi_thread")]
async fn another_employers_applicant_is_not_found() {
    let app = TestApp::spawn().await;
    let (id, etag, _) =
        create_applicant(&app, EMPLOYER, &json!({"name": "A", "email": "a@x.mv"})).await;
    let path = format!("/v1/applicants/{id}");
    for (method, body, tag) in [
        (reqwest::Method::GET, None, None),
        (
            reqwest::Method::PATCH,
            Some(json!({"name": "hijack"})),
            Some(etag.as_str()),
        ),
        (reqwest::Method::DELETE, None, None),
    ] {
        let response = send(&app, method, &path, OTHER, body, tag).await;
        assert_problem(response, 404).await;
    }
    let list: Value = send(
        &app,
        reqwest::Method::GET,
        "/v1/applicants",
        OTHER,
        None,
        None,
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(list["items"], json!([]));
    // Untouched.
    let own: Value = send(&app, reqwest::Method::GET, &path, EMPLOYER, None, None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(own["name"], "A");
}

#[tokio::test(flavor = "multi_thread")]
async fn the_list_filters_by_skill_language_and_text_and_pages_with_signed_cursors() {
    let app = TestApp::spawn().await;
    let people = [
        ("Ibrahim Manik", "Rust", "English"),
        ("Mariyam Zahir", "Front Office", "Dhivehi"),
        ("Hassan Rasheed", "rust", "Haitian Creole"),
        ("Fathimath Ali", "Housekeeping", "English"),
        ("Ahmed Rust", "Cooking", "Dhivehi"),
    ];
    for (i, (name, skill, language)) in people.iter().enumerate() {
        create_applicant(
            &app,
            EMPLOYER,
            &json!({"name": name, "email": format!("p{i}@x.mv"), "skills": [skill],
                    "languages": [language]}),
        )
        .await;
    }
    let names = |v: &Value| -> Vec<String> {
        v["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["name"].as_str().unwrap().to_string())
            .collect()
    };
    let get = |query: &str| {
        let path = format!("/v1/applicants{query}");
        let app = &app;
        async move { send(app, reqwest::Method::GET, &path, EMPLOYER, None, None).await }
    };
    // Skill: case-insensitive.
    let v: Value = get("?skill=RUST").await.json().await.unwrap();
    assert_eq!(names(&v), ["Hassan Rasheed", "Ibrahim Manik"]);
    let v: Value = get("?skill=front%20office").await.json().await.unwrap();
    assert_eq!(names(&v), ["Mariyam Zahir"]);
    // Language: the taxonomy slug.
    let v: Value = get("?language=haitian-creole").await.json().await.unwrap();
    assert_eq!(names(&v), ["Hassan Rasheed"]);
    let v: Value = get("?language=english&skill=rust")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(names(&v), ["Ibrahim Manik"]);
    // Text over name and skills.
    let v: Value = get("?q=rust").await.json().await.unwrap();
    assert_eq!(names(&v), ["Ahmed Rust", "Hassan Rasheed", "Ibrahim Manik"]);
    let v: Value = get("?q=mariyam").await.json().await.unwrap();
    assert_eq!(names(&v), ["Mariyam Zahir"]);
    // Every word must start a word of the name or the skills.
    let v: Value = get("?q=Mari").await.json().await.unwrap();
    assert_eq!(names(&v), ["Mariyam Zahir"]);
    let v: Value = get("?q=hassan%20ras").await.json().await.unwrap();
    assert_eq!(names(&v), ["Hassan Rasheed"]);
    let v: Value = get("?q=front%20off").await.json().await.unwrap();
    assert_eq!(names(&v), ["Mariyam Zahir"]);
    let v: Value = get("?q=hassan%20zahir").await.json().await.unwrap();
    assert_eq!(names(&v), Vec::<String>::new());
    let v: Value = get("?q=ras&skill=rust").await.json().await.unwrap();
    assert_eq!(names(&v), ["Hassan Rasheed"]);

    // Pages of two, newest first, following next_cursor to the end.
    let mut seen = Vec::new();
    let mut cursor: Option<String> = None;
    let mut first_cursor = None;
    loop {
        let query = match &cursor {
            Some(c) => format!("?limit=2&cursor={c}"),
            None => "?limit=2".to_string(),
        };
        let page: Value = get(&query).await.json().await.unwrap();
        seen.extend(names(&page));
        match page["next_cursor"].as_str() {
            Some(c) => {
                first_cursor.get_or_insert_with(|| c.to_string());
                cursor = Some(c.to_string());
            }
            None => break,
        }
    }
    assert_eq!(seen.len(), 5);
    assert_eq!(seen[0], "Ahmed Rust");
    // A cursor is bound to its filters; a forged one is refused.
    let first_cursor = first_cursor.unwrap();
    let response = get(&format!("?limit=2&skill=rust&cursor={first_cursor}")).await;
    assert_problem(response, 400).await;
    let response = get("?cursor=AAAAAAAAAAAAAAAAAAAAAAAAAAAA").await;
    assert_problem(response, 400).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn erasure_removes_the_person_and_keeps_the_anonymized_history() {
    let app = TestApp::spawn().await;
    let job = published_job(&app, EMPLOYER, "Spa Therapist").await;
    let mut body = submission("Nashida Waheed", "nashida@example.mv");
    body["phone"] = json!("+960 777 4242");
    body["cover_letter"] = json!("I am Nashida and I love spas.");
    body["links"] = json!(["https://nashida.example"]);
    body["cv_url"] = json!("https://cv.example/nashida.pdf");
    body["skills"] = json!(["Massage"]);
    let application = apply_ok(&app, job, &body).await;
    let admin = app.bearer(EMPLOYER, "recruiter");
    // A note and a shortlist entry about the person.
    let response = app
        .client
        .patch(app.url(&format!("/v1/applications/{application}")))
        .header("authorization", &admin)
        .header("if-match", "*")
        .json(&json!({"status": "screening", "note": "Called Nashida on +960 777 4242"}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let before: Value = response.json().await.unwrap();
    let applicant: Uuid = before["applicant"]["id"].as_str().unwrap().parse().unwrap();
    let response = app
        .client
        .post(app.url(&format!("/v1/jobs/{job}/shortlist/entries")))
        .header("authorization", &admin)
        .json(&json!({"applicant_id": applicant, "rank": 1, "notes": "Nashida is great"}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201);

    let path = format!("/v1/applicants/{applicant}");
    let response = send(&app, reqwest::Method::DELETE, &path, EMPLOYER, None, None).await;
    assert_eq!(response.status(), 204);
    // Gone for good: 404 to read, change or erase again.
    for method in [reqwest::Method::GET, reqwest::Method::DELETE] {
        let response = send(&app, method, &path, EMPLOYER, None, None).await;
        assert_problem(response, 404).await;
    }
    let response = send(
        &app,
        reqwest::Method::PATCH,
        &path,
        EMPLOYER,
        Some(json!({"name": "Back"})),
        Some("*"),
    )
    .await;
    assert_problem(response, 404).await;

    // The application stays, anonymized: job, status and dates remain.
    let after: Value = app
        .client
        .get(app.url(&format!("/v1/applications/{application}")))
        .header("authorization", &admin)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(after["applicant"]["id"], applicant.to_string());
    assert_eq!(after["applicant"]["name"], Value::Null);
    assert_eq!(after["applicant"]["email"], Value::Null);
    assert_eq!(after["status"], "screening");
    assert_eq!(after["job_id"], job.to_string());
    assert_eq!(after["cover_letter"], Value::Null);
    assert_eq!(after["notes"], json!([]));
    assert_eq!(after["created_at"], before["created_at"]);
    let list: Value = app
        .client
        .get(app.url(&format!("/v1/jobs/{job}/applications")))
        .header("authorization", &admin)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(list["items"].as_array().unwrap().len(), 1);
    assert_eq!(list["items"][0]["applicant"]["name"], Value::Null);
    let shortlist: Value = app
        .client
        .get(app.url(&format!("/v1/jobs/{job}/shortlist")))
        .header("authorization", &admin)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(shortlist["entries"], json!([]));

    // Nothing personal is left anywhere in the database.
    for table in [
        "applicants",
        "applications",
        "application_notes",
        "shortlist_entries",
        "outbox_events",
    ] {
        let n = count(
            &app,
            &format!(
                "SELECT count(*) AS n FROM {table} t WHERE t::text ILIKE '%nashida%' \
                 OR t::text LIKE '%777 4242%'"
            ),
        )
        .await;
        assert_eq!(n, 0, "{table} still holds personal data");
    }
    // What remains: a tombstone with the erasure time, skills and the consent record.
    assert_eq!(
        count(
            &app,
            &format!(
                "SELECT count(*) AS n FROM applicants WHERE id = '{applicant}' \
                 AND erased_at IS NOT NULL AND name IS NULL AND skills = '{{Massage}}' \
                 AND consent_policy_version = '2026-01'"
            ),
        )
        .await,
        1
    );
    let events: Vec<String> = outbox(&app, applicant)
        .await
        .into_iter()
        .map(|(k, _)| k)
        .collect();
    assert_eq!(events, ["applicant.created", "applicant.erased"]);

    // The address is free again: the person may apply anew, as a new applicant.
    let other_job = published_job(&app, EMPLOYER, "Spa Manager").await;
    apply_ok(
        &app,
        other_job,
        &submission("Nashida Waheed", "nashida@example.mv"),
    )
    .await;
    assert_eq!(count(&app, "SELECT count(*) AS n FROM applicants").await, 2);
}
