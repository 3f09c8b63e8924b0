//! Webhook delivery settings (`JOBS_WEBHOOK_*`).

use std::time::Duration;

use base64::Engine;
use ipnet::IpNet;

use super::{ConfigError, Settings, given};

/// The key that seals subscription secrets at rest (32 bytes). Never printed.
#[derive(Clone, PartialEq, Eq)]
pub struct SealingKey(pub [u8; 32]);

impl std::fmt::Debug for SealingKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SealingKey(…)")
    }
}

#[derive(Debug, Clone)]
pub struct WebhookConfig {
    /// `JOBS_WEBHOOK_SECRET_KEY` (base64 of 32 bytes). Unset: dev mode keeps a key file beside
    /// its signing key; with an identity provider, webhooks are not configured (503).
    pub secret_key: Option<SealingKey>,
    /// `JOBS_WEBHOOK_ALLOWED_CIDRS`: addresses deliveries may reach although not public (and
    /// where plain http is accepted), e.g. `127.0.0.1/32` for tests. Empty by default.
    pub allowed_cidrs: Vec<IpNet>,
    /// `JOBS_WEBHOOK_RETRY_SCALE`: multiplies the retry schedule, the breaker's cool-down and
    /// the five days after which a failing subscription is disabled (tests: e.g. 0.001).
    pub retry_scale: f64,
    /// `JOBS_WEBHOOK_TIMEOUT_MS`: one attempt's limit, connect to last byte (10 s).
    pub timeout: Duration,
    /// `JOBS_WEBHOOK_DISPATCH`: `on` (default) runs the dispatcher inside `serve`; `off`
    /// leaves it to `jobs-server dispatch` processes.
    pub dispatch_in_serve: bool,
    /// `JOBS_WEBHOOK_CONCURRENCY`: attempts in flight per dispatcher (64).
    pub concurrency: usize,
    /// `JOBS_WEBHOOK_EMPLOYER_CONCURRENCY`: attempts of one employer in flight per dispatcher
    /// (16): the rest of the slots stay free for other employers.
    pub employer_concurrency: usize,
    /// `JOBS_WEBHOOK_MAX_SUBSCRIPTIONS`: subscriptions one employer may have (25).
    pub max_subscriptions: usize,
    /// `JOBS_WEBHOOK_BREAKER_THRESHOLD`: consecutive failures that open an endpoint's breaker.
    pub breaker_threshold: i32,
    /// `JOBS_WEBHOOK_BREAKER_COOLDOWN_MS`: how long an open breaker keeps traffic away (60 s,
    /// scaled by the retry scale).
    pub breaker_cooldown: Duration,
}

pub(super) fn from_settings(s: &Settings) -> Result<WebhookConfig, ConfigError> {
    let secret_key = match given(&s.webhook_secret_key) {
        None => None,
        Some(v) => {
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(v.trim())
                .ok()
                .and_then(|b| <[u8; 32]>::try_from(b).ok())
                .ok_or(ConfigError::new(
                    "JOBS_WEBHOOK_SECRET_KEY",
                    "(hidden)",
                    "expected base64 of 32 bytes (openssl rand -base64 32)",
                ))?;
            Some(SealingKey(bytes))
        }
    };
    let count = |n: u32| usize::try_from(n).unwrap_or(usize::MAX);
    Ok(WebhookConfig {
        secret_key,
        allowed_cidrs: s.webhook_allowed_cidrs.clone().unwrap_or_default().0,
        retry_scale: s.webhook_retry_scale,
        timeout: Duration::from_millis(s.webhook_timeout_ms),
        dispatch_in_serve: s.webhook_dispatch.on(),
        concurrency: count(s.webhook_concurrency),
        employer_concurrency: count(s.webhook_employer_concurrency),
        max_subscriptions: count(s.webhook_max_subscriptions),
        breaker_threshold: s.webhook_breaker_threshold,
        breaker_cooldown: Duration::from_millis(s.webhook_breaker_cooldown_ms),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(vars: &[(&'static str, &str)]) -> Result<WebhookConfig, ConfigError> {
        from_settings(&Settings::from_lookup(|name| {
            vars.iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| (*v).to_string())
        })?)
    }

    #[test]
    fn defaults_follow_the_issue() {
        let c = read(&[]).unwrap();
        assert_eq!(c.timeout, Duration::from_secs(10));
        assert!(c.allowed_cidrs.is_empty());
        assert!(c.secret_key.is_none());
        assert!(c.dispatch_in_serve);
        assert!((c.retry_scale - 1.0).abs() < f64::EPSILON);
        assert_eq!((c.concurrency, c.employer_concurrency), (64, 16));
        assert_eq!(c.max_subscriptions, 25);
    }

    #[test]
    fn a_bad_key_names_the_variable_but_not_the_value() {
        let e = read(&[("JOBS_WEBHOOK_SECRET_KEY", "c2hvcnQ=")]).unwrap_err();
        assert_eq!(e.name, "JOBS_WEBHOOK_SECRET_KEY");
        assert_eq!(e.value, "(hidden)");
        let key = base64::engine::general_purpose::STANDARD.encode([7u8; 32]);
        let c = read(&[("JOBS_WEBHOOK_SECRET_KEY", &key)]).unwrap();
        assert_eq!(c.secret_key, Some(SealingKey([7u8; 32])));
        assert!(!format!("{c:?}").contains(&key));
    }

    #[test]
    fn scale_and_cidrs_are_checked() {
        assert_eq!(
            read(&[("JOBS_WEBHOOK_RETRY_SCALE", "0")]).unwrap_err().name,
            "JOBS_WEBHOOK_RETRY_SCALE"
        );
        assert_eq!(
            read(&[("JOBS_WEBHOOK_ALLOWED_CIDRS", "nope")])
                .unwrap_err()
                .name,
            "JOBS_WEBHOOK_ALLOWED_CIDRS"
        );
        let c = read(&[("JOBS_WEBHOOK_ALLOWED_CIDRS", "127.0.0.1/32, ::1")]).unwrap();
        assert_eq!(c.allowed_cidrs.len(), 2);
    }
}
