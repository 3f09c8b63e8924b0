//! Outgoing mail settings (`JOBS_SMTP_URL`, `JOBS_MAIL_*`). The URL is checked here, at start,
//! so that a typo is a start-up error naming the variable, not a failed delivery later.

use std::time::Duration;

use super::{ConfigError, Settings, given, redact_url};

/// How the connection to the mail server is secured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SmtpTls {
    /// `smtps://`: TLS from the first byte.
    Implicit,
    /// `smtp://` (default): STARTTLS when the server offers it.
    Opportunistic,
    /// `smtp://…?tls=required`: STARTTLS or no mail.
    Required,
    /// `smtp://…?tls=none`: never (a local sink).
    None,
}

#[derive(Clone)]
pub struct MailConfig {
    pub host: String,
    pub port: u16,
    pub tls: SmtpTls,
    pub username: Option<String>,
    pub password: Option<String>,
    /// `JOBS_MAIL_FROM`, as given (`address` or `Name <address>`).
    pub from: String,
    /// The URL without its password, for logs.
    pub shown_url: String,
}

impl std::fmt::Debug for MailConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MailConfig")
            .field("url", &self.shown_url)
            .field("tls", &self.tls)
            .field("from", &self.from)
            .finish()
    }
}

/// The mailer's pace and retries.
#[derive(Debug, Clone, Copy)]
pub struct MailWorker {
    pub concurrency: usize,
    pub poll: Duration,
    pub retry_scale: f64,
    pub timeout: Duration,
}

pub(super) fn worker(s: &Settings) -> MailWorker {
    MailWorker {
        concurrency: usize::try_from(s.mail_concurrency).unwrap_or(8),
        poll: Duration::from_millis(s.mail_poll_ms),
        retry_scale: s.mail_retry_scale,
        timeout: Duration::from_millis(s.mail_timeout_ms),
    }
}

pub(super) fn from_settings(s: &Settings) -> Result<Option<MailConfig>, ConfigError> {
    let Some(raw) = given(&s.smtp_url) else {
        return Ok(None);
    };
    let shown = redact_url(raw.trim());
    let bad = |why: &str| ConfigError::new("JOBS_SMTP_URL", "(hidden)", why);
    let url = url::Url::parse(raw.trim())
        .map_err(|_| bad("expected smtp://host:port or smtps://host:port"))?;
    let query_tls = url
        .query_pairs()
        .find(|(k, _)| k == "tls")
        .map(|(_, v)| v.into_owned());
    let tls = match (url.scheme(), query_tls.as_deref()) {
        ("smtps", None) => SmtpTls::Implicit,
        ("smtp", None | Some("opportunistic")) => SmtpTls::Opportunistic,
        ("smtp", Some("required")) => SmtpTls::Required,
        ("smtp", Some("none")) => SmtpTls::None,
        ("smtp" | "smtps", Some(_)) => {
            return Err(bad(
                "tls= takes opportunistic, required or none (smtp:// only)",
            ));
        }
        _ => return Err(bad("expected smtp://host:port or smtps://host:port")),
    };
    let host = url
        .host_str()
        .filter(|h| !h.is_empty())
        .ok_or_else(|| bad("the URL names no host"))?
        .trim_matches(['[', ']'])
        .to_string();
    let port = url
        .port()
        .unwrap_or(if tls == SmtpTls::Implicit { 465 } else { 587 });
    let decode = |v: &str| {
        percent_decode(v)
            .ok_or_else(|| bad("the user name or password is not valid percent-encoding"))
    };
    let username = match url.username() {
        "" => None,
        u => Some(decode(u)?),
    };
    let password = url.password().map(decode).transpose()?;
    let from = given(&s.mail_from).ok_or_else(|| {
        ConfigError::new(
            "JOBS_MAIL_FROM",
            "",
            "required with JOBS_SMTP_URL: the address notifications come from, such as \"Jobs <jobs@example.com>\"",
        )
    })?;
    if !from.contains('@') || from.contains(['\r', '\n']) {
        return Err(ConfigError::new(
            "JOBS_MAIL_FROM",
            &from,
            "expected an address such as jobs@example.com or \"Jobs <jobs@example.com>\"",
        ));
    }
    Ok(Some(MailConfig {
        host,
        port,
        tls,
        username,
        password,
        from,
        shown_url: shown,
    }))
}

fn percent_decode(v: &str) -> Option<String> {
    let bytes = v.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = v.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}
