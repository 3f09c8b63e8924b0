//! The operator's listener (`JOBS_METRICS_ADDR`, loopback by default), apart from the public
//! API: Prometheus metrics at `/metrics`, and with `JOBS_PROFILING=on` a CPU profile in pprof's
//! protobuf format at `/debug/pprof/profile?seconds=N` (1–60, default 10).

use std::time::Duration;

use axum::Router;
use axum::extract::{Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use metrics_exporter_prometheus::PrometheusHandle;
use tokio::net::TcpListener;

#[derive(Clone)]
struct Listener {
    metrics: PrometheusHandle,
    profiling: bool,
}

/// Serves until the process ends.
pub async fn serve(listener: TcpListener, metrics: PrometheusHandle, profiling: bool) {
    let app = Router::new()
        .route("/metrics", get(render))
        .route("/debug/pprof/profile", get(profile))
        .with_state(Listener { metrics, profiling });
    if let Err(e) = axum::serve(listener, app).await {
        tracing::error!(error = %e, "metrics listener stopped");
    }
}

async fn render(State(l): State<Listener>) -> Response {
    (
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        l.metrics.render(),
    )
        .into_response()
}

#[derive(serde::Deserialize)]
struct ProfileParams {
    seconds: Option<u64>,
}

async fn profile(State(l): State<Listener>, Query(p): Query<ProfileParams>) -> Response {
    if !l.profiling {
        return (
            StatusCode::NOT_FOUND,
            "profiling is off (JOBS_PROFILING=on turns it on)\n",
        )
            .into_response();
    }
    let seconds = p.seconds.unwrap_or(10).clamp(1, 60);
    let guard = match pprof::ProfilerGuardBuilder::default().frequency(99).build() {
        Ok(guard) => guard,
        // One profile at a time: the profiler is process-wide.
        Err(e) => return (StatusCode::CONFLICT, format!("{e}\n")).into_response(),
    };
    tokio::time::sleep(Duration::from_secs(seconds)).await;
    let encoded = guard
        .report()
        .build()
        .map_err(|e| e.to_string())
        .and_then(|report| report.pprof().map_err(|e| e.to_string()))
        .map(|profile| {
            use pprof::protos::Message;
            profile.encode_to_vec()
        });
    match encoded {
        Ok(bytes) => ([(header::CONTENT_TYPE, "application/octet-stream")], bytes).into_response(),
        Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, format!("{e}\n")).into_response(),
    }
}
