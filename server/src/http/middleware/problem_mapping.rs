//! Every error answer is problem+json.
//!
//! axum, tower-http and the generated layer produce some errors themselves (unknown method with
//! an empty body, body limits in plain text, ...). This layer replaces any 4xx/5xx body that is
//! neither problem+json nor a documented JSON answer with one built from the status alone, so
//! no framework text or input echo reaches the client, and stamps the request id into every
//! problem.

use axum::body::Body;
use axum::extract::Request;
use axum::response::Response;
use http::{HeaderValue, StatusCode, header};
use http_body_util::BodyExt;

use super::request_id::RequestId;
use crate::http::problem;

/// Marks a response whose error body is a page of its own (the careers site's HTML pages for
/// people): left as it is.
#[derive(Debug, Clone, Copy)]
pub struct OwnErrorPage;

/// Problem bodies we build are far smaller; a larger one is left as it is.
const MAX_PROBLEM_BYTES: usize = 16 * 1024;

/// An edge step (see `edge`): `next` is the rest of the request. `max_body_bytes` is what a
/// 413 says the limit is.
pub async fn ensure_problem<F, Fut>(max_body_bytes: usize, req: Request, next: F) -> Response
where
    F: FnOnce(Request) -> Fut,
    Fut: Future<Output = Response>,
{
    let request_id = req.extensions().get::<RequestId>().cloned();
    let response = next(req).await;
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error())
        || response.extensions().get::<OwnErrorPage>().is_some()
    {
        return response;
    }
    let content_type = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let is_problem = content_type.starts_with(problem::CONTENT_TYPE);
    // A documented JSON error body (the probes' 503 Health) is the operation's own answer.
    if !is_problem && content_type.starts_with("application/json") {
        return response;
    }
    let (mut parts, body) = response.into_parts();

    let mut document = if is_problem {
        match read_small(body).await {
            Some(serde_json::Value::Object(map)) => map,
            _ => problem_object(status, max_body_bytes),
        }
    } else {
        problem_object(status, max_body_bytes)
    };
    if let Some(id) = request_id {
        document
            .entry("request_id")
            .or_insert_with(|| serde_json::Value::String(id.0.to_string()));
    }
    if status == StatusCode::UNAUTHORIZED && !parts.headers.contains_key(header::WWW_AUTHENTICATE) {
        parts
            .headers
            .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
    }
    let bytes = serde_json::to_vec(&document).unwrap_or_default();
    parts.headers.remove(header::CONTENT_LENGTH);
    parts.headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(problem::CONTENT_TYPE),
    );
    Response::from_parts(parts, Body::from(bytes))
}

/// The problem of a framework's bare error status, saying how to fix it where the status
/// alone cannot.
fn problem_object(
    status: StatusCode,
    max_body_bytes: usize,
) -> serde_json::Map<String, serde_json::Value> {
    let p = match status {
        StatusCode::PAYLOAD_TOO_LARGE => problem::body_too_large(max_body_bytes),
        StatusCode::UNSUPPORTED_MEDIA_TYPE => problem::new(
            status,
            problem::types::BLANK,
            "Unsupported Media Type",
            "This operation takes a JSON body: send `Content-Type: application/json`.",
        ),
        StatusCode::METHOD_NOT_ALLOWED => problem::new(
            status,
            problem::types::BLANK,
            "Method Not Allowed",
            "This path does not take this method: the Allow header lists the ones it takes.",
        ),
        StatusCode::NOT_FOUND => problem::new(
            status,
            problem::types::BLANK,
            "Not Found",
            "Nothing is here: check the path against the contract (/v1/openapi.yaml).",
        ),
        StatusCode::BAD_REQUEST => problem::new(
            status,
            problem::types::BLANK,
            "Bad Request",
            "The request does not match the contract (a path or query value of the wrong \
             form, or a body that is not the operation's JSON): see /v1/openapi.yaml.",
        ),
        _ => problem::from_status(status),
    };
    match serde_json::to_value(p) {
        Ok(serde_json::Value::Object(map)) => map,
        _ => serde_json::Map::new(),
    }
}

async fn read_small(body: Body) -> Option<serde_json::Value> {
    let limited = http_body_util::Limited::new(body, MAX_PROBLEM_BYTES);
    let bytes = limited.collect().await.ok()?.to_bytes();
    serde_json::from_slice(&bytes).ok()
}
