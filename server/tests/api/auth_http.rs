//! Authentication at the HTTP edge: 401 with a Bearer challenge that says why without echoing
//! the token, 403 for missing roles, dev mode's JWKS and the `token` command.

use std::process::Command;

use uuid::Uuid;

use crate::support::{TestApp, assert_problem};

const EMPLOYER: Uuid = Uuid::from_u128(0x0e55_0000_0000_4000_8000_0000_0000_0001);

async fn get_jobs(app: &TestApp, authorization: Option<&str>) -> reqwest::Response {
    app.call(reqwest::Method::GET, "/v1/jobs")
        .auth(authorization)
        .send()
        .await
}

#[tokio::test(flavor = "multi_thread")]
async fn no_token_is_401_with_a_plain_bearer_challenge() {
    let app = TestApp::spawn().await;
    let response = get_jobs(&app, None).await;
    assert_eq!(response.headers()["www-authenticate"], "Bearer");
    assert_problem(response, 401).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn bad_tokens_are_401_invalid_token_saying_why_without_echoing_them() {
    let app = TestApp::spawn().await;
    let good = app.token(Some(EMPLOYER), &["viewer"], "someone");
    let mut tampered = good.clone();
    let last = tampered.pop().unwrap();
    tampered.push(if last == 'A' { 'B' } else { 'A' });
    let parts: Vec<&str> = good.split('.').collect();
    let unsigned = format!("{}.{}.", parts[0], parts[1]);
    for value in [
        "Bearer garbage".to_string(),
        format!("Bearer {tampered}"),
        format!("Bearer {unsigned}"),
        format!("Basic {good}"),
        "Bearer".to_string(),
    ] {
        let response = get_jobs(&app, Some(&value)).await;
        let challenge = response.headers()["www-authenticate"]
            .to_str()
            .unwrap()
            .to_string();
        // RFC 6750 §3: the error and a description of it (what the holder already knows).
        assert!(
            challenge.starts_with("Bearer error=\"invalid_token\", error_description=\""),
            "{value}: {challenge}"
        );
        let body = assert_problem(response, 401).await;
        let detail = body["detail"].as_str().unwrap();
        assert!(detail.len() > 20, "{value}: {detail}");
        for secret in [
            "garbage",
            &good[good.len() - 20..],
            &tampered[tampered.len() - 20..],
        ] {
            assert!(
                !detail.contains(secret) && !challenge.contains(secret),
                "{value}"
            );
        }
    }
    assert_eq!(
        get_jobs(&app, Some(&format!("Bearer {good}")))
            .await
            .status(),
        200
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_token_without_the_role_is_403() {
    let app = TestApp::spawn().await;
    let applicant = format!("Bearer {}", app.token(None, &["applicant"], "seeker"));
    assert_problem(get_jobs(&app, Some(&applicant)).await, 403).await;
    let viewer = app.bearer(EMPLOYER, "viewer");
    let response = app
        .client
        .post(app.url("/v1/jobs"))
        .header("authorization", &viewer)
        .header("idempotency-key", "k")
        .json(&serde_json::json!({"title": "x"}))
        .send()
        .await
        .unwrap();
    assert_problem(response, 403).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn authentication_comes_before_body_parsing() {
    let app = TestApp::spawn().await;
    let response = app
        .client
        .post(app.url("/v1/jobs"))
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_problem(response, 401).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn public_operations_ignore_tokens_but_optional_ones_check_them() {
    let app = TestApp::spawn().await;
    let response = app
        .client
        .get(app.url("/livez"))
        .header("authorization", "Bearer garbage")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    // Apply accepts no token, but a token that is sent must be valid.
    let response = app
        .client
        .post(app.url(&format!("/v1/public/jobs/{}/apply", Uuid::new_v4())))
        .header("authorization", "Bearer garbage")
        .header("idempotency-key", "k")
        .json(&serde_json::json!({
            "name": "A", "email": "a@example.com",
            "consent": {"granted": true, "policy_version": "1"}
        }))
        .send()
        .await
        .unwrap();
    assert_problem(response, 401).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn dev_mode_serves_its_jwks_and_the_token_command_mints_accepted_tokens() {
    let dir = std::env::temp_dir().join(format!("jobs-cli-{}", Uuid::new_v4().simple()));
    let key_path = dir.join("key.pem");
    let key = key_path.display().to_string();
    let output = Command::new(env!("CARGO_BIN_EXE_jobs-server"))
        .args([
            "token",
            "--employer",
            &EMPLOYER.to_string(),
            "--role",
            "recruiter",
            "--sub",
            "cli-user",
        ])
        .env("JOBS_DEV_KEY_PATH", &key)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let token = String::from_utf8(output.stdout).unwrap().trim().to_string();

    let app = TestApp::spawn_with(&[("JOBS_DEV_KEY_PATH", key.as_str())]).await;
    let response = get_jobs(&app, Some(&format!("Bearer {token}"))).await;
    assert_eq!(response.status(), 200);

    let jwks: serde_json::Value = app
        .get("/.well-known/jwks.json")
        .await
        .json()
        .await
        .unwrap();
    let header = jsonwebtoken::decode_header(&token).unwrap();
    assert_eq!(jwks["keys"][0]["kid"].as_str(), header.kid.as_deref());
    assert_eq!(jwks["keys"][0]["alg"], "ES256");
    assert!(
        jwks["keys"][0].get("d").is_none(),
        "the private key must never be published"
    );

    // A lifetime over 15 minutes is refused by the command too.
    let output = Command::new(env!("CARGO_BIN_EXE_jobs-server"))
        .args([
            "token",
            "--employer",
            &EMPLOYER.to_string(),
            "--role",
            "viewer",
            "--ttl",
            "3600",
        ])
        .env("JOBS_DEV_KEY_PATH", &key)
        .output()
        .unwrap();
    assert!(!output.status.success());
    let _ = std::fs::remove_dir_all(dir);
}
