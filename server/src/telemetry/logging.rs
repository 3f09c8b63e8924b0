//! Structured logs through tracing, and (when configured) span export through OpenTelemetry.
//! `JOBS_LOG` (or `RUST_LOG`) filters the logs; the exporter gets this crate's spans, with the
//! debug-level child spans (database statements, Redis, JWKS, CAPTCHA, S3, webhooks), on its own
//! filter.

use opentelemetry::trace::TracerProvider as _;
use opentelemetry_sdk::trace::SdkTracerProvider;
use tracing::Level;
use tracing_subscriber::filter::Targets;
use tracing_subscriber::fmt::format::FmtSpan;
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;
use tracing_subscriber::{EnvFilter, Layer};

use super::traces;
use crate::config::LogFormat;

/// Keeps the exporter alive; dropping it flushes what is still queued.
pub struct Telemetry {
    provider: Option<SdkTracerProvider>,
}

impl Drop for Telemetry {
    fn drop(&mut self) {
        if let Some(provider) = self.provider.take() {
            let _ = provider.shutdown();
        }
    }
}

/// Installs the global subscriber; later calls (tests) are no-ops.
/// `filter` is `JOBS_LOG` (`info` by default, when `RUST_LOG` is read instead).
pub fn init(format: LogFormat, filter: &str) -> Telemetry {
    let filter = Some(filter.to_string())
        .filter(|f| f != "info")
        .or_else(|| std::env::var("RUST_LOG").ok())
        .and_then(|f| EnvFilter::try_new(f).ok())
        .unwrap_or_else(|| EnvFilter::new("info,tower_http=warn,hyper=warn"));
    // The generated handlers' own spans carry nothing; without them the request span (trace
    // and span ids, request id, route, employer, subject) is every log line's current span.
    let filter = match "jobs_api=warn".parse() {
        Ok(directive) => filter.add_directive(directive),
        Err(_) => filter,
    };
    let fmt = tracing_subscriber::fmt::layer()
        .with_span_events(FmtSpan::NONE)
        .with_writer(std::io::stderr);
    let fmt = match format {
        LogFormat::Json => fmt
            .json()
            .flatten_event(true)
            .with_current_span(true)
            .with_span_list(false)
            .with_filter(filter)
            .boxed(),
        LogFormat::Pretty => fmt.with_filter(filter).boxed(),
    };
    let provider = if traces::endpoint_configured() {
        match traces::provider() {
            Ok(provider) => Some(provider),
            Err(e) => {
                eprintln!("jobs-server: tracing export is off: {e}");
                None
            }
        }
    } else {
        None
    };
    let otel = provider.as_ref().map(|p| {
        tracing_opentelemetry::layer()
            .with_tracer(p.tracer("jobs-server"))
            .with_filter(Targets::new().with_target("jobs_server", Level::DEBUG))
    });
    let installed = tracing_subscriber::registry()
        .with(fmt)
        .with(otel)
        .try_init()
        .is_ok();
    traces::set_exporting(installed && provider.is_some());
    Telemetry { provider }
}
