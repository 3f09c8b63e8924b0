//! Writes each fuzz target's seed corpus into `<dir>/<target>/`: request bodies from the
//! contract's examples (request and schema examples, per operation), cursors the server would
//! sign, `X-Forwarded-For` chains and bearer tokens shaped like the identity provider's.

use std::path::{Path, PathBuf};

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, Utc};
use jobs_fuzz::{BODIES, CURSOR_KEY, CURSOR_SCOPE, JWT_NOW};
use jobs_server::domain::cursor::CursorCodec;
use jobs_server::domain::search::SearchPosition;
use serde_json::{Value, json};
use uuid::Uuid;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = PathBuf::from(std::env::args().nth(1).ok_or("usage: seed-corpora <dir>")?);
    let bodies = request_bodies();
    if bodies.len() < BODIES.operations.len() {
        return Err("an operation with a JSON body has no example in the contract".into());
    }
    write(&dir.join("request_body"), &bodies)?;
    write(&dir.join("cursor"), &cursors())?;
    write(&dir.join("forwarded_for"), &forwarded())?;
    write(&dir.join("jwt"), &tokens())?;
    write(&dir.join("cv_file"), &cv_files())?;
    Ok(())
}

fn write(dir: &Path, seeds: &[Vec<u8>]) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    for (i, seed) in seeds.iter().enumerate() {
        std::fs::write(dir.join(format!("seed-{i:03}")), seed)?;
    }
    println!("{}: {} seeds", dir.display(), seeds.len());
    Ok(())
}

/// Every example the contract gives for a request body, prefixed with its operation's index.
fn request_bodies() -> Vec<Vec<u8>> {
    let contract = jobs_server::http::spec::Contract::load().ok();
    let components = contract
        .as_ref()
        .map(|c| c.json["components"]["schemas"].clone())
        .unwrap_or(Value::Null);
    let mut seeds = Vec::new();
    for (index, (_, media)) in BODIES.operations.iter().enumerate() {
        let mut examples = Vec::new();
        examples.extend(media.get("example").cloned());
        if let Some(named) = media.get("examples").and_then(Value::as_object) {
            examples.extend(named.values().filter_map(|e| e.get("value").cloned()));
        }
        let schema = media["schema"]["$ref"]
            .as_str()
            .and_then(|r| r.strip_prefix("#/components/schemas/"))
            .map(|name| &components[name]);
        if let Some(schema) = schema {
            examples.extend(schema.get("example").cloned());
            if let Some(list) = schema.get("examples").and_then(Value::as_array) {
                examples.extend(list.iter().cloned());
            }
        }
        for example in examples {
            let mut seed = vec![u8::try_from(index).unwrap_or(0)];
            seed.extend(example.to_string().into_bytes());
            seeds.push(seed);
        }
    }
    seeds
}

fn cursors() -> Vec<Vec<u8>> {
    let codec = CursorCodec::new(CURSOR_KEY);
    let id = Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_0001);
    let at = DateTime::<Utc>::from_timestamp(1_780_000_000, 123_000).unwrap_or_default();
    let search = SearchPosition::new(None, at, id);
    let ranked = SearchPosition::new(Some(0.0759), at, id);
    vec![
        codec.encode(CURSOR_SCOPE, &search).into_bytes(),
        codec.encode(CURSOR_SCOPE, &ranked).into_bytes(),
        codec.encode(CURSOR_SCOPE, &(at, id)).into_bytes(),
        serde_json::to_vec(&search).unwrap_or_default(),
        serde_json::to_vec(&(at, id)).unwrap_or_default(),
    ]
}

fn forwarded() -> Vec<Vec<u8>> {
    let chains = [
        "1.2.3.4",
        "6.6.6.6, 1.2.3.4, 10.0.0.7",
        "[2001:db8::1]:443, 10.1.2.3",
        "\"1.2.3.4\"\n10.0.0.8",
        "::ffff:1.2.3.4, fd00::7",
        "junk, 198.51.100.2:5678",
    ];
    chains
        .iter()
        .enumerate()
        .map(|(i, chain)| {
            let mut seed = vec![u8::try_from(i).unwrap_or(0)];
            seed.extend_from_slice(chain.as_bytes());
            seed
        })
        .collect()
}

fn tokens() -> Vec<Vec<u8>> {
    let header = json!({"alg": "RS256", "kid": "2026-11", "typ": "JWT"});
    let employer = json!({
        "iss": "https://id.jobs.test/", "aud": "jobs-api", "sub": "user-1",
        "iat": JWT_NOW - 10, "exp": JWT_NOW + 600, "nbf": JWT_NOW - 10,
        "roles": ["recruiter"], "employer_id": "0190c2a4-1d3e-7b6a-9f00-5a1e2b3c4d5e",
    });
    let applicant = json!({
        "iss": "https://id.jobs.test/", "aud": ["jobs-api", "other"], "sub": "applicant-9",
        "iat": JWT_NOW, "exp": JWT_NOW + 900, "roles": ["applicant"],
    });
    let b64 = |v: &Value| URL_SAFE_NO_PAD.encode(v.to_string());
    let mut seeds = Vec::new();
    for claims in [&employer, &applicant] {
        seeds.push(format!("{}.{}.c2lnbmF0dXJl", b64(&header), b64(claims)).into_bytes());
        seeds.push(claims.to_string().into_bytes());
    }
    seeds
}

/// Small CV files of each format (the first byte picks it: 0 PDF, 1 DOCX, 2 ODT).
fn cv_files() -> Vec<Vec<u8>> {
    use jobs_server::matching::samples;
    let text = ["Aishath Ali", "Rust and PostgreSQL in Malé."];
    [
        (0u8, samples::pdf(&text)),
        (1, samples::docx(&text)),
        (2, samples::odt(&text)),
    ]
    .into_iter()
    .map(|(pick, file)| std::iter::once(pick).chain(file).collect())
    .collect()
}
