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

/// Problem bodies we build are far smaller; a larger one is left as it is.
const MAX_PROBLEM_BYTES: usize = 16 * 1024;

/// An edge step (see `edge`): `next` is the rest of the request.
pub async fn ensure_problem<F, Fut>(req: Request, next: F) -> Response
where
    F: FnOnce(Request) -> Fut,
    Fut: Future<Output = Response>,
{
    let request_id = req.extensions().get::<RequestId>().cloned();
    let response = next(req).await;
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) {
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
            _ => problem_object(status),
        }
    } else {
        problem_object(status)
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

fn problem_object(status: StatusCode) -> serde_json::Map<String, serde_json::Value> {
    match serde_json::to_value(problem::from_status(status)) {
        Ok(serde_json::Value::Object(map)) => map,
        _ => serde_json::Map::new(),
    }
}

async fn read_small(body: Body) -> Option<serde_json::Value> {
    let limited = http_body_util::Limited::new(body, MAX_PROBLEM_BYTES);
    let bytes = limited.collect().await.ok()?.to_bytes();
    serde_json::from_slice(&bytes).ok()
}
