//! Start-up: the database is created when missing; an unreachable PostgreSQL is one clear line.

use std::process::Command;

use crate::support::{database_url, execute, test_config};

#[tokio::test(flavor = "multi_thread")]
async fn a_missing_database_is_created_and_migrated() {
    let name = format!("jobs_fresh_{}", uuid::Uuid::new_v4().simple());
    let config = test_config(&database_url(&name), &[]);
    let version = jobs_server::db::migrate(&config).await.unwrap();
    assert!(!version.is_empty());
    // Idempotent: a second run finds nothing to do.
    assert_eq!(jobs_server::db::migrate(&config).await.unwrap(), version);
    execute(
        &database_url("postgres"),
        &format!("DROP DATABASE {name} WITH (FORCE)"),
    )
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn unreachable_postgres_is_reported_clearly() {
    let config = test_config("postgres://postgres@127.0.0.1:1/jobs", &[]);
    let Err(err) = jobs_server::db::connect(&config).await else {
        panic!("connecting to port 1 must fail");
    };
    let message = err.to_string();
    assert!(
        message.contains("PostgreSQL is not reachable at 127.0.0.1:1/jobs"),
        "{message}"
    );
    assert!(message.contains("JOBS_DATABASE_URL"), "{message}");
}

#[test]
fn the_binary_exits_with_one_line_when_postgres_is_down() {
    let output = Command::new(env!("CARGO_BIN_EXE_jobs-server"))
        .arg("serve")
        .env(
            "JOBS_DATABASE_URL",
            "postgres://postgres:hunter2@127.0.0.1:1/jobs",
        )
        .env("JOBS_REDIS_URL", "")
        .env("JOBS_LOG", "off")
        .env(
            "JOBS_DEV_KEY_PATH",
            std::env::temp_dir().join("jobs-startup-test-key.pem"),
        )
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8(output.stderr).unwrap();
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 1, "{stderr}");
    assert!(
        lines[0].starts_with("jobs-server: PostgreSQL is not reachable"),
        "{stderr}"
    );
    assert!(
        !stderr.contains("hunter2"),
        "the password must not be printed"
    );
}

#[test]
fn bad_configuration_names_the_variable() {
    let output = Command::new(env!("CARGO_BIN_EXE_jobs-server"))
        .arg("serve")
        .env("JOBS_MAX_BODY_BYTES", "lots")
        .env(
            "JOBS_DEV_KEY_PATH",
            std::env::temp_dir().join("jobs-startup-test-key.pem"),
        )
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("JOBS_MAX_BODY_BYTES"), "{stderr}");
}

#[test]
fn dev_identity_refuses_a_public_listener() {
    let output = Command::new(env!("CARGO_BIN_EXE_jobs-server"))
        .arg("serve")
        .env("JOBS_LISTEN_ADDR", "0.0.0.0:0")
        .env("JOBS_REDIS_URL", "")
        .env("JOBS_LOG", "off")
        .env(
            "JOBS_DEV_KEY_PATH",
            std::env::temp_dir().join("jobs-startup-test-key.pem"),
        )
        .env_remove("JOBS_JWKS_URL")
        .env_remove("JOBS_DEV_IDENTITY")
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8(output.stderr).unwrap();
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 1, "{stderr}");
    assert!(lines[0].contains("JOBS_JWKS_URL"), "{stderr}");
}
