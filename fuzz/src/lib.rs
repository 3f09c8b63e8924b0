//! What the fuzz targets check, shared with the seed-corpus writer. Each target feeds untrusted
//! bytes through the same functions the server runs on a request and asserts what must hold
//! whatever the input: no panic, client errors only, and the stated invariants.

#![forbid(unsafe_code)]

use std::sync::LazyLock;

use jobs_api::models;
use jobs_api::problem::{body_validation_problem, from_json_slice};
use jobs_server::http::middleware::contract::BodySchemas;
use jobs_server::http::spec::Contract;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use validator::Validate;

/// The contract's request bodies: the compiled schemas and, in a fixed order, the operations
/// that take a JSON body. A request-body input's first byte picks the operation.
pub struct Bodies {
    pub schemas: BodySchemas,
    pub operations: Vec<(String, Value)>,
}

pub static BODIES: LazyLock<Bodies> = LazyLock::new(|| {
    let contract = Contract::load().unwrap_or_else(|e| panic!("contract: {e}"));
    let schemas =
        BodySchemas::compile(&contract.json, 1 << 20).unwrap_or_else(|e| panic!("schemas: {e}"));
    let mut operations = Vec::new();
    if let Some(paths) = contract.json["paths"].as_object() {
        for item in paths.values().filter_map(Value::as_object) {
            for op in item.values() {
                let (Some(id), Some(media)) = (
                    op["operationId"].as_str(),
                    op.pointer("/requestBody/content/application~1json"),
                ) else {
                    continue;
                };
                operations.push((id.to_string(), media.clone()));
            }
        }
    }
    operations.sort_by(|a, b| a.0.cmp(&b.0));
    Bodies {
        schemas,
        operations,
    }
});

/// One request body for one operation, through the route's contract check and the generated
/// extractor and validator, as `middleware/contract.rs` and the generated handler run them.
pub fn request_body(data: &[u8]) {
    let Some((&selector, body)) = data.split_first() else {
        return;
    };
    let bodies = &*BODIES;
    let (id, _) = &bodies.operations[usize::from(selector) % bodies.operations.len()];
    let contract_violations = serde_json::from_slice::<Value>(body)
        .ok()
        .map(|value| bodies.schemas.violations(id, &value));
    if let Some(errors) = &contract_violations {
        for e in errors {
            assert!(
                e.pointer.is_empty() || e.pointer.starts_with('/'),
                "not a JSON Pointer: {:?}",
                e.pointer
            );
        }
    }
    let contract_accepts = contract_violations.as_ref().is_some_and(Vec::is_empty);
    match id.as_str() {
        "applyToJob" => typed::<models::ApplicationSubmission>(body, contract_accepts),
        "createApplicant" => typed::<models::ApplicantCreate>(body, contract_accepts),
        "createApplicationComment" => typed::<models::CommentCreate>(body, contract_accepts),
        "createJob" => typed::<models::JobCreate>(body, contract_accepts),
        "createJobApplication" => typed::<models::ApplicationCreate>(body, contract_accepts),
        "createWebhookSubscription" => {
            typed::<models::WebhookSubscriptionCreate>(body, contract_accepts)
        }
        "previewNotificationTemplate" => {
            typed::<models::NotificationPreviewRequest>(body, contract_accepts)
        }
        "presignPublicUpload" => {
            typed::<models::PublicUploadPresignRequest>(body, contract_accepts)
        }
        "presignUpload" => typed::<models::UploadPresignRequest>(body, contract_accepts),
        "replaceJobTeam" => typed::<models::JobTeamReplace>(body, contract_accepts),
        "replaceNotificationPreferences" => {
            typed::<models::NotificationPreferencesReplace>(body, contract_accepts)
        }
        "replaceNotificationTemplate" => {
            typed::<models::NotificationTemplateReplace>(body, contract_accepts)
        }
        "replaceRejectionReasons" => {
            typed::<models::RejectionReasonsReplace>(body, contract_accepts)
        }
        "replaceShortlist" => typed::<models::ShortlistReplace>(body, contract_accepts),
        "updateApplicant" => typed::<models::ApplicantUpdate>(body, contract_accepts),
        "updateApplication" => typed::<models::ApplicationUpdate>(body, contract_accepts),
        "updateApplicationComment" => typed::<models::CommentUpdate>(body, contract_accepts),
        "updateEmployer" => typed::<models::EmployerUpdate>(body, contract_accepts),
        "updateJob" => typed::<models::JobUpdate>(body, contract_accepts),
        "putJobTranslation" => typed::<models::JobTranslationWrite>(body, contract_accepts),
        "updateMember" => typed::<models::MemberUpdate>(body, contract_accepts),
        "upsertShortlistEntry" => typed::<models::ShortlistEntryInput>(body, contract_accepts),
        other => panic!("operation {other} takes a JSON body but has no fuzz entry"),
    }
}

fn typed<T: DeserializeOwned + Serialize + Validate>(body: &[u8], contract_accepts: bool) {
    match from_json_slice::<T>(body) {
        Ok(model) => {
            let value = serde_json::to_value(&model)
                .unwrap_or_else(|e| panic!("an accepted body does not serialize: {e}"));
            if let Err(errors) = model.validate() {
                let problem = body_validation_problem(&errors, Some(&value));
                assert_eq!(problem.status, 422, "{problem:?}");
                assert!(
                    !contract_accepts,
                    "the contract accepts a body the generated validator refuses: {problem:?}"
                );
            }
            // What the handler stores is what it was sent: serializing and reading back agree.
            let again = from_json_slice::<T>(value.to_string().as_bytes())
                .unwrap_or_else(|p| panic!("a serialized model is refused: {p:?}"));
            assert_eq!(serde_json::to_value(&again).ok(), Some(value));
        }
        Err(problem) => {
            assert!(
                problem.status == 400 || problem.status == 422,
                "{problem:?}"
            );
            assert!(
                !contract_accepts,
                "the contract accepts a body the generated extractor refuses: {problem:?}"
            );
        }
    }
}

/// The key and scope the cursor target signs with (seeds are signed with them too).
pub const CURSOR_KEY: &[u8] = b"fuzzing key, not a secret of any deployment";
pub const CURSOR_SCOPE: &str = "jobs|status=published";

/// A cursor token as a list handler decodes it, and any JSON position signed and decoded again.
pub fn cursor(data: &[u8]) {
    use chrono::{DateTime, Utc};
    use jobs_server::domain::cursor::CursorCodec;
    use jobs_server::domain::search::SearchPosition;
    use uuid::Uuid;

    let codec = CursorCodec::new(CURSOR_KEY);
    if let Ok(token) = std::str::from_utf8(data) {
        if let Ok(position) = codec.decode::<SearchPosition>(CURSOR_SCOPE, token) {
            let _ = position.at();
            // A token that verifies for one scope verifies for no other.
            assert!(codec.decode::<Value>("applicants", token).is_err());
        }
        let _ = codec.decode::<(DateTime<Utc>, Uuid)>(CURSOR_SCOPE, token);
    }
    // Positions the server signed come back unchanged, only in their own scope. (serde_json's
    // `raw_value` feature reserves one object key; the server's typed positions never use it.)
    if let Ok(position) = serde_json::from_slice::<Value>(data)
        && !String::from_utf8_lossy(data).contains("$serde_json::private::RawValue")
    {
        let token = codec.encode(CURSOR_SCOPE, &position);
        let decoded = codec.decode::<Value>(CURSOR_SCOPE, &token);
        if token.len() <= 1024 {
            assert_eq!(decoded.ok(), Some(position));
        } else {
            assert!(decoded.is_err(), "an over-long cursor was accepted");
        }
        assert!(codec.decode::<Value>("applicants", &token).is_err());
        let _ = codec.decode::<SearchPosition>(CURSOR_SCOPE, &token);
        let _ = codec.decode::<(DateTime<Utc>, Uuid)>(CURSOR_SCOPE, &token);
    }
}

/// The proxies the forwarded-for target trusts.
pub const TRUSTED_PROXIES: [&str; 3] = ["10.0.0.0/8", "fd00::/8", "127.0.0.1/32"];

/// `X-Forwarded-For` header lines (the input, one per line) from a peer chosen by the first byte.
pub fn forwarded_for(data: &[u8]) {
    use std::net::IpAddr;

    use http::HeaderValue;
    use ipnet::IpNet;
    use jobs_server::http::middleware::client_ip::client_ip;

    static TRUSTED: LazyLock<Vec<IpNet>> = LazyLock::new(|| {
        TRUSTED_PROXIES
            .iter()
            .filter_map(|n| n.parse().ok())
            .collect()
    });
    let Some((&selector, lines)) = data.split_first() else {
        return;
    };
    let peers: [IpAddr; 4] = [
        IpAddr::from([10, 0, 0, 5]),
        IpAddr::from([127, 0, 0, 1]),
        IpAddr::from([0xfd00, 0, 0, 0, 0, 0, 0, 1]),
        IpAddr::from([203, 0, 113, 9]),
    ];
    let peer = peers[usize::from(selector) % peers.len()];
    // What hyper would hand over: header values that are visible ASCII (others are skipped).
    let values = lines
        .split(|&b| b == b'\n')
        .filter_map(|line| HeaderValue::from_bytes(line).ok())
        .collect::<Vec<_>>();
    let texts = values
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect::<Vec<_>>();
    let ip = client_ip(peer, &texts, &TRUSTED);
    if !TRUSTED.iter().any(|net| net.contains(&peer)) {
        assert_eq!(ip, peer, "an untrusted peer's X-Forwarded-For was believed");
    }
    assert_eq!(
        ip,
        ip.to_canonical(),
        "an IPv4-mapped address was not unwrapped"
    );
    if ip != peer {
        assert!(!texts.is_empty(), "{ip} came from no header");
    }
}

/// The `now` the JWT target checks claims at (seeds are valid at this instant).
pub const JWT_NOW: u64 = 1_800_000_000;

/// A bearer token's header as the verifier reads it before any key lookup, and its payload's
/// claims as they are checked after the signature (the input as a token, and as a payload).
pub fn jwt(data: &[u8]) {
    use base64::Engine;
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    use jobs_server::auth::jwt::{Expectations, MAX_KID_LEN, check_payload, parse_header};

    let expected = Expectations {
        issuer: "https://id.jobs.test/".to_string(),
        audience: "jobs-api".to_string(),
    };
    let check = |payload: &[u8]| {
        if let Ok((principal, exp)) = check_payload(payload, &expected, JWT_NOW) {
            assert!(
                exp + jobs_server::auth::jwt::LEEWAY_SECS >= JWT_NOW,
                "expired accepted"
            );
            assert!(!principal.sub.is_empty());
            // An employer role always comes with the employer it is scoped to.
            if principal.roles.iter().any(|r| r.is_employer_scoped()) {
                assert!(principal.employer_id.is_some());
            }
        }
    };
    check(data);
    let Ok(token) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(header) = parse_header(token) {
        assert!(!header.kid.is_empty() && header.kid.len() <= MAX_KID_LEN);
        assert_eq!(token.split('.').count(), 3);
    }
    if let Some(payload) = token.split('.').nth(1)
        && let Ok(bytes) = URL_SAFE_NO_PAD.decode(payload)
    {
        check(&bytes);
    }
}

/// A CV file as the matching worker's reader parses it (the first byte picks PDF, DOCX or ODT):
/// no crash, hang or runaway allocation (AddressSanitizer, libFuzzer's RSS limit), and what it
/// returns stays within the limits.
pub fn cv_file(data: &[u8]) {
    use jobs_server::matching::extract::{Format, Limits, extract};
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let format = [Format::Pdf, Format::Docx, Format::Odt][usize::from(pick % 3)];
    // The reader turns a parser's panic into a rejection (`catch_unwind`), and the worker runs
    // it in a child process besides; libFuzzer's hook would abort on the panic before it is
    // caught. A panic that escapes still fails the run (the target's wrapper aborts on it).
    static QUIET: std::sync::Once = std::sync::Once::new();
    QUIET.call_once(|| std::panic::set_hook(Box::new(|_| {})));
    // Small limits, so that a bomb is found at fuzzing speed.
    let limits = Limits {
        max_input_bytes: 1 << 20,
        max_expanded_bytes: 4 << 20,
        max_text_chars: 10_000,
        max_pages: 5,
    };
    if let Ok(text) = extract(format, bytes, &limits) {
        assert!(text.chars().count() <= limits.max_text_chars);
        assert!(!text.trim().is_empty(), "an empty text is NoText");
    }
}
