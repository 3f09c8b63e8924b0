//! Traces: tracing spans exported as OpenTelemetry over OTLP/HTTP (protobuf) when
//! `OTEL_EXPORTER_OTLP_ENDPOINT` (or `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`) is set, configured by
//! the standard `OTEL_*` variables (service name, resource attributes, sampler). Off when unset:
//! no exporter, no OpenTelemetry layer, and the debug-level child spans are never created.
//! Either way every request has W3C trace context: continued from an incoming `traceparent`,
//! else new, and its ids are in the logs and the response headers.

use std::sync::OnceLock;

use opentelemetry::trace::{SpanContext, SpanId, TraceContextExt, TraceFlags, TraceId, TraceState};
use opentelemetry::{Context, KeyValue};
use opentelemetry_sdk::Resource;
use opentelemetry_sdk::trace::SdkTracerProvider;

static EXPORTING: OnceLock<bool> = OnceLock::new();

/// Whether spans are exported (the OpenTelemetry layer is installed).
pub fn exporting() -> bool {
    EXPORTING.get().copied().unwrap_or(false)
}

/// The OTLP endpoint from the standard variables, if tracing is on.
pub fn endpoint_configured() -> bool {
    [
        "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT",
        "OTEL_EXPORTER_OTLP_ENDPOINT",
    ]
    .iter()
    .any(|v| std::env::var(v).is_ok_and(|s| !s.trim().is_empty()))
        && std::env::var("OTEL_TRACES_EXPORTER").map_or(true, |e| e.trim() != "none")
}

/// The tracer provider exporting over OTLP/HTTP; the OTLP crate reads the endpoint, headers and
/// timeout variables, the SDK the sampler and resource ones.
pub fn provider() -> Result<SdkTracerProvider, String> {
    let exporter = opentelemetry_otlp::SpanExporter::builder()
        .with_http()
        .build()
        .map_err(|e| e.to_string())?;
    let resource = Resource::builder()
        .with_attributes([KeyValue::new("service.version", env!("CARGO_PKG_VERSION"))])
        .build();
    let resource = if std::env::var("OTEL_SERVICE_NAME").is_ok() {
        resource
    } else {
        Resource::builder()
            .with_service_name("jobs-api")
            .with_attributes([KeyValue::new("service.version", env!("CARGO_PKG_VERSION"))])
            .build()
    };
    Ok(SdkTracerProvider::builder()
        .with_batch_exporter(exporter)
        .with_resource(resource)
        .build())
}

pub(super) fn set_exporting(on: bool) {
    let _ = EXPORTING.set(on);
}

tokio::task_local! {
    /// The `traceparent` of the request this task serves (set by the HTTP layer).
    static REQUEST_TRACE: String;
}

/// Runs `f` as the request named by `traceparent`.
pub async fn in_request<F: std::future::Future>(traceparent: String, f: F) -> F::Output {
    REQUEST_TRACE.scope(traceparent, f).await
}

/// The `traceparent` of the request being served, if any (a task-local rather than the current
/// span: spans of other crates are not exported and would hide it).
pub fn current_traceparent() -> Option<String> {
    REQUEST_TRACE.try_with(Clone::clone).ok()
}

/// A W3C `traceparent`: version 00, 32 hex trace id, 16 hex parent id, 2 hex flags; all-zero
/// ids are invalid.
pub fn parse_traceparent(value: &str) -> Option<SpanContext> {
    let mut parts = value.trim().split('-');
    let (version, trace, parent, flags) =
        (parts.next()?, parts.next()?, parts.next()?, parts.next()?);
    let hex = |s: &str, n: usize| {
        s.len() == n
            && s.bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    };
    if version == "ff" || !hex(version, 2) || !hex(trace, 32) || !hex(parent, 16) || !hex(flags, 2)
    {
        return None;
    }
    if version == "00" && parts.next().is_some() {
        return None;
    }
    let trace_id = TraceId::from_hex(trace).ok()?;
    let span_id = SpanId::from_hex(parent).ok()?;
    if trace_id == TraceId::INVALID || span_id == SpanId::INVALID {
        return None;
    }
    let flags = u8::from_str_radix(flags, 16).ok()?;
    Some(SpanContext::new(
        trace_id,
        span_id,
        TraceFlags::new(flags & 1),
        true,
        TraceState::default(),
    ))
}

/// The context to continue: the remote parent, or none.
pub fn remote_context(parent: Option<SpanContext>) -> Context {
    match parent {
        Some(sc) => Context::new().with_remote_span_context(sc),
        None => Context::new(),
    }
}

/// Fresh random ids (when nothing exports, the request still gets trace context). From the
/// process's fast RNG (uuid's), not a system call per request.
pub fn random_ids() -> (TraceId, SpanId) {
    loop {
        let t = *uuid::Uuid::new_v4().as_bytes();
        let s = uuid::Uuid::new_v4().as_bytes()[..8]
            .try_into()
            .unwrap_or([1; 8]);
        if t != [0; 16] && s != [0; 8] {
            return (TraceId::from_bytes(t), SpanId::from_bytes(s));
        }
    }
}

/// The `traceparent` value naming a span.
pub fn traceparent(trace: TraceId, span: SpanId, sampled: bool) -> String {
    format!("00-{trace}-{span}-{:02x}", u8::from(sampled))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn traceparent_round_trips_and_bad_ones_are_ignored() {
        let v = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        let sc = parse_traceparent(v).unwrap();
        assert_eq!(
            sc.trace_id().to_string(),
            "4bf92f3577b34da6a3ce929d0e0e4736"
        );
        assert!(sc.is_sampled() && sc.is_remote());
        assert_eq!(traceparent(sc.trace_id(), sc.span_id(), true), v);
        for bad in [
            "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",
            "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
            "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7",
            "garbage",
        ] {
            assert!(parse_traceparent(bad).is_none(), "{bad}");
        }
    }
}
