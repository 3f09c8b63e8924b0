//! Time and panic guards. Both answer problem+json; neither lets internal text out.

use std::any::Any;
use std::time::Duration;

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use http::StatusCode;

use crate::http::problem;

/// Ends a request that runs longer than the configured budget with 503.
pub async fn timeout(State(budget): State<Duration>, req: Request, next: Next) -> Response {
    match tokio::time::timeout(budget, next.run(req)).await {
        Ok(response) => response,
        Err(_) => {
            metrics::counter!("http_request_timeouts_total").increment(1);
            problem::response(&problem::new(
                StatusCode::SERVICE_UNAVAILABLE,
                problem::types::TIMEOUT,
                "Request timed out",
                &format!(
                    "The request did not complete within {} ms.",
                    budget.as_millis()
                ),
            ))
        }
    }
}

/// For tower-http's CatchPanicLayer: log the panic, answer a bare 500 problem.
pub fn panic_response(panic: Box<dyn Any + Send + 'static>) -> Response {
    let message = panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "non-string panic payload".into());
    tracing::error!(panic = %message, "handler panicked");
    metrics::counter!("http_panics_total").increment(1);
    problem::status_response(StatusCode::INTERNAL_SERVER_ERROR)
}
