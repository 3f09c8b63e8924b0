//! Telemetry: structured logs (tracing, JSON by default) and Prometheus metrics.

pub mod logging;
pub mod metrics;
