//! RFC 9457 problem details: the one error body of this API.
//!
//! Handlers build [`models::Problem`] values through the constructors here; middleware turns
//! them (or a bare status) into `application/problem+json` responses.

use axum::response::{IntoResponse, Response};
use http::{HeaderValue, StatusCode, header};
use jobs_api::models;

pub const CONTENT_TYPE: &str = "application/problem+json";

/// Problem type URIs. `about:blank` when the HTTP status says it all (RFC 9457 §4.2.1). The
/// contract lists every one (`x-problem-types` of its `Problem` schema); a test compares the
/// two, and another that no other file of the server spells a type.
pub mod types {
    pub const BLANK: &str = "about:blank";
    pub const VALIDATION: &str = "urn:jobs-api:problem:validation";
    pub const INVALID_TRANSITION: &str = "urn:jobs-api:problem:invalid-transition";
    pub const IDEMPOTENCY_IN_FLIGHT: &str = "urn:jobs-api:problem:idempotency-in-flight";
    pub const IDEMPOTENCY_MISMATCH: &str = "urn:jobs-api:problem:idempotency-key-reused";
    pub const INCOMPLETE: &str = "urn:jobs-api:problem:incomplete";
    pub const INVALID_CURSOR: &str = "urn:jobs-api:problem:invalid-cursor";
    pub const TIMEOUT: &str = "urn:jobs-api:problem:timeout";
    pub const CONFLICT: &str = "urn:jobs-api:problem:conflict";
    pub const ALREADY_APPLIED: &str = "urn:jobs-api:problem:already-applied";
    pub const CAPTCHA_REJECTED: &str = "urn:jobs-api:problem:captcha-rejected";
    pub const TOKEN_REQUIRED: &str = "urn:jobs-api:problem:token-required";
    pub const INVALID_TOKEN: &str = "urn:jobs-api:problem:invalid-token";
    pub const ROLE_REQUIRED: &str = "urn:jobs-api:problem:role-required";
    pub const MEMBER_DEACTIVATED: &str = "urn:jobs-api:problem:member-deactivated";
    pub const NOT_PERMITTED: &str = "urn:jobs-api:problem:not-permitted";
    pub const PRECONDITION_REQUIRED: &str = "urn:jobs-api:problem:precondition-required";
    pub const PRECONDITION_FAILED: &str = "urn:jobs-api:problem:precondition-failed";
    pub const INVALID_HEADER: &str = "urn:jobs-api:problem:invalid-header";
    pub const INVALID_PARAMETER: &str = "urn:jobs-api:problem:invalid-parameter";
    pub const UNKNOWN_PARAMETER: &str = "urn:jobs-api:problem:unknown-parameter";
    pub const BODY_TOO_LARGE: &str = "urn:jobs-api:problem:body-too-large";
    pub const MALFORMED_JSON: &str = "urn:jobs-api:problem:malformed-json";
    pub const RATE_LIMITED: &str = "urn:jobs-api:problem:rate-limited";
    pub const NOT_CONFIGURED: &str = "urn:jobs-api:problem:not-configured";
    pub const UNAVAILABLE: &str = "urn:jobs-api:problem:unavailable";
    pub const TEMPLATE_INVALID: &str = "urn:jobs-api:problem:template-invalid";
    pub const INVALID_LINK: &str = "urn:jobs-api:problem:invalid-link";
    pub const LINK_EXPIRED: &str = "urn:jobs-api:problem:link-expired";
    pub const LINK_USED: &str = "urn:jobs-api:problem:link-used";

    /// Every type above.
    pub const ALL: [&str; 30] = [
        BLANK,
        VALIDATION,
        INVALID_TRANSITION,
        IDEMPOTENCY_IN_FLIGHT,
        IDEMPOTENCY_MISMATCH,
        INCOMPLETE,
        INVALID_CURSOR,
        TIMEOUT,
        CONFLICT,
        ALREADY_APPLIED,
        CAPTCHA_REJECTED,
        TOKEN_REQUIRED,
        INVALID_TOKEN,
        ROLE_REQUIRED,
        MEMBER_DEACTIVATED,
        NOT_PERMITTED,
        PRECONDITION_REQUIRED,
        PRECONDITION_FAILED,
        INVALID_HEADER,
        INVALID_PARAMETER,
        UNKNOWN_PARAMETER,
        BODY_TOO_LARGE,
        MALFORMED_JSON,
        RATE_LIMITED,
        NOT_CONFIGURED,
        UNAVAILABLE,
        TEMPLATE_INVALID,
        INVALID_LINK,
        LINK_EXPIRED,
        LINK_USED,
    ];
}

/// A problem whose title is the status' reason phrase.
pub fn from_status(status: StatusCode) -> models::Problem {
    models::Problem::new(
        types::BLANK.to_string(),
        status.canonical_reason().unwrap_or("Error").to_string(),
        u32::from(status.as_u16()),
    )
}

/// A problem of a specific type with a detail sentence. The detail is ours: never echo input
/// or internal error text here.
pub fn new(status: StatusCode, type_uri: &str, title: &str, detail: &str) -> models::Problem {
    let mut problem = models::Problem::new(
        type_uri.to_string(),
        title.to_string(),
        u32::from(status.as_u16()),
    );
    problem.detail = Some(detail.to_string());
    problem
}

/// 413, with the limit the body went over.
pub fn body_too_large(max_body_bytes: usize) -> models::Problem {
    let mut p = new(
        StatusCode::PAYLOAD_TOO_LARGE,
        types::BODY_TOO_LARGE,
        "Content Too Large",
        &format!(
            "The request body is larger than this server accepts: at most {max_body_bytes} \
             bytes (JOBS_MAX_BODY_BYTES). Uploads go to object storage (POST /v1/uploads:presign)."
        ),
    );
    p.limit_bytes = Some(u64::try_from(max_body_bytes).unwrap_or(u64::MAX));
    p
}

/// Serializes a problem with the right status and content type.
pub fn response(problem: &models::Problem) -> Response {
    let status = u16::try_from(problem.status)
        .ok()
        .and_then(|s| StatusCode::from_u16(s).ok())
        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    // Serializing a struct of strings and numbers cannot fail; fall back to the bare status.
    let body = serde_json::to_vec(problem).unwrap_or_default();
    let mut response = (status, body).into_response();
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(CONTENT_TYPE));
    // Every 503 is temporary (a dependency is down, the pool is exhausted, a timeout): say
    // when to come back.
    if status == StatusCode::SERVICE_UNAVAILABLE {
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
    }
    response
}

pub fn status_response(status: StatusCode) -> Response {
    response(&from_status(status))
}
