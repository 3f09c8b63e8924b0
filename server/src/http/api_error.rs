//! Errors that handlers return through the generated `ErrorHandler` path rather than as a
//! documented response variant: cross-cutting answers (501 until an issue implements the
//! operation, 503 when a dependency is down) and internal failures (logged, never shown).

use axum::response::Response;
use http::StatusCode;

use crate::http::problem;

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// The operation is in the contract but not implemented yet.
    #[error("operation not implemented")]
    NotImplemented,
    /// A dependency (the database) is unavailable; the client may retry.
    #[error("service unavailable")]
    Unavailable,
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl ApiError {
    pub fn into_response(self) -> Response {
        match self {
            ApiError::NotImplemented => problem::response(&problem::new(
                StatusCode::NOT_IMPLEMENTED,
                problem::types::NOT_IMPLEMENTED,
                "Not implemented",
                "This operation is part of the contract but not available yet.",
            )),
            ApiError::Unavailable => problem::status_response(StatusCode::SERVICE_UNAVAILABLE),
            ApiError::Internal(error) => {
                tracing::error!(error = %format!("{error:#}"), "internal error");
                problem::status_response(StatusCode::INTERNAL_SERVER_ERROR)
            }
        }
    }
}
