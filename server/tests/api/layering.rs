//! The layers, checked: dependencies point one way (`http` → `usecases` → `search`, `db` →
//! `domain`, with `search` above `db`),
//! `auth`, `ratelimit` and `config` know nothing of HTTP or the application, `config` is a leaf
//! for the modules it configures, and `domain` imports nothing of the crate. Read from the
//! source, as a reviewer would (comments are skipped).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Top-level module → modules of the crate it must not name.
const RULES: &[(&str, &[&str])] = &[
    ("auth", &["http", "app"]),
    ("ratelimit", &["http", "app"]),
    (
        "config",
        &[
            "http",
            "app",
            "auth",
            "ratelimit",
            "db",
            "usecases",
            "webhooks",
        ],
    ),
    ("usecases", &["http", "app"]),
    ("webhooks", &["http", "app", "usecases"]),
    ("uploads", &["http", "app", "usecases", "db"]),
    (
        "db",
        &[
            "http",
            "app",
            "usecases",
            "webhooks",
            "uploads",
            "search",
            "mail",
            "worker",
            "analytics",
            "matching",
        ],
    ),
    (
        "search",
        &["http", "app", "usecases", "webhooks", "uploads"],
    ),
    ("worker", &["http", "app", "usecases", "webhooks", "mail"]),
    ("mail", &["http", "app", "usecases", "webhooks"]),
    (
        "analytics",
        &["http", "app", "usecases", "webhooks", "mail", "search"],
    ),
    (
        "matching",
        &["http", "app", "usecases", "search", "analytics", "mail"],
    ),
    ("http", &["app"]),
];

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}

/// The crate's top-level modules a file names (`crate::x`, `crate::{x, y}`), comments aside.
fn crate_modules(source: &str) -> BTreeSet<String> {
    let code: String = source
        .lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n");
    let mut found = BTreeSet::new();
    let mut rest = code.as_str();
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            for item in group[..end].split(',') {
                let name: String = item
                    .trim()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() {
                    found.insert(name);
                }
            }
        } else {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            found.insert(name);
        }
    }
    found
}

#[test]
fn dependencies_point_one_way() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut broken = Vec::new();
    for file in files(&src) {
        let relative = file
            .strip_prefix(&src)
            .unwrap()
            .to_string_lossy()
            .to_string();
        let top = relative
            .split('/')
            .next()
            .unwrap()
            .trim_end_matches(".rs")
            .to_string();
        let named = crate_modules(&std::fs::read_to_string(&file).unwrap());
        if top == "domain" {
            for module in named.iter().filter(|m| *m != "domain") {
                broken.push(format!("{relative}: domain names crate::{module}"));
            }
            continue;
        }
        if let Some((_, forbidden)) = RULES.iter().find(|(module, _)| *module == top) {
            for module in named.iter().filter(|m| forbidden.contains(&m.as_str())) {
                broken.push(format!("{relative}: {top} names crate::{module}"));
            }
        }
    }
    assert!(broken.is_empty(), "layering broken:\n{}", broken.join("\n"));
}

#[test]
fn the_check_sees_imports_in_every_form() {
    let named = crate_modules(
        "use crate::http::x;\nuse crate::{app, db::Y};\n// crate::usecases in a comment\nlet _ = crate::auth::f();",
    );
    assert_eq!(
        named.into_iter().collect::<Vec<_>>(),
        ["app", "auth", "db", "http"]
    );
}
