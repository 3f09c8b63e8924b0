//! The delivery client: one HTTP POST per attempt, through a resolver that applies the SSRF
//! rule to every address a connection may use (after DNS, so a name that resolves, or
//! re-resolves, to an internal address is refused at connect time). Redirects are not
//! followed, no proxy variable is honoured, bodies are read to at most 64 KiB.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::{Duration, Instant};

use ipnet::IpNet;
use reqwest::dns::{Addrs, Name, Resolve, Resolving};

use super::address::may_connect;

/// Response bytes read at most (the rest is dropped with the connection).
const MAX_RESPONSE_BYTES: usize = 64 * 1024;

/// How one attempt ended.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub status: Option<u16>,
    pub latency: Duration,
    /// `ok`, `http_status`, `timeout`, `connect`, `blocked_address`, `tls`, `other`.
    pub class: &'static str,
    pub retry_after: Option<Duration>,
    /// A short, log-safe description (never the receiver's body).
    pub error: Option<String>,
}

impl Outcome {
    pub fn succeeded(&self) -> bool {
        self.class == "ok"
    }
}

/// The address rule failed: nothing was sent.
#[derive(Debug, thiserror::Error)]
#[error("the endpoint resolves only to addresses deliveries may not reach")]
pub struct Blocked;

/// Resolves names and keeps only addresses the SSRF rule admits. `overrides` replace DNS for
/// given names (tests point a name at loopback to prove the rule holds at connect time).
#[derive(Clone)]
struct GuardedResolver {
    allowed: Arc<Vec<IpNet>>,
    overrides: Arc<HashMap<String, Vec<IpAddr>>>,
}

impl Resolve for GuardedResolver {
    fn resolve(&self, name: Name) -> Resolving {
        let host = name.as_str().to_ascii_lowercase();
        let allowed = self.allowed.clone();
        let overrides = self.overrides.clone();
        Box::pin(async move {
            let addrs = resolve(&host, &overrides).await?;
            let admitted: Vec<SocketAddr> = addrs
                .into_iter()
                .filter(|a| may_connect(a.ip(), &allowed))
                .collect();
            if admitted.is_empty() {
                return Err(Box::new(Blocked) as Box<dyn std::error::Error + Send + Sync>);
            }
            Ok(Box::new(admitted.into_iter()) as Addrs)
        })
    }
}

async fn resolve(
    host: &str,
    overrides: &HashMap<String, Vec<IpAddr>>,
) -> Result<Vec<SocketAddr>, Box<dyn std::error::Error + Send + Sync>> {
    if let Some(ips) = overrides.get(host) {
        return Ok(ips.iter().map(|ip| SocketAddr::new(*ip, 0)).collect());
    }
    Ok(tokio::net::lookup_host((host, 0)).await?.collect())
}

/// Sends deliveries.
#[derive(Clone)]
pub struct Client {
    http: reqwest::Client,
    allowed: Arc<Vec<IpNet>>,
    overrides: Arc<HashMap<String, Vec<IpAddr>>>,
}

/// One attempt's request.
pub struct Request<'a> {
    pub url: &'a str,
    pub webhook_id: &'a str,
    pub timestamp: i64,
    pub signature: &'a str,
    pub body: &'a str,
}

impl Client {
    pub fn new(
        allowed: Vec<IpNet>,
        timeout: Duration,
        overrides: HashMap<String, Vec<IpAddr>>,
    ) -> Result<Self, reqwest::Error> {
        let allowed = Arc::new(allowed);
        let overrides = Arc::new(overrides);
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .no_proxy()
            .timeout(timeout)
            .connect_timeout(timeout)
            .pool_idle_timeout(Duration::from_secs(30))
            .user_agent(concat!("jobs-webhooks/", env!("CARGO_PKG_VERSION")))
            .dns_resolver(Arc::new(GuardedResolver {
                allowed: allowed.clone(),
                overrides: overrides.clone(),
            }))
            .build()?;
        Ok(Self {
            http,
            allowed,
            overrides,
        })
    }

    /// Whether `url` may be subscribed: https, or any http(s) URL whose every address is one
    /// the operator allowed; never a literal non-public address (or `localhost`) outside the
    /// allowed ranges. Names are resolved only when plain http must be judged.
    pub async fn admissible(&self, url: &url::Url) -> Result<(), &'static str> {
        // Stored and shown in plain text, and sent to every redirect target a proxy might
        // pick: a credential does not belong in the URL (deliveries are signed instead).
        if !url.username().is_empty() || url.password().is_some() {
            return Err(
                "The URL carries credentials (user:password@): remove them and \
                 authenticate deliveries by their webhook-signature header instead.",
            );
        }
        let host = match url.host() {
            Some(url::Host::Domain(d)) => Host::Name(d.to_ascii_lowercase()),
            Some(url::Host::Ipv4(ip)) => Host::Ip(IpAddr::V4(ip)),
            Some(url::Host::Ipv6(ip)) => Host::Ip(IpAddr::V6(ip)),
            None => return Err("The URL has no host."),
        };
        let allowed = |ip: &IpAddr| self.allowed.iter().any(|net| net.contains(ip));
        match (&host, url.scheme()) {
            (Host::Ip(ip), _) if !may_connect(*ip, &self.allowed) => Err(
                "The URL's address is private, loopback or otherwise not reachable by deliveries \
                 (an operator may allow a range with JOBS_WEBHOOK_ALLOWED_CIDRS).",
            ),
            (Host::Name(name), _)
                if (name == "localhost" || name.ends_with(".localhost"))
                    && !self
                        .allowed
                        .iter()
                        .any(|n| n.contains(&IpAddr::from([127, 0, 0, 1]))) =>
            {
                Err(
                    "The URL names localhost, which deliveries may not reach (an operator may \
                     allow 127.0.0.1/32 with JOBS_WEBHOOK_ALLOWED_CIDRS).",
                )
            }
            (_, "https") => Ok(()),
            (Host::Ip(ip), "http") if allowed(ip) => Ok(()),
            (Host::Name(name), "http") if !self.allowed.is_empty() => {
                match resolve(name, &self.overrides).await {
                    Ok(addrs) if !addrs.is_empty() && addrs.iter().all(|a| allowed(&a.ip())) => {
                        Ok(())
                    }
                    _ => Err("The URL must use https."),
                }
            }
            _ => Err("The URL must use https."),
        }
    }

    /// One attempt. Never follows redirects; reads at most 64 KiB of the answer.
    #[tracing::instrument(
        level = "debug",
        name = "webhook.deliver",
        skip_all,
        fields(otel.kind = "client", http.request.method = "POST", webhook.id = request.webhook_id)
    )]
    pub async fn send(&self, request: Request<'_>) -> Outcome {
        let started = Instant::now();
        if let Some(blocked) = self.literal_blocked(request.url) {
            return blocked;
        }
        let sent = self
            .http
            .post(request.url)
            .header("content-type", "application/json")
            .header("webhook-id", request.webhook_id)
            .header("webhook-timestamp", request.timestamp.to_string())
            .header("webhook-signature", request.signature)
            .body(request.body.to_string())
            .send()
            .await;
        let response = match sent {
            Ok(response) => response,
            Err(e) => return failure(&e, started.elapsed()),
        };
        let status = response.status();
        let retry_after = retry_after(response.headers());
        // Read (and discard) a bounded part of the answer so the connection can be reused.
        let mut response = response;
        let mut read = 0usize;
        let mut timed_out = false;
        loop {
            match response.chunk().await {
                Ok(Some(bytes)) => {
                    read += bytes.len();
                    if read >= MAX_RESPONSE_BYTES {
                        break;
                    }
                }
                Ok(None) => break,
                Err(e) => {
                    timed_out = e.is_timeout();
                    break;
                }
            }
        }
        let latency = started.elapsed();
        let code = Some(status.as_u16());
        if status.is_success() {
            return Outcome {
                status: code,
                latency,
                class: "ok",
                retry_after: None,
                error: None,
            };
        }
        let error = if status.is_redirection() {
            format!("HTTP {} (redirects are not followed)", status.as_u16())
        } else if timed_out {
            format!("HTTP {} (body timed out)", status.as_u16())
        } else {
            format!("HTTP {}", status.as_u16())
        };
        Outcome {
            status: code,
            latency,
            class: "http_status",
            retry_after,
            error: Some(error),
        }
    }

    /// A JSON exchange under the same rules (the SSRF resolver, no redirects, no proxy, the
    /// client's timeout): an own match scorer's call. The answer's status and at most
    /// `max_bytes` of its body; `Err` says what went wrong, log-safe.
    pub async fn exchange_json(
        &self,
        url: &str,
        body: String,
        max_bytes: usize,
    ) -> Result<(u16, Vec<u8>), String> {
        if let Some(blocked) = self.literal_blocked(url) {
            return Err(blocked.error.unwrap_or_else(|| Blocked.to_string()));
        }
        let sent = self
            .http
            .post(url)
            .header("content-type", "application/json")
            .header("accept", "application/json")
            .body(body)
            .send()
            .await;
        let mut response = match sent {
            Ok(response) => response,
            Err(e) => {
                let outcome = failure(&e, Duration::ZERO);
                return Err(outcome.error.unwrap_or_else(|| outcome.class.to_string()));
            }
        };
        let status = response.status().as_u16();
        let mut read = Vec::new();
        loop {
            match response.chunk().await {
                Ok(Some(bytes)) => {
                    read.extend_from_slice(&bytes);
                    if read.len() > max_bytes {
                        return Err(format!("the answer is longer than {max_bytes} bytes"));
                    }
                }
                Ok(None) => break,
                Err(e) if e.is_timeout() => return Err("the answer timed out".into()),
                Err(_) => return Err("the answer broke off".into()),
            }
        }
        Ok((status, read))
    }

    /// A URL whose host is a literal address never reaches the resolver: judged here.
    fn literal_blocked(&self, url: &str) -> Option<Outcome> {
        let parsed = url::Url::parse(url).ok()?;
        let ip = match parsed.host()? {
            url::Host::Ipv4(ip) => IpAddr::V4(ip),
            url::Host::Ipv6(ip) => IpAddr::V6(ip),
            url::Host::Domain(_) => return None,
        };
        (!may_connect(ip, &self.allowed)).then(|| Outcome {
            status: None,
            latency: Duration::ZERO,
            class: "blocked_address",
            retry_after: None,
            error: Some(Blocked.to_string()),
        })
    }
}

enum Host {
    Name(String),
    Ip(IpAddr),
}

fn failure(e: &reqwest::Error, latency: Duration) -> Outcome {
    let mut source: Option<&dyn std::error::Error> = Some(e);
    let mut blocked = false;
    let mut tls = false;
    while let Some(err) = source {
        // The resolver's error travels boxed through hyper's connector: recognised by type
        // where the chain keeps it, by its text otherwise.
        if err.is::<Blocked>() || err.to_string() == Blocked.to_string() {
            blocked = true;
        }
        let text = err.to_string().to_ascii_lowercase();
        if text.contains("certificate") || text.contains("tls") || text.contains("handshake") {
            tls = true;
        }
        source = err.source();
    }
    let (class, error) = if blocked {
        ("blocked_address", Blocked.to_string())
    } else if e.is_timeout() {
        ("timeout", "timed out".to_string())
    } else if tls {
        ("tls", "TLS handshake failed".to_string())
    } else if e.is_connect() {
        ("connect", "could not connect".to_string())
    } else {
        ("other", "the request failed".to_string())
    };
    Outcome {
        status: None,
        latency,
        class,
        retry_after: None,
        error: Some(error),
    }
}

/// `Retry-After` as seconds or an HTTP date.
fn retry_after(headers: &reqwest::header::HeaderMap) -> Option<Duration> {
    let value = headers
        .get(reqwest::header::RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim();
    if let Ok(secs) = value.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let at = chrono::DateTime::parse_from_rfc2822(value).ok()?;
    (at.with_timezone(&chrono::Utc) - chrono::Utc::now())
        .to_std()
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn client(allowed: &[&str]) -> Client {
        Client::new(
            allowed.iter().map(|a| a.parse().unwrap()).collect(),
            Duration::from_secs(1),
            HashMap::new(),
        )
        .unwrap()
    }

    #[tokio::test]
    async fn creation_refuses_internal_literals_and_plain_http() {
        let c = client(&[]);
        for url in [
            "https://127.0.0.1/hook",
            "https://10.0.0.1/hook",
            "https://169.254.169.254/latest",
            "https://[::1]/hook",
            "https://[::ffff:127.0.0.1]/hook",
            "https://localhost/hook",
            "http://example.com/hook",
        ] {
            assert!(
                c.admissible(&url::Url::parse(url).unwrap()).await.is_err(),
                "{url} was admitted"
            );
        }
        assert!(
            c.admissible(&url::Url::parse("https://hooks.example.com/x").unwrap())
                .await
                .is_ok()
        );
        let dev = client(&["127.0.0.1/32"]);
        assert!(
            dev.admissible(&url::Url::parse("http://127.0.0.1:9/hook").unwrap())
                .await
                .is_ok()
        );
    }

    #[test]
    fn retry_after_reads_seconds_and_dates() {
        let mut h = reqwest::header::HeaderMap::new();
        h.insert("retry-after", "120".parse().unwrap());
        assert_eq!(retry_after(&h), Some(Duration::from_secs(120)));
        h.insert(
            "retry-after",
            "Wed, 21 Oct 2015 07:28:00 GMT".parse().unwrap(),
        );
        assert_eq!(retry_after(&h), None);
    }
}
