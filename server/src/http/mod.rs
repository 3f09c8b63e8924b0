//! The HTTP edge: the only code that touches generated types. One file per API tag implements
//! that tag's generated trait and stays thin; middleware and problem mapping live beside them.

mod api_error;
mod convert;
mod idempotency;
pub mod middleware;
pub mod problem;

mod applicants;
mod applications;
mod audit;
mod employer;
mod jobs;
mod operations;
mod public;
mod shortlists;
mod taxonomy;
mod uploads;
mod webhooks;

use async_trait::async_trait;
use axum::response::Response;
use axum_extra::extract::CookieJar;
use http::{Method, StatusCode};

pub use api_error::ApiError;

use crate::app::AppState;

/// Implements every generated API trait.
#[derive(Clone)]
pub struct Api {
    // Behind one Arc: the generated router clones the implementation for every request.
    pub(crate) state: std::sync::Arc<AppState>,
}

impl Api {
    pub fn new(state: AppState) -> Self {
        Self {
            state: std::sync::Arc::new(state),
        }
    }
}

impl AsRef<Api> for Api {
    fn as_ref(&self) -> &Api {
        self
    }
}

#[async_trait]
impl jobs_api::apis::ErrorHandler<ApiError> for Api {
    async fn handle_error(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        error: ApiError,
    ) -> Result<Response, StatusCode> {
        Ok(error.into_response())
    }
}
