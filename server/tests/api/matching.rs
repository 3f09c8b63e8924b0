//! Applicant matching against the real components: CV files uploaded to s3s-fs, read by the
//! server's own child process, scored by the matching worker on PostgreSQL; a real HTTP
//! receiver as an own scorer; the real all-MiniLM-L6-v2 weights for the semantic part.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use reqwest::Method;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::cv_files;
use crate::s3::{S3, complete, post_form, presign};
use crate::support::{
    TestApp, assert_problem, count, create_applicant, test_tool, update_employer,
};
use jobs_server::matching::extract::{Format, Limits};
use jobs_server::matching::isolate::{self, Extractor, Reading};

const EMPLOYER: Uuid = Uuid::from_u128(0x3400_0000_0000_4000_8000_0000_0000_0001);
const OTHER: Uuid = Uuid::from_u128(0x3400_0000_0000_4000_8000_0000_0000_0002);

/// Uploads up to this size (a 1 GiB-expanding DOCX is about 1 MiB).
const MAX_UPLOAD: usize = 4 * 1024 * 1024;

const PDF: &str = "application/pdf";

/// The server binary: the CV reader's child process.
fn server_binary() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_jobs-server"))
}

/// Runs the matching worker of `app` in the background.
async fn start_matcher(app: &TestApp) -> tokio::task::JoinHandle<()> {
    jobs_server::matching::matcher(
        &app.state.config,
        &app.state.db,
        app.matching.clone(),
        app.state.uploads.store.clone(),
        Extractor::Process(server_binary()),
    )
    .await
    .spawn()
}

async fn enable(app: &TestApp, employer: Uuid, on: bool) {
    update_employer(
        app,
        employer,
        json!({"settings": {"applicant_matching_enabled": on}}),
    )
    .await;
}

/// Presigns, posts and completes a CV upload; returns its id.
async fn upload(app: &TestApp, employer: Uuid, bytes: &[u8], content_type: &str) -> String {
    let presigned = presign(
        app,
        employer,
        &json!({"purpose": "cv", "filename": "cv", "content_type": content_type, "size_bytes": bytes.len()}),
    )
    .await;
    let response = post_form(&presigned, &[], bytes).await;
    assert!(
        response.status().is_success(),
        "{:?}",
        response.text().await
    );
    let id = presigned["upload"]["id"].as_str().unwrap().to_string();
    let done = complete(app, employer, &id).await;
    assert_eq!(done.status(), 200);
    let body: Value = done.json().await.unwrap();
    assert_eq!(body["status"], "verified", "{body}");
    id
}

/// An applicant of `employer` with this CV and record; returns its id.
async fn applicant(app: &TestApp, employer: Uuid, record: Value, cv: Option<&str>) -> Uuid {
    let mut record = record;
    if let Some(cv) = cv {
        record["cv_upload_id"] = json!(cv);
    }
    create_applicant(app, employer, &record).await.0
}

async fn apply_internal(app: &TestApp, employer: Uuid, job: Uuid, applicant: Uuid) -> Uuid {
    let response = app
        .call(Method::POST, &format!("/v1/jobs/{job}/applications"))
        .role(employer, "recruiter")
        .fresh_key()
        .json(&json!({"applicant_id": applicant}))
        .send()
        .await;
    assert_eq!(response.status(), 201, "{:?}", response.text().await);
    let body: Value = response.json().await.unwrap();
    body["id"].as_str().unwrap().parse().unwrap()
}

fn backend_job() -> Value {
    json!({
        "title": "Backend engineer",
        "description": "Build payment services in Rust on Kubernetes, with PostgreSQL and good observability.",
        "location": "Malé",
        "workplace_type": "on_site",
        "languages": ["English"],
        "skills": {"required": ["Rust", "PostgreSQL"], "nice_to_have": ["Kubernetes", "Rust"]}
    })
}

async fn job(app: &TestApp, employer: Uuid, body: &Value) -> Uuid {
    crate::support::create_job(app, employer, body).await.0
}

/// The match once scored (with the CV read, when `cv` says so).
async fn scored(app: &TestApp, employer: Uuid, application: Uuid, cv: &str) -> Value {
    let started = Instant::now();
    loop {
        let response = app
            .call(
                Method::GET,
                &format!("/v1/applications/{application}/match"),
            )
            .role(employer, "viewer")
            .send()
            .await;
        assert_eq!(response.status(), 200);
        let body: Value = response.json().await.unwrap();
        if body["status"] == "scored" && body["explanation"]["cv"] == cv {
            return body;
        }
        if started.elapsed() > Duration::from_secs(30) {
            let texts = app
                .call(Method::GET, &format!("/v1/applications/{application}"))
                .role(employer, "viewer")
                .send()
                .await
                .text()
                .await
                .unwrap();
            let reasons = count_reasons(app).await;
            panic!("not scored in time: {body}\n{texts}\n{reasons}");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Until nothing is left to read or score.
async fn settled(app: &TestApp) {
    let started = Instant::now();
    while count(app, "SELECT count(*) AS n FROM match_queue").await
        + count(
            app,
            "SELECT count(*) AS n FROM cv_documents WHERE status = 'pending'",
        )
        .await
        > 0
    {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "matching did not settle"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// What reading each CV found (for a failure's message).
async fn count_reasons(app: &TestApp) -> String {
    use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};
    #[derive(diesel::QueryableByName)]
    struct Row {
        #[diesel(sql_type = diesel::sql_types::Text)]
        status: String,
        #[diesel(sql_type = diesel::sql_types::Nullable<diesel::sql_types::Text>)]
        reason: Option<String>,
    }
    let mut conn = AsyncPgConnection::establish(&app.db.url).await.unwrap();
    let rows: Vec<Row> = diesel::sql_query("SELECT status, reason FROM cv_documents")
        .load(&mut conn)
        .await
        .unwrap();
    rows.iter()
        .map(|r| format!("{}: {:?}", r.status, r.reason))
        .collect::<Vec<_>>()
        .join("; ")
}

async fn get(app: &TestApp, employer: Uuid, path: &str) -> Value {
    let response = app
        .call(Method::GET, path)
        .role(employer, "viewer")
        .send()
        .await;
    assert_eq!(response.status(), 200, "{path}");
    response.json().await.unwrap()
}

fn matched_skills(m: &Value) -> Vec<(String, bool, Vec<String>)> {
    m["explanation"]["skills"]["matched"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["skill"].as_str().unwrap().to_string(),
                s["required"].as_bool().unwrap(),
                serde_json::from_value(s["found_in"].clone()).unwrap(),
            )
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn skills_in_a_cv_are_found_explained_ranked_searchable_and_erased() {
    let s3 = S3::start().await;
    let app = s3.app_with(MAX_UPLOAD, &[]).await;
    enable(&app, EMPLOYER, true).await;
    let _matcher = start_matcher(&app).await;
    let job = job(&app, EMPLOYER, &backend_job()).await;
    let stored = get(&app, EMPLOYER, &format!("/v1/jobs/{job}")).await;
    // Normalized: a required skill is not also nice to have.
    assert_eq!(
        stored["skills"],
        json!({"required": ["Rust", "PostgreSQL"], "nice_to_have": ["Kubernetes"]})
    );

    let strong_pdf = cv_files::pdf(&[
        "Aishath Ali\nSoftware engineer in Malé.\nFive years building payment services in Rust \
         with PostgreSQL; runs them on Kubernetes.",
        "Languages: English, Dhivehi.\nObservability with Prometheus.",
    ]);
    let strong_cv = upload(&app, EMPLOYER, &strong_pdf, PDF).await;
    let strong = applicant(
        &app,
        EMPLOYER,
        json!({"name": "Aishath Ali", "email": "aishath@example.com"}),
        Some(&strong_cv),
    )
    .await;
    let weak_docx = cv_files::docx(&[
        "Pastry chef in Paris.",
        "Croissants, bread and French bakeries for ten years.",
    ]);
    let weak_cv = upload(&app, EMPLOYER, &weak_docx, cv_files::DOCX_MIME).await;
    let weak = applicant(
        &app,
        EMPLOYER,
        json!({"name": "Jean Dupont", "email": "jean@example.com"}),
        Some(&weak_cv),
    )
    .await;
    let odt = cv_files::odt(&["Data engineer.", "PostgreSQL tuning in Addu."]);
    let odt_cv = upload(&app, EMPLOYER, &odt, cv_files::ODT_MIME).await;
    let third = applicant(
        &app,
        EMPLOYER,
        json!({"name": "Mariyam Hassan", "email": "mariyam@example.com", "skills": ["Rust"]}),
        Some(&odt_cv),
    )
    .await;

    let strong_app = apply_internal(&app, EMPLOYER, job, strong).await;
    let weak_app = apply_internal(&app, EMPLOYER, job, weak).await;
    let third_app = apply_internal(&app, EMPLOYER, job, third).await;
    for application in [strong_app, weak_app, third_app] {
        scored(&app, EMPLOYER, application, "extracted").await;
    }
    // Each CV read scores the job again (the corpus changed): read them once all is done.
    settled(&app).await;
    let path = |id: Uuid| format!("/v1/applications/{id}/match");
    let strong_match = get(&app, EMPLOYER, &path(strong_app)).await;
    let weak_match = get(&app, EMPLOYER, &path(weak_app)).await;
    let third_match = get(&app, EMPLOYER, &path(third_app)).await;

    // The skills were found in the PDF's text, and the explanation says so.
    let skills = matched_skills(&strong_match);
    assert!(
        skills.contains(&("Rust".into(), true, vec!["cv".into()])),
        "{skills:?}"
    );
    assert!(skills.contains(&("PostgreSQL".into(), true, vec!["cv".into()])));
    assert!(skills.contains(&("Kubernetes".into(), false, vec!["cv".into()])));
    let e = &strong_match["explanation"];
    assert_eq!(e["skills"]["missing"], json!([]));
    assert_eq!(e["languages"]["matched"][0]["language"], "English");
    assert_eq!(e["location"]["fit"], "mentioned");
    assert!(
        e["terms"]
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t["term"] == "payment"),
        "{e}"
    );
    assert_eq!(strong_match["advisory"], true);
    assert_eq!(e["method"], "lexical");
    assert!(e["notes"].to_string().contains("JOBS_MATCH_MODEL_DIR"));
    let points: f64 = e["components"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["points"].as_f64().unwrap())
        .sum();
    assert_eq!(
        points.round() as i64,
        strong_match["score"].as_i64().unwrap()
    );
    // The pastry chef misses them all; the ODT's reader lists Rust and shows PostgreSQL.
    let missing: Vec<&str> = weak_match["explanation"]["skills"]["missing"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["skill"].as_str().unwrap())
        .collect();
    assert_eq!(missing, ["Rust", "PostgreSQL", "Kubernetes"]);
    let third_skills = matched_skills(&third_match);
    assert!(third_skills.contains(&("Rust".into(), true, vec!["profile".into()])));
    assert!(third_skills.contains(&("PostgreSQL".into(), true, vec!["cv".into()])));
    let score = |m: &Value| m["score"].as_i64().unwrap();
    assert!(
        score(&strong_match) > score(&third_match),
        "{strong_match} {third_match}"
    );
    assert!(score(&third_match) > score(&weak_match));

    // Lists carry the match; sort=match puts the best first.
    let by_match = get(
        &app,
        EMPLOYER,
        &format!("/v1/jobs/{job}/applications?sort=match&limit=2"),
    )
    .await;
    let ids: Vec<&str> = by_match["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, [strong_app.to_string(), third_app.to_string()]);
    assert_eq!(
        by_match["items"][0]["match"]["score"],
        strong_match["score"]
    );
    let cursor = by_match["next_cursor"].as_str().unwrap();
    let rest = get(
        &app,
        EMPLOYER,
        &format!("/v1/jobs/{job}/applications?sort=match&cursor={cursor}"),
    )
    .await;
    assert_eq!(rest["items"][0]["id"], weak_app.to_string());
    assert_eq!(rest["next_cursor"], Value::Null);
    let newest = get(&app, EMPLOYER, &format!("/v1/jobs/{job}/applications")).await;
    assert_eq!(newest["items"][0]["id"], third_app.to_string());
    assert!(newest["items"][0]["match"]["score"].is_number());
    // A cursor of one order is not one of the other.
    let crossed = app
        .call(
            Method::GET,
            &format!("/v1/jobs/{job}/applications?cursor={cursor}"),
        )
        .role(EMPLOYER, "viewer")
        .send()
        .await;
    assert_problem(crossed, 400).await;

    // The CV's words are found by the applicants list's q, and its text can be read.
    let found = get(&app, EMPLOYER, "/v1/applicants?q=kubern").await;
    let found: Vec<&str> = found["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert_eq!(found, [strong.to_string()]);
    let found = get(&app, EMPLOYER, "/v1/applicants?q=croissants").await;
    assert_eq!(found["items"][0]["id"], weak.to_string());
    let texts = get(&app, EMPLOYER, &format!("/v1/applicants/{strong}/cv-texts")).await;
    assert_eq!(texts["items"][0]["status"], "extracted");
    assert_eq!(texts["items"][0]["format"], "pdf");
    assert!(
        texts["items"][0]["text"]
            .as_str()
            .unwrap()
            .contains("Kubernetes")
    );
    let texts = get(&app, EMPLOYER, &format!("/v1/applicants/{third}/cv-texts")).await;
    assert_eq!(texts["items"][0]["format"], "odt");
    // Another employer sees none of it.
    let theirs = app
        .call(Method::GET, &format!("/v1/applications/{strong_app}/match"))
        .role(OTHER, "viewer")
        .send()
        .await;
    assert_problem(theirs, 404).await;

    // Erasing the person erases their CV text, its words and the scores that read it.
    let erased = app
        .call(Method::DELETE, &format!("/v1/applicants/{strong}"))
        .role(EMPLOYER, "recruiter")
        .send()
        .await;
    assert_eq!(erased.status(), 204);
    let of = |table: &str, column: &str, id: Uuid| {
        format!("SELECT count(*) AS n FROM {table} WHERE {column} = '{id}'")
    };
    assert_eq!(
        count(&app, &of("cv_documents", "applicant_id", strong)).await,
        0
    );
    assert_eq!(
        count(&app, &format!("SELECT count(*) AS n FROM applicant_terms WHERE applicant_id = '{strong}' AND kind = 'cv'")).await,
        0
    );
    assert_eq!(
        count(
            &app,
            &of("application_matches", "application_id", strong_app)
        )
        .await,
        0
    );
    let found = get(&app, EMPLOYER, "/v1/applicants?q=kubern").await;
    assert_eq!(found["items"], json!([]));
    // The others keep theirs.
    assert_eq!(
        count(&app, &of("cv_documents", "applicant_id", weak)).await,
        1
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_zip_bomb_is_rejected_within_a_second_and_marked() {
    // 1 GiB of XML in about 1 MiB of DOCX.
    let bomb = cv_files::docx_bomb(1 << 30);
    assert!(bomb.len() < MAX_UPLOAD, "{}", bomb.len());
    // The reader's own child process, as the worker runs it: rejected by the bounded stream
    // (not by the child's memory limit, which would say `resources`), in well under a second.
    let started = Instant::now();
    let read = isolate::read(
        &Extractor::Process(server_binary()),
        Format::Docx,
        bomb.clone(),
        Limits::default(),
        Duration::from_secs(10),
    )
    .await;
    let took = started.elapsed();
    match &read {
        Reading::Rejected { rejected, .. } => assert_eq!(rejected, "expands_too_much"),
        other => panic!("{other:?}"),
    }
    assert!(took < Duration::from_secs(1), "{took:?}");

    // Through the product: uploaded, verified, refused and marked, the server unharmed.
    let s3 = S3::start().await;
    let app = s3.app_with(MAX_UPLOAD, &[]).await;
    enable(&app, EMPLOYER, true).await;
    let _matcher = start_matcher(&app).await;
    let cv = upload(&app, EMPLOYER, &bomb, cv_files::DOCX_MIME).await;
    let person = applicant(
        &app,
        EMPLOYER,
        json!({"name": "Bomb Sender", "email": "b@example.com"}),
        Some(&cv),
    )
    .await;
    let job = job(&app, EMPLOYER, &backend_job()).await;
    let application = apply_internal(&app, EMPLOYER, job, person).await;
    let m = scored(&app, EMPLOYER, application, "rejected").await;
    assert!(
        m["explanation"]["notes"]
            .to_string()
            .contains("could not be read")
    );
    let texts = get(&app, EMPLOYER, &format!("/v1/applicants/{person}/cv-texts")).await;
    assert_eq!(texts["items"][0]["status"], "rejected");
    let reason = texts["items"][0]["reason"].as_str().unwrap();
    assert!(reason.contains("expands"), "{reason}");
    assert_eq!(texts["items"][0]["text"], Value::Null);
    assert_eq!(app.get("/readyz").await.status(), 200);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_matching_off_nothing_is_read_or_scored() {
    let s3 = S3::start().await;
    let app = s3.app_with(MAX_UPLOAD, &[]).await;
    let _matcher = start_matcher(&app).await;
    let job = job(&app, EMPLOYER, &backend_job()).await;
    let pdf = cv_files::pdf(&["Rust and PostgreSQL in Malé."]);
    let cv = upload(&app, EMPLOYER, &pdf, PDF).await;
    let person = applicant(
        &app,
        EMPLOYER,
        json!({"name": "Off Person", "email": "off@example.com"}),
        Some(&cv),
    )
    .await;
    let application = apply_internal(&app, EMPLOYER, job, person).await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(
        count(&app, "SELECT count(*) AS n FROM cv_documents").await,
        0
    );
    assert_eq!(
        count(&app, "SELECT count(*) AS n FROM application_matches").await,
        0
    );
    assert_eq!(
        count(&app, "SELECT count(*) AS n FROM match_queue").await,
        0
    );
    for path in [
        format!("/v1/applications/{application}/match"),
        format!("/v1/applicants/{person}/cv-texts"),
        format!("/v1/jobs/{job}/applications?sort=match"),
    ] {
        let response = app
            .call(Method::GET, &path)
            .role(EMPLOYER, "viewer")
            .send()
            .await;
        let problem = assert_problem(response, 409).await;
        assert!(
            problem["detail"]
                .as_str()
                .unwrap()
                .contains("applicant_matching_enabled"),
            "{problem}"
        );
    }
    let list = get(&app, EMPLOYER, &format!("/v1/jobs/{job}/applications")).await;
    assert!(list["items"][0].get("match").is_none(), "{list}");

    // Turned on: the CV already there is read and the application scored.
    enable(&app, EMPLOYER, true).await;
    let m = scored(&app, EMPLOYER, application, "extracted").await;
    assert!(m["score"].as_i64().unwrap() > 50, "{m}");
    let list = get(&app, EMPLOYER, &format!("/v1/jobs/{job}/applications")).await;
    assert_eq!(list["items"][0]["match"]["score"], m["score"]);
    // Turned off again: every text, score and queued piece of work of the employer goes.
    enable(&app, EMPLOYER, false).await;
    assert_eq!(
        count(&app, "SELECT count(*) AS n FROM cv_documents").await,
        0
    );
    assert_eq!(
        count(&app, "SELECT count(*) AS n FROM application_matches").await,
        0
    );
    assert_eq!(
        count(
            &app,
            "SELECT count(*) AS n FROM applicant_terms WHERE kind = 'cv'"
        )
        .await,
        0
    );
}

/// A CV of the same substance under another person's identity and protected facts.
fn cv_of(name: &str, email: &str, phone: &str, facts: &[&str]) -> Vec<u8> {
    let mut first = vec![name.to_string(), format!("{email} {phone}")];
    first.extend(facts.iter().map(|f| f.to_string()));
    first.push(
        "Backend engineer: payment services in Rust and PostgreSQL, on Kubernetes, in Malé.".into(),
    );
    cv_files::pdf(&[&first.join("\n"), "Languages: English."])
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn name_contact_age_gender_and_nationality_never_change_the_score() {
    // With the sentence model: the embeddings read the redacted text too.
    let model = test_tool("JOBS_MATCH_MODEL_DIR", "models/all-MiniLM-L6-v2");
    let model = model.to_string_lossy().to_string();
    let s3 = S3::start().await;
    let app = s3
        .app_with(MAX_UPLOAD, &[("JOBS_MATCH_MODEL_DIR", &model)])
        .await;
    enable(&app, EMPLOYER, true).await;
    let _matcher = start_matcher(&app).await;
    let job = job(&app, EMPLOYER, &backend_job()).await;
    let people = [
        (
            "Aminath Rasheed",
            "aminath.rasheed@example.com",
            "+960 777 1234",
            [
                "Nationality: Maldivian",
                "Date of birth: 1990-02-01",
                "Gender: female",
                "Age: 36",
            ],
        ),
        (
            "John Smith",
            "john.smith@example.org",
            "+44 20 7946 0958",
            [
                "Nationality: British",
                "Date of birth: 1961-07-30",
                "Gender: male",
                "Age: 65",
            ],
        ),
    ];
    let mut matches = Vec::new();
    for (name, email, phone, facts) in people {
        let cv = upload(&app, EMPLOYER, &cv_of(name, email, phone, &facts), PDF).await;
        let person = applicant(
            &app,
            EMPLOYER,
            json!({"name": name, "email": email, "phone": phone, "skills": ["Go"], "languages": ["English"]}),
            Some(&cv),
        )
        .await;
        let application = apply_internal(&app, EMPLOYER, job, person).await;
        matches.push(scored(&app, EMPLOYER, application, "extracted").await);
    }
    // Scored together (one job, one corpus): the same score and the same reasons.
    settled(&app).await;
    let path = |m: &Value| {
        format!(
            "/v1/applications/{}/match",
            m["application_id"].as_str().unwrap()
        )
    };
    let (a, b) = (
        get(&app, EMPLOYER, &path(&matches[0])).await,
        get(&app, EMPLOYER, &path(&matches[1])).await,
    );
    assert_eq!(a["method"], "lexical+semantic", "{a}");
    assert_eq!(a["score"], b["score"], "{a}\n{b}");
    assert_eq!(a["explanation"], b["explanation"]);
    assert!(a["score"].as_i64().unwrap() > 60, "{a}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_own_scorer_is_asked_first_and_the_built_in_one_answers_when_it_fails() {
    use std::sync::{Arc, Mutex};
    // A real HTTP receiver: answers 87 for every application, or fails when told to.
    let seen: Arc<Mutex<Vec<String>>> = Arc::default();
    let failing = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/score", listener.local_addr().unwrap());
    let router = {
        let seen = seen.clone();
        let failing = failing.clone();
        axum::Router::new().route(
            "/score",
            axum::routing::post(move |body: String| {
                let seen = seen.clone();
                let failing = failing.clone();
                async move {
                    seen.lock().unwrap().push(body.clone());
                    if failing.load(std::sync::atomic::Ordering::SeqCst) {
                        return (axum::http::StatusCode::INTERNAL_SERVER_ERROR, String::new());
                    }
                    let request: Value = serde_json::from_str(&body).unwrap();
                    let scores: Vec<Value> = request["applications"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|a| json!({"application_id": a["application_id"], "score": 87, "explanation": {"summary": "own model"}}))
                        .collect();
                    (axum::http::StatusCode::OK, json!({"scores": scores}).to_string())
                }
            }),
        )
    };
    tokio::spawn(async move { axum::serve(listener, router).await });
    let s3 = S3::start().await;
    let app = s3
        .app_with(
            MAX_UPLOAD,
            &[
                ("JOBS_MATCH_SCORER_URL", &url),
                ("JOBS_WEBHOOK_ALLOWED_CIDRS", "127.0.0.1/32"),
            ],
        )
        .await;
    enable(&app, EMPLOYER, true).await;
    let _matcher = start_matcher(&app).await;
    let job = job(&app, EMPLOYER, &backend_job()).await;
    let cv = upload(
        &app,
        EMPLOYER,
        &cv_of(
            "Secret Name",
            "secret@example.com",
            "+960 999 0000",
            &["Nationality: X"],
        ),
        PDF,
    )
    .await;
    let person = applicant(
        &app,
        EMPLOYER,
        json!({"name": "Secret Name", "email": "secret@example.com"}),
        Some(&cv),
    )
    .await;
    let application = apply_internal(&app, EMPLOYER, job, person).await;
    let m = scored(&app, EMPLOYER, application, "extracted").await;
    assert_eq!(m["score"], 87);
    assert_eq!(m["method"], "external");
    assert!(m["explanation"]["notes"].to_string().contains("own model"));
    // The features carry no name, contact or protected fact.
    let sent = seen.lock().unwrap().join("\n");
    assert!(sent.contains("\"skills\""));
    for secret in ["Secret Name", "secret", "999 0000", "Nationality"] {
        assert!(
            !sent.to_lowercase().contains(&secret.to_lowercase()),
            "{secret} was sent"
        );
    }

    // The scorer fails: the built-in scorer's score, and the explanation says why.
    failing.store(true, std::sync::atomic::Ordering::SeqCst);
    crate::support::patch_current(
        &app,
        &app.bearer(EMPLOYER, "recruiter"),
        &format!("/v1/jobs/{job}"),
        json!({"description": "Payment services in Rust."}),
    )
    .await;
    let started = Instant::now();
    loop {
        let now = get(
            &app,
            EMPLOYER,
            &format!("/v1/applications/{application}/match"),
        )
        .await;
        if now["method"] == "lexical" {
            assert!(
                now["explanation"]["notes"][0]
                    .as_str()
                    .unwrap()
                    .contains("did not answer"),
                "{now}"
            );
            assert_ne!(now["score"], 87);
            break;
        }
        assert!(started.elapsed() < Duration::from_secs(30), "{now}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_a_sentence_model_the_score_adds_embedding_similarity() {
    let model = test_tool("JOBS_MATCH_MODEL_DIR", "models/all-MiniLM-L6-v2");
    let model = model.to_string_lossy().to_string();
    let s3 = S3::start().await;
    let app = s3
        .app_with(MAX_UPLOAD, &[("JOBS_MATCH_MODEL_DIR", &model)])
        .await;
    enable(&app, EMPLOYER, true).await;
    let _matcher = start_matcher(&app).await;
    let job = job(&app, EMPLOYER, &backend_job()).await;
    let near = upload(
        &app,
        EMPLOYER,
        &cv_files::pdf(&["Software developer who writes backend payment systems and databases."]),
        PDF,
    )
    .await;
    let far = upload(
        &app,
        EMPLOYER,
        &cv_files::pdf(&["Pastry chef baking croissants in a French bakery."]),
        PDF,
    )
    .await;
    let near = applicant(
        &app,
        EMPLOYER,
        json!({"name": "Near", "email": "near@example.com"}),
        Some(&near),
    )
    .await;
    let far = applicant(
        &app,
        EMPLOYER,
        json!({"name": "Far", "email": "far@example.com"}),
        Some(&far),
    )
    .await;
    let near = apply_internal(&app, EMPLOYER, job, near).await;
    let far = apply_internal(&app, EMPLOYER, job, far).await;
    let (near, far) = (
        scored(&app, EMPLOYER, near, "extracted").await,
        scored(&app, EMPLOYER, far, "extracted").await,
    );
    for m in [&near, &far] {
        assert_eq!(m["method"], "lexical+semantic", "{m}");
        assert!(
            m["explanation"]["components"]
                .to_string()
                .contains("semantic")
        );
    }
    let similarity = |m: &Value| m["explanation"]["semantic_similarity"].as_f64().unwrap();
    assert!(similarity(&near) > similarity(&far) + 0.1, "{near} {far}");
    // Stored beside the texts, computed by the worker (never on a request).
    assert_eq!(
        count(
            &app,
            "SELECT count(*) AS n FROM cv_documents WHERE array_length(embedding, 1) = 384"
        )
        .await,
        2
    );
    assert_eq!(
        count(&app, "SELECT count(*) AS n FROM job_embeddings").await,
        1
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_replaced_cv_loses_its_text_and_its_words() {
    let s3 = S3::start().await;
    let app = s3.app_with(MAX_UPLOAD, &[]).await;
    enable(&app, EMPLOYER, true).await;
    let _matcher = start_matcher(&app).await;
    let old = upload(
        &app,
        EMPLOYER,
        &cv_files::pdf(&["Zookeeper of penguins."]),
        PDF,
    )
    .await;
    let person = applicant(
        &app,
        EMPLOYER,
        json!({"name": "Replacing Person", "email": "r@example.com"}),
        Some(&old),
    )
    .await;
    let job = job(&app, EMPLOYER, &backend_job()).await;
    let application = apply_internal(&app, EMPLOYER, job, person).await;
    scored(&app, EMPLOYER, application, "extracted").await;
    let found = get(&app, EMPLOYER, "/v1/applicants?q=penguins").await;
    assert_eq!(found["items"][0]["id"], person.to_string());

    let new = upload(
        &app,
        EMPLOYER,
        &cv_files::pdf(&["Rust and PostgreSQL in Malé."]),
        PDF,
    )
    .await;
    crate::support::patch_current(
        &app,
        &app.bearer(EMPLOYER, "recruiter"),
        &format!("/v1/applicants/{person}"),
        json!({"cv_upload_id": new}),
    )
    .await;
    settled(&app).await;
    let texts = get(&app, EMPLOYER, &format!("/v1/applicants/{person}/cv-texts")).await;
    let uploads: Vec<&str> = texts["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["upload_id"].as_str().unwrap())
        .collect();
    assert_eq!(uploads, [new.as_str()]);
    assert_eq!(
        get(&app, EMPLOYER, "/v1/applicants?q=penguins").await["items"],
        json!([])
    );
    assert_eq!(
        get(&app, EMPLOYER, "/v1/applicants?q=postgres").await["items"][0]["id"],
        person.to_string()
    );
    let m = get(
        &app,
        EMPLOYER,
        &format!("/v1/applications/{application}/match"),
    )
    .await;
    assert!(
        matched_skills(&m)
            .iter()
            .any(|(s, _, f)| s == "Rust" && f == &["cv".to_string()]),
        "{m}"
    );
}
