//! Bot defence for public apply: a CAPTCHA or attestation token, checked with the provider.
//!
//! One small interface, [`CaptchaVerifier`], and one implementation, [`Siteverify`], speaking
//! the protocol that Cloudflare Turnstile, hCaptcha and Google reCAPTCHA share: a form POST of
//! `secret`, `response` (the token) and optionally `remoteip` to the provider's verify URL,
//! answered by JSON `{"success": true|false, "error-codes": [...], ...}`.

use std::time::Duration;

use async_trait::async_trait;
use serde::Deserialize;

/// What the provider said about a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Accepted,
    Rejected,
}

/// The verifier could not give a verdict (unreachable, too slow, or an answer that is not the
/// protocol's). The reason is for logs; it never contains the token or the secret.
#[derive(Debug, thiserror::Error)]
#[error("captcha verifier unavailable: {0}")]
pub struct Unavailable(pub String);

#[async_trait]
pub trait CaptchaVerifier: Send + Sync {
    async fn verify(&self, token: &str, remote_ip: Option<&str>) -> Result<Verdict, Unavailable>;
}

/// The siteverify protocol over HTTP, with a short timeout.
pub struct Siteverify {
    client: reqwest::Client,
    url: String,
    secret: String,
    /// Sites whose tokens count (lower case); empty = any. A token solved on another site is
    /// someone else's, replayed here.
    hostnames: Vec<String>,
}

impl std::fmt::Debug for Siteverify {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Siteverify")
            .field("url", &self.url)
            .finish_non_exhaustive()
    }
}

#[derive(Deserialize)]
struct Answer {
    success: bool,
    #[serde(default)]
    hostname: Option<String>,
    #[serde(rename = "error-codes", default)]
    error_codes: Vec<String>,
}

/// Error codes that blame the verification itself, not the token: the provider failed
/// (Turnstile's `internal-error`) or this server is misconfigured (a missing or wrong secret).
/// A client cannot fix those by solving the challenge again.
const NOT_THE_TOKENS_FAULT: &[&str] = &[
    "internal-error",
    "missing-input-secret",
    "invalid-input-secret",
    "sitekey-secret-mismatch",
];

impl Siteverify {
    pub fn new(
        url: String,
        secret: String,
        timeout: Duration,
        hostnames: Vec<String>,
    ) -> Result<Self, reqwest::Error> {
        let client = reqwest::Client::builder()
            .timeout(timeout)
            .connect_timeout(timeout)
            // The secret goes in the body; never re-send it to wherever a redirect points.
            .redirect(reqwest::redirect::Policy::none())
            .build()?;
        Ok(Self {
            client,
            url,
            secret,
            hostnames,
        })
    }
}

#[async_trait]
impl CaptchaVerifier for Siteverify {
    #[tracing::instrument(
        level = "debug",
        name = "captcha.verify",
        skip_all,
        fields(otel.kind = "client", http.request.method = "POST")
    )]
    async fn verify(&self, token: &str, remote_ip: Option<&str>) -> Result<Verdict, Unavailable> {
        let mut form = vec![("secret", self.secret.as_str()), ("response", token)];
        if let Some(ip) = remote_ip {
            form.push(("remoteip", ip));
        }
        let response = self
            .client
            .post(&self.url)
            .form(&form)
            .send()
            .await
            .map_err(|e| {
                Unavailable(if e.is_timeout() {
                    "timed out".into()
                } else {
                    "unreachable".into()
                })
            })?;
        if !response.status().is_success() {
            return Err(Unavailable(format!("answered {}", response.status())));
        }
        let answer: Answer = response.json().await.map_err(|e| {
            Unavailable(
                if e.is_timeout() {
                    "timed out"
                } else {
                    "not siteverify JSON"
                }
                .into(),
            )
        })?;
        if answer.success {
            let site_ok = self.hostnames.is_empty()
                || answer.hostname.as_deref().is_some_and(|h| {
                    self.hostnames
                        .iter()
                        .any(|allowed| allowed.eq_ignore_ascii_case(h))
                });
            return Ok(if site_ok {
                Verdict::Accepted
            } else {
                Verdict::Rejected
            });
        }
        if let Some(code) = answer
            .error_codes
            .iter()
            .find(|c| NOT_THE_TOKENS_FAULT.contains(&c.as_str()))
        {
            return Err(Unavailable(format!("error code {code}")));
        }
        Ok(Verdict::Rejected)
    }
}
