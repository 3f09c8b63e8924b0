//! The HTTP edge: the only code that touches generated types. One file per API tag implements
//! that tag's generated trait and stays thin; middleware and problem mapping live beside them.

mod api_error;
pub mod careers;
mod convert;
pub mod docs;
mod idempotency;
pub mod middleware;
pub mod problem;
pub mod spec;
pub mod syndication;

pub mod analytics;
mod applicants;
mod applications;
mod audit;
mod collaboration;
mod employer;
mod events;
mod jobs;
mod languages;
mod matching;
mod members;
mod notifications;
mod operations;
mod public;
mod shortlists;
mod taxonomy;
mod translations;
mod uploads;
mod webhooks;

use async_trait::async_trait;
use axum::response::Response;
use axum_extra::extract::CookieJar;
use http::{Method, StatusCode};

pub use api_error::ApiError;
pub(crate) use employer::employer_logo;

use std::sync::Arc;

use crate::auth::Verifier;
use crate::captcha::CaptchaVerifier;
use crate::db::Database;
use crate::domain::cursor::CursorCodec;
use crate::lifecycle::Lifecycle;
use crate::redis::Redis;

pub use spec::Contract;

/// What handlers may use: the narrow context `app` builds for them (they never see the
/// application state or its configuration).
pub struct Services {
    pub db: Database,
    pub cursors: CursorCodec,
    /// Bot defence for public apply; `None` when not configured.
    pub captcha: Option<Arc<dyn CaptchaVerifier>>,
    pub contract: Arc<Contract>,
    /// Readiness (draining) for the probes.
    pub lifecycle: Arc<Lifecycle>,
    pub redis: Option<Redis>,
    /// For the development JWKS.
    pub verifier: Arc<Verifier>,
    /// Webhook subscriptions: the sealing key and the address rule.
    pub webhooks: crate::usecases::webhooks::WebhookSetup,
    /// Uploads: the object store (when configured) and the upload rules.
    pub uploads: crate::usecases::uploads::UploadSetup,
    /// The API's public origin, for absolute links in feeds and JSON-LD.
    pub public_url: Arc<str>,
    /// Public search's in-process index (facets, taxonomy).
    pub public_index: Arc<crate::search::PublicIndex>,
    /// Told at once when an admin here changes a member's status.
    pub member_gate: Arc<crate::usecases::member_gate::MemberGate>,
    /// Opens the links in notification e-mails; `None` without a sealing key.
    pub mail_links: Option<crate::domain::mail_link::LinkSigner>,
    /// Counts views of published jobs; `None` when counting is off.
    pub views: Option<Arc<crate::analytics::ViewCounter>>,
}

/// Implements every generated API trait.
#[derive(Clone)]
pub struct Api {
    // Behind one Arc: the generated router clones the implementation for every request.
    pub(crate) services: Arc<Services>,
}

impl Api {
    pub fn new(services: Services) -> Self {
        Self {
            services: Arc::new(services),
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
