//! The application: shared state, and the middleware stack around the generated router.

use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::Request;
use axum::middleware::{from_fn, from_fn_with_state};
use axum::response::Response;
use http::StatusCode;
use metrics_exporter_prometheus::PrometheusHandle;
use tower::ServiceBuilder;
use tower::util::BoxCloneSyncService;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::limit::RequestBodyLimitLayer;

use crate::auth::verifier::Verifier;
use crate::captcha::{CaptchaVerifier, Siteverify};
use crate::config::Config;
use crate::config::webhooks::{SealingKey, WebhookConfig};
use crate::db::{self, Database};
use crate::domain::cursor::CursorCodec;
use crate::http::middleware::contract::BodySchemas;
use crate::http::middleware::edge::{self, Edge};
use crate::http::middleware::gate::{self, Gate};
use crate::http::middleware::identity::Caller;
use crate::http::middleware::parameters::ParameterRules;
use crate::http::middleware::{cors, limits, observe, request_id};
use crate::http::{Api, ApiError, Contract, Services, problem};
use crate::lifecycle::Lifecycle;
use crate::ratelimit::RateLimiter;
use crate::redis::{self, Redis};
use crate::search::PublicIndex;
use crate::telemetry;
use crate::usecases::uploads::UploadSetup;
use crate::usecases::webhooks::WebhookSetup;
use crate::webhooks::{self, secret};

/// The whole service, ready for `axum::serve` or `oneshot` in tests.
pub type App = BoxCloneSyncService<Request, Response, Infallible>;

#[derive(Clone)]
pub struct AppState {
    pub config: Arc<Config>,
    pub db: Database,
    pub redis: Option<Redis>,
    pub lifecycle: Arc<Lifecycle>,
    pub metrics: PrometheusHandle,
    pub contract: Arc<Contract>,
    pub verifier: Arc<Verifier>,
    pub cursors: CursorCodec,
    pub body_schemas: Arc<BodySchemas>,
    pub parameter_rules: Arc<ParameterRules>,
    /// `None` when rate limiting is switched off.
    pub rate_limiter: Option<Arc<RateLimiter>>,
    /// Bot defence for public apply; `None` when not configured.
    pub captcha: Option<Arc<dyn CaptchaVerifier>>,
    pub webhooks: WebhookSetup,
    pub uploads: UploadSetup,
    /// Public search's in-process index, kept current by its follower (started here).
    pub public_index: Arc<PublicIndex>,
    /// Members: who is recorded, who is deactivated (kept current by its watcher).
    pub member_gate: Arc<crate::usecases::member_gate::MemberGate>,
    /// Signs and opens the links in notification e-mails; `None` without a sealing key.
    pub mail_links: Option<crate::domain::mail_link::LinkSigner>,
    /// The process's view counter (the analytics worker folds what it counts).
    pub views: Arc<crate::analytics::ViewCounter>,
    /// Whether requests count views: `JOBS_ANALYTICS_VIEWS`, and somewhere for the counts to
    /// go (Redis, or this process's own analytics worker).
    pub count_views: bool,
}

/// Handles for background work, kept out of [`AppState`] so that request handlers cannot
/// reach cross-tenant work: housekeeping and the webhook dispatcher (both on the owner login,
/// so `None` without one).
pub struct Background {
    pub maintenance: Option<db::Maintenance>,
    pub dispatch: Option<db::Dispatch>,
    pub mailbox: Option<db::Mailbox>,
    pub analytics: Option<db::AnalyticsStore>,
    pub matching: Option<db::MatchStore>,
}

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error(transparent)]
    Database(#[from] db::StartupError),
    #[error("the embedded contract does not parse: {0}")]
    Contract(String),
    #[error(transparent)]
    Config(#[from] crate::config::ConfigError),
    #[error("identity: {0}")]
    Identity(String),
    #[error("captcha verifier: {0}")]
    Captcha(String),
    #[error("webhooks: {0}")]
    Webhooks(String),
    #[error("object storage: {0}")]
    Uploads(String),
}

impl AppState {
    /// Connects to everything the API needs. PostgreSQL is required; Redis is not. The
    /// background handles come back beside the state, never inside it: request handlers must
    /// not reach cross-tenant work.
    pub async fn connect(config: Config) -> Result<(Self, Background), StartError> {
        let contract = Contract::load().map_err(|e| StartError::Contract(e.to_string()))?;
        let body_schemas = BodySchemas::compile(&contract.json, config.max_body_bytes)
            .map_err(|e| StartError::Contract(e.to_string()))?;
        let parameter_rules = ParameterRules::compile(&contract.json)
            .map_err(|e| StartError::Contract(e.to_string()))?;
        let verifier =
            Verifier::new(&config.identity()?).map_err(|e| StartError::Identity(e.to_string()))?;
        let cursors = match &config.cursor_secret {
            Some(secret) => CursorCodec::new(secret.as_bytes()),
            None => {
                tracing::warn!(
                    "JOBS_CURSOR_SECRET is not set: using a random key, cursors will not survive a restart"
                );
                CursorCodec::new(uuid::Uuid::new_v4().as_bytes())
            }
        };
        let captcha = match &config.captcha {
            Some(c) => {
                let verifier = Siteverify::new(
                    c.verify_url.clone(),
                    c.secret.clone(),
                    c.timeout,
                    c.hostnames.clone(),
                )
                .map_err(|e| StartError::Captcha(e.to_string()))?;
                Some(Arc::new(verifier) as Arc<dyn CaptchaVerifier>)
            }
            None => {
                tracing::warn!(
                    "public apply runs without a CAPTCHA: set JOBS_CAPTCHA_VERIFY_URL and \
                     JOBS_CAPTCHA_SECRET to keep bots out"
                );
                None
            }
        };
        let webhooks = WebhookSetup {
            key: sealing_key(&config)?,
            client: webhook_client(&config.webhooks)?,
            max_subscriptions: config.webhooks.max_subscriptions,
        };
        let uploads = upload_setup(&config)?;
        // The links in e-mails (unsubscribe, confirmation) are signed with a key derived from
        // the webhook sealing key: the deployment's one long-lived secret of its own.
        let mail_links = webhooks
            .key
            .as_ref()
            .map(|k| crate::domain::mail_link::LinkSigner::derive(&k.0));
        let db::Connected {
            api: db,
            maintenance,
            dispatch,
            mailbox,
            analytics,
            matching,
        } = db::connect(&config).await?;
        let redis = match &config.redis_url {
            Some(url) => {
                redis::connect(url, Duration::from_secs(1), config.redis_ca_file.as_deref()).await
            }
            None => None,
        };
        let rate_limiter = config.rate_limits_enabled.then(|| {
            Arc::new(RateLimiter::new(
                config.rate_limit_policies.clone(),
                redis.clone(),
                config.rate_limit_prefix.clone(),
            ))
        });
        let public_index = match &config.search_index_dir {
            Some(dir) => PublicIndex::persistent(dir.clone()),
            None => PublicIndex::new(),
        };
        crate::search::follower::spawn(db.clone(), &public_index);
        let member_gate = crate::usecases::member_gate::MemberGate::start(db.clone());
        // The recorder first: the view counter registers its counters once.
        let metrics = telemetry::metrics::handle();
        let views = Arc::new(crate::analytics::ViewCounter::new(redis.clone().map(|r| {
            crate::analytics::counters::RedisCounters::new(r, &config.analytics.prefix)
        })));
        let count_views = config.analytics.count_views && (redis.is_some() || analytics.is_some());
        if config.analytics.count_views && !count_views {
            tracing::warn!(
                "views are not counted in this process: without Redis or an owner login \
                 (JOBS_MIGRATION_DATABASE_URL) nothing would fold them"
            );
        }
        if count_views {
            // The day's shared salt before the first view, when Redis answers.
            views.fetch_salts().await;
            if let Some(pusher) = crate::analytics::worker::AnalyticsWorker::pusher(views.clone()) {
                pusher.spawn();
            }
        }
        let state = Self {
            config: Arc::new(config),
            db,
            redis,
            lifecycle: Arc::new(Lifecycle::default()),
            metrics,
            contract: Arc::new(contract),
            verifier: Arc::new(verifier),
            cursors,
            body_schemas: Arc::new(body_schemas),
            parameter_rules: Arc::new(parameter_rules),
            rate_limiter,
            captcha,
            webhooks,
            uploads,
            public_index,
            member_gate,
            mail_links,
            views,
            count_views,
        };
        Ok((
            state,
            Background {
                maintenance,
                dispatch,
                mailbox,
                analytics,
                matching,
            },
        ))
    }
}

/// The key that seals webhook secrets: configured, or in dev identity mode a key file beside
/// the dev signing key. Otherwise webhooks answer 503 until the operator sets one.
pub fn sealing_key(config: &Config) -> Result<Option<SealingKey>, StartError> {
    if let Some(key) = &config.webhooks.secret_key {
        return Ok(Some(key.clone()));
    }
    match config.identity()? {
        crate::config::IdentityConfig::Dev { key_path, .. } => {
            let path = key_path.with_file_name("webhook-secret.key");
            secret::dev_sealing_key(&path)
                .map(Some)
                .map_err(|e| StartError::Webhooks(format!("{}: {e}", path.display())))
        }
        crate::config::IdentityConfig::Jwks { .. } => {
            tracing::warn!(
                "JOBS_WEBHOOK_SECRET_KEY is not set: webhook subscriptions answer 503 and nothing is delivered"
            );
            Ok(None)
        }
    }
}

/// The object store for uploads, when a bucket is configured.
pub fn upload_setup(config: &Config) -> Result<UploadSetup, StartError> {
    let s3 = config.uploads.s3.as_ref();
    let store = match s3 {
        Some(s3) => Some(
            crate::uploads::store::Store::new(s3)
                .map_err(|e| StartError::Uploads(e.to_string()))?,
        ),
        None => {
            tracing::warn!("JOBS_S3_BUCKET is not set: uploads answer 503 until it is");
            None
        }
    };
    Ok(UploadSetup {
        store,
        config: config.uploads.clone(),
        verify_encryption: s3.is_none_or(|s| s.verify_encryption),
    })
}

/// The delivery client (its address rule also judges subscription URLs).
pub fn webhook_client(config: &WebhookConfig) -> Result<webhooks::client::Client, StartError> {
    webhooks::client::Client::new(
        config.allowed_cidrs.clone(),
        config.timeout,
        Default::default(),
    )
    .map_err(|e| StartError::Webhooks(e.to_string()))
}

/// Builds the service: the generated router behind the middleware stack.
pub fn build(state: AppState) -> App {
    let config = state.config.clone();
    let verifier = state.verifier.clone();
    let body_schemas = state.body_schemas.clone();
    let rate_limiter = state.rate_limiter.clone();
    // Handlers get what they call, not the application.
    let services = Services {
        db: state.db.clone(),
        cursors: state.cursors.clone(),
        captcha: state.captcha.clone(),
        contract: state.contract.clone(),
        lifecycle: state.lifecycle.clone(),
        redis: state.redis.clone(),
        verifier: state.verifier.clone(),
        webhooks: state.webhooks.clone(),
        uploads: state.uploads.clone(),
        public_url: Arc::from(config.public_url.as_str()),
        public_index: state.public_index.clone(),
        member_gate: state.member_gate.clone(),
        mail_links: state.mail_links.clone(),
        views: config.analytics.count_views.then(|| state.views.clone()),
    };
    let job_page = crate::http::syndication::JobPage {
        db: services.db.clone(),
        public_url: services.public_url.clone(),
        views: services.views.clone(),
    };
    let api = Api::new(services);
    let careers = match crate::http::careers::Careers::new(
        api.clone(),
        body_schemas.clone(),
        rate_limiter.clone(),
    ) {
        Ok(careers) => Some(Arc::new(careers)),
        Err(error) => {
            // The templates are compiled in and tested: this is a build defect, not a setting.
            tracing::error!(%error, "the careers pages' templates do not load; /careers is off");
            None
        }
    };
    let router = jobs_api::server::new::<_, Api, ApiError, Caller>(api)
        // One route layer, the gate: identify, rate-limit, authorize, validate the body, public
        // caching and the job page, then the handler.
        .route_layer(from_fn_with_state(
            Arc::new(Gate {
                verifier,
                limiter: rate_limiter,
                body_schemas,
                parameter_rules: state.parameter_rules.clone(),
                job_page,
                public_index: state.public_index.clone(),
                tag_seed: public_tag_seed(&state, &config),
                members: state.member_gate.clone(),
            }),
            gate::gate,
        ))
        // The reference page: public, outside the contract's operations.
        .merge(crate::http::docs::routes());
    // The hosted careers site: HTML pages outside the contract, on the same use cases.
    let router = match careers {
        Some(careers) => router.merge(crate::http::careers::routes(careers)),
        None => router,
    };
    wrap(router, &config)
}

/// What a public answer depends on besides the request and the changes feed's position: this
/// build (its version and executable), the contract, the cursor key (cursors are in the
/// bodies) and the public origin (links in the feed). Part of every position-based tag, so a
/// deploy or a key rotation never gets a 304 for an answer of the old shape.
fn public_tag_seed(state: &AppState, config: &Config) -> u64 {
    let mut hash = xxhash_rust::xxh3::Xxh3::new();
    hash.update(env!("CARGO_PKG_VERSION").as_bytes());
    if let Ok(meta) = std::env::current_exe().and_then(std::fs::metadata) {
        hash.update(&meta.len().to_le_bytes());
        if let Ok(modified) = meta
            .modified()
            .map(|m| m.duration_since(std::time::UNIX_EPOCH))
        {
            hash.update(&modified.unwrap_or_default().as_nanos().to_le_bytes());
        }
    }
    hash.update(state.contract.yaml.as_bytes());
    hash.update(state.cursors.encode("public-tag-seed", &0u8).as_bytes());
    hash.update(config.public_url.as_bytes());
    hash.digest()
}

/// Puts any router behind the production middleware stack (tests use it to reach paths the
/// contract has no route for, such as a handler that panics). Layers run top to bottom on the
/// way in.
pub fn wrap(router: Router, config: &Config) -> App {
    let router = router
        .fallback(|| async { problem::status_response(StatusCode::NOT_FOUND) })
        .layer(from_fn(observe::capture_route))
        .layer(RequestBodyLimitLayer::new(config.max_body_bytes))
        .layer(CatchPanicLayer::custom(limits::panic_response));
    let service = ServiceBuilder::new()
        .layer(from_fn(request_id::assign))
        .option_layer(cors::layer(&config.cors_allowed_origins))
        .layer(from_fn_with_state(
            Arc::new(Edge {
                trusted_proxies: config.trusted_proxies.clone(),
                request_timeout: config.request_timeout,
                max_body_bytes: config.max_body_bytes,
            }),
            edge::edge,
        ))
        .service(router);
    BoxCloneSyncService::new(service)
}
