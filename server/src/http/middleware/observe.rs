//! One span, one access-log line and the HTTP metrics per request.
//!
//! The route label is the matched route template (never the raw path, which holds ids and
//! would explode metric cardinality); query strings are never logged (they may hold personal
//! search terms).

use std::time::Instant;

use axum::extract::{MatchedPath, Request};
use axum::middleware::Next;
use axum::response::Response;
use tracing::Instrument;

use http::StatusCode;

use super::colon_verbs::{self, public_route};
use super::request_id::RequestId;
use crate::http::problem;

/// The matched route template, carried from inside the router to the outer layers.
#[derive(Clone, Debug)]
pub struct RouteLabel(pub String);

/// Router layer (it sees the matched route, also when the method does not match): copies the
/// route template onto the response, and refuses colon-verb requests that matched a plain route.
pub async fn capture_route(req: Request, next: Next) -> Response {
    let matched = req.extensions().get::<MatchedPath>().map(|p| p.as_str());
    if !colon_verbs::lands_on_verb_route(req.extensions(), matched) {
        return problem::status_response(StatusCode::NOT_FOUND);
    }
    let route = matched.map(public_route);
    let mut response = next.run(req).await;
    if let Some(route) = route {
        response.extensions_mut().insert(RouteLabel(route));
    }
    response
}

pub async fn observe(req: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = req.method().clone();
    let request_id = req
        .extensions()
        .get::<RequestId>()
        .map(|r| r.0.clone())
        .unwrap_or_else(|| "-".into());
    let span = tracing::info_span!(
        "request",
        request_id = %request_id,
        method = %method,
        route = tracing::field::Empty,
        employer_id = tracing::field::Empty,
        sub = tracing::field::Empty,
    );
    let response = next.run(req).instrument(span.clone()).await;

    let route = response
        .extensions()
        .get::<RouteLabel>()
        .map(|r| r.0.clone())
        .unwrap_or_else(|| "unmatched".to_string());
    let status = response.status().as_u16();
    let elapsed = started.elapsed();
    span.record("route", route.as_str());
    span.in_scope(|| {
        tracing::info!(
            status,
            latency_ms = elapsed.as_secs_f64() * 1000.0,
            "request finished"
        );
    });
    let labels = [
        ("method", method_label(&method).to_string()),
        ("route", route),
        ("status", status.to_string()),
    ];
    metrics::counter!("http_requests_total", &labels).increment(1);
    metrics::histogram!("http_request_duration_seconds", &labels).record(elapsed.as_secs_f64());
    response
}

/// Metric label values must stay few: the methods HTTP defines, anything else `other`.
fn method_label(method: &http::Method) -> &'static str {
    use http::Method;
    match *method {
        Method::GET => "GET",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::PATCH => "PATCH",
        Method::DELETE => "DELETE",
        Method::HEAD => "HEAD",
        Method::OPTIONS => "OPTIONS",
        Method::TRACE => "TRACE",
        Method::CONNECT => "CONNECT",
        _ => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::method_label;

    #[test]
    fn method_labels_are_bounded() {
        assert_eq!(method_label(&http::Method::GET), "GET");
        let odd = http::Method::from_bytes(b"XYZZY").unwrap();
        assert_eq!(method_label(&odd), "other");
    }
}
