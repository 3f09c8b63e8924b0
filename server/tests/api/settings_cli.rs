//! The binary's configuration, from outside: `serve --help` lists every setting with its
//! variable, default and meaning; values come from the environment or `<NAME>_FILE`; an empty
//! value is unset; a bad one stops the server with one line naming the variable.

use std::process::Command;

fn jobs_server() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_jobs-server"));
    // Nothing of the developer's environment leaks into these runs.
    for (key, _) in std::env::vars() {
        if key.starts_with("JOBS_") || key.starts_with("AWS_") {
            command.env_remove(key);
        }
    }
    command
}

#[test]
fn serve_help_lists_every_setting_with_its_default_and_meaning() {
    let out = jobs_server().args(["serve", "--help"]).output().unwrap();
    assert!(out.status.success());
    let help = String::from_utf8(out.stdout).unwrap();
    let declared = jobs_server::config::settings::declared();
    assert!(declared.len() >= 60, "{} settings", declared.len());
    for d in &declared {
        assert!(
            help.contains(&format!("[env: {}]", d.variable)),
            "{} is not in serve --help",
            d.variable
        );
        assert!(!d.help.is_empty(), "{} has no meaning", d.variable);
        if let Some(default) = &d.default {
            assert!(
                help.contains(&format!("[default: {default}]")),
                "{}'s default {default} is not shown",
                d.variable
            );
        }
    }
    assert!(help.contains("<NAME>_FILE"), "the _FILE rule is explained");
    // The values of the environment are never printed, secrets included.
    let out = jobs_server()
        .args(["serve", "--help"])
        .env(
            "JOBS_CURSOR_SECRET",
            "a-secret-that-must-not-be-printed-0123",
        )
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&out.stdout).contains("must-not-be-printed"));
}

#[test]
fn bad_values_stop_the_server_with_one_line_naming_the_variable() {
    let dir = tempfile_dir();
    let short = dir.join("cursor");
    std::fs::write(&short, "short\n").unwrap();
    for (vars, name) in [
        (
            vec![("JOBS_MAX_BODY_BYTES", "lots".to_string())],
            "JOBS_MAX_BODY_BYTES",
        ),
        (
            vec![("JOBS_DB_POOL_SIZE", "0".to_string())],
            "JOBS_DB_POOL_SIZE",
        ),
        (
            vec![("JOBS_RATE_LIMITS", "maybe".to_string())],
            "JOBS_RATE_LIMITS",
        ),
        (
            vec![("JOBS_LISTEN_ADDR", "nowhere".to_string())],
            "JOBS_LISTEN_ADDR",
        ),
        (
            vec![("JOBS_CURSOR_SECRET_FILE", short.display().to_string())],
            "JOBS_CURSOR_SECRET",
        ),
    ] {
        let mut command = jobs_server();
        command.arg("serve");
        for (k, v) in &vars {
            command.env(k, v);
        }
        let out = command.output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{vars:?}");
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(
            stderr.starts_with(&format!("jobs-server: invalid configuration: {name}=")),
            "{stderr}"
        );
        assert!(
            !stderr.contains("short"),
            "a secret is not echoed: {stderr}"
        );
    }
    // An empty value is the same as none: the help still prints, nothing fails to parse.
    let out = jobs_server()
        .args([
            "token",
            "--role",
            "viewer",
            "--employer",
            "6f1c2a44-0000-4000-8000-000000000001",
        ])
        .env("JOBS_PROFILING", "")
        .env("JOBS_DEV_KEY_PATH", dir.join("key.pem"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8(out.stdout).unwrap().split('.').count(), 3);
}

fn tempfile_dir() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("jobs-settings-{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The configuration table of docs/operations.md, rendered from the declared settings.
fn settings_table() -> String {
    let mut out = String::from("| variable (flag) | meaning | default |\n|---|---|---|\n");
    for d in jobs_server::config::settings::declared() {
        let (meaning, stated) = match d.help.rsplit_once(" [default: ") {
            Some((meaning, rest)) => (
                meaning.to_string(),
                rest.strip_suffix(']').map(str::to_string),
            ),
            None => (d.help.clone(), None),
        };
        let default = match (&d.default, stated) {
            (Some(v), _) => format!("`{v}`"),
            (None, Some(text)) => text,
            (None, None) => "unset".to_string(),
        };
        out.push_str(&format!(
            "| `{}` (`{}`) | {} | {} |\n",
            d.variable,
            d.flag,
            meaning.replace('|', "\\|"),
            default.replace('|', "\\|")
        ));
    }
    out
}

#[test]
fn the_documented_configuration_table_is_the_declared_settings() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/operations.md");
    let doc = std::fs::read_to_string(&path).unwrap();
    let (begin, end) = ("<!-- settings:begin -->\n", "<!-- settings:end -->");
    let start = doc.find(begin).expect("the begin marker") + begin.len();
    let stop = doc.find(end).expect("the end marker");
    let expected = settings_table();
    if std::env::var("JOBS_UPDATE_DOCS").as_deref() == Ok("1") {
        std::fs::write(
            &path,
            format!("{}{expected}{}", &doc[..start], &doc[stop..]),
        )
        .unwrap();
        return;
    }
    assert_eq!(
        &doc[start..stop],
        expected,
        "docs/operations.md's table differs from the declared settings: run \
         JOBS_UPDATE_DOCS=1 cargo nextest run -E 'test(the_documented_configuration_table)'"
    );
}
