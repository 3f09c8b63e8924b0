//! s3s-fs, a real S3-compatible server that enforces POST policies, for tests that upload:
//! the store, an app whose uploads go to it, and the browser's side of a presigned upload.

use std::collections::HashMap;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use reqwest::Method;
use serde_json::Value;
use uuid::Uuid;

use crate::support::{TestApp, test_tool};

pub const BUCKET: &str = "jobs-uploads";
pub const ACCESS_KEY: &str = "test-access-key";
pub const SECRET_KEY: &str = "test-secret-key-of-forty-characters-long";

/// s3s-fs on a free loopback port, serving a bucket from a temporary folder.
pub struct S3 {
    child: Child,
    port: u16,
    root: PathBuf,
}

impl S3 {
    pub async fn start() -> Self {
        let binary = test_tool("JOBS_TEST_S3S_FS", "s3s-fs/bin/s3s-fs");
        let root = std::env::temp_dir().join(format!("jobs-s3-{}", Uuid::new_v4().simple()));
        std::fs::create_dir_all(root.join(BUCKET)).unwrap();
        let port = {
            let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
            l.local_addr().unwrap().port()
        };
        let child = Command::new(binary)
            .args(["--host", "127.0.0.1", "--port", &port.to_string()])
            .args(["--access-key", ACCESS_KEY, "--secret-key", SECRET_KEY])
            .arg(&root)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        for _ in 0..100 {
            if tokio::net::TcpStream::connect(("127.0.0.1", port))
                .await
                .is_ok()
            {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        Self { child, port, root }
    }

    pub fn endpoint(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Whether the object exists on the store's disk.
    pub fn has(&self, key: &str) -> bool {
        self.root.join(BUCKET).join(key).exists()
    }

    /// The verified copies the server keeps of an upload (`employers/{e}/files/{id}/…`).
    pub fn copies(&self, employer: Uuid, id: &str) -> Vec<Vec<u8>> {
        let dir = self
            .root
            .join(BUCKET)
            .join(format!("employers/{employer}/files/{id}"));
        let Ok(entries) = std::fs::read_dir(dir) else {
            return Vec::new();
        };
        entries
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
            // s3s-fs keeps metadata beside each object in files of its own.
            .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
            .map(|e| std::fs::read(e.path()).unwrap())
            .collect()
    }
}

impl Drop for S3 {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

impl S3 {
    /// An app whose uploads go to this store, `max` bytes at most.
    pub async fn app_with(&self, max: usize, extra: &[(&str, &str)]) -> TestApp {
        let endpoint = self.endpoint();
        let max = max.to_string();
        let mut vars: Vec<(&str, &str)> = vec![
            ("JOBS_S3_BUCKET", BUCKET),
            ("JOBS_S3_ENDPOINT", &endpoint),
            ("AWS_ACCESS_KEY_ID", ACCESS_KEY),
            ("AWS_SECRET_ACCESS_KEY", SECRET_KEY),
            ("JOBS_UPLOAD_MAX_BYTES", &max),
            // s3s-fs enforces the policy's encryption field but does not report encryption.
            ("JOBS_S3_VERIFY_ENCRYPTION", "off"),
        ];
        vars.extend_from_slice(extra);
        TestApp::spawn_with(&vars).await
    }
}

/// Presigns as a recruiter of `employer`; returns the whole answer.
pub async fn presign(app: &TestApp, employer: Uuid, body: &Value) -> Value {
    let response = app
        .call(Method::POST, "/v1/uploads:presign")
        .role(employer, "recruiter")
        .fresh_key()
        .json(body)
        .send()
        .await;
    assert_eq!(response.status(), 201, "{:?}", response.text().await);
    response.json().await.unwrap()
}

/// What a browser does with the form: the fields, then the file, as multipart/form-data.
pub async fn post_form(
    presigned: &Value,
    overrides: &[(&str, &str)],
    file: &[u8],
) -> reqwest::Response {
    let mut fields: HashMap<String, String> =
        serde_json::from_value(presigned["fields"].clone()).unwrap();
    for (k, v) in overrides {
        fields.insert((*k).to_string(), (*v).to_string());
    }
    let mut form = reqwest::multipart::Form::new();
    for (k, v) in fields {
        form = form.text(k, v);
    }
    form = form.part(
        "file",
        reqwest::multipart::Part::bytes(file.to_vec()).file_name("upload.bin"),
    );
    reqwest::Client::new()
        .post(presigned["url"].as_str().unwrap())
        .multipart(form)
        .send()
        .await
        .unwrap()
}

pub async fn complete(app: &TestApp, employer: Uuid, id: &str) -> reqwest::Response {
    app.call(Method::POST, &format!("/v1/uploads/{id}:complete"))
        .role(employer, "recruiter")
        .send()
        .await
}
