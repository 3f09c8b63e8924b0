pub mod analytics;
pub mod applicants;
pub mod applications;
pub mod audit;
pub mod collaboration;
pub mod employer;
pub mod events;
pub mod jobs;
pub mod members;
pub mod notifications;
pub mod operations;
pub mod public;
pub mod shortlists;
pub mod taxonomy;
pub mod uploads;
pub mod webhooks;

// Error handler for unhandled errors.
#[async_trait::async_trait]
pub trait ErrorHandler<E: std::fmt::Debug + Send + Sync + 'static = ()> {
    #[allow(unused_variables)]
    #[tracing::instrument(skip_all)]
    async fn handle_error(
        &self,
        method: &::http::Method,
        cookies: &axum_extra::extract::CookieJar,
        error: E,
    ) -> Result<axum::response::Response, http::StatusCode> {
        tracing::error!("Unhandled error: {:?}", error);
        Ok(axum::response::IntoResponse::into_response(
            crate::problem::Problem::new(
                http::StatusCode::INTERNAL_SERVER_ERROR,
                "internal server error",
            ),
        ))
    }
}
