//! Request ids: taken from a well-formed `X-Request-Id`, otherwise generated (UUIDv7), kept in
//! the request's extensions and log span, and echoed on the response.

use std::sync::Arc;

use axum::extract::Request;
use axum::middleware::Next;
use axum::response::Response;
use http::{HeaderName, HeaderValue};

pub static X_REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

#[derive(Clone, Debug)]
pub struct RequestId(pub Arc<str>);

pub async fn assign(mut req: Request, next: Next) -> Response {
    let id: Arc<str> = req
        .headers()
        .get(&X_REQUEST_ID)
        .and_then(|v| v.to_str().ok())
        .filter(|v| is_acceptable(v))
        .map(Arc::from)
        .unwrap_or_else(|| Arc::from(uuid::Uuid::now_v7().to_string()));
    req.extensions_mut().insert(RequestId(id.clone()));
    let mut response = next.run(req).await;
    if let Ok(value) = HeaderValue::from_str(&id) {
        response.headers_mut().insert(X_REQUEST_ID.clone(), value);
    }
    response
}

/// Client-chosen ids end up in logs and headers: 1–128 visible ASCII characters, or a new id.
fn is_acceptable(id: &str) -> bool {
    (1..=128).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_graphic())
}

#[cfg(test)]
mod tests {
    use super::is_acceptable;

    #[test]
    fn accepts_plain_ids_only() {
        assert!(is_acceptable("0192f7d1-aaaa-7bbb-8ccc-123456789abc"));
        assert!(is_acceptable("req_42.retry:1"));
        assert!(is_acceptable("trace/7#a=b"));
        assert!(is_acceptable(&"a".repeat(128)));
        assert!(!is_acceptable(""));
        assert!(!is_acceptable("a b"));
        assert!(!is_acceptable("tab\there"));
        assert!(!is_acceptable("é"));
        assert!(!is_acceptable(&"a".repeat(129)));
    }
}
