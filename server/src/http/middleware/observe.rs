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

use http::{HeaderValue, StatusCode};
use opentelemetry::trace::{SpanId, TraceId};
use tracing::field::Empty;

use super::client_ip::ClientIp;
use super::colon_verbs::{self, public_route};
use super::request_id::RequestId;
use crate::http::problem;
use crate::telemetry::traces;

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

/// The server span of a request, following the HTTP semantic conventions (route template,
/// method, status, client address; never the query string), continuing an incoming W3C
/// `traceparent`. Its trace and span ids are fields of every log line inside the request and
/// come back as `traceparent` and `X-Trace-Id`, also when no trace is exported. An edge step
/// (see `edge`): `next` is the rest of the request.
pub async fn observe<F, Fut>(req: Request, next: F) -> Response
where
    F: FnOnce(Request) -> Fut,
    Fut: Future<Output = Response>,
{
    let started = Instant::now();
    let method = req.method().clone();
    let method_label = method_label(&method);
    let request_id = req
        .extensions()
        .get::<RequestId>()
        .map(|r| r.0.clone())
        .unwrap_or_else(|| "-".into());
    let remote = req
        .headers()
        .get("traceparent")
        .and_then(|v| v.to_str().ok())
        .and_then(traces::parse_traceparent);
    let client = req
        .extensions()
        .get::<ClientIp>()
        .map(|ip| ip.0.to_string())
        .unwrap_or_default();
    let span = tracing::info_span!(
        "request",
        otel.name = method_label,
        otel.kind = "server",
        otel.status_code = Empty,
        http.request.method = method_label,
        http.route = Empty,
        http.response.status_code = Empty,
        url.scheme = "http",
        client.address = %client,
        request_id = %request_id,
        trace_id = Empty,
        span_id = Empty,
        route = Empty,
        employer_id = Empty,
        sub = Empty,
    );
    let (trace_id, span_id, sampled) = context_of(&span, remote);
    span.record("trace_id", tracing::field::display(trace_id));
    span.record("span_id", tracing::field::display(span_id));
    metrics::gauge!("http_requests_in_flight").increment(1.0);
    let traceparent = traces::traceparent(trace_id, span_id, sampled);
    let mut response =
        traces::in_request(traceparent.clone(), next(req).instrument(span.clone())).await;
    metrics::gauge!("http_requests_in_flight").decrement(1.0);

    let route = response
        .extensions()
        .get::<RouteLabel>()
        .map(|r| r.0.clone())
        .unwrap_or_else(|| "unmatched".to_string());
    let status = response.status().as_u16();
    let elapsed = started.elapsed();
    span.record("route", route.as_str());
    span.record("http.route", route.as_str());
    span.record("http.response.status_code", status);
    let name = format!("{method_label} {route}");
    span.record("otel.name", name.as_str());
    if traces::exporting() {
        // The exported span started before routing (its ids were needed for the logs):
        // rename it now that the route template is known.
        use opentelemetry::trace::TraceContextExt;
        use tracing_opentelemetry::OpenTelemetrySpanExt;
        span.context().span().update_name(name);
    }
    if status >= 500 {
        span.record("otel.status_code", "ERROR");
    }
    span.in_scope(|| {
        tracing::info!(
            status,
            latency_ms = elapsed.as_secs_f64() * 1000.0,
            "request finished"
        );
    });
    let headers = response.headers_mut();
    if let Ok(v) = HeaderValue::try_from(traceparent) {
        headers.insert("traceparent", v);
    }
    if let Ok(v) = HeaderValue::from_str(&trace_id.to_string()) {
        headers.insert("x-trace-id", v);
    }
    let labels = [
        ("method", method_label.to_string()),
        ("route", route),
        ("status", status.to_string()),
    ];
    metrics::counter!("http_requests_total", &labels).increment(1);
    metrics::histogram!("http_request_duration_seconds", &labels).record(elapsed.as_secs_f64());
    response
}

/// The request's trace context: the exporter's span context (continuing `remote`), or without
/// an exporter `remote`'s trace with a fresh span id (or all fresh).
fn context_of(
    span: &tracing::Span,
    remote: Option<opentelemetry::trace::SpanContext>,
) -> (TraceId, SpanId, bool) {
    if traces::exporting() {
        use opentelemetry::trace::TraceContextExt;
        use tracing_opentelemetry::OpenTelemetrySpanExt;
        let _ = span.set_parent(traces::remote_context(remote.clone()));
        let cx = span.context();
        let sc = cx.span().span_context().clone();
        if sc.is_valid() {
            return (sc.trace_id(), sc.span_id(), sc.is_sampled());
        }
    }
    let (fresh_trace, fresh_span) = traces::random_ids();
    match remote {
        Some(r) => (r.trace_id(), fresh_span, r.is_sampled()),
        None => (fresh_trace, fresh_span, false),
    }
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
