//! Errors say how to fix them (issue: what frontend teams and partners touch first): each
//! problem names the header, parameter, member, role, limit or token claim at fault, and every
//! problem type the server answers is listed in the contract.

use jsonwebtoken::{Algorithm, EncodingKey, Header};
use reqwest::Method;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::support::{TestApp, assert_problem, complete_job, contract_problem_types, create_job};

const EMPLOYER: Uuid = Uuid::from_u128(0xf1e5_0000_0000_4000_8000_0000_0000_0001);

#[test]
fn every_problem_type_the_server_knows_is_in_the_contract_and_none_is_spelt_elsewhere() {
    let documented: Vec<String> = contract_problem_types()
        .into_iter()
        .map(|(t, _)| t)
        .collect();
    let mut known: Vec<String> = jobs_server::http::problem::types::ALL
        .iter()
        .map(|t| t.to_string())
        .collect();
    known.sort();
    let mut sorted = documented.clone();
    sorted.sort();
    assert_eq!(
        known, sorted,
        "problem::types::ALL and the contract's x-problem-types differ"
    );
    // The table in the schema's description has a row for each.
    let spec: Value = serde_yaml_ng::from_str(include_str!("../../../openapi.yaml")).unwrap();
    let table = spec["components"]["schemas"]["Problem"]["description"]
        .as_str()
        .unwrap();
    for t in &documented {
        assert!(table.contains(&format!("| `{t}` |")), "no row for {t}");
    }
    // No other source file spells a type: what the server can answer is the registry.
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut stack = vec![src];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs")
                && !path.ends_with("http/problem.rs")
            {
                let text = std::fs::read_to_string(&path).unwrap();
                assert!(
                    !text.contains("urn:jobs-api:problem:"),
                    "{} spells a problem type: use http::problem::types",
                    path.display()
                );
            }
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn if_match_missing_is_428_malformed_400_stale_412() {
    let app = TestApp::spawn().await;
    let (job, etag, _) = create_job(&app, EMPLOYER, &complete_job("Chef")).await;
    let patch = |tag: Option<&str>| {
        app.call(Method::PATCH, &format!("/v1/jobs/{job}"))
            .role(EMPLOYER, "recruiter")
            .if_match(tag)
            .json(&json!({"title": "Head Chef"}))
    };
    let body = assert_problem(patch(None).send().await, 428).await;
    assert_eq!(body["type"], "urn:jobs-api:problem:precondition-required");
    assert!(body["detail"].as_str().unwrap().contains("If-Match"));
    let unquoted = etag.trim_matches('"').to_string();
    let body = assert_problem(patch(Some(&unquoted)).send().await, 400).await;
    assert_eq!(body["type"], "urn:jobs-api:problem:invalid-header");
    assert_eq!(body["errors"][0]["pointer"], "#/header/If-Match");
    let body = assert_problem(patch(Some("\"999\"")).send().await, 412).await;
    assert_eq!(body["type"], "urn:jobs-api:problem:precondition-failed");
    assert_eq!(patch(Some(&etag)).send().await.status(), 200);
}

/// A token signed with the server's own dev key but with claims of our choosing.
fn token(app: &TestApp, claims: Value) -> String {
    let key_path = match app.state.config.identity().unwrap() {
        jobs_server::config::IdentityConfig::Dev { key_path, .. } => key_path,
        _ => panic!("tests run in dev identity mode"),
    };
    let pem = std::fs::read(key_path).unwrap();
    let mut header = Header::new(Algorithm::ES256);
    header.kid = Some(app.state.verifier.dev_key().unwrap().kid().to_string());
    format!(
        "Bearer {}",
        jsonwebtoken::encode(&header, &claims, &EncodingKey::from_ec_pem(&pem).unwrap()).unwrap()
    )
}

fn claims(change: impl FnOnce(&mut Value)) -> Value {
    let now = chrono::Utc::now().timestamp();
    let mut c = json!({
        "iss": jobs_server::config::DEV_ISSUER,
        "aud": jobs_server::config::DEV_AUDIENCE,
        "sub": "someone", "iat": now, "exp": now + 300,
        "roles": ["recruiter"], "employer_id": EMPLOYER,
    });
    change(&mut c);
    c
}

#[tokio::test(flavor = "multi_thread")]
async fn a_refused_token_says_what_is_wrong_with_it() {
    let app = TestApp::spawn().await;
    let now = chrono::Utc::now().timestamp();
    let cases = [
        (
            token(
                &app,
                claims(|c| {
                    c["iat"] = json!(now - 900);
                    c["exp"] = json!(now - 300);
                }),
            ),
            "expired",
        ),
        (
            token(&app, claims(|c| c["aud"] = json!("another-api"))),
            "audience",
        ),
        (
            token(
                &app,
                claims(|c| c["iss"] = json!("https://elsewhere.example")),
            ),
            "issuer",
        ),
        (
            token(&app, claims(|c| c["nbf"] = json!(now + 600))),
            "not valid yet",
        ),
        ("Bearer not-a-jwt".to_string(), "well-formed"),
        ("Basic dXNlcjpwYXNz".to_string(), "not a bearer token"),
    ];
    for (authorization, says) in cases {
        let response = app
            .call(Method::GET, "/v1/jobs")
            .auth(Some(&authorization))
            .send()
            .await;
        let challenge = response.headers()["www-authenticate"]
            .to_str()
            .unwrap()
            .to_string();
        let body = assert_problem(response, 401).await;
        assert_eq!(body["type"], "urn:jobs-api:problem:invalid-token", "{says}");
        let detail = body["detail"].as_str().unwrap();
        assert!(detail.contains(says), "{says}: {detail}");
        assert!(challenge.starts_with("Bearer error=\"invalid_token\", error_description=\""));
        assert!(challenge.contains(says), "{says}: {challenge}");
    }
    let response = app.call(Method::GET, "/v1/jobs").send().await;
    assert_eq!(response.headers()["www-authenticate"], "Bearer");
    let body = assert_problem(response, 401).await;
    assert_eq!(body["type"], "urn:jobs-api:problem:token-required");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_forbidden_call_names_the_roles_that_may_make_it() {
    let app = TestApp::spawn().await;
    let response = app
        .call(Method::POST, "/v1/jobs")
        .role(EMPLOYER, "viewer")
        .fresh_key()
        .json(&complete_job("Chef"))
        .send()
        .await;
    let body = assert_problem(response, 403).await;
    assert_eq!(body["type"], "urn:jobs-api:problem:role-required");
    assert_eq!(
        body["required_roles"],
        json!(["employer_admin", "recruiter"])
    );
    let detail = body["detail"].as_str().unwrap();
    assert!(
        detail.contains("employer_admin, recruiter") && detail.contains("viewer"),
        "{detail}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn bodies_and_parameters_say_what_they_must_be() {
    let app = TestApp::spawn().await;
    let post = |body: &str| {
        app.call(Method::POST, "/v1/jobs")
            .role(EMPLOYER, "recruiter")
            .fresh_key()
            .raw_json(body)
    };
    let body = assert_problem(
        post(r#"{"title": "Chef", "employment_type": "sometimes"}"#)
            .send()
            .await,
        422,
    )
    .await;
    assert_eq!(body["errors"][0]["pointer"], "/employment_type");
    assert!(
        body["errors"][0]["detail"]
            .as_str()
            .unwrap()
            .starts_with("must be one of: full_time, part_time")
    );
    let body = assert_problem(post(r#"{"title": 7}"#).send().await, 422).await;
    assert_eq!(body["errors"][0]["detail"], "must be a string");
    let body = assert_problem(post(r#"{"title": "Chef",}"#).send().await, 400).await;
    assert_eq!(body["type"], "urn:jobs-api:problem:malformed-json");
    assert!(
        body["detail"].as_str().unwrap().contains("line 1, column"),
        "{body}"
    );

    let list = |query: &str| {
        app.call(Method::GET, &format!("/v1/jobs?{query}"))
            .role(EMPLOYER, "viewer")
            .send()
    };
    let body = assert_problem(list("sortt=title").await, 400).await;
    assert_eq!(body["type"], "urn:jobs-api:problem:unknown-parameter");
    assert_eq!(body["errors"][0]["pointer"], "#/query/sortt");
    let detail = body["detail"].as_str().unwrap();
    assert!(
        detail.contains("`sortt`") && detail.contains("limit"),
        "{detail}"
    );
    let body = assert_problem(list("limit=1000").await, 400).await;
    assert_eq!(body["type"], "urn:jobs-api:problem:invalid-parameter");
    assert_eq!(body["errors"][0]["pointer"], "#/query/limit");
    assert_eq!(body["errors"][0]["detail"], "must be at most 100");
    let body = assert_problem(list("status=sleeping").await, 400).await;
    assert!(
        body["errors"][0]["detail"]
            .as_str()
            .unwrap()
            .starts_with("must be one of: draft, published, closed"),
        "{body}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn too_large_a_body_states_the_limit() {
    let app = TestApp::spawn_with(&[("JOBS_MAX_BODY_BYTES", "2048")]).await;
    let body = format!("{{\"title\":\"{}\"}}", "x".repeat(4096));
    let response = app
        .call(Method::POST, "/v1/jobs")
        .role(EMPLOYER, "recruiter")
        .fresh_key()
        .raw_json(&body)
        .send()
        .await;
    let problem = assert_problem(response, 413).await;
    assert_eq!(problem["type"], "urn:jobs-api:problem:body-too-large");
    assert_eq!(problem["limit_bytes"], 2048);
    assert!(problem["detail"].as_str().unwrap().contains("2048 bytes"));
}
