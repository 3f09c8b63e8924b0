//! The generated Python client (sdk/python) against the real server: the partner flow of
//! `sdk/python/tests/flow.py`, through generated code only.

use std::path::Path;

use uuid::Uuid;

use crate::support::{TestApp, test_tool};

const EMPLOYER: Uuid = Uuid::from_u128(0x0e79_0000_0000_4000_8000_0000_0000_0001);

#[tokio::test(flavor = "multi_thread")]
async fn the_generated_python_client_runs_the_partner_flow() {
    let app = TestApp::spawn().await;
    let sdk = Path::new(env!("CARGO_MANIFEST_DIR")).join("../sdk/python");
    let python = test_tool("JOBS_TEST_PYTHON", "test-venv/bin/python");
    let (base, recruiter, viewer, applicant) = (
        app.base.clone(),
        app.token(Some(EMPLOYER), &["recruiter"], "py-recruiter"),
        app.token(Some(EMPLOYER), &["viewer"], "py-viewer"),
        app.token(None, &["applicant"], "py-applicant"),
    );
    let output = tokio::task::spawn_blocking(move || {
        std::process::Command::new(python)
            .arg(sdk.join("tests/flow.py"))
            .env("PYTHONPATH", &sdk)
            .env("JOBS_API_URL", base)
            .env("JOBS_RECRUITER_TOKEN", recruiter)
            .env("JOBS_VIEWER_TOKEN", viewer)
            .env("JOBS_APPLICANT_TOKEN", applicant)
            .output()
            .unwrap()
    })
    .await
    .unwrap();
    assert!(
        output.status.success(),
        "flow.py failed:\n{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    let summary: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(summary["status"], "screening");
    assert_eq!(
        summary["events"],
        serde_json::json!(["job.created", "job.published", "job.updated"])
    );
}
