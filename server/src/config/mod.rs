//! Configuration: one typed struct read from `JOBS_*` environment variables. A leaf: the types
//! it holds (identity, quotas) live here and the modules they configure read them.
//!
//! Every default works on a fresh development machine (local PostgreSQL with trust auth,
//! optional local Redis, dev identity mode).

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use thiserror::Error;

use ipnet::IpNet;

pub mod identity;
pub mod mail;
pub mod quota;
pub mod settings;
pub mod uploads;
pub mod webhooks;

pub use identity::IdentityConfig;
use quota::Policies;
use settings::AutoSwitch;
pub use settings::Settings;

/// The default database: the local PostgreSQL superuser over TCP, database `jobs` (created on
/// first start if it does not exist).
pub const DEFAULT_DATABASE_URL: &str = "postgres://postgres@127.0.0.1:5432/jobs";
pub const DEFAULT_REDIS_URL: &str = "redis://127.0.0.1:6379";

/// `Debug` prints no secret: URLs lose their passwords, keys and secrets show as `(hidden)`.
#[derive(Clone)]
pub struct Config {
    pub listen_addr: SocketAddr,
    /// The API's public origin (`JOBS_PUBLIC_URL`), for absolute links in feeds and JSON-LD;
    /// `http://localhost:<port>` by default.
    pub public_url: String,
    pub database_url: String,
    /// The owner login that applies migrations (and runs cross-tenant maintenance); unset in
    /// development, where `database_url` migrates and the server then serves as `jobs_api`.
    pub migration_database_url: Option<String>,
    pub db_pool_size: u32,
    pub db_connect_timeout: Duration,
    /// `statement_timeout` of every transaction: below the request timeout, so a request that
    /// gave up does not leave its query running.
    pub db_statement_timeout: Duration,
    /// `lock_timeout` of every transaction.
    pub db_lock_timeout: Duration,
    /// `None` when `JOBS_REDIS_URL` is set to the empty string (Redis disabled).
    pub redis_url: Option<String>,
    /// `JOBS_REDIS_CA_FILE`: the CA a `rediss://` server's certificate must chain to (default:
    /// the public web roots).
    pub redis_ca_file: Option<PathBuf>,
    /// Where the public search index is kept across restarts (`JOBS_SEARCH_INDEX_DIR`).
    pub search_index_dir: Option<PathBuf>,
    pub request_timeout: Duration,
    pub max_body_bytes: usize,
    /// How long `/readyz` answers 503 before the listener closes, so that load balancers stop
    /// routing to a draining replica before it refuses connections.
    pub shutdown_delay: Duration,
    /// Upper bound for in-flight requests to finish once the listener is closed.
    pub shutdown_timeout: Duration,
    pub log_format: LogFormat,
    /// `JOBS_LOG`: the log filter (tracing `EnvFilter` syntax).
    pub log_filter: String,
    /// Where dev mode keeps its signing key.
    pub dev_key_path: PathBuf,
    /// Identity provider; `None` = dev mode.
    pub jwks_url: Option<String>,
    pub jwt_issuer: Option<String>,
    pub jwt_audience: Option<String>,
    /// `JOBS_DEV_IDENTITY`: `Some(true)` allows dev identity on any listener, `Some(false)`
    /// never; unset allows it only on a loopback listener.
    pub dev_identity: Option<bool>,
    /// Rate limiting: on unless `JOBS_RATE_LIMITS=off`.
    pub rate_limits_enabled: bool,
    pub rate_limit_policies: Policies,
    /// Redis key prefix; replicas that share a budget share the prefix.
    pub rate_limit_prefix: String,
    /// Proxies whose `X-Forwarded-For` is believed.
    pub trusted_proxies: Vec<IpNet>,
    /// Origins allowed by CORS; empty = no CORS headers at all.
    pub cors_allowed_origins: Vec<String>,
    /// Key for pagination cursors. Replicas must share it; unset means a random key per process
    /// (cursors then do not survive a restart).
    pub cursor_secret: Option<String>,
    /// Bot defence for public apply: the provider's siteverify URL and secret (Turnstile,
    /// hCaptcha, reCAPTCHA). Both or neither; neither = no CAPTCHA required.
    pub captcha: Option<CaptchaConfig>,
    pub webhooks: webhooks::WebhookConfig,
    /// Outgoing mail (`JOBS_SMTP_URL`, `JOBS_MAIL_*`); `None`: notifications are off.
    pub mail: Option<mail::MailConfig>,
    /// The mailer's pace and retries (also without a server, for the settings' checks).
    pub mail_worker: mail::MailWorker,
    /// View counting (`JOBS_ANALYTICS_*`).
    pub analytics: AnalyticsConfig,
    pub matching: MatchingConfig,
    pub uploads: uploads::UploadConfig,
    /// `JOBS_METRICS_ADDR`: the operator's listener (Prometheus `/metrics`, profiles), apart
    /// from the public API.
    pub metrics_addr: SocketAddr,
    /// `JOBS_PROFILING=on`: CPU profiles at `/debug/pprof/profile` on the metrics listener.
    pub profiling: bool,
    /// HTTPS on the API listener (`JOBS_TLS_CERT_FILE` and `JOBS_TLS_KEY_FILE`), with client
    /// certificates required when `JOBS_TLS_CLIENT_CA_FILE` names their CA.
    pub tls: Option<TlsConfig>,
}

#[derive(Debug, Clone)]
pub struct TlsConfig {
    pub cert_file: PathBuf,
    pub key_file: PathBuf,
    pub client_ca_file: Option<PathBuf>,
}

impl std::fmt::Debug for Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let url = |u: &str| redact_url(u);
        f.debug_struct("Config")
            .field("listen_addr", &self.listen_addr)
            .field("public_url", &self.public_url)
            .field("database_url", &url(&self.database_url))
            .field(
                "migration_database_url",
                &self.migration_database_url.as_deref().map(url),
            )
            .field("db_pool_size", &self.db_pool_size)
            .field("db_connect_timeout", &self.db_connect_timeout)
            .field("db_statement_timeout", &self.db_statement_timeout)
            .field("db_lock_timeout", &self.db_lock_timeout)
            .field("redis_url", &self.redis_url.as_deref().map(url))
            .field("redis_ca_file", &self.redis_ca_file)
            .field("search_index_dir", &self.search_index_dir)
            .field("request_timeout", &self.request_timeout)
            .field("max_body_bytes", &self.max_body_bytes)
            .field("shutdown_delay", &self.shutdown_delay)
            .field("shutdown_timeout", &self.shutdown_timeout)
            .field("log_format", &self.log_format)
            .field("log_filter", &self.log_filter)
            .field("dev_key_path", &self.dev_key_path)
            .field("jwks_url", &self.jwks_url)
            .field("jwt_issuer", &self.jwt_issuer)
            .field("jwt_audience", &self.jwt_audience)
            .field("dev_identity", &self.dev_identity)
            .field("rate_limits_enabled", &self.rate_limits_enabled)
            .field("rate_limit_policies", &self.rate_limit_policies)
            .field("rate_limit_prefix", &self.rate_limit_prefix)
            .field("trusted_proxies", &self.trusted_proxies)
            .field("cors_allowed_origins", &self.cors_allowed_origins)
            .field(
                "cursor_secret",
                &self.cursor_secret.as_ref().map(|_| "(hidden)"),
            )
            .field("captcha", &self.captcha)
            .field("webhooks", &self.webhooks)
            .field("mail", &self.mail)
            .field("mail_worker", &self.mail_worker)
            .field("analytics", &self.analytics)
            .field("matching", &self.matching)
            .field("uploads", &self.uploads)
            .field("metrics_addr", &self.metrics_addr)
            .field("profiling", &self.profiling)
            .field("tls", &self.tls)
            .finish()
    }
}

/// A URL as it may be shown: without its password.
pub(crate) fn redact_url(raw: &str) -> String {
    match url::Url::parse(raw) {
        Ok(mut u) if u.password().is_some() => {
            let _ = u.set_password(Some("(hidden)"));
            u.to_string()
        }
        Ok(u) => u.to_string(),
        Err(_) => "(unparsable URL)".to_string(),
    }
}

#[derive(Clone)]
pub struct CaptchaConfig {
    pub verify_url: String,
    pub secret: String,
    /// How long a verification may take before the apply is refused (503).
    pub timeout: Duration,
    /// Sites whose tokens are accepted (the verifier's `hostname`); empty = any.
    pub hostnames: Vec<String>,
}

impl std::fmt::Debug for CaptchaConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CaptchaConfig")
            .field("verify_url", &self.verify_url)
            .field("timeout", &self.timeout)
            .field("hostnames", &self.hostnames)
            .finish_non_exhaustive()
    }
}

/// Dev mode's issuer and audience, used by `jobs-server token` and accepted by `serve`.
pub use identity::{DEFAULT_AUDIENCE as DEV_AUDIENCE, DEV_ISSUER};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    Json,
    Pretty,
}

#[derive(Debug, Error, PartialEq, Eq)]
#[error("invalid configuration: {name}={value:?}: {reason}")]
pub struct ConfigError {
    pub name: &'static str,
    pub value: String,
    pub reason: String,
}

impl ConfigError {
    fn new(name: &'static str, value: impl Into<String>, reason: impl Into<String>) -> Self {
        Self {
            name,
            value: value.into(),
            reason: reason.into(),
        }
    }

    /// A clap failure that is not about one setting's value.
    pub fn other(error: &clap::Error) -> Self {
        Self::new("(command line)", "", error.to_string().trim().to_string())
    }
}

/// An optional string setting: unset when empty or blank.
pub(crate) fn given(value: &Option<String>) -> Option<String> {
    value.as_ref().filter(|v| !v.trim().is_empty()).cloned()
}

impl Config {
    /// Reads the process environment (with `<NAME>_FILE` files read), as `serve` does.
    pub fn from_env() -> Result<Self, ConfigError> {
        let vars: Vec<(String, String)> = std::env::vars().collect();
        let resolved = with_file_variables(&vars, |path| std::fs::read_to_string(path))?;
        Self::from_lookup(|name| resolved.get(name).cloned())
    }

    /// Reads configuration through `lookup`, so tests can supply their own variables.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        Self::from_settings(Settings::from_lookup(lookup)?)
    }

    /// The typed configuration of the declared settings: the rules that join several of them
    /// (defaults that follow another setting, settings required together).
    pub fn from_settings(s: Settings) -> Result<Self, ConfigError> {
        let request_timeout = Duration::from_millis(s.request_timeout_ms);
        // Four fifths of the request budget by default: the database stops a query before the
        // client is told the request timed out.
        let db_statement_timeout = match s.db_statement_timeout_ms {
            Some(ms) => Duration::from_millis(ms),
            None => (request_timeout * 4 / 5).max(Duration::from_millis(100)),
        };
        let db_lock_timeout = match s.db_lock_timeout_ms {
            Some(ms) => Duration::from_millis(ms),
            None => (db_statement_timeout / 2).max(Duration::from_millis(50)),
        };
        let public_url = match given(&s.public_url) {
            Some(v) if v.starts_with("https://") || v.starts_with("http://") => {
                v.trim().trim_end_matches('/').to_string()
            }
            Some(v) => {
                return Err(ConfigError::new(
                    "JOBS_PUBLIC_URL",
                    v,
                    "expected an http(s) origin such as https://api.example.com",
                ));
            }
            None => format!("http://localhost:{}", s.listen_addr.port()),
        };
        if let Some(secret) = &s.cursor_secret
            && secret.len() < 32
        {
            return Err(ConfigError::new(
                "JOBS_CURSOR_SECRET",
                "(hidden)",
                "must be at least 32 characters",
            ));
        }
        Ok(Self {
            listen_addr: s.listen_addr,
            public_url,
            database_url: s.database_url.clone(),
            migration_database_url: given(&s.migration_database_url),
            db_pool_size: s.db_pool_size,
            db_connect_timeout: Duration::from_millis(s.db_connect_timeout_ms),
            db_statement_timeout,
            db_lock_timeout,
            redis_url: Some(s.redis_url.clone()).filter(|v| !v.trim().is_empty()),
            redis_ca_file: given(&s.redis_ca_file).map(PathBuf::from),
            search_index_dir: given(&s.search_index_dir).map(PathBuf::from),
            request_timeout,
            max_body_bytes: usize::try_from(s.max_body_bytes).unwrap_or(usize::MAX),
            shutdown_delay: Duration::from_millis(s.shutdown_delay_ms),
            shutdown_timeout: Duration::from_millis(s.shutdown_timeout_ms),
            log_format: match s.log_format {
                settings::LogFormatSetting::Json => LogFormat::Json,
                settings::LogFormatSetting::Pretty => LogFormat::Pretty,
            },
            log_filter: s.log.clone(),
            dev_key_path: s.dev_key_path.clone(),
            jwks_url: given(&s.jwks_url),
            jwt_issuer: given(&s.jwt_issuer),
            jwt_audience: given(&s.jwt_audience),
            dev_identity: match s.dev_identity {
                AutoSwitch::Auto => None,
                AutoSwitch::On => Some(true),
                AutoSwitch::Off => Some(false),
            },
            rate_limits_enabled: s.rate_limits.on(),
            rate_limit_policies: {
                let mut p = Policies::default();
                p.ip.quota = s.rate_limit_ip;
                p.subject.quota = s.rate_limit_subject;
                p.search.quota = s.rate_limit_search;
                p.apply.quota = s.rate_limit_apply;
                p
            },
            rate_limit_prefix: s.rate_limit_prefix.clone(),
            trusted_proxies: s.trusted_proxies.clone().unwrap_or_default().0,
            cors_allowed_origins: s.cors_allowed_origins.clone().unwrap_or_default().0,
            cursor_secret: s.cursor_secret.clone(),
            captcha: captcha(&s)?,
            webhooks: webhooks::from_settings(&s)?,
            mail: mail::from_settings(&s)?,
            mail_worker: mail::worker(&s),
            analytics: AnalyticsConfig {
                count_views: s.analytics_views.on(),
                flush_every: Duration::from_millis(s.analytics_flush_ms),
                prefix: s.analytics_prefix.clone(),
            },
            matching: MatchingConfig {
                worker: s.match_worker.on(),
                model_dir: s.match_model_dir.clone(),
                scorer_url: s.match_scorer_url.clone(),
                scorer_timeout: Duration::from_millis(s.match_scorer_timeout_ms),
                extract_timeout: Duration::from_millis(s.match_extract_timeout_ms),
            },
            uploads: uploads::from_settings(&s)?,
            metrics_addr: s.metrics_addr,
            tls: tls(&s)?,
            profiling: s.profiling.on(),
        })
    }
}

/// The variables, with every `<NAME>_FILE` (of `JOBS_*`, `AWS_*` and `OTEL_*` names) read into
/// `<NAME>`: secrets mounted as files (Kubernetes Secrets, Vault Agent templates) rather than
/// placed in the environment. A variable set directly wins over its file; one trailing newline
/// is dropped. An unreadable file names the `_FILE` variable, never the content.
pub fn with_file_variables(
    vars: &[(String, String)],
    read: impl Fn(&str) -> std::io::Result<String>,
) -> Result<std::collections::HashMap<String, String>, ConfigError> {
    let mut out: std::collections::HashMap<String, String> = vars.iter().cloned().collect();
    for (key, path) in vars {
        let Some(name) = key.strip_suffix("_FILE") else {
            continue;
        };
        if !(name.starts_with("JOBS_") || name.starts_with("AWS_") || name.starts_with("OTEL_"))
            || out.contains_key(name)
        {
            continue;
        }
        let content = read(path).map_err(|_| {
            ConfigError::new(
                Box::leak(key.clone().into_boxed_str()),
                path.clone(),
                "cannot be read",
            )
        })?;
        let content = content
            .strip_suffix('\n')
            .map(|c| c.strip_suffix('\r').unwrap_or(c))
            .unwrap_or(&content)
            .to_string();
        out.insert(name.to_string(), content);
    }
    Ok(out)
}

fn tls(s: &Settings) -> Result<Option<TlsConfig>, ConfigError> {
    let path = |v: &Option<String>| given(v).map(PathBuf::from);
    let client_ca_file = path(&s.tls_client_ca_file);
    match (path(&s.tls_cert_file), path(&s.tls_key_file)) {
        (Some(cert_file), Some(key_file)) => Ok(Some(TlsConfig {
            cert_file,
            key_file,
            client_ca_file,
        })),
        (None, None) if client_ca_file.is_none() => Ok(None),
        (None, _) => Err(ConfigError::new(
            "JOBS_TLS_CERT_FILE",
            "",
            "required with JOBS_TLS_KEY_FILE or JOBS_TLS_CLIENT_CA_FILE",
        )),
        (Some(_), None) => Err(ConfigError::new(
            "JOBS_TLS_KEY_FILE",
            "",
            "required with JOBS_TLS_CERT_FILE",
        )),
    }
}

fn captcha(s: &Settings) -> Result<Option<CaptchaConfig>, ConfigError> {
    match (given(&s.captcha_verify_url), given(&s.captcha_secret)) {
        (None, None) => Ok(None),
        // Half a configuration must not silently leave the bot defence off.
        (Some(_), None) => Err(ConfigError::new(
            "JOBS_CAPTCHA_SECRET",
            "",
            "required when JOBS_CAPTCHA_VERIFY_URL is set",
        )),
        (None, Some(_)) => Err(ConfigError::new(
            "JOBS_CAPTCHA_VERIFY_URL",
            "",
            "required when JOBS_CAPTCHA_SECRET is set",
        )),
        (Some(verify_url), Some(secret)) => {
            let valid = url::Url::parse(verify_url.trim())
                .is_ok_and(|u| matches!(u.scheme(), "http" | "https") && u.host().is_some());
            if !valid {
                return Err(ConfigError::new(
                    "JOBS_CAPTCHA_VERIFY_URL",
                    verify_url,
                    "expected an http(s) URL",
                ));
            }
            Ok(Some(CaptchaConfig {
                verify_url: verify_url.trim().to_string(),
                secret,
                timeout: Duration::from_millis(s.captcha_timeout_ms),
                hostnames: s
                    .captcha_hostnames
                    .clone()
                    .unwrap_or_default()
                    .0
                    .into_iter()
                    .map(|h| h.to_ascii_lowercase())
                    .collect(),
            }))
        }
    }
}

impl Config {
    /// The identity provider: a JWKS endpoint (issuer and audience then required), or dev
    /// mode. Dev mode signs tokens with a local key anyone on the machine can read, so it runs
    /// only on a loopback listener unless `JOBS_DEV_IDENTITY=on` says otherwise.
    pub fn identity(&self) -> Result<IdentityConfig, ConfigError> {
        match &self.jwks_url {
            Some(_) if self.dev_identity == Some(true) => Err(ConfigError {
                name: "JOBS_DEV_IDENTITY",
                value: "on".into(),
                reason: "cannot be on while JOBS_JWKS_URL names an identity provider".into(),
            }),
            Some(url) => {
                if !jwks_url_acceptable(url) {
                    return Err(ConfigError {
                        name: "JOBS_JWKS_URL",
                        value: url.clone(),
                        reason: "expected an https URL (http only for a loopback address)".into(),
                    });
                }
                let issuer = self.jwt_issuer.clone().ok_or(ConfigError {
                    name: "JOBS_JWT_ISSUER",
                    value: String::new(),
                    reason: "required when JOBS_JWKS_URL is set".into(),
                })?;
                let audience = self.jwt_audience.clone().ok_or(ConfigError {
                    name: "JOBS_JWT_AUDIENCE",
                    value: String::new(),
                    reason: "required when JOBS_JWKS_URL is set".into(),
                })?;
                Ok(IdentityConfig::Jwks {
                    url: url.clone(),
                    issuer,
                    audience,
                })
            }
            None => {
                // An issuer or audience without a JWKS URL is a half-configured provider, not
                // a development machine.
                let idp_configured = self.jwt_issuer.is_some() || self.jwt_audience.is_some();
                let allowed = self
                    .dev_identity
                    .unwrap_or_else(|| !idp_configured && self.listen_addr.ip().is_loopback());
                if !allowed {
                    return Err(ConfigError {
                        name: "JOBS_JWKS_URL",
                        value: String::new(),
                        reason: "required: without an identity provider the server runs only \
                                 on a loopback listener (dev identity; JOBS_DEV_IDENTITY=on \
                                 forces it)"
                            .into(),
                    });
                }
                Ok(IdentityConfig::Dev {
                    key_path: self.dev_key_path.clone(),
                    issuer: self.jwt_issuer.clone().unwrap_or_else(|| DEV_ISSUER.into()),
                    audience: self
                        .jwt_audience
                        .clone()
                        .unwrap_or_else(|| DEV_AUDIENCE.into()),
                })
            }
        }
    }
}

/// Keys must come over TLS: plain HTTP only to this machine (tests, a sidecar).
fn jwks_url_acceptable(url: &str) -> bool {
    let Ok(url) = url::Url::parse(url.trim()) else {
        return false;
    };
    match url.scheme() {
        "https" => url.host().is_some(),
        "http" => match url.host() {
            Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
            Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
            Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
            None => false,
        },
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn config(vars: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let map: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Config::from_lookup(|k| map.get(k).cloned())
    }

    #[test]
    fn defaults_run_on_a_fresh_machine() {
        let c = config(&[]).unwrap();
        assert_eq!(c.listen_addr.to_string(), "127.0.0.1:8080");
        assert_eq!(c.database_url, DEFAULT_DATABASE_URL);
        assert_eq!(c.redis_url.as_deref(), Some(DEFAULT_REDIS_URL));
        assert_eq!(c.request_timeout, Duration::from_secs(5));
        assert_eq!(c.max_body_bytes, 65_536);
        assert_eq!(c.log_format, LogFormat::Json);
    }

    #[test]
    fn empty_redis_url_disables_redis() {
        assert_eq!(config(&[("JOBS_REDIS_URL", "")]).unwrap().redis_url, None);
    }

    #[test]
    fn bad_values_name_the_variable() {
        let err = config(&[("JOBS_MAX_BODY_BYTES", "lots")]).unwrap_err();
        assert_eq!(err.name, "JOBS_MAX_BODY_BYTES");
        let err = config(&[("JOBS_LISTEN_ADDR", "nowhere")]).unwrap_err();
        assert_eq!(err.name, "JOBS_LISTEN_ADDR");
        let err = config(&[("JOBS_DB_POOL_SIZE", "0")]).unwrap_err();
        assert_eq!(err.name, "JOBS_DB_POOL_SIZE");
        let err = config(&[("JOBS_CURSOR_SECRET", "short")]).unwrap_err();
        assert_eq!(err.name, "JOBS_CURSOR_SECRET");
        assert!(!err.to_string().contains("short"), "secrets are not echoed");
    }

    #[test]
    fn limits_proxies_and_origins_parse_or_name_the_variable() {
        let c = config(&[
            ("JOBS_RATE_LIMIT_APPLY", "3/1m"),
            ("JOBS_TRUSTED_PROXIES", "10.0.0.0/8, 192.0.2.1"),
            (
                "JOBS_CORS_ALLOWED_ORIGINS",
                "https://jobs.example.com,http://localhost:3000",
            ),
        ])
        .unwrap();
        assert_eq!(c.rate_limit_policies.apply.quota.limit, 3);
        assert_eq!(c.trusted_proxies.len(), 2);
        assert_eq!(c.cors_allowed_origins.len(), 2);
        for (name, value) in [
            ("JOBS_RATE_LIMIT_IP", "lots"),
            ("JOBS_TRUSTED_PROXIES", "not-an-ip"),
            ("JOBS_CORS_ALLOWED_ORIGINS", "*"),
            ("JOBS_CORS_ALLOWED_ORIGINS", "https://a.example/"),
            ("JOBS_RATE_LIMITS", "maybe"),
        ] {
            assert_eq!(config(&[(name, value)]).unwrap_err().name, name);
        }
    }

    #[test]
    fn captcha_needs_both_url_and_secret() {
        assert!(config(&[]).unwrap().captcha.is_none());
        let err = config(&[(
            "JOBS_CAPTCHA_VERIFY_URL",
            "https://challenges.cloudflare.com/turnstile/v0/siteverify",
        )])
        .unwrap_err();
        assert_eq!(err.name, "JOBS_CAPTCHA_SECRET");
        let err = config(&[("JOBS_CAPTCHA_SECRET", "s3cret")]).unwrap_err();
        assert_eq!(err.name, "JOBS_CAPTCHA_VERIFY_URL");
        let err = config(&[
            ("JOBS_CAPTCHA_SECRET", "s3cret"),
            ("JOBS_CAPTCHA_VERIFY_URL", "not a url"),
        ])
        .unwrap_err();
        assert_eq!(err.name, "JOBS_CAPTCHA_VERIFY_URL");
        let c = config(&[
            ("JOBS_CAPTCHA_SECRET", "s3cret"),
            ("JOBS_CAPTCHA_VERIFY_URL", "https://hcaptcha.com/siteverify"),
            ("JOBS_CAPTCHA_TIMEOUT_MS", "1500"),
        ])
        .unwrap()
        .captcha
        .unwrap();
        assert_eq!(c.timeout, Duration::from_millis(1500));
        assert!(
            !format!("{c:?}").contains("s3cret"),
            "the secret is not printed"
        );
    }

    #[test]
    fn dev_identity_only_on_loopback_unless_forced() {
        let public = config(&[("JOBS_LISTEN_ADDR", "0.0.0.0:8080")]).unwrap();
        let err = public.identity().unwrap_err();
        assert_eq!(err.name, "JOBS_JWKS_URL");
        assert!(!err.to_string().contains('\n'), "one line");
        assert!(matches!(
            config(&[
                ("JOBS_LISTEN_ADDR", "0.0.0.0:8080"),
                ("JOBS_DEV_IDENTITY", "on")
            ])
            .unwrap()
            .identity()
            .unwrap(),
            IdentityConfig::Dev { .. }
        ));
        assert_eq!(
            config(&[("JOBS_DEV_IDENTITY", "off")])
                .unwrap()
                .identity()
                .unwrap_err()
                .name,
            "JOBS_JWKS_URL"
        );
        assert!(
            config(&[("JOBS_LISTEN_ADDR", "[::1]:8080")])
                .unwrap()
                .identity()
                .is_ok()
        );
        assert_eq!(
            config(&[("JOBS_DEV_IDENTITY", "maybe")]).unwrap_err().name,
            "JOBS_DEV_IDENTITY"
        );
    }

    #[test]
    fn identity_is_dev_mode_unless_a_jwks_url_is_set() {
        assert!(matches!(
            config(&[]).unwrap().identity().unwrap(),
            IdentityConfig::Dev { .. }
        ));
        let err = config(&[("JOBS_JWKS_URL", "https://idp/jwks")])
            .unwrap()
            .identity()
            .unwrap_err();
        assert_eq!(err.name, "JOBS_JWT_ISSUER");
        // Keys over plain HTTP only from this machine.
        let idp = |url: &str| {
            config(&[
                ("JOBS_JWKS_URL", url),
                ("JOBS_JWT_ISSUER", "https://idp"),
                ("JOBS_JWT_AUDIENCE", "jobs"),
            ])
            .unwrap()
            .identity()
        };
        assert_eq!(
            idp("http://idp.example/jwks").unwrap_err().name,
            "JOBS_JWKS_URL"
        );
        assert_eq!(
            idp("ftp://idp.example/jwks").unwrap_err().name,
            "JOBS_JWKS_URL"
        );
        assert!(idp("http://127.0.0.1:9/jwks").is_ok());
        assert!(idp("http://localhost:9/jwks").is_ok());
        assert!(idp("http://[::1]:9/jwks").is_ok());
        let jwks = config(&[
            ("JOBS_JWKS_URL", "https://idp/jwks"),
            ("JOBS_JWT_ISSUER", "https://idp"),
            ("JOBS_JWT_AUDIENCE", "jobs"),
        ])
        .unwrap()
        .identity()
        .unwrap();
        assert!(matches!(jwks, IdentityConfig::Jwks { .. }));
    }
}

#[cfg(test)]
mod file_variable_tests {
    use super::*;

    fn vars(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| ((*k).to_string(), (*v).to_string()))
            .collect()
    }

    #[test]
    fn secrets_come_from_files_and_the_environment_wins() {
        let read = |path: &str| match path {
            "/run/secrets/cursor" => Ok("a-cursor-secret-of-at-least-32-characters\n".to_string()),
            "/run/secrets/db" => Ok("postgres://jobs_api:s3cret@db/jobs".to_string()),
            _ => Err(std::io::Error::from(std::io::ErrorKind::NotFound)),
        };
        let got = with_file_variables(
            &vars(&[
                ("JOBS_CURSOR_SECRET_FILE", "/run/secrets/cursor"),
                ("JOBS_DATABASE_URL_FILE", "/run/secrets/db"),
                ("JOBS_DATABASE_URL", "postgres://direct/jobs"),
                ("UNRELATED_FILE", "/nope"),
            ]),
            read,
        )
        .unwrap();
        assert_eq!(
            got["JOBS_CURSOR_SECRET"],
            "a-cursor-secret-of-at-least-32-characters"
        );
        assert_eq!(got["JOBS_DATABASE_URL"], "postgres://direct/jobs");
        assert!(!got.contains_key("UNRELATED"));
        let config = Config::from_lookup(|k| got.get(k).cloned()).unwrap();
        assert_eq!(
            config.cursor_secret.as_deref(),
            Some("a-cursor-secret-of-at-least-32-characters")
        );
    }

    #[test]
    fn an_unreadable_file_names_the_variable_not_a_secret() {
        let e = with_file_variables(
            &vars(&[("JOBS_WEBHOOK_SECRET_KEY_FILE", "/missing")]),
            |_| Err(std::io::Error::from(std::io::ErrorKind::NotFound)),
        )
        .unwrap_err();
        assert_eq!(e.name, "JOBS_WEBHOOK_SECRET_KEY_FILE");
        assert_eq!(e.value, "/missing");
    }
}

#[cfg(test)]
mod redaction_tests {
    use super::*;

    /// Every secret the configuration can hold, and none of them in its `Debug` output (which is
    /// what an error or a log line would print).
    #[test]
    fn debug_output_holds_no_secret() {
        let secrets = [
            "db-pass-Q1w2e3",
            "owner-pass-R4t5y6",
            "redis-pass-U7i8o9",
            "cursor-secret-of-at-least-32-characters-P0",
            "captcha-secret-A1s2",
            "aws-secret-D3f4",
            "aws-session-token-G5h6",
        ];
        let key = base64::Engine::encode(&base64::engine::general_purpose::STANDARD, [9u8; 32]);
        let vars: Vec<(&str, String)> = vec![
            (
                "JOBS_DATABASE_URL",
                format!("postgres://jobs_api:{}@db/jobs", secrets[0]),
            ),
            (
                "JOBS_MIGRATION_DATABASE_URL",
                format!("postgres://owner:{}@db/jobs", secrets[1]),
            ),
            (
                "JOBS_REDIS_URL",
                format!("rediss://default:{}@cache:6380", secrets[2]),
            ),
            ("JOBS_CURSOR_SECRET", secrets[3].to_string()),
            (
                "JOBS_CAPTCHA_VERIFY_URL",
                "https://captcha.example/siteverify".into(),
            ),
            ("JOBS_CAPTCHA_SECRET", secrets[4].to_string()),
            ("JOBS_S3_BUCKET", "b".into()),
            ("AWS_ACCESS_KEY_ID", "AKID".into()),
            ("AWS_SECRET_ACCESS_KEY", secrets[5].to_string()),
            ("AWS_SESSION_TOKEN", secrets[6].to_string()),
            ("JOBS_WEBHOOK_SECRET_KEY", key.clone()),
        ];
        let config = Config::from_lookup(|name| {
            vars.iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.clone())
        })
        .unwrap();
        let printed = format!("{config:?} {config:#?}");
        for secret in secrets.iter().chain([&key.as_str()]) {
            assert!(!printed.contains(secret), "{secret} is printed: {printed}");
        }
        assert!(printed.contains("(hidden)"));
        assert!(printed.contains("db/jobs"), "the rest stays readable");
    }
}

/// Applicant matching's worker and scorers.
#[derive(Debug, Clone)]
pub struct MatchingConfig {
    /// `JOBS_MATCH_WORKER`: whether this process reads CVs and scores applications.
    pub worker: bool,
    /// `JOBS_MATCH_MODEL_DIR`: the sentence-transformer the built-in scorer embeds with.
    pub model_dir: Option<std::path::PathBuf>,
    /// `JOBS_MATCH_SCORER_URL`: an own scorer, called before the built-in one.
    pub scorer_url: Option<String>,
    pub scorer_timeout: Duration,
    /// `JOBS_MATCH_EXTRACT_TIMEOUT_MS`: the longest one CV file is read.
    pub extract_timeout: Duration,
}

/// View counting and its folds.
#[derive(Debug, Clone)]
pub struct AnalyticsConfig {
    /// `JOBS_ANALYTICS_VIEWS`: whether views are counted at all.
    pub count_views: bool,
    /// `JOBS_ANALYTICS_FLUSH_MS`: how often counters are folded into rollups.
    pub flush_every: Duration,
    /// `JOBS_ANALYTICS_PREFIX`: the counters' Redis key prefix.
    pub prefix: String,
}
