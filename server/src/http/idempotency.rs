//! The HTTP side of idempotent creates: the key's scope and the payload's fingerprint going in,
//! the stored response coming back out (marked `Idempotent-Replayed: true`).

use axum::body::Body;
use axum::response::Response;
use http::{HeaderName, HeaderValue, StatusCode, header};
use serde::Serialize;
use sha2::{Digest, Sha256};

use super::ApiError;
use crate::usecases::Failure;
use crate::usecases::idempotency::{Created, Idempotency, StoredResponse};

const MAX_KEY_LEN: usize = 255;

/// A key of `scope` for `operation` with `payload`. Keys are 1–255 visible ASCII characters.
pub fn claim(
    scope: String,
    key: &str,
    operation: &str,
    payload: &impl Serialize,
) -> Result<Idempotency, ApiError> {
    if key.is_empty() || key.len() > MAX_KEY_LEN || !key.bytes().all(|b| b.is_ascii_graphic()) {
        let mut p = super::problem::new(
            StatusCode::BAD_REQUEST,
            super::problem::types::BLANK,
            "Bad Request",
            "Idempotency-Key must be 1 to 255 visible ASCII characters.",
        );
        p.r_errors = Some(vec![jobs_api::models::ProblemFieldError::new(
            "#/header/Idempotency-Key".into(),
            "invalid value".into(),
        )]);
        return Err(ApiError::problem(p));
    }
    // The generated models serialize their members in a fixed order: equal payloads give equal
    // bytes, whatever order the client wrote them in.
    let canonical = serde_json::to_vec(payload).map_err(|e| ApiError::Internal(e.into()))?;
    let mut h = Sha256::new();
    h.update(operation.as_bytes());
    h.update([0]);
    h.update(&canonical);
    Ok(Idempotency {
        scope,
        key: key.to_string(),
        fingerprint: h.finalize().into(),
    })
}

/// The response a create will send, for storage: status, the named headers, the JSON body as
/// the generated layer serializes it.
pub fn stored(
    status: StatusCode,
    headers: &[(&str, &str)],
    body: &impl Serialize,
) -> Result<StoredResponse, Failure> {
    Ok(StoredResponse {
        status: status.as_u16(),
        headers: headers
            .iter()
            .map(|(k, v)| ((*k).to_string(), (*v).to_string()))
            .collect(),
        body: serde_json::to_vec(body).map_err(|e| Failure::Internal(e.to_string()))?,
    })
}

/// The created resource, or (a retry) the stored first response as the error path's answer.
pub fn fresh<T>(created: Created<T>) -> Result<T, ApiError> {
    match created {
        Created::New(resource) => Ok(resource),
        Created::Replayed(stored) => Err(ApiError::Replay(stored)),
    }
}

/// The stored first response, replayed.
pub fn replay(stored: StoredResponse) -> Response {
    metrics::counter!("idempotent_replays_total").increment(1);
    let mut response = Response::new(Body::from(stored.body));
    *response.status_mut() = StatusCode::from_u16(stored.status).unwrap_or(StatusCode::OK);
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    for (name, value) in stored.headers {
        if let (Ok(name), Ok(value)) = (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_str(&value),
        ) {
            headers.insert(name, value);
        }
    }
    headers.insert(
        HeaderName::from_static("idempotent-replayed"),
        HeaderValue::from_static("true"),
    );
    response
}
