//! A webhook receiver for `scripts/bench-webhooks`: answers 204 at once, and when `expected`
//! deliveries arrived (or on SIGTERM) prints one JSON line: deliveries, distinct webhook-ids,
//! seconds from the first to the last, and event-to-delivery latency percentiles (the body's
//! `timestamp` is when the event was written).
//!
//!   webhook_sink <port> <expected>

#![forbid(unsafe_code)]

use std::collections::HashSet;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};

#[derive(Default)]
struct Seen {
    ids: HashSet<String>,
    latencies_ms: Vec<f64>,
    first: Option<Instant>,
    last: Option<Instant>,
    total: usize,
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let port: u16 = args.next().ok_or("port")?.parse()?;
    let expected: usize = args.next().ok_or("expected")?.parse()?;
    let seen = Arc::new(Mutex::new(Seen::default()));
    let (done_tx, mut done_rx) = tokio::sync::mpsc::channel::<()>(1);
    let app = axum::Router::new()
        .fallback(
            move |State((seen, done)): State<(Arc<Mutex<Seen>>, tokio::sync::mpsc::Sender<()>)>,
                  headers: HeaderMap,
                  body: String| async move {
                let now = Instant::now();
                let event_at = serde_json::from_str::<serde_json::Value>(&body)
                    .ok()
                    .and_then(|v| v["timestamp"].as_str().map(str::to_string))
                    .and_then(|t| t.parse::<chrono::DateTime<chrono::Utc>>().ok());
                let latency = event_at.map(|at| {
                    (chrono::Utc::now() - at).num_microseconds().unwrap_or(0) as f64 / 1000.0
                });
                let mut s = seen.lock().unwrap_or_else(|e| e.into_inner());
                s.total += 1;
                s.first.get_or_insert(now);
                s.last = Some(now);
                if let Some(id) = headers.get("webhook-id").and_then(|v| v.to_str().ok()) {
                    s.ids.insert(id.to_string());
                }
                if let Some(l) = latency {
                    s.latencies_ms.push(l);
                }
                if s.ids.len() >= expected {
                    let _ = done.try_send(());
                }
                StatusCode::NO_CONTENT
            },
        )
        .with_state((seen.clone(), done_tx));
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
    let server = tokio::spawn(async move { axum::serve(listener, app).await });
    let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())?;
    tokio::select! {
        _ = done_rx.recv() => {}
        _ = term.recv() => {}
    }
    server.abort();
    let s = seen.lock().unwrap_or_else(|e| e.into_inner());
    let mut l = s.latencies_ms.clone();
    l.sort_by(f64::total_cmp);
    let pct = |p: f64| {
        if l.is_empty() {
            0.0
        } else {
            l[((l.len() - 1) as f64 * p).round() as usize]
        }
    };
    let seconds = match (s.first, s.last) {
        (Some(a), Some(b)) => (b - a).as_secs_f64(),
        _ => 0.0,
    };
    println!(
        "{}",
        serde_json::json!({
            "deliveries": s.total,
            "distinct": s.ids.len(),
            "seconds": seconds,
            "p50_ms": pct(0.50),
            "p95_ms": pct(0.95),
            "p99_ms": pct(0.99),
        })
    );
    Ok(())
}
