//! Telemetry: structured logs (tracing, JSON by default), OpenTelemetry traces, Prometheus
//! metrics and CPU profiles on their own listener.

pub mod logging;
pub mod metrics;
pub mod metrics_listener;
pub mod traces;
