//! The authorization matrix, driven by openapi.yaml: every operation × {employer_admin,
//! recruiter, viewer, applicant, no token} × {own employer, foreign employer} → expected status.
//! Every operation has its expected success status in `implemented` below (a new operation
//! without one fails the test).

use std::collections::BTreeMap;

use jobs_server::auth::authz::{self, Access};
use jobs_server::auth::principal::Role;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::support::{
    TestApp, apply_ok, complete_job, create_applicant, create_job, published_job, submission,
};

const OWN: Uuid = Uuid::from_u128(0x0d44_0000_0000_4000_8000_0000_0000_000a);
const FOREIGN: Uuid = Uuid::from_u128(0x0d44_0000_0000_4000_8000_0000_0000_000b);

/// One operation of the contract.
#[derive(Debug, Clone)]
struct SpecOp {
    id: String,
    method: String,
    path: String,
    /// `None`: global bearer security; `Some(false)`: `security: []`; `Some(true)`: optional.
    security: Option<bool>,
    idempotency_key: bool,
    if_match: bool,
}

fn spec_operations() -> Vec<SpecOp> {
    let spec: Value = serde_yaml_ng::from_str(include_str!("../../../openapi.yaml")).unwrap();
    let mut ops = Vec::new();
    for (path, item) in spec["paths"].as_object().unwrap() {
        let shared = item.get("parameters").cloned().unwrap_or(json!([]));
        for method in ["get", "post", "put", "patch", "delete"] {
            let Some(op) = item.get(method) else { continue };
            let mut refs: Vec<String> = Vec::new();
            for p in shared.as_array().unwrap().iter().chain(
                op.get("parameters")
                    .and_then(Value::as_array)
                    .map(|v| v.iter())
                    .into_iter()
                    .flatten(),
            ) {
                if let Some(r) = p.get("$ref").and_then(Value::as_str) {
                    refs.push(r.to_string());
                }
            }
            let security = op.get("security").map(|s| {
                s.as_array()
                    .unwrap()
                    .iter()
                    .any(|req| req.as_object().is_some_and(|o| !o.is_empty()))
            });
            ops.push(SpecOp {
                id: op["operationId"].as_str().unwrap().to_string(),
                method: method.to_uppercase(),
                path: path.clone(),
                security,
                idempotency_key: refs.iter().any(|r| r.ends_with("/IdempotencyKey")),
                if_match: refs.iter().any(|r| r.ends_with("/IfMatch")),
            });
        }
    }
    ops
}

#[test]
fn every_operation_of_the_contract_is_in_the_authorization_table() {
    let spec = spec_operations();
    let table: BTreeMap<&str, &authz::Operation> =
        authz::operations().iter().map(|o| (o.id, o)).collect();
    for op in &spec {
        let entry = table
            .get(op.id.as_str())
            .unwrap_or_else(|| panic!("{} is missing from auth::authz", op.id));
        assert_eq!(entry.method.as_str(), op.method, "{}", op.id);
        assert_eq!(
            authz::path_shape(entry.path),
            authz::path_shape(&op.path),
            "{}",
            op.id
        );
        let expected = match op.security {
            Some(false) => "public",
            Some(true) => "optional",
            None => "roles",
        };
        let actual = match entry.access {
            Access::Public => "public",
            Access::Optional(_) => "optional",
            Access::Roles(_) => "roles",
        };
        assert_eq!(
            actual, expected,
            "{}: table and contract disagree on security",
            op.id
        );
    }
    assert_eq!(
        table.len(),
        spec.len(),
        "the table lists operations the contract does not"
    );
}

#[test]
fn every_v1_operation_documents_its_client_errors() {
    let spec: Value = serde_yaml_ng::from_str(include_str!("../../../openapi.yaml")).unwrap();
    for (path, item) in spec["paths"].as_object().unwrap() {
        if !path.starts_with("/v1/") || path.starts_with("/v1/openapi") {
            continue;
        }
        for (method, op) in item.as_object().unwrap() {
            let Some(responses) = op.get("responses").and_then(Value::as_object) else {
                continue;
            };
            assert!(
                responses.keys().any(|k| k.starts_with('4')),
                "{method} {path}: no 4xx"
            );
            assert!(responses.contains_key("429"), "{method} {path}: no 429");
            assert!(responses.contains_key("503"), "{method} {path}: no 503");
            let secured = op.get("security").is_none_or(|s| {
                s.as_array()
                    .unwrap()
                    .iter()
                    .any(|r| r.as_object().is_some_and(|o| !o.is_empty()))
            });
            if secured {
                assert!(responses.contains_key("401"), "{method} {path}: no 401");
            }
            if op.get("security").is_none() {
                assert!(responses.contains_key("403"), "{method} {path}: no 403");
            }
        }
    }
}

/// The answer of an allowed caller, for operations implemented so far.
fn implemented(op: &str, own: bool) -> Option<u16> {
    let on_own_job = |ok: u16| if own { ok } else { 404 };
    Some(match op {
        "listJobs" => 200,
        "createJob" => 201,
        "getJob" => on_own_job(200),
        "updateJob" => on_own_job(200),
        "deleteJob" => on_own_job(204),
        "publishJob" => on_own_job(200),
        // The fixture is a draft: closing it is refused by the workflow.
        "closeJob" => on_own_job(409),
        "listJobTranslations" => on_own_job(200),
        "putJobTranslation" => on_own_job(201),
        // The fixture has no translation in the path's language yet.
        "getJobTranslation" | "deleteJobTranslation" => 404,
        "getEmployer" | "updateEmployer" | "listAuditEvents" => 200,
        // Applicant and application fixtures are the OWN employer's, made fresh per case.
        "listApplicants" => 200,
        "createApplicant" => 201,
        "getApplicant" | "updateApplicant" => on_own_job(200),
        "deleteApplicant" => on_own_job(204),
        "listJobApplications" => on_own_job(200),
        "getApplication" | "updateApplication" => on_own_job(200),
        // The fixture employer has applicant matching off (the default).
        "getApplicationMatch" | "listApplicantCvTexts" => on_own_job(409),
        // The fixture job is a draft of the OWN employer, the applicant theirs too.
        "createJobApplication" => on_own_job(201),
        // The fixture application came through public apply, so it has a submission.
        "mergeApplicationSubmission" => on_own_job(200),
        "listMyApplications" => 200,
        // A published job of the OWN employer; applying needs no employer.
        "applyToJob" => 201,
        "getShortlist" | "replaceShortlist" => on_own_job(200),
        "upsertShortlistEntry" => on_own_job(201),
        "deleteShortlistEntry" => on_own_job(204),
        "searchPublicJobs"
        | "listDepartments"
        | "listLanguages"
        | "listLocations"
        | "listPublicJobChanges"
        | "getPublicJobFeed"
        | "suggestPublicJobs" => 200,
        // The fixture job is published (it takes applications), so it is public to everyone.
        "getPublicJob" => 200,
        // Public to everyone; the slug is made up, so not found for every caller.
        "getPublicEmployer" => 404,
        "listWebhookSubscriptions" => 200,
        "createWebhookSubscription" => 201,
        // The fixture subscription is the OWN employer's.
        "getWebhookSubscription" | "rotateWebhookSecret" | "listWebhookDeliveries" => {
            on_own_job(200)
        }
        "deleteWebhookSubscription" => on_own_job(204),
        // The fixture subscription is active: the test event is queued.
        "pingWebhookSubscription" => on_own_job(202),
        "listApplications" | "listEvents" => 200,
        // The delivery id is made up: not found, for every employer.
        "redeliverWebhookDelivery" => 404,
        // No object storage in this app: uploads say so (503) once authorized; an unknown
        // upload is not found.
        "presignUpload" | "completeUpload" | "presignPublicUpload" => 503,
        "getUpload" => 404,
        "getHealth" | "getReadiness" | "getLiveness" | "getJwks" | "getOpenapiYaml"
        | "getOpenapiJson" => 200,
        // The member fixture is the OWN employer's; lists and reasons are the caller's own.
        "listMembers" | "getRejectionReasons" | "replaceRejectionReasons" => 200,
        "getMember" | "updateMember" => on_own_job(200),
        // The fixture comment was written by the caller's own member (same subject) at OWN.
        "listApplicationComments"
        | "listApplicationActivity"
        | "getApplicationComment"
        | "updateApplicationComment" => on_own_job(200),
        "createApplicationComment" => on_own_job(201),
        "deleteApplicationComment" => on_own_job(204),
        "getJobTeam" | "replaceJobTeam" => on_own_job(200),
        // Templates, preferences and the log are the caller's employer's (or own).
        "listNotificationTemplates"
        | "replaceNotificationTemplate"
        | "previewNotificationTemplate"
        | "getNotificationPreferences"
        | "replaceNotificationPreferences"
        | "listNotificationDeliveries" => 200,
        // Reports of the caller's employer; a job's report only of its own job.
        "getAnalyticsFunnel" | "getAnalyticsSources" => 200,
        "getJobAnalytics" => on_own_job(200),
        // The links' tokens are made up: refused for every caller, as for no caller.
        "unsubscribePage" | "unsubscribeOneClick" | "confirmEmail" => 400,
        _ => return None,
    })
}

fn sample_body(op: &str, applicant: Uuid) -> Option<Value> {
    Some(match op {
        "createJob" => complete_job("Matrix job"),
        "updateJob" => json!({"title": "Renamed"}),
        "putJobTranslation" => json!({"title": "ފްރަންޓް އޮފީސް"}),
        "applyToJob" => json!({
            "name": "Aminath Shifa", "email": "shifa@example.com",
            "consent": {"granted": true, "policy_version": "2026-01"}
        }),
        "createApplicant" => {
            json!({"name": "Ali Rasheed", "email": format!("ali-{}@example.com", Uuid::new_v4())})
        }
        "updateApplicant" => json!({"name": "Ali R."}),
        "updateApplication" => json!({"status": "screening"}),
        "replaceShortlist" => json!({"entries": []}),
        "upsertShortlistEntry" => json!({"applicant_id": applicant}),
        "createJobApplication" => json!({"applicant_id": applicant}),
        "presignUpload" | "presignPublicUpload" => json!({
            "purpose": "cv", "filename": "cv.pdf",
            "content_type": "application/pdf", "size_bytes": 1000
        }),
        "createWebhookSubscription" => {
            json!({"url": "https://hooks.example.com/jobs", "events": ["job.published"]})
        }
        "updateEmployer" => json!({"name": "Matrix Employer"}),
        "updateMember" => json!({"display_name": "Renamed Member"}),
        "createApplicationComment" => json!({"body": "Matrix comment"}),
        "updateApplicationComment" => json!({"body": "Edited comment"}),
        "replaceJobTeam" => json!({"members": []}),
        "replaceRejectionReasons" => json!({"reasons": [{"label": "Matrix reason"}]}),
        "replaceNotificationTemplate" => json!({"enabled": true}),
        "replaceNotificationPreferences" => json!({"preferences": {"application.created": "off"}}),
        _ => return None,
    })
}

/// A member of the OWN employer (a recruiter whose token was seen), by id.
async fn member_fixture(app: &TestApp) -> Uuid {
    let sub = format!("fixture-{}", Uuid::new_v4());
    let seen = app
        .client
        .get(app.url("/v1/members"))
        .header(
            "authorization",
            format!("Bearer {}", app.token(Some(OWN), &["recruiter"], &sub)),
        )
        .query(&[("q", sub.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(seen.status(), 200);
    let body: Value = seen.json().await.unwrap();
    body["items"][0]["id"].as_str().unwrap().parse().unwrap()
}

#[derive(Clone, Copy, Debug)]
enum Who {
    Role(&'static str),
    Nobody,
}

#[tokio::test(flavor = "multi_thread")]
async fn authorization_matrix() {
    // One subscription per webhook operation and caller: more than an employer may keep.
    let app = TestApp::spawn_with(&[("JOBS_WEBHOOK_MAX_SUBSCRIPTIONS", "10000")]).await;
    let table: BTreeMap<&str, &authz::Operation> =
        authz::operations().iter().map(|o| (o.id, o)).collect();
    let callers = [
        Who::Role("employer_admin"),
        Who::Role("recruiter"),
        Who::Role("viewer"),
        Who::Role("applicant"),
        Who::Nobody,
    ];
    let mut failures = Vec::new();
    let mut cases = 0;
    for op in spec_operations() {
        let entry = table[op.id.as_str()];
        for who in callers {
            for own in [true, false] {
                cases += 1;
                // Every case gets fresh fixtures of the OWN employer, so mutations do not leak:
                // a job (published where applying needs it), an applicant, and for the
                // application and shortlist-entry paths an application or entry of theirs.
                let applicant = create_applicant(
                    &app,
                    OWN,
                    &json!({"name": "Fixture", "email": format!("f-{}@example.com", Uuid::new_v4())}),
                )
                .await
                .0;
                let job = if op.path.starts_with("/v1/jobs/{id}") {
                    create_job(&app, OWN, &complete_job("Fixture")).await.0
                } else if op.path.starts_with("/v1/public/jobs/{id}")
                    || op.path.starts_with("/v1/applications/{id}")
                {
                    published_job(&app, OWN, "Fixture").await
                } else {
                    Uuid::new_v4()
                };
                let id = if op.path.starts_with("/v1/applicants/{id}") {
                    applicant
                } else if op.path.starts_with("/v1/members/{id}") {
                    member_fixture(&app).await
                } else if op.path.starts_with("/v1/webhooks/subscriptions/{id}") {
                    let response = app
                        .client
                        .post(app.url("/v1/webhooks/subscriptions"))
                        .header("authorization", app.bearer(OWN, "employer_admin"))
                        .header("idempotency-key", Uuid::new_v4().to_string())
                        .json(&sample_body("createWebhookSubscription", applicant))
                        .send()
                        .await
                        .unwrap();
                    assert_eq!(response.status(), 201);
                    let body: Value = response.json().await.unwrap();
                    body["id"].as_str().unwrap().parse().unwrap()
                } else if op.path.starts_with("/v1/applications/{id}") {
                    let email = format!("f-{}@example.com", Uuid::new_v4());
                    apply_ok(&app, job, &submission("Fixture", &email)).await
                } else {
                    job
                };
                if op.path.contains("{applicantId}") {
                    let response = app
                        .client
                        .post(app.url(&format!("/v1/jobs/{job}/shortlist/entries")))
                        .header("authorization", app.bearer(OWN, "recruiter"))
                        .json(&json!({"applicant_id": applicant}))
                        .send()
                        .await
                        .unwrap();
                    assert_eq!(response.status(), 201);
                }
                let comment = if op.path.contains("{commentId}") {
                    // Written by the subject every caller of this matrix uses, at OWN.
                    let response = app
                        .client
                        .post(app.url(&format!("/v1/applications/{id}/comments")))
                        .header(
                            "authorization",
                            format!(
                                "Bearer {}",
                                app.token(Some(OWN), &["recruiter"], "matrix-user")
                            ),
                        )
                        .header("idempotency-key", Uuid::new_v4().to_string())
                        .json(&json!({"body": "Fixture comment"}))
                        .send()
                        .await
                        .unwrap();
                    assert_eq!(response.status(), 201);
                    let body: Value = response.json().await.unwrap();
                    body["id"].as_str().unwrap().to_string()
                } else {
                    Uuid::new_v4().to_string()
                };
                let path = op
                    .path
                    .replace("{id}", &id.to_string())
                    .replace("{commentId}", &comment)
                    .replace("{applicantId}", &applicant.to_string())
                    .replace("{deliveryId}", &Uuid::new_v4().to_string())
                    .replace("{slug}", "no-such-employer")
                    .replace("{event}", "application.created")
                    .replace("{locale}", "dv")
                    // The operations with a required query parameter.
                    + match op.id.as_str() {
                        "suggestPublicJobs" => "?q=chef",
                        "unsubscribePage" | "unsubscribeOneClick" | "confirmEmail" => {
                            "?token=bWFkZS11cA"
                        }
                        _ => "",
                    };
                let method = reqwest::Method::from_bytes(op.method.as_bytes()).unwrap();
                let mut request = app.client.request(method, app.url(&path));
                let tenant = if own { OWN } else { FOREIGN };
                if let Who::Role(role) = who {
                    let employer = (role != "applicant").then_some(tenant);
                    request = request.header(
                        "authorization",
                        format!("Bearer {}", app.token(employer, &[role], "matrix-user")),
                    );
                }
                if op.idempotency_key {
                    request = request.header("idempotency-key", Uuid::new_v4().to_string());
                }
                if op.if_match {
                    request = request.header("if-match", "*");
                }
                if let Some(body) = sample_body(&op.id, applicant) {
                    request = request.json(&body);
                }
                let status = request.send().await.unwrap().status().as_u16();

                let allowed = |roles: &[Role]| match who {
                    Who::Role(r) => roles.contains(&Role::parse(r).unwrap()),
                    Who::Nobody => false,
                };
                // Every operation of the contract is implemented: none may be missing here.
                let success = implemented(&op.id, own)
                    .unwrap_or_else(|| panic!("{} has no expected status", op.id));
                let expected = match entry.access {
                    Access::Public => success,
                    Access::Optional(roles) => match who {
                        Who::Nobody => success,
                        Who::Role(_) if allowed(roles) => success,
                        Who::Role(_) => 403,
                    },
                    Access::Roles(roles) => match who {
                        Who::Nobody => 401,
                        Who::Role(_) if allowed(roles) => success,
                        Who::Role(_) => 403,
                    },
                };
                if status != expected {
                    failures.push(format!(
                        "{} {} as {who:?} ({}): expected {expected}, got {status}",
                        op.method,
                        op.path,
                        if own { "own" } else { "foreign" }
                    ));
                }
            }
        }
    }
    assert!(cases >= 450, "{cases} cases");
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
