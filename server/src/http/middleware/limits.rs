//! Time and panic guards. Both answer problem+json; neither lets internal text out.

use std::any::Any;
use std::time::Duration;

use axum::extract::Request;
use axum::response::Response;
use http::StatusCode;

use crate::http::problem;

/// Ends a request that runs longer than the configured budget with 503. An edge step (see
/// `edge`): `next` is the rest of the request.
pub async fn timeout<F, Fut>(budget: Duration, req: Request, next: F) -> Response
where
    F: FnOnce(Request) -> Fut,
    Fut: Future<Output = Response>,
{
    match tokio::time::timeout(budget, next(req)).await {
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
