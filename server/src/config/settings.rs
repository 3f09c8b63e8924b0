//! Every setting, declared once: its variable, default, bounds and meaning. clap reads them
//! from the environment (and from `--flags`), `jobs-server serve --help` lists them, and a test
//! checks the documentation's table against them. `Config::from_settings` turns them into the
//! typed configuration (rules that join several settings live there).

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, ValueEnum};
use ipnet::IpNet;

use super::quota::Quota;

/// `on` or `off`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Switch {
    On,
    Off,
}

impl Switch {
    pub fn on(self) -> bool {
        self == Switch::On
    }
}

/// `auto`, `on` or `off`: `auto` (also an empty value) leaves the choice to the rule the
/// setting's help states.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AutoSwitch {
    Auto,
    On,
    Off,
}

impl AutoSwitch {
    pub fn or(self, auto: bool) -> bool {
        match self {
            AutoSwitch::Auto => auto,
            AutoSwitch::On => true,
            AutoSwitch::Off => false,
        }
    }
}

/// The log line format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LogFormatSetting {
    Json,
    Pretty,
}

/// A comma-separated list of addresses or CIDR ranges.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Networks(pub Vec<IpNet>);

/// A comma-separated list of values (blanks dropped).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct List(pub Vec<String>);

#[derive(Args, Debug, Clone)]
pub struct Settings {
    // ------------------------------------------------------------------ listener
    /// Address the API listens on
    #[arg(long, env = "JOBS_LISTEN_ADDR", value_name = "HOST:PORT", default_value = "127.0.0.1:8080",
          value_parser = socket_addr, help_heading = "Listener")]
    pub listen_addr: SocketAddr,
    /// The API's public origin, for absolute links in feeds and JSON-LD [default: http://localhost:<port of JOBS_LISTEN_ADDR>]
    #[arg(
        long,
        env = "JOBS_PUBLIC_URL",
        value_name = "URL",
        help_heading = "Listener"
    )]
    pub public_url: Option<String>,
    /// Per-request budget; past it the answer is 503
    #[arg(long, env = "JOBS_REQUEST_TIMEOUT_MS", value_name = "MS", default_value_t = 5000,
          value_parser = clap::value_parser!(u64).range(1..=3_600_000), help_heading = "Listener")]
    pub request_timeout_ms: u64,
    /// Request body limit (413 beyond)
    #[arg(long, env = "JOBS_MAX_BODY_BYTES", value_name = "BYTES", default_value_t = 65_536,
          value_parser = clap::value_parser!(u64).range(1024..=64 * 1024 * 1024), help_heading = "Listener")]
    pub max_body_bytes: u64,
    /// After SIGTERM, how long /readyz answers 503 before the listener closes (~5000 behind a load balancer)
    #[arg(long, env = "JOBS_SHUTDOWN_DELAY_MS", value_name = "MS", default_value_t = 0,
          value_parser = clap::value_parser!(u64).range(0..=3_600_000), help_heading = "Listener")]
    pub shutdown_delay_ms: u64,
    /// How long in-flight requests may take to finish after that
    #[arg(long, env = "JOBS_SHUTDOWN_TIMEOUT_MS", value_name = "MS", default_value_t = 10_000,
          value_parser = clap::value_parser!(u64).range(0..=3_600_000), help_heading = "Listener")]
    pub shutdown_timeout_ms: u64,
    /// Serve HTTPS with this PEM certificate chain (rustls, TLS 1.2/1.3, h2 and http/1.1) [default: plain HTTP]
    #[arg(
        long,
        env = "JOBS_TLS_CERT_FILE",
        value_name = "PATH",
        help_heading = "Listener"
    )]
    pub tls_cert_file: Option<String>,
    /// The PEM private key of JOBS_TLS_CERT_FILE
    #[arg(
        long,
        env = "JOBS_TLS_KEY_FILE",
        value_name = "PATH",
        help_heading = "Listener"
    )]
    pub tls_key_file: Option<String>,
    /// With HTTPS: require client certificates issued by this CA (mTLS)
    #[arg(
        long,
        env = "JOBS_TLS_CLIENT_CA_FILE",
        value_name = "PATH",
        help_heading = "Listener"
    )]
    pub tls_client_ca_file: Option<String>,
    /// Origins allowed by CORS, comma-separated, e.g. https://careers.example.com [default: none, no CORS]
    #[arg(long, env = "JOBS_CORS_ALLOWED_ORIGINS", value_name = "ORIGINS", value_parser = origins,
          help_heading = "Listener")]
    pub cors_allowed_origins: Option<List>,
    /// Proxies (addresses or CIDR ranges, comma-separated) whose X-Forwarded-For is believed [default: none]
    #[arg(long, env = "JOBS_TRUSTED_PROXIES", value_name = "CIDRS", value_parser = networks,
          help_heading = "Listener")]
    pub trusted_proxies: Option<Networks>,
    /// Key signing pagination cursors (at least 32 characters; replicas must share it) [default: random per process]
    #[arg(
        long,
        env = "JOBS_CURSOR_SECRET",
        value_name = "SECRET",
        help_heading = "Listener"
    )]
    pub cursor_secret: Option<String>,

    // ------------------------------------------------------------------ database
    /// PostgreSQL; the database is created if missing (sslmode as libpq: disable, prefer, require, verify-ca, verify-full)
    #[arg(long, env = "JOBS_DATABASE_URL", value_name = "URL",
          default_value = super::DEFAULT_DATABASE_URL, help_heading = "Database")]
    pub database_url: String,
    /// The owner's login: applies migrations, runs cross-tenant maintenance [default: a privileged JOBS_DATABASE_URL migrates, the server serves as jobs_api]
    #[arg(
        long,
        env = "JOBS_MIGRATION_DATABASE_URL",
        value_name = "URL",
        help_heading = "Database"
    )]
    pub migration_database_url: Option<String>,
    /// Connections in each request pool
    #[arg(long, env = "JOBS_DB_POOL_SIZE", value_name = "N", default_value_t = 10,
          value_parser = clap::value_parser!(u32).range(1..=1000), help_heading = "Database")]
    pub db_pool_size: u32,
    /// Wait for a connection
    #[arg(long, env = "JOBS_DB_CONNECT_TIMEOUT_MS", value_name = "MS", default_value_t = 3000,
          value_parser = clap::value_parser!(u64).range(0..=3_600_000), help_heading = "Database")]
    pub db_connect_timeout_ms: u64,
    /// statement_timeout of every transaction [default: 4/5 of JOBS_REQUEST_TIMEOUT_MS]
    #[arg(long, env = "JOBS_DB_STATEMENT_TIMEOUT_MS", value_name = "MS",
          value_parser = clap::value_parser!(u64).range(1..=3_600_000), help_heading = "Database")]
    pub db_statement_timeout_ms: Option<u64>,
    /// lock_timeout of every transaction [default: half the statement timeout]
    #[arg(long, env = "JOBS_DB_LOCK_TIMEOUT_MS", value_name = "MS",
          value_parser = clap::value_parser!(u64).range(1..=3_600_000), help_heading = "Database")]
    pub db_lock_timeout_ms: Option<u64>,
    /// Redis (rate limits, shared state); empty disables it, unreachable is a warning
    #[arg(long, env = "JOBS_REDIS_URL", value_name = "URL", default_value = super::DEFAULT_REDIS_URL,
          help_heading = "Database")]
    pub redis_url: String,
    /// With a rediss:// URL: the CA its certificate must chain to [default: the public web roots]
    #[arg(
        long,
        env = "JOBS_REDIS_CA_FILE",
        value_name = "PATH",
        help_heading = "Database"
    )]
    pub redis_ca_file: Option<String>,
    /// A directory of this process's own for the public search index: kept across restarts and resumed from its recorded feed position [default: in memory, built from PostgreSQL at each start]
    #[arg(
        long,
        env = "JOBS_SEARCH_INDEX_DIR",
        value_name = "PATH",
        help_heading = "Database"
    )]
    pub search_index_dir: Option<String>,

    // ------------------------------------------------------------------ identity
    /// The identity provider's JWKS (https; plain http only to a loopback address) [default: unset, dev identity]
    #[arg(
        long,
        env = "JOBS_JWKS_URL",
        value_name = "URL",
        help_heading = "Identity"
    )]
    pub jwks_url: Option<String>,
    /// The iss tokens must carry (required with JOBS_JWKS_URL) [default: dev identity's jobs-server-dev]
    #[arg(
        long,
        env = "JOBS_JWT_ISSUER",
        value_name = "ISSUER",
        help_heading = "Identity"
    )]
    pub jwt_issuer: Option<String>,
    /// The aud tokens must carry (required with JOBS_JWKS_URL) [default: dev identity's jobs-api]
    #[arg(
        long,
        env = "JOBS_JWT_AUDIENCE",
        value_name = "AUDIENCE",
        help_heading = "Identity"
    )]
    pub jwt_audience: Option<String>,
    /// on: dev identity on any listener; off: never; auto: only on a loopback listener without an identity provider
    #[arg(long, env = "JOBS_DEV_IDENTITY", value_name = "auto|on|off", default_value = "auto",
          value_parser = auto_switch, help_heading = "Identity")]
    pub dev_identity: AutoSwitch,
    /// Dev identity's signing key file (created on first use)
    #[arg(
        long,
        env = "JOBS_DEV_KEY_PATH",
        value_name = "PATH",
        default_value = ".jobs-dev/signing-key.pem",
        help_heading = "Identity"
    )]
    pub dev_key_path: PathBuf,

    // ------------------------------------------------------------------ limits
    /// Rate limiting
    #[arg(
        long,
        env = "JOBS_RATE_LIMITS",
        value_name = "on|off",
        default_value = "on",
        help_heading = "Rate limits"
    )]
    pub rate_limits: Switch,
    /// Every request, per client IP (requests/window: 600/60s, 10/1m)
    #[arg(long, env = "JOBS_RATE_LIMIT_IP", value_name = "QUOTA", default_value = "3000/60s",
          value_parser = quota, help_heading = "Rate limits")]
    pub rate_limit_ip: Quota,
    /// Every request with a valid token, per token subject
    #[arg(long, env = "JOBS_RATE_LIMIT_SUBJECT", value_name = "QUOTA", default_value = "1200/60s",
          value_parser = quota, help_heading = "Rate limits")]
    pub rate_limit_subject: Quota,
    /// Public search and taxonomy, per client IP
    #[arg(long, env = "JOBS_RATE_LIMIT_SEARCH", value_name = "QUOTA", default_value = "300/60s",
          value_parser = quota, help_heading = "Rate limits")]
    pub rate_limit_search: Quota,
    /// Public apply and its uploads, per client IP
    #[arg(long, env = "JOBS_RATE_LIMIT_APPLY", value_name = "QUOTA", default_value = "10/60s",
          value_parser = quota, help_heading = "Rate limits")]
    pub rate_limit_apply: Quota,
    /// Redis key prefix (replicas sharing a budget share it)
    #[arg(
        long,
        env = "JOBS_RATE_LIMIT_PREFIX",
        value_name = "PREFIX",
        default_value = "jobs:rl",
        help_heading = "Rate limits"
    )]
    pub rate_limit_prefix: String,

    // ------------------------------------------------------------------ public apply
    /// CAPTCHA for public apply: the provider's siteverify URL (Turnstile, hCaptcha, reCAPTCHA) [default: no CAPTCHA]
    #[arg(
        long,
        env = "JOBS_CAPTCHA_VERIFY_URL",
        value_name = "URL",
        help_heading = "Public apply"
    )]
    pub captcha_verify_url: Option<String>,
    /// The CAPTCHA provider's secret (with JOBS_CAPTCHA_VERIFY_URL)
    #[arg(
        long,
        env = "JOBS_CAPTCHA_SECRET",
        value_name = "SECRET",
        help_heading = "Public apply"
    )]
    pub captcha_secret: Option<String>,
    /// How long a CAPTCHA verification may take
    #[arg(long, env = "JOBS_CAPTCHA_TIMEOUT_MS", value_name = "MS", default_value_t = 3000,
          value_parser = clap::value_parser!(u64).range(100..=60_000), help_heading = "Public apply")]
    pub captcha_timeout_ms: u64,
    /// Sites whose CAPTCHA tokens count (the verifier's hostname), comma-separated [default: any]
    #[arg(long, env = "JOBS_CAPTCHA_HOSTNAMES", value_name = "HOSTS", value_parser = list,
          help_heading = "Public apply")]
    pub captcha_hostnames: Option<List>,

    // ------------------------------------------------------------------ uploads
    /// The bucket for uploads [default: unset, upload operations answer 503 "not configured"]
    #[arg(
        long,
        env = "JOBS_S3_BUCKET",
        value_name = "BUCKET",
        help_heading = "Uploads"
    )]
    pub s3_bucket: Option<String>,
    /// An S3-compatible endpoint (MinIO, s3s-fs, …) [default: AWS's endpoint of the region]
    #[arg(
        long,
        env = "JOBS_S3_ENDPOINT",
        value_name = "URL",
        help_heading = "Uploads"
    )]
    pub s3_endpoint: Option<String>,
    /// The bucket's region [default: AWS_REGION, else us-east-1]
    #[arg(
        long,
        env = "JOBS_S3_REGION",
        value_name = "REGION",
        help_heading = "Uploads"
    )]
    pub s3_region: Option<String>,
    /// The standard AWS region variable (JOBS_S3_REGION wins)
    #[arg(
        long,
        env = "AWS_REGION",
        value_name = "REGION",
        help_heading = "Uploads"
    )]
    pub aws_region: Option<String>,
    /// Access key id (required with a bucket)
    #[arg(
        long,
        env = "AWS_ACCESS_KEY_ID",
        value_name = "ID",
        help_heading = "Uploads"
    )]
    pub aws_access_key_id: Option<String>,
    /// Secret access key (required with a bucket)
    #[arg(
        long,
        env = "AWS_SECRET_ACCESS_KEY",
        value_name = "SECRET",
        help_heading = "Uploads"
    )]
    pub aws_secret_access_key: Option<String>,
    /// Session token of temporary credentials
    #[arg(
        long,
        env = "AWS_SESSION_TOKEN",
        value_name = "TOKEN",
        help_heading = "Uploads"
    )]
    pub aws_session_token: Option<String>,
    /// on: endpoint/bucket/key; off: bucket.endpoint/key; auto: on with an endpoint, off for AWS
    #[arg(long, env = "JOBS_S3_PATH_STYLE", value_name = "auto|on|off", default_value = "auto",
          value_parser = auto_switch, help_heading = "Uploads")]
    pub s3_path_style: AutoSwitch,
    /// Uploads must use aws:kms with this key [default: AES256]
    #[arg(
        long,
        env = "JOBS_S3_KMS_KEY_ID",
        value_name = "KEY",
        help_heading = "Uploads"
    )]
    pub s3_kms_key_id: Option<String>,
    /// :complete requires the store to report the object's encryption (off for stores that enforce but do not report it, such as s3s-fs)
    #[arg(
        long,
        env = "JOBS_S3_VERIFY_ENCRYPTION",
        value_name = "on|off",
        default_value = "on",
        help_heading = "Uploads"
    )]
    pub s3_verify_encryption: Switch,
    /// Largest upload
    #[arg(long, env = "JOBS_UPLOAD_MAX_BYTES", value_name = "BYTES", default_value_t = 10 * 1024 * 1024,
          value_parser = clap::value_parser!(u64).range(1..=5 * 1024 * 1024 * 1024), help_heading = "Uploads")]
    pub upload_max_bytes: u64,
    /// Content types allowed for CVs, comma-separated, among the five the contract knows [default: all five]
    #[arg(long, env = "JOBS_UPLOAD_TYPES_CV", value_name = "TYPES", value_parser = content_types,
          help_heading = "Uploads")]
    pub upload_types_cv: Option<List>,
    /// Content types allowed for cover letters [default: all five]
    #[arg(long, env = "JOBS_UPLOAD_TYPES_COVER_LETTER", value_name = "TYPES", value_parser = content_types,
          help_heading = "Uploads")]
    pub upload_types_cover_letter: Option<List>,
    /// How long a presigned form works
    #[arg(long, env = "JOBS_UPLOAD_PRESIGN_TTL_S", value_name = "SECONDS", default_value_t = 900,
          value_parser = clap::value_parser!(u64).range(60..=900), help_heading = "Uploads")]
    pub upload_presign_ttl_s: u64,
    /// Pending and rejected uploads, and public ones nothing names, are deleted after it (86400, 90m, 24h, 7d; 1s to 30d)
    #[arg(long, env = "JOBS_UPLOAD_UNCLAIMED_TTL", value_name = "DURATION", default_value = "24h",
          value_parser = unclaimed_ttl, help_heading = "Uploads")]
    pub upload_unclaimed_ttl: std::time::Duration,

    // ------------------------------------------------------------------ webhooks
    /// Base64 of 32 bytes (openssl rand -base64 32) sealing webhook secrets at rest; every replica needs the same [default: dev identity keeps a key file beside its signing key; otherwise webhooks answer 503]
    #[arg(
        long,
        env = "JOBS_WEBHOOK_SECRET_KEY",
        value_name = "BASE64",
        help_heading = "Webhooks"
    )]
    pub webhook_secret_key: Option<String>,
    /// Addresses deliveries may reach although not public, where plain http is accepted too (e.g. 127.0.0.1/32) [default: none]
    #[arg(long, env = "JOBS_WEBHOOK_ALLOWED_CIDRS", value_name = "CIDRS", value_parser = networks,
          help_heading = "Webhooks")]
    pub webhook_allowed_cidrs: Option<Networks>,
    /// on: serve also delivers webhooks; off: leave it to jobs-server dispatch processes
    #[arg(
        long,
        env = "JOBS_WEBHOOK_DISPATCH",
        value_name = "on|off",
        default_value = "on",
        help_heading = "Webhooks"
    )]
    pub webhook_dispatch: Switch,
    /// One delivery attempt, connect to last byte
    #[arg(long, env = "JOBS_WEBHOOK_TIMEOUT_MS", value_name = "MS", default_value_t = 10_000,
          value_parser = clap::value_parser!(u64).range(1..=3_600_000), help_heading = "Webhooks")]
    pub webhook_timeout_ms: u64,
    /// Attempts in flight per dispatcher
    #[arg(long, env = "JOBS_WEBHOOK_CONCURRENCY", value_name = "N", default_value_t = 64,
          value_parser = clap::value_parser!(u32).range(1..=4096), help_heading = "Webhooks")]
    pub webhook_concurrency: u32,
    /// Attempts of one employer in flight per dispatcher (the rest stay free for others)
    #[arg(long, env = "JOBS_WEBHOOK_EMPLOYER_CONCURRENCY", value_name = "N", default_value_t = 16,
          value_parser = clap::value_parser!(u32).range(1..=4096), help_heading = "Webhooks")]
    pub webhook_employer_concurrency: u32,
    /// Webhook subscriptions one employer may have (422 beyond)
    #[arg(long, env = "JOBS_WEBHOOK_MAX_SUBSCRIPTIONS", value_name = "N", default_value_t = 25,
          value_parser = clap::value_parser!(u32).range(1..=10_000), help_heading = "Webhooks")]
    pub webhook_max_subscriptions: u32,
    /// Multiplies the retry schedule, the breaker cool-down and the five days before a failing subscription is disabled (above 0, at most 100)
    #[arg(long, env = "JOBS_WEBHOOK_RETRY_SCALE", value_name = "FACTOR", default_value = "1",
          value_parser = retry_scale, help_heading = "Webhooks")]
    pub webhook_retry_scale: f64,
    /// Consecutive failures that open an endpoint's circuit breaker
    #[arg(long, env = "JOBS_WEBHOOK_BREAKER_THRESHOLD", value_name = "N", default_value_t = 5,
          value_parser = clap::value_parser!(i32).range(1..=1000), help_heading = "Webhooks")]
    pub webhook_breaker_threshold: i32,
    /// How long an open breaker keeps traffic away before one probe
    #[arg(long, env = "JOBS_WEBHOOK_BREAKER_COOLDOWN_MS", value_name = "MS", default_value_t = 60_000,
          value_parser = clap::value_parser!(u64).range(0..=3_600_000), help_heading = "Webhooks")]
    pub webhook_breaker_cooldown_ms: u64,

    // ------------------------------------------------------------------ mail
    /// Outgoing mail server: smtp://host:port (STARTTLS when offered; ?tls=required insists, ?tls=none never), smtps://host:port (TLS from the start); user:password@ in the URL, or the whole URL from JOBS_SMTP_URL_FILE. Unset: notifications are off
    #[arg(long, env = "JOBS_SMTP_URL", value_name = "URL", help_heading = "Mail")]
    pub smtp_url: Option<String>,
    /// The From of every notification: an address, or "Name <address>"
    #[arg(
        long,
        env = "JOBS_MAIL_FROM",
        value_name = "ADDRESS",
        help_heading = "Mail"
    )]
    pub mail_from: Option<String>,
    /// Messages in flight per mailer
    #[arg(long, env = "JOBS_MAIL_CONCURRENCY", value_name = "N", default_value_t = 8,
          value_parser = clap::value_parser!(u32).range(1..=256), help_heading = "Mail")]
    pub mail_concurrency: u32,
    /// How often the mailer looks for new events in the outbox
    #[arg(long, env = "JOBS_MAIL_POLL_MS", value_name = "MS", default_value_t = 1000,
          value_parser = clap::value_parser!(u64).range(10..=60_000), help_heading = "Mail")]
    pub mail_poll_ms: u64,
    /// Multiplies the mail retry schedule (above 0, at most 100)
    #[arg(long, env = "JOBS_MAIL_RETRY_SCALE", value_name = "FACTOR", default_value = "1",
          value_parser = retry_scale, help_heading = "Mail")]
    pub mail_retry_scale: f64,
    /// One SMTP transaction, connect to the server's answer after the message
    #[arg(long, env = "JOBS_MAIL_TIMEOUT_MS", value_name = "MS", default_value_t = 30_000,
          value_parser = clap::value_parser!(u64).range(1..=600_000), help_heading = "Mail")]
    pub mail_timeout_ms: u64,

    // ------------------------------------------------------------------ analytics
    /// on: count views of published jobs (public reads, careers pages, widget opens)
    #[arg(
        long,
        env = "JOBS_ANALYTICS_VIEWS",
        value_name = "on|off",
        default_value = "on",
        help_heading = "Analytics"
    )]
    pub analytics_views: Switch,
    /// How often view counters are folded into hourly rollups
    #[arg(long, env = "JOBS_ANALYTICS_FLUSH_MS", value_name = "MS", default_value_t = 60_000,
          value_parser = clap::value_parser!(u64).range(100..=3_600_000), help_heading = "Analytics")]
    pub analytics_flush_ms: u64,
    /// Redis key prefix of the view counters (replicas of one deployment share it)
    #[arg(
        long,
        env = "JOBS_ANALYTICS_PREFIX",
        value_name = "PREFIX",
        default_value = "jobs:analytics:",
        help_heading = "Analytics"
    )]
    pub analytics_prefix: String,

    // ------------------------------------------------------------------ applicant matching
    /// Whether this process runs the matching worker (reads CVs, scores applications of employers that turned matching on); needs the owner login
    #[arg(
        long,
        env = "JOBS_MATCH_WORKER",
        value_name = "on|off",
        default_value = "on",
        help_heading = "Applicant matching"
    )]
    pub match_worker: Switch,
    /// A sentence-transformer directory (config.json, tokenizer.json, model.safetensors): the built-in score adds the similarity of the job's and the CV's embeddings; unset, it is lexical
    #[arg(
        long,
        env = "JOBS_MATCH_MODEL_DIR",
        value_name = "DIR",
        help_heading = "Applicant matching"
    )]
    pub match_model_dir: Option<std::path::PathBuf>,
    /// An own scorer that receives each job's features and answers scores (the webhooks' address rules apply); the built-in scorer answers when it fails
    #[arg(
        long,
        env = "JOBS_MATCH_SCORER_URL",
        value_name = "URL",
        help_heading = "Applicant matching"
    )]
    pub match_scorer_url: Option<String>,
    /// How long one call to JOBS_MATCH_SCORER_URL may take
    #[arg(long, env = "JOBS_MATCH_SCORER_TIMEOUT_MS", value_name = "MS", default_value_t = 5_000,
          value_parser = clap::value_parser!(u64).range(100..=60_000), help_heading = "Applicant matching")]
    pub match_scorer_timeout_ms: u64,
    /// How long reading one CV file may take before it is rejected
    #[arg(long, env = "JOBS_MATCH_EXTRACT_TIMEOUT_MS", value_name = "MS", default_value_t = 10_000,
          value_parser = clap::value_parser!(u64).range(100..=300_000), help_heading = "Applicant matching")]
    pub match_extract_timeout_ms: u64,

    // ------------------------------------------------------------------ operations
    /// Log line format
    #[arg(
        long,
        env = "JOBS_LOG_FORMAT",
        value_name = "json|pretty",
        default_value = "json",
        help_heading = "Operations"
    )]
    pub log_format: LogFormatSetting,
    /// Log filter (tracing EnvFilter syntax; RUST_LOG when unset)
    #[arg(
        long,
        env = "JOBS_LOG",
        value_name = "FILTER",
        default_value = "info",
        help_heading = "Operations"
    )]
    pub log: String,
    /// The operator's listener: /metrics and profiles (keep it off the public network)
    #[arg(long, env = "JOBS_METRICS_ADDR", value_name = "HOST:PORT", default_value = "127.0.0.1:9464",
          value_parser = socket_addr, help_heading = "Operations")]
    pub metrics_addr: SocketAddr,
    /// on: CPU profiles at /debug/pprof/profile?seconds=N on the metrics listener
    #[arg(
        long,
        env = "JOBS_PROFILING",
        value_name = "on|off",
        default_value = "off",
        help_heading = "Operations"
    )]
    pub profiling: Switch,
}

/// What `serve --help` says after the settings.
pub const AFTER_HELP: &str = "\
Every setting is an environment variable (or the --flag beside it). Each also accepts \
<NAME>_FILE naming a file that holds the value (Kubernetes Secrets, Vault Agent templates; one \
trailing newline dropped; the variable set directly wins). A bad value stops the server with one \
line naming the variable. Traces are exported over OTLP/HTTP when OTEL_EXPORTER_OTLP_ENDPOINT \
is set, configured by the other standard OTEL_* variables. Reference: docs/operations.md.";

fn auto_switch(value: &str) -> Result<AutoSwitch, String> {
    match value.trim() {
        "" | "auto" => Ok(AutoSwitch::Auto),
        "on" => Ok(AutoSwitch::On),
        "off" => Ok(AutoSwitch::Off),
        _ => Err("expected auto, on or off".into()),
    }
}

fn socket_addr(value: &str) -> Result<SocketAddr, String> {
    value
        .trim()
        .parse()
        .map_err(|_| "expected host:port, such as 127.0.0.1:8080".to_string())
}

fn quota(value: &str) -> Result<Quota, String> {
    Quota::parse(value).ok_or_else(|| "expected requests/window, e.g. 600/60s or 10/1m".into())
}

fn list(value: &str) -> Result<List, String> {
    Ok(List(
        value
            .split(',')
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
            .collect(),
    ))
}

fn networks(value: &str) -> Result<Networks, String> {
    list(value)?
        .0
        .into_iter()
        .map(|v| {
            v.parse::<IpNet>()
                .or_else(|_| v.parse::<std::net::IpAddr>().map(IpNet::from))
                .map_err(|_| {
                    format!(
                        "{v:?} is not an address or CIDR range (expected a comma-separated list)"
                    )
                })
        })
        .collect::<Result<_, _>>()
        .map(Networks)
}

fn origins(value: &str) -> Result<List, String> {
    let origins = list(value)?;
    for origin in &origins.0 {
        let ok = (origin.starts_with("https://") || origin.starts_with("http://"))
            && !origin.ends_with('/')
            && http::HeaderValue::from_str(origin).is_ok();
        if !ok {
            return Err(format!(
                "{origin:?}: expected origins like https://jobs.example.com (no path)"
            ));
        }
    }
    Ok(origins)
}

fn content_types(value: &str) -> Result<List, String> {
    let types = list(value)?;
    for t in &types.0 {
        if !super::uploads::KNOWN_TYPES.contains(&t.as_str()) {
            return Err(format!(
                "{t:?}: expected content types among pdf, msword, docx, odt and text/plain"
            ));
        }
    }
    Ok(types)
}

fn retry_scale(value: &str) -> Result<f64, String> {
    match value.trim().parse::<f64>() {
        Ok(s) if s.is_finite() && s > 0.0 && s <= 100.0 => Ok(s),
        _ => Err("expected a number above 0 and at most 100".into()),
    }
}

/// A duration of 1 second to 30 days: a number of seconds, or a number with `s`, `m`, `h` or
/// `d`.
fn unclaimed_ttl(value: &str) -> Result<std::time::Duration, String> {
    let trimmed = value.trim();
    let (number, unit) = match trimmed.find(|c: char| !c.is_ascii_digit()) {
        Some(i) => trimmed.split_at(i),
        None => (trimmed, "s"),
    };
    let scale = match unit {
        "s" => Some(1),
        "m" => Some(60),
        "h" => Some(3600),
        "d" => Some(86_400),
        _ => None,
    };
    number
        .parse::<u64>()
        .ok()
        .zip(scale)
        .and_then(|(n, scale)| n.checked_mul(scale))
        .filter(|secs| (1..=30 * 86_400).contains(secs))
        .map(std::time::Duration::from_secs)
        .ok_or_else(|| "expected a duration of 1s to 30d, such as 86400, 90m, 24h or 7d".into())
}

/// The one setting whose empty value means something (Redis off); an empty value of any other
/// setting is the same as leaving it unset.
const EMPTY_MEANS_OFF: &[&str] = &["JOBS_REDIS_URL"];

/// Values of these are never printed (errors say `(hidden)`).
fn secret(name: &str) -> bool {
    name.contains("SECRET")
        || name.ends_with("_KEY")
        || name.contains("TOKEN")
        || name == "JOBS_SMTP_URL"
}

/// The settings as a command of their own (no binary name), as clap declares them.
pub fn command() -> clap::Command {
    Settings::augment_args(clap::Command::new("jobs-server").no_binary_name(true))
}

/// Every declared setting: its variable, `--flag`, default and meaning, in declaration order.
#[derive(Debug, Clone)]
pub struct Declared {
    pub variable: String,
    pub flag: String,
    pub default: Option<String>,
    pub help: String,
}

pub fn declared() -> Vec<Declared> {
    command()
        .get_arguments()
        .filter_map(|arg| {
            let variable = arg.get_env()?.to_string_lossy().into_owned();
            Some(Declared {
                variable,
                flag: format!("--{}", arg.get_long()?),
                default: arg
                    .get_default_values()
                    .first()
                    .map(|d| d.to_string_lossy().into_owned()),
                help: arg.get_help().map(|h| h.to_string()).unwrap_or_default(),
            })
        })
        .collect()
}

/// The flags that carry what `lookup` (the environment, `<NAME>_FILE` files read) sets, for
/// every setting not already among `given` (flags on the command line win). Values reach clap
/// only this way, so an empty value is dropped and a bad one names its variable.
pub fn flags_from(lookup: impl Fn(&str) -> Option<String>, given: &[String]) -> Vec<String> {
    declared()
        .into_iter()
        .filter(|d| {
            !given
                .iter()
                .any(|g| g == &d.flag || g.starts_with(&format!("{}=", d.flag)))
        })
        .filter_map(|d| {
            let value = lookup(&d.variable)?;
            (!value.is_empty() || EMPTY_MEANS_OFF.contains(&d.variable.as_str()))
                .then(|| format!("{}={value}", d.flag))
        })
        .collect()
}

/// `cmd` with no argument reading the environment itself (see [`flags_from`]).
pub fn without_env(cmd: clap::Command) -> clap::Command {
    cmd.mut_args(|arg| arg.env(None::<&str>))
        .mut_subcommands(|sub| sub.mut_args(|arg| arg.env(None::<&str>)))
}

/// A clap error about a value, as the configuration error naming the variable.
pub fn config_error(error: &clap::Error) -> Option<super::ConfigError> {
    use clap::error::{ContextKind, ContextValue};
    let text = |kind| match error.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(v)) => Some(v.join(", ")),
        _ => None,
    };
    let arg = text(ContextKind::InvalidArg)?;
    let flag = arg.split([' ', '=']).next().unwrap_or_default().to_string();
    let declared = declared().into_iter().find(|d| d.flag == flag)?;
    let value = text(ContextKind::InvalidValue).unwrap_or_default();
    let reason = match (
        std::error::Error::source(error),
        text(ContextKind::ValidValue),
    ) {
        // Integer parsing says "invalid digit found in string": say what is expected instead.
        (Some(source), _) if source.is::<std::num::ParseIntError>() => {
            "expected a whole number".to_string()
        }
        (Some(source), _) => source.to_string(),
        (None, Some(valid)) => format!("expected one of: {valid}"),
        (None, None) => error.kind().to_string(),
    };
    let name: &'static str = Box::leak(declared.variable.clone().into_boxed_str());
    Some(super::ConfigError {
        name,
        value: if secret(name) {
            "(hidden)".into()
        } else {
            value
        },
        reason,
    })
}

impl Settings {
    /// The settings `lookup` gives (tests, and `Config::from_lookup`).
    pub fn from_lookup(
        lookup: impl Fn(&str) -> Option<String>,
    ) -> Result<Self, super::ConfigError> {
        use clap::FromArgMatches;
        let flags = flags_from(lookup, &[]);
        let matches = without_env(command())
            .try_get_matches_from(flags)
            .map_err(|e| config_error(&e).unwrap_or_else(|| super::ConfigError::other(&e)))?;
        Settings::from_arg_matches(&matches).map_err(|e| super::ConfigError::other(&e))
    }
}
