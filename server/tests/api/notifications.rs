//! Notification e-mail against a real SMTP server (aiosmtpd, `tools/smtp_sink.py`): the
//! messages it receives are read as MIME (Python's `email` package) — headers, both parts, the
//! applicant's language, the links. One-click unsubscribe stops the next message; the SMTP
//! server down is retried without loss; a mailer killed mid-batch sends nothing twice; a name
//! with a line break stays text.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use jobs_server::auth::{Profile, Role};
use jobs_server::config::{DEV_AUDIENCE, DEV_ISSUER};
use jobs_server::mail::mailer::Mailer;
use reqwest::Method;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::support::{
    ServerProcess, TestApp, apply_ok, assert_problem, published_job, run_python, submission,
    test_tool,
};

const EMPLOYER: Uuid = Uuid::from_u128(0x0a11_0000_0000_4000_8000_0000_0000_0001);

/// A real SMTP server writing what it accepts to a directory of its own.
struct Sink {
    child: Option<Child>,
    dir: PathBuf,
    port: u16,
}

impl Sink {
    fn start() -> Self {
        let dir = std::env::temp_dir().join(format!("jobs-smtp-{}", Uuid::new_v4().simple()));
        let (child, port) = Self::spawn(&dir, 0);
        Self {
            child: Some(child),
            dir,
            port,
        }
    }

    fn spawn(dir: &Path, port: u16) -> (Child, u16) {
        use std::io::BufRead;
        let python = test_tool("JOBS_TEST_PYTHON", "test-venv/bin/python");
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/tools/smtp_sink.py");
        let mut child = Command::new(python)
            .arg(script)
            .arg(dir)
            .arg(port.to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut line = String::new();
        std::io::BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        (
            child,
            line.trim().parse().expect("the sink prints its port"),
        )
    }

    fn stop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    fn restart(&mut self) {
        self.stop();
        let (child, _) = Self::spawn(&self.dir, self.port);
        self.child = Some(child);
    }

    fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// Every message received so far, parsed.
    fn messages(&self) -> Vec<Value> {
        let parsed = run_python(PARSE, &[self.dir.to_str().unwrap()], b"");
        parsed.as_array().unwrap().clone()
    }

    /// Waits until at least `n` messages arrived; returns them all.
    async fn wait_for(&self, n: usize) -> Vec<Value> {
        let started = Instant::now();
        loop {
            let got = self.messages();
            if got.len() >= n {
                return got;
            }
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "{} of {n} messages after 20 s: {got:#?}",
                got.len()
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}

impl Drop for Sink {
    fn drop(&mut self) {
        self.stop();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Reads the sink's directory: each message's headers, parts and envelope, as JSON.
const PARSE: &str = r#"
import email, email.policy, glob, json, os, sys
out = []
for path in sorted(glob.glob(os.path.join(sys.argv[1], "*.eml"))):
    raw = open(path, "rb").read()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    envelope = json.load(open(path[:-4] + ".json"))
    text = msg.get_body(preferencelist=("plain",))
    html = msg.get_body(preferencelist=("html",))
    out.append({
        "from": str(msg["From"]), "to": str(msg["To"]), "subject": str(msg["Subject"]),
        "message_id": str(msg["Message-ID"]),
        "list_unsubscribe": msg["List-Unsubscribe"] and str(msg["List-Unsubscribe"]),
        "list_unsubscribe_post": msg["List-Unsubscribe-Post"] and str(msg["List-Unsubscribe-Post"]),
        "content_language": msg["Content-Language"] and str(msg["Content-Language"]),
        "header_names": [k.lower() for k in msg.keys()],
        "multipart": msg.get_content_type(),
        "text": text.get_content() if text else None,
        "html": html.get_content() if html else None,
        "rcpt_tos": envelope["rcpt_tos"],
        "raw_headers": raw.split(b"\r\n\r\n", 1)[0].decode("ascii", "replace"),
    })
print(json.dumps(out))
"#;

/// A problem answer of `status` and `kind`; returns its body.
async fn problem_of(response: reqwest::Response, status: u16, kind: &str) -> Value {
    let body = assert_problem(response, status).await;
    assert_eq!(body["type"], kind, "{body:#}");
    body
}

/// A bearer header for `sub` with one role, and name and e-mail claims.
fn member_bearer(app: &TestApp, role: &str, sub: &str, name: &str) -> String {
    let token = app
        .state
        .verifier
        .dev_key()
        .unwrap()
        .mint_with_profile(
            DEV_ISSUER,
            DEV_AUDIENCE,
            sub,
            Some(EMPLOYER),
            &[Role::parse(role).unwrap()],
            Duration::from_secs(600),
            &Profile {
                name: Some(name.to_string()),
                email: Some(format!("{sub}@reef.example")),
            },
        )
        .unwrap();
    format!("Bearer {token}")
}

async fn call(
    app: &TestApp,
    method: Method,
    path: &str,
    auth: Option<&str>,
    if_match: Option<&str>,
    body: Option<Value>,
) -> reqwest::Response {
    let mut c = app.call(method.clone(), path).auth(auth);
    if method == Method::POST && auth.is_some() {
        c = c.fresh_key();
    }
    if let Some(tag) = if_match {
        c = c.if_match(Some(tag));
    }
    c.maybe_json(body).send().await
}

async fn ok(app: &TestApp, method: Method, path: &str, auth: &str, body: Option<Value>) -> Value {
    let if_match = matches!(method, Method::PUT | Method::PATCH).then_some("*");
    let response = call(app, method.clone(), path, Some(auth), if_match, body).await;
    let status = response.status();
    let text = response.text().await.unwrap();
    assert!(status.is_success(), "{method} {path}: {status} {text}");
    serde_json::from_str(&text).unwrap_or(Value::Null)
}

async fn member_id(app: &TestApp, auth: &str, sub: &str) -> String {
    let list = ok(
        app,
        Method::GET,
        &format!("/v1/members?q={sub}"),
        auth,
        None,
    )
    .await;
    list["items"][0]["id"].as_str().unwrap().to_string()
}

/// The app with mail configured for `sink`, and its mailer running in-process.
async fn mail_app(sink: &Sink) -> (TestApp, tokio::task::JoinHandle<()>) {
    let app = TestApp::spawn_with(&[
        ("JOBS_SMTP_URL", &sink.url()),
        ("JOBS_MAIL_FROM", "Reef Jobs <jobs@reef.example>"),
        ("JOBS_MAIL_POLL_MS", "200"),
        ("JOBS_MAIL_RETRY_SCALE", "0.0002"),
        ("JOBS_MAIL_TIMEOUT_MS", "3000"),
    ])
    .await;
    let mailer = start_mailer(&app);
    (app, mailer)
}

fn start_mailer(app: &TestApp) -> tokio::task::JoinHandle<()> {
    let config = &app.state.config;
    Mailer::new(
        app.mailbox.clone(),
        app.state.db.clone(),
        config.mail.as_ref().unwrap(),
        config.mail_worker,
        app.state.mail_links.clone().unwrap(),
        &config.public_url,
    )
    .unwrap()
    .spawn()
}

/// The path and query of a link (the test server's origin differs from the configured one).
fn path_of(link: &str) -> String {
    let url = reqwest::Url::parse(link.trim_matches(['<', '>'])).unwrap();
    format!("{}?{}", url.path(), url.query().unwrap_or_default())
}

/// The first link in `text` that contains `needle`.
fn link_in(text: &str, needle: &str) -> String {
    text.split_whitespace()
        .find(|w| w.contains(needle))
        .unwrap_or_else(|| panic!("no {needle} link in {text}"))
        .to_string()
}

async fn deliveries(app: &TestApp, admin: &str) -> Vec<Value> {
    let list = ok(
        app,
        Method::GET,
        "/v1/notifications/deliveries?limit=100",
        admin,
        None,
    )
    .await;
    list["items"].as_array().unwrap().clone()
}

/// Waits until no delivery is pending, failing or sending.
async fn settled(app: &TestApp, admin: &str) -> Vec<Value> {
    let started = Instant::now();
    loop {
        let items = deliveries(app, admin).await;
        if !items.is_empty()
            && items
                .iter()
                .all(|d| !matches!(d["status"].as_str(), Some("pending" | "failed" | "sending")))
        {
            return items;
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "deliveries not settled: {items:#?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_new_application_mails_the_hiring_team_and_the_applicant_confirms_their_address() {
    let sink = Sink::start();
    let (app, _mailer) = mail_app(&sink).await;
    let admin = member_bearer(&app, "employer_admin", "ana", "Ana Admin");
    let rita = member_bearer(&app, "recruiter", "rita", "Rita Recruiter");
    let job = published_job(&app, EMPLOYER, "Sous Chef").await;
    let rita_id = member_id(&app, &rita, "rita").await;
    let _ = member_id(&app, &admin, "ana").await;
    ok(
        &app,
        Method::PUT,
        &format!("/v1/jobs/{job}/team"),
        &admin,
        Some(json!({"members": [{"member_id": rita_id, "role": "hiring_manager"}]})),
    )
    .await;

    let application = apply_ok(
        &app,
        job,
        &submission("Aishath Shifa", "aishath@example.mv"),
    )
    .await;
    let got = sink.wait_for(2).await;
    assert_eq!(got.len(), 2, "the team member and the applicant: {got:#?}");
    let to_rita = got
        .iter()
        .find(|m| m["to"].as_str().unwrap().contains("rita@reef.example"))
        .unwrap();
    assert_eq!(to_rita["subject"], "New application for Sous Chef");
    assert_eq!(to_rita["from"], "Reef Jobs <jobs@reef.example>");
    assert!(to_rita["to"].as_str().unwrap().contains("Rita Recruiter"));
    assert_eq!(to_rita["multipart"], "multipart/alternative");
    assert!(
        to_rita["text"]
            .as_str()
            .unwrap()
            .contains("Aishath applied for Sous Chef")
    );
    assert!(
        to_rita["html"]
            .as_str()
            .unwrap()
            .contains("<strong>Sous Chef</strong>")
    );
    assert_eq!(
        to_rita["list_unsubscribe_post"],
        "List-Unsubscribe=One-Click"
    );
    let message_id = to_rita["message_id"].as_str().unwrap();
    assert!(message_id.ends_with("@reef.example>"), "{message_id}");
    assert!(to_rita["rcpt_tos"] == json!(["rita@reef.example"]));
    // Not on the team, not opted in: the admin hears nothing.
    assert!(
        got.iter()
            .all(|m| !m["to"].as_str().unwrap().contains("ana@"))
    );

    let to_applicant = got
        .iter()
        .find(|m| m["rcpt_tos"] == json!(["aishath@example.mv"]))
        .unwrap();
    assert_eq!(
        to_applicant["subject"],
        "Confirm your application to Unnamed employer"
    );
    assert!(
        to_applicant["list_unsubscribe"].is_null(),
        "a confirmation is not a list"
    );
    let confirm = path_of(&link_in(
        to_applicant["text"].as_str().unwrap(),
        "confirm-email",
    ));

    // Not yet confirmed; following the link confirms it, once.
    let read = ok(
        &app,
        Method::GET,
        &format!("/v1/applications/{application}"),
        &admin,
        None,
    )
    .await;
    assert!(read["submissions"][0]["email_confirmed_at"].is_null());
    let page = app.get(&confirm).await;
    assert_eq!(page.status(), 200);
    assert!(
        page.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
    let read = ok(
        &app,
        Method::GET,
        &format!("/v1/applications/{application}"),
        &admin,
        None,
    )
    .await;
    assert!(
        read["submissions"][0]["email_confirmed_at"].is_string(),
        "{read:#}"
    );
    problem_of(
        app.get(&confirm).await,
        410,
        "urn:jobs-api:problem:link-used",
    )
    .await;
    let forged = confirm.replace("token=", "token=x");
    problem_of(
        app.get(&forged).await,
        400,
        "urn:jobs-api:problem:invalid-link",
    )
    .await;

    // The log: every message, recipient masked.
    let log = settled(&app, &admin).await;
    assert_eq!(log.len(), 2);
    assert!(log.iter().all(|d| d["status"] == "sent"), "{log:#?}");
    assert!(log.iter().any(|d| d["recipient"] == "r***@reef.example"));
    assert!(log.iter().any(|d| d["message_id"] == message_id));
    let recruiter_reads = call(
        &app,
        Method::GET,
        "/v1/notifications/deliveries",
        Some(&rita),
        None,
        None,
    )
    .await;
    assert_eq!(recruiter_reads.status(), 403);
}

#[tokio::test(flavor = "multi_thread")]
async fn status_mails_speak_the_applicants_language_and_one_click_unsubscribe_stops_them() {
    let sink = Sink::start();
    let (app, _mailer) = mail_app(&sink).await;
    let admin = member_bearer(&app, "employer_admin", "ana", "Ana Admin");
    let job = published_job(&app, EMPLOYER, "Sous Chef").await;
    // Interview and offer e-mails on; the interview one worded in French too.
    for status in ["interview", "offer"] {
        ok(
            &app,
            Method::PUT,
            &format!("/v1/notification-templates/application.status.{status}"),
            &admin,
            Some(json!({"enabled": true})),
        )
        .await;
    }
    ok(
        &app,
        Method::PUT,
        "/v1/notification-templates/application.status.interview?locale=fr",
        &admin,
        Some(json!({"enabled": true, "subject": "Entretien : {{ job.title }}",
                    "text": "Bonjour {{ applicant.first_name }}, vous êtes invitée en entretien chez {{ employer.name }}.\n{{ links.unsubscribe }}",
                    "html": "<p>Bonjour <b>{{ applicant.first_name }}</b></p><script>x()</script>"})),
    )
    .await;
    let mut body = submission("Camille Durand", "camille@example.fr");
    body["locale"] = json!("fr");
    let application = apply_ok(&app, job, &body).await;
    let _confirmation = sink.wait_for(1).await;
    let path = format!("/v1/applications/{application}");
    // Screening is off by default: nothing. Interview: in French.
    ok(
        &app,
        Method::PATCH,
        &path,
        &admin,
        Some(json!({"status": "screening"})),
    )
    .await;
    ok(
        &app,
        Method::PATCH,
        &path,
        &admin,
        Some(json!({"status": "interview"})),
    )
    .await;
    let got = sink.wait_for(2).await;
    let interview = &got[1];
    assert_eq!(interview["subject"], "Entretien : Sous Chef");
    assert_eq!(interview["content_language"], "fr");
    assert!(
        interview["text"]
            .as_str()
            .unwrap()
            .contains("Bonjour Camille")
    );
    assert!(
        !interview["html"].as_str().unwrap().contains("<script"),
        "HTML is sanitized"
    );
    let unsubscribe = interview["list_unsubscribe"].as_str().unwrap();

    // One click (RFC 8058), as a mail client sends it: the offer e-mail is not sent.
    let response = app
        .client
        .post(app.url(&path_of(unsubscribe)))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("List-Unsubscribe=One-Click")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let done: Value = response.json().await.unwrap();
    assert_eq!(done["kind"], "application.status");
    ok(
        &app,
        Method::PATCH,
        &path,
        &admin,
        Some(json!({"status": "offer"})),
    )
    .await;
    let log = settled(&app, &admin).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(
        sink.messages().len(),
        2,
        "nothing after the unsubscribe: {log:#?}"
    );
    // The page of the body's link says what was unsubscribed.
    let page = app
        .get(&path_of(&link_in(
            interview["text"].as_str().unwrap(),
            "unsubscribe",
        )))
        .await;
    assert_eq!(page.status(), 200);
    assert!(page.text().await.unwrap().contains("application status"));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_name_with_a_line_break_stays_text_and_an_unreachable_server_loses_nothing() {
    let mut sink = Sink::start();
    let (app, _mailer) = mail_app(&sink).await;
    let admin = member_bearer(&app, "employer_admin", "ana", "Ana Admin");
    let job = published_job(&app, EMPLOYER, "Sous Chef").await;
    sink.stop();
    apply_ok(
        &app,
        job,
        &submission("Eve\r\nBcc: victim@example.com", "eve@example.com"),
    )
    .await;
    // The server is down: the message waits for a retry.
    let started = Instant::now();
    loop {
        let log = deliveries(&app, &admin).await;
        if log
            .iter()
            .any(|d| d["status"] == "failed" && d["last_error"].is_string())
        {
            break;
        }
        assert!(started.elapsed() < Duration::from_secs(20), "{log:#?}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    sink.restart();
    let got = sink.wait_for(1).await;
    let log = settled(&app, &admin).await;
    assert_eq!(log[0]["status"], "sent");
    assert!(log[0]["attempts"].as_u64().unwrap() >= 2);
    assert_eq!(got.len(), 1);
    let m = &got[0];
    assert_eq!(m["rcpt_tos"], json!(["eve@example.com"]), "one recipient");
    assert!(
        !m["header_names"]
            .as_array()
            .unwrap()
            .contains(&json!("bcc")),
        "no header from a name: {}",
        m["raw_headers"]
    );
    assert!(m["text"].as_str().unwrap().contains("Hello Eve"));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_mailer_killed_mid_batch_sends_nothing_twice() {
    let sink = Sink::start();
    let (app, first_mailer) = mail_app(&sink).await;
    first_mailer.abort();
    let admin = member_bearer(&app, "employer_admin", "ana", "Ana Admin");
    let job = published_job(&app, EMPLOYER, "Sous Chef").await;
    for i in 0..30 {
        apply_ok(
            &app,
            job,
            &submission(&format!("Person {i}"), &format!("p{i}@example.com")),
        )
        .await;
    }
    let vars = [
        ("JOBS_SMTP_URL", sink.url()),
        ("JOBS_MAIL_FROM", "jobs@reef.example".to_string()),
        ("JOBS_MAIL_POLL_MS", "200".to_string()),
        ("JOBS_MAIL_CONCURRENCY", "2".to_string()),
        // A lease of 2 × 1 s + 5 s: the message the killed mailer held is judged within it.
        ("JOBS_MAIL_TIMEOUT_MS", "1000".to_string()),
        (
            "JOBS_DEV_KEY_PATH",
            app.state.config.dev_key_path.display().to_string(),
        ),
    ];
    let vars: Vec<(&str, &str)> = vars.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let doomed = ServerProcess::start(&app.db.url, &vars).await;
    // Killed (SIGKILL) once some, not all, were sent.
    let started = Instant::now();
    while sink.messages().len() < 2 {
        assert!(started.elapsed() < Duration::from_secs(20));
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    drop(doomed);
    let _again = ServerProcess::start(&app.db.url, &vars).await;
    let log = settled(&app, &admin).await;
    assert_eq!(log.len(), 30);
    let messages = sink.messages();
    let mut ids: Vec<&str> = messages
        .iter()
        .map(|m| m["message_id"].as_str().unwrap())
        .collect();
    let received = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), received, "a Message-ID arrived twice");
    let sent = log.iter().filter(|d| d["status"] == "sent").count();
    let unknown = log.iter().filter(|d| d["status"] == "unknown").count();
    assert_eq!(sent + unknown, 30, "{log:#?}");
    assert!(
        received >= sent && received <= 30,
        "{received} received, {sent} sent"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn templates_are_checked_previewed_and_versioned() {
    let app = TestApp::spawn().await;
    let admin = app.bearer(EMPLOYER, "employer_admin");
    let recruiter = app.bearer(EMPLOYER, "recruiter");
    let list = ok(
        &app,
        Method::GET,
        "/v1/notification-templates",
        &admin,
        None,
    )
    .await;
    let created = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["template"] == "application.created")
        .unwrap();
    assert_eq!(created["enabled"], true);
    assert_eq!(created["custom"], false);
    assert_eq!(created["etag"], "\"0\"");
    let interview = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["template"] == "application.status.interview")
        .unwrap();
    assert_eq!(
        interview["enabled"], false,
        "applicant status e-mails start off"
    );

    // A syntax error: 422 with the part, line and column.
    let path = "/v1/notification-templates/application.created";
    let broken = json!({"enabled": true, "subject": "ok", "text": "line one\n{{ job.title "});
    let problem = problem_of(
        call(
            &app,
            Method::PUT,
            path,
            Some(&admin),
            Some("\"0\""),
            Some(broken),
        )
        .await,
        422,
        "urn:jobs-api:problem:template-invalid",
    )
    .await;
    assert_eq!(problem["errors"][0]["pointer"], "/text");
    let detail = problem["errors"][0]["detail"].as_str().unwrap();
    assert!(
        detail.contains("line 2") && detail.contains("column"),
        "{detail}"
    );
    // An unknown variable, too.
    let unknown = json!({"enabled": true, "subject": "{{ job.salary }}", "text": "x"});
    problem_of(
        call(
            &app,
            Method::PUT,
            path,
            Some(&admin),
            Some("\"0\""),
            Some(unknown),
        )
        .await,
        422,
        "urn:jobs-api:problem:template-invalid",
    )
    .await;
    // Stored; a stale If-Match is 412; recruiters may not change templates.
    let good = json!({"enabled": true, "subject": "{{ applicant.first_name }} → {{ job.title }}", "text": "See {{ links.application }}"});
    let response = call(
        &app,
        Method::PUT,
        path,
        Some(&admin),
        Some("\"0\""),
        Some(good.clone()),
    )
    .await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["etag"], "\"1\"");
    problem_of(
        call(
            &app,
            Method::PUT,
            path,
            Some(&admin),
            Some("\"0\""),
            Some(good.clone()),
        )
        .await,
        412,
        "urn:jobs-api:problem:precondition-failed",
    )
    .await;
    assert_eq!(
        call(
            &app,
            Method::PUT,
            path,
            Some(&recruiter),
            Some("\"1\""),
            Some(good)
        )
        .await
        .status(),
        403
    );
    problem_of(
        call(
            &app,
            Method::PUT,
            "/v1/notification-templates/no.such.template",
            Some(&admin),
            Some("\"0\""),
            Some(json!({"enabled": true})),
        )
        .await,
        404,
        "about:blank",
    )
    .await;

    // Preview: the stored wording with sample data; a draft; a subject stays one line.
    let preview = ok(
        &app,
        Method::POST,
        "/v1/notification-templates/application.created:preview",
        &recruiter,
        None,
    )
    .await;
    assert_eq!(preview["subject"], "Aishath → Sous Chef");
    let draft = ok(
        &app,
        Method::POST,
        "/v1/notification-templates/application.created:preview",
        &recruiter,
        Some(json!({"subject": "{{ job.title }}\r\nBcc: x@example.com", "text": "t", "html": "<p onclick=\"x()\">{{ member.name }}</p>"})),
    )
    .await;
    assert_eq!(draft["subject"], "Sous Chef Bcc: x@example.com");
    assert_eq!(draft["html"], "<p>Mariyam</p>");
}

#[tokio::test(flavor = "multi_thread")]
async fn preferences_are_per_member_and_a_digest_choice_holds_messages() {
    let sink = Sink::start();
    let (app, _mailer) = mail_app(&sink).await;
    let admin = member_bearer(&app, "employer_admin", "ana", "Ana Admin");
    let rita = member_bearer(&app, "recruiter", "rita", "Rita Recruiter");
    let read = call(
        &app,
        Method::GET,
        "/v1/me/notification-preferences",
        Some(&rita),
        None,
        None,
    )
    .await;
    assert_eq!(read.headers()["etag"], "\"0\"");
    let read: Value = read.json().await.unwrap();
    assert_eq!(read["preferences"]["application.created"], "immediate");
    assert_eq!(read["time_zone"], Value::Null);
    let bad_zone = json!({"preferences": {}, "time_zone": "Mars/Olympus"});
    let problem = problem_of(
        call(
            &app,
            Method::PUT,
            "/v1/me/notification-preferences",
            Some(&rita),
            Some("\"0\""),
            Some(bad_zone),
        )
        .await,
        422,
        "urn:jobs-api:problem:validation",
    )
    .await;
    assert_eq!(problem["errors"][0]["pointer"], "/time_zone");
    let unknown_kind = json!({"preferences": {"job.created": "off"}});
    assert_eq!(
        call(
            &app,
            Method::PUT,
            "/v1/me/notification-preferences",
            Some(&rita),
            Some("\"0\""),
            Some(unknown_kind)
        )
        .await
        .status(),
        422
    );
    let set = json!({"preferences": {"application.created": "daily_digest"}, "time_zone": "Indian/Maldives", "digest_hour": 9});
    let response = call(
        &app,
        Method::PUT,
        "/v1/me/notification-preferences",
        Some(&rita),
        Some("\"0\""),
        Some(set),
    )
    .await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["etag"], "\"1\"");
    // Each member has their own.
    let ana: Value = ok(
        &app,
        Method::GET,
        "/v1/me/notification-preferences",
        &admin,
        None,
    )
    .await;
    assert_eq!(ana["preferences"]["application.created"], "immediate");

    // Rita is the hiring team and chose a digest: the new application waits for 09:00 Malé.
    let job = published_job(&app, EMPLOYER, "Sous Chef").await;
    let rita_id = member_id(&app, &rita, "rita").await;
    ok(
        &app,
        Method::PUT,
        &format!("/v1/jobs/{job}/team"),
        &admin,
        Some(json!({"members": [{"member_id": rita_id, "role": "recruiter"}]})),
    )
    .await;
    let mut body = submission("Aishath Shifa", "aishath@example.mv");
    body["locale"] = json!("dv");
    apply_ok(&app, job, &body).await;
    let log = settled(&app, &admin).await;
    let held: Vec<&Value> = log.iter().filter(|d| d["status"] == "held").collect();
    assert_eq!(held.len(), 1, "{log:#?}");
    assert_eq!(held[0]["template"], "application.created");
    let due: chrono::DateTime<chrono::Utc> = held[0]["next_attempt_at"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(
        due.format("%H:%M").to_string(),
        "04:00",
        "09:00 in Malé (UTC+5)"
    );
    // Only the confirmation went out.
    assert_eq!(sink.wait_for(1).await.len(), 1);

    // Nine o'clock comes (moved forward here): one digest, the held message folded into it.
    crate::support::execute(
        &app.db.url,
        "UPDATE mail_deliveries SET next_attempt_at = now() WHERE status = 'held'",
    )
    .await;
    let got = sink.wait_for(2).await;
    let digest = &got[1];
    assert_eq!(digest["rcpt_tos"], json!(["rita@reef.example"]));
    assert_eq!(digest["subject"], "1 update at Unnamed employer");
    assert!(
        digest["text"]
            .as_str()
            .unwrap()
            .contains("- New application for Sous Chef"),
        "{digest:#}"
    );
    assert!(digest["list_unsubscribe"].is_string());
    let log = settled(&app, &admin).await;
    let digested: Vec<&Value> = log.iter().filter(|d| d["status"] == "digested").collect();
    assert_eq!(digested.len(), 1, "{log:#?}");
    assert!(
        log.iter()
            .any(|d| d["template"] == "digest.daily" && d["status"] == "sent")
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_mention_mails_the_mentioned_member_once() {
    let sink = Sink::start();
    let (app, _mailer) = mail_app(&sink).await;
    let admin = member_bearer(&app, "employer_admin", "ana", "Ana Admin");
    let rita = member_bearer(&app, "recruiter", "rita", "Rita Recruiter");
    let job = published_job(&app, EMPLOYER, "Sous Chef").await;
    let rita_id = member_id(&app, &rita, "rita").await;
    let _ = member_id(&app, &admin, "ana").await;
    // Rita is not on a team and did not opt in to new applications: only the confirmation.
    let application = apply_ok(
        &app,
        job,
        &submission("Aishath Shifa", "aishath@example.mv"),
    )
    .await;
    sink.wait_for(1).await;
    let comments = format!("/v1/applications/{application}/comments");
    let comment = ok(
        &app,
        Method::POST,
        &comments,
        &admin,
        Some(json!({"body": "Rita, please call her", "mentions": [rita_id]})),
    )
    .await;
    let got = sink.wait_for(2).await;
    let mention = &got[1];
    assert_eq!(mention["rcpt_tos"], json!(["rita@reef.example"]));
    assert_eq!(
        mention["subject"],
        "Ana Admin mentioned you on Aishath's application"
    );
    assert!(
        mention["text"]
            .as_str()
            .unwrap()
            .contains("Rita, please call her")
    );
    // An edit that keeps the mention does not mention her again.
    let id = comment["id"].as_str().unwrap();
    ok(
        &app,
        Method::PATCH,
        &format!("{comments}/{id}"),
        &admin,
        Some(json!({"body": "Rita, please call her today", "mentions": [rita_id]})),
    )
    .await;
    settled(&app, &admin).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(sink.messages().len(), 2);
}

/// Members have no language of their own: their e-mails follow the employer's
/// `default_locale` (the languages issue), with the employer's wording in that language.
#[tokio::test(flavor = "multi_thread")]
async fn members_hear_in_the_employers_default_language() {
    let sink = Sink::start();
    let (app, _mailer) = mail_app(&sink).await;
    let admin = member_bearer(&app, "employer_admin", "ana", "Ana Admin");
    let rita = member_bearer(&app, "recruiter", "rita", "Rita Recruiter");
    let job = published_job(&app, EMPLOYER, "Sous Chef").await;
    let rita_id = member_id(&app, &rita, "rita").await;
    ok(
        &app,
        Method::PUT,
        &format!("/v1/jobs/{job}/team"),
        &admin,
        Some(json!({"members": [{"member_id": rita_id, "role": "hiring_manager"}]})),
    )
    .await;
    crate::support::update_employer(
        &app,
        EMPLOYER,
        json!({"settings": {"default_locale": "dv"}}),
    )
    .await;
    ok(
        &app,
        Method::PUT,
        "/v1/notification-templates/application.created?locale=dv",
        &admin,
        Some(json!({"enabled": true, "subject": "އައު އެޕްލިކޭޝަނެއް: {{ job.title }}",
                    "text": "{{ applicant.first_name }} {{ job.title }} އަށް އެޕްލައި ކޮށްފި.\n{{ links.unsubscribe }}"})),
    )
    .await;
    apply_ok(
        &app,
        job,
        &submission("Aishath Shifa", "aishath@example.mv"),
    )
    .await;
    let got = sink.wait_for(2).await;
    let to_rita = got
        .iter()
        .find(|m| m["to"].as_str().unwrap().contains("rita@reef.example"))
        .unwrap();
    assert_eq!(to_rita["subject"], "އައު އެޕްލިކޭޝަނެއް: Sous Chef");
    assert_eq!(to_rita["content_language"], "dv");
    // The applicant applied without a language: English, as before.
    let to_applicant = got
        .iter()
        .find(|m| m["rcpt_tos"] == json!(["aishath@example.mv"]))
        .unwrap();
    assert_eq!(to_applicant["content_language"], "en");
}
