//! The identity provider's signing keys, fetched from its JWKS endpoint and cached.
//!
//! - Fresh for the response's `Cache-Control: max-age`, clamped to [`JwksOptions::min_ttl`,
//!   `max_ttl`] (default [`JwksOptions::default_ttl`] without one). A stale set is refetched on use;
//!   if that fails the cached keys keep working (a warning is logged).
//! - An unknown `kid` triggers a refetch, but fetches of any kind start at most once per
//!   [`JwksOptions::cooldown`], and concurrent callers share one in-flight fetch: a flood of
//!   tokens with random `kid`s costs the endpoint one request per cooldown.
//! - A successful fetch replaces the whole set, so a key removed at the endpoint stops working.
//! - A failed fetch (transport error, timeout, non-2xx, body over the size limit, not a JWKS) never
//!   changes the cached keys.
//! - Only RSA keys (RS256, ≥ 2048 bits) and P-256 EC keys (ES256) with a `kid` are kept; a key's
//!   algorithm is its `alg` when present and must agree with its `kty`/`crv`; `use: enc` keys and
//!   everything else are skipped.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, PoisonError, RwLock};
use std::time::{Duration, Instant};

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use jsonwebtoken::{Algorithm, DecodingKey};
use serde_json::Value;

use super::jwt::{AuthError, MAX_KID_LEN, VerifyingKey};

/// Tunables of a [`JwksCache`]; [`Default`] holds the production values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JwksOptions {
    /// The least time between two fetch attempts (unknown-`kid` refetches, stale refreshes and
    /// retries after a failure alike). Default 10 s.
    pub cooldown: Duration,
    /// Lower bound of the freshness taken from `Cache-Control: max-age`. Default 60 s.
    pub min_ttl: Duration,
    /// Upper bound of the freshness taken from `Cache-Control: max-age`. Default 1 h.
    pub max_ttl: Duration,
    /// Freshness when the response has no `max-age`. Default 5 min.
    pub default_ttl: Duration,
    /// Timeout of one whole fetch (connect, headers and body). Default 3 s.
    pub timeout: Duration,
    /// The largest accepted response body. Default 256 KiB.
    pub max_body_bytes: usize,
}

impl Default for JwksOptions {
    fn default() -> Self {
        Self {
            cooldown: Duration::from_secs(10),
            min_ttl: Duration::from_secs(60),
            max_ttl: Duration::from_secs(3600),
            default_ttl: Duration::from_secs(300),
            timeout: Duration::from_secs(3),
            max_body_bytes: 256 * 1024,
        }
    }
}

/// The JWKS cache could not be set up.
#[derive(Debug, thiserror::Error)]
pub enum JwksInitError {
    /// The JWKS URL is not an absolute `http`/`https` URL.
    #[error("invalid JWKS URL: {0}")]
    InvalidUrl(String),
    /// The HTTP client could not be built.
    #[error("HTTP client: {0}")]
    Client(#[from] reqwest::Error),
}

/// Why a fetch failed (logged; the cached keys stay).
#[derive(Debug, thiserror::Error)]
enum FetchError {
    #[error("request failed: {0}")]
    Http(#[from] reqwest::Error),
    #[error("status {0}")]
    Status(u16),
    #[error("response larger than {0} bytes")]
    TooLarge(usize),
    #[error("not a JWKS document")]
    Malformed,
}

type KeyMap = HashMap<String, VerifyingKey>;

#[derive(Default)]
struct State {
    keys: Arc<KeyMap>,
    /// Whether any fetch has ever succeeded.
    loaded: bool,
    /// When the current set goes stale (`None` before the first success).
    fresh_until: Option<Instant>,
    /// When the last fetch attempt started (successful or not).
    last_attempt: Option<Instant>,
}

struct Inner {
    url: String,
    client: reqwest::Client,
    options: JwksOptions,
    state: RwLock<State>,
    /// Held for the duration of a fetch: the single-flight gate.
    fetch_gate: tokio::sync::Mutex<()>,
    attempts: AtomicU64,
}

/// A shared, cheaply cloneable cache of the identity provider's signing keys.
#[derive(Clone)]
pub struct JwksCache {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for JwksCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("JwksCache")
            .field("url", &self.inner.url)
            .finish_non_exhaustive()
    }
}

/// What a caller saw in the cache, read under a short lock.
struct Snapshot {
    keys: Arc<KeyMap>,
    loaded: bool,
    fresh: bool,
    may_fetch: bool,
}

impl JwksCache {
    /// A cache of the JWKS at `url` with the default options and this fetch timeout. Nothing is
    /// fetched until the first [`JwksCache::key`] (or [`JwksCache::refresh`]).
    pub fn new(url: &str, timeout: Duration) -> Result<Self, JwksInitError> {
        Self::with_options(
            url,
            JwksOptions {
                timeout,
                ..JwksOptions::default()
            },
        )
    }

    /// A cache with explicit options (tests shorten the cooldown and TTL bounds).
    pub fn with_options(url: &str, options: JwksOptions) -> Result<Self, JwksInitError> {
        let parsed = url::Url::parse(url).map_err(|e| JwksInitError::InvalidUrl(e.to_string()))?;
        match parsed.scheme() {
            "https" => {}
            "http" => {
                let loopback = match parsed.host() {
                    Some(url::Host::Domain(d)) => d == "localhost",
                    Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
                    Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
                    None => false,
                };
                if !loopback {
                    tracing::warn!(url, "JWKS URL is plain http: keys can be tampered with");
                }
            }
            other => return Err(JwksInitError::InvalidUrl(format!("scheme {other}"))),
        }
        let client = reqwest::Client::builder()
            .timeout(options.timeout)
            .connect_timeout(options.timeout)
            .redirect(reqwest::redirect::Policy::none())
            .build()?;
        Ok(Self {
            inner: Arc::new(Inner {
                url: url.to_owned(),
                client,
                options,
                state: RwLock::new(State::default()),
                fetch_gate: tokio::sync::Mutex::new(()),
                attempts: AtomicU64::new(0),
            }),
        })
    }

    /// The number of fetch attempts so far (for metrics and tests).
    pub fn fetch_attempts(&self) -> u64 {
        self.inner.attempts.load(Ordering::Relaxed)
    }

    /// The key named `kid`, fetching or refreshing the set as the rules above allow.
    ///
    /// Errors: [`AuthError::UnknownKey`] when the set has no such key (or `kid` is empty or
    /// longer than [`MAX_KID_LEN`], which never causes a fetch); [`AuthError::KeysUnavailable`]
    /// when no fetch has ever succeeded.
    pub async fn key(&self, kid: &str) -> Result<VerifyingKey, AuthError> {
        if kid.is_empty() || kid.len() > MAX_KID_LEN {
            return Err(AuthError::UnknownKey);
        }
        let snap = self.snapshot();
        if let Some(key) = snap.keys.get(kid) {
            if snap.fresh || !snap.may_fetch {
                return Ok(key.clone());
            }
            // Stale: refresh unless someone else already is; either way this caller is served
            // from what the cache holds afterwards (the old key if the refresh failed).
            let key = key.clone();
            if let Ok(_gate) = self.inner.fetch_gate.try_lock() {
                self.fetch_if_allowed().await;
                return self.lookup(kid);
            }
            return Ok(key);
        }
        if !snap.may_fetch && self.inner.fetch_gate.try_lock().is_ok() {
            // Within the cooldown and nothing in flight: answer from the cache (looked at again, in
            // case a fetch finished since the snapshot).
            return self.lookup(kid);
        }
        // Unknown kid: wait for the single in-flight fetch (its result may hold the key), or
        // become it. After the gate, the cooldown check in `fetch_if_allowed` turns every
        // waiter into a plain lookup.
        let _gate = self.inner.fetch_gate.lock().await;
        if let Ok(key) = self.lookup(kid) {
            return Ok(key);
        }
        self.fetch_if_allowed().await;
        self.lookup(kid)
    }

    /// Fetches the set now unless a fetch started within the cooldown (waiting for one in
    /// flight). Returns whether the cache holds a set afterwards.
    pub async fn refresh(&self) -> bool {
        let _gate = self.inner.fetch_gate.lock().await;
        self.fetch_if_allowed().await;
        self.snapshot().loaded
    }

    /// Whether `kid` is in a key set that is still fresh (no fetch). A stale set says no, so
    /// the caller takes the path that refetches and learns of rotations.
    pub fn trusts_fresh(&self, kid: &str) -> bool {
        let snapshot = self.snapshot();
        snapshot.fresh && snapshot.keys.contains_key(kid)
    }

    fn lookup(&self, kid: &str) -> Result<VerifyingKey, AuthError> {
        let state = self
            .inner
            .state
            .read()
            .unwrap_or_else(PoisonError::into_inner);
        state.keys.get(kid).cloned().ok_or(missing(state.loaded))
    }

    fn snapshot(&self) -> Snapshot {
        let now = Instant::now();
        let state = self
            .inner
            .state
            .read()
            .unwrap_or_else(PoisonError::into_inner);
        Snapshot {
            keys: Arc::clone(&state.keys),
            loaded: state.loaded,
            fresh: state.fresh_until.is_some_and(|t| now < t),
            may_fetch: self.cooldown_over(&state, now),
        }
    }

    fn cooldown_over(&self, state: &State, now: Instant) -> bool {
        state
            .last_attempt
            .is_none_or(|t| now.saturating_duration_since(t) >= self.inner.options.cooldown)
    }

    /// Must be called with the fetch gate held.
    async fn fetch_if_allowed(&self) {
        {
            let now = Instant::now();
            let mut state = self
                .inner
                .state
                .write()
                .unwrap_or_else(PoisonError::into_inner);
            if !self.cooldown_over(&state, now) {
                return;
            }
            state.last_attempt = Some(now);
        }
        self.inner.attempts.fetch_add(1, Ordering::Relaxed);
        match self.fetch().await {
            Ok((keys, ttl)) => {
                tracing::info!(keys = keys.len(), ttl_secs = ttl.as_secs(), "JWKS fetched");
                let mut state = self
                    .inner
                    .state
                    .write()
                    .unwrap_or_else(PoisonError::into_inner);
                state.keys = Arc::new(keys);
                state.loaded = true;
                state.fresh_until = Some(Instant::now() + ttl);
            }
            Err(error) => {
                let loaded = self.snapshot().loaded;
                tracing::warn!(
                    error = %error,
                    url = %self.inner.url,
                    serving_cached_keys = loaded,
                    "JWKS fetch failed; keeping the cached keys"
                );
            }
        }
    }

    #[tracing::instrument(
        level = "debug",
        name = "jwks.fetch",
        skip_all,
        fields(otel.kind = "client", http.request.method = "GET")
    )]
    async fn fetch(&self) -> Result<(KeyMap, Duration), FetchError> {
        metrics::counter!("auth_jwks_fetches_total").increment(1);
        let opts = &self.inner.options;
        let mut response = self
            .inner
            .client
            .get(&self.inner.url)
            .header(http::header::ACCEPT, "application/json")
            .send()
            .await?;
        if !response.status().is_success() {
            return Err(FetchError::Status(response.status().as_u16()));
        }
        if response
            .content_length()
            .is_some_and(|n| n > opts.max_body_bytes as u64)
        {
            return Err(FetchError::TooLarge(opts.max_body_bytes));
        }
        let ttl = ttl_from_cache_control(
            response
                .headers()
                .get_all(http::header::CACHE_CONTROL)
                .iter()
                .filter_map(|v| v.to_str().ok()),
            opts,
        );
        let mut body = Vec::new();
        while let Some(chunk) = response.chunk().await? {
            if body.len() + chunk.len() > opts.max_body_bytes {
                return Err(FetchError::TooLarge(opts.max_body_bytes));
            }
            body.extend_from_slice(&chunk);
        }
        let keys = parse_jwks(&body).ok_or(FetchError::Malformed)?;
        Ok((keys, ttl))
    }
}

fn missing(loaded: bool) -> AuthError {
    if loaded {
        AuthError::UnknownKey
    } else {
        AuthError::KeysUnavailable
    }
}

/// The freshness of a response from its `Cache-Control` header values: `max-age` clamped to the
/// bounds; `no-cache`/`no-store` count as `max-age=0`; the default without either.
pub fn ttl_from_cache_control<'a>(
    values: impl IntoIterator<Item = &'a str>,
    opts: &JwksOptions,
) -> Duration {
    let mut max_age: Option<u64> = None;
    for directive in values.into_iter().flat_map(|v| v.split(',')) {
        let directive = directive.trim();
        let (name, value) = match directive.split_once('=') {
            Some((n, v)) => (n.trim(), Some(v.trim().trim_matches('"'))),
            None => (directive, None),
        };
        if name.eq_ignore_ascii_case("max-age") {
            if let Some(secs) = value.and_then(|v| v.parse::<u64>().ok()) {
                max_age = Some(max_age.map_or(secs, |m| m.min(secs)));
            }
        } else if name.eq_ignore_ascii_case("no-cache") || name.eq_ignore_ascii_case("no-store") {
            max_age = Some(0);
        }
    }
    match max_age {
        Some(secs) => Duration::from_secs(secs).clamp(opts.min_ttl, opts.max_ttl.max(opts.min_ttl)),
        None => opts.default_ttl,
    }
}

/// The usable signing keys of a JWKS document; `None` when it is not a JWKS at all (not JSON, no
/// `keys` array). Unusable entries are skipped.
pub fn parse_jwks(body: &[u8]) -> Option<HashMap<String, VerifyingKey>> {
    let doc: Value = serde_json::from_slice(body).ok()?;
    let entries = doc.as_object()?.get("keys")?.as_array()?;
    let mut keys = HashMap::new();
    for entry in entries {
        match parse_jwk(entry) {
            Some((kid, key)) => {
                if let std::collections::hash_map::Entry::Vacant(slot) = keys.entry(kid) {
                    slot.insert(key);
                } else {
                    tracing::warn!("JWKS has a duplicate kid; keeping the first key");
                }
            }
            None => tracing::debug!("skipping an unusable JWKS entry"),
        }
    }
    Some(keys)
}

/// One JWK as `(kid, key)`, or `None` when this server cannot or must not use it.
pub fn parse_jwk(jwk: &Value) -> Option<(String, VerifyingKey)> {
    let jwk = jwk.as_object()?;
    let str_member = |name: &str| jwk.get(name).and_then(Value::as_str);

    let kid = str_member("kid").filter(|k| !k.is_empty() && k.len() <= MAX_KID_LEN)?;
    if jwk.get("use").is_some_and(|u| u.as_str() != Some("sig")) {
        return None;
    }
    if let Some(ops) = jwk.get("key_ops")
        && !ops
            .as_array()?
            .iter()
            .any(|op| op.as_str() == Some("verify"))
    {
        return None;
    }
    let declared = match jwk.get("alg") {
        None => None,
        Some(Value::String(a)) => Some(a.as_str()),
        Some(_) => return None,
    };

    let (alg, key) = match str_member("kty")? {
        "RSA" => {
            if declared.is_some_and(|a| a != "RS256") {
                return None;
            }
            let n = URL_SAFE_NO_PAD.decode(str_member("n")?).ok()?;
            let e = URL_SAFE_NO_PAD.decode(str_member("e")?).ok()?;
            let n = strip_leading_zeros(&n);
            let e = strip_leading_zeros(&e);
            // 2048..=4096-bit moduli; the verifier refuses larger ones anyway.
            if !(256..=512).contains(&n.len()) || e.is_empty() || e.len() > 8 {
                return None;
            }
            (Algorithm::RS256, DecodingKey::from_rsa_raw_components(n, e))
        }
        "EC" => {
            if declared.is_some_and(|a| a != "ES256") || str_member("crv")? != "P-256" {
                return None;
            }
            let x = URL_SAFE_NO_PAD.decode(str_member("x")?).ok()?;
            let y = URL_SAFE_NO_PAD.decode(str_member("y")?).ok()?;
            if x.len() != 32 || y.len() != 32 {
                return None;
            }
            let mut sec1 = Vec::with_capacity(65);
            sec1.push(0x04);
            sec1.extend_from_slice(&x);
            sec1.extend_from_slice(&y);
            // Rejects points not on the curve.
            p256::PublicKey::from_sec1_bytes(&sec1).ok()?;
            (Algorithm::ES256, DecodingKey::from_ec_der(&sec1))
        }
        _ => return None,
    };
    Some((kid.to_owned(), VerifyingKey::new(alg, key)?))
}

fn strip_leading_zeros(bytes: &[u8]) -> &[u8] {
    let first = bytes.iter().position(|b| *b != 0).unwrap_or(bytes.len());
    &bytes[first..]
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn opts() -> JwksOptions {
        JwksOptions::default()
    }

    #[test]
    fn ttl_from_max_age_is_clamped() {
        let ttl = |v: &[&str]| ttl_from_cache_control(v.iter().copied(), &opts()).as_secs();
        assert_eq!(ttl(&[]), 300);
        assert_eq!(ttl(&["public"]), 300);
        assert_eq!(ttl(&["public, max-age=600"]), 600);
        assert_eq!(ttl(&["MAX-AGE=120"]), 120);
        assert_eq!(ttl(&["max-age=\"900\""]), 900);
        assert_eq!(ttl(&["max-age=5"]), 60);
        assert_eq!(ttl(&["max-age=0"]), 60);
        assert_eq!(ttl(&["max-age=86400"]), 3600);
        assert_eq!(ttl(&["max-age=99999999999999999999999"]), 300);
        assert_eq!(ttl(&["max-age=junk"]), 300);
        assert_eq!(ttl(&["no-cache"]), 60);
        assert_eq!(ttl(&["max-age=600", "max-age=120"]), 120);
    }

    fn ec_jwk(kid: &str) -> Value {
        let secret = p256::SecretKey::random(&mut rand_core::OsRng);
        let point = p256::elliptic_curve::sec1::ToEncodedPoint::to_encoded_point(
            &secret.public_key(),
            false,
        );
        json!({
            "kty": "EC", "crv": "P-256", "kid": kid,
            "x": URL_SAFE_NO_PAD.encode(point.x().unwrap()),
            "y": URL_SAFE_NO_PAD.encode(point.y().unwrap()),
        })
    }

    fn rsa_jwk(kid: &str, bytes: usize) -> Value {
        let mut n = vec![0xc5u8; bytes];
        n[bytes - 1] = 0x01;
        json!({"kty": "RSA", "kid": kid, "n": URL_SAFE_NO_PAD.encode(&n), "e": "AQAB"})
    }

    fn with(mut v: Value, key: &str, val: Value) -> Value {
        v.as_object_mut().unwrap().insert(key.into(), val);
        v
    }

    #[test]
    fn algorithm_comes_from_alg_or_kty() {
        let (_, k) = parse_jwk(&ec_jwk("e")).unwrap();
        assert_eq!(k.algorithm(), Algorithm::ES256);
        let (_, k) = parse_jwk(&with(ec_jwk("e"), "alg", json!("ES256"))).unwrap();
        assert_eq!(k.algorithm(), Algorithm::ES256);
        let (kid, k) = parse_jwk(&rsa_jwk("r", 256)).unwrap();
        assert_eq!((kid.as_str(), k.algorithm()), ("r", Algorithm::RS256));
        let (_, k) = parse_jwk(&with(rsa_jwk("r", 256), "alg", json!("RS256"))).unwrap();
        assert_eq!(k.algorithm(), Algorithm::RS256);
    }

    #[test]
    fn unusable_keys_are_skipped() {
        let skipped = [
            with(rsa_jwk("r", 256), "alg", json!("ES256")),
            with(rsa_jwk("r", 256), "alg", json!("RS512")),
            with(rsa_jwk("r", 256), "alg", json!("HS256")),
            with(ec_jwk("e"), "alg", json!("RS256")),
            with(ec_jwk("e"), "crv", json!("P-384")),
            with(ec_jwk("e"), "use", json!("enc")),
            with(ec_jwk("e"), "key_ops", json!(["encrypt"])),
            with(ec_jwk("e"), "x", json!(URL_SAFE_NO_PAD.encode([7u8; 32]))),
            with(ec_jwk("e"), "kid", json!("")),
            with(ec_jwk("e"), "kid", json!("k".repeat(MAX_KID_LEN + 1))),
            rsa_jwk("r", 128),
            json!({"kty": "oct", "kid": "h", "k": "c2VjcmV0"}),
            json!({"kty": "OKP", "crv": "Ed25519", "kid": "o", "x": "AAAA"}),
            json!({"kty": "EC", "crv": "P-256"}),
            json!("not an object"),
        ];
        for jwk in skipped {
            assert!(parse_jwk(&jwk).is_none(), "{jwk}");
        }
        assert!(parse_jwk(&with(ec_jwk("e"), "use", json!("sig"))).is_some());
        assert!(parse_jwk(&with(ec_jwk("e"), "key_ops", json!(["verify"]))).is_some());
    }

    #[test]
    fn documents() {
        assert!(parse_jwks(b"not json").is_none());
        assert!(parse_jwks(b"[]").is_none());
        assert!(parse_jwks(b"{\"keys\": {}}").is_none());
        assert_eq!(parse_jwks(b"{\"keys\": []}").unwrap().len(), 0);
        let doc =
            json!({"keys": [ec_jwk("a"), rsa_jwk("b", 256), json!({"kty": "oct"}), ec_jwk("a")]});
        let keys = parse_jwks(doc.to_string().as_bytes()).unwrap();
        let mut kids: Vec<_> = keys.keys().cloned().collect();
        kids.sort();
        assert_eq!(kids, ["a", "b"]);
    }

    #[test]
    fn rejects_bad_urls() {
        assert!(JwksCache::new("file:///etc/passwd", Duration::from_secs(1)).is_err());
        assert!(JwksCache::new("not a url", Duration::from_secs(1)).is_err());
        assert!(JwksCache::new("https://idp.example/jwks.json", Duration::from_secs(1)).is_ok());
    }

    #[tokio::test]
    async fn overlong_kid_never_fetches() {
        let cache =
            JwksCache::new("http://127.0.0.1:9/jwks.json", Duration::from_millis(200)).unwrap();
        let long = "k".repeat(MAX_KID_LEN + 1);
        assert_eq!(cache.key(&long).await.unwrap_err(), AuthError::UnknownKey);
        assert_eq!(cache.key("").await.unwrap_err(), AuthError::UnknownKey);
        assert_eq!(cache.fetch_attempts(), 0);
        // Port 9 (discard) refuses: the first real lookup fails to fetch, the next is cooled down.
        assert_eq!(
            cache.key("k").await.unwrap_err(),
            AuthError::KeysUnavailable
        );
        assert_eq!(
            cache.key("k2").await.unwrap_err(),
            AuthError::KeysUnavailable
        );
        assert_eq!(cache.fetch_attempts(), 1);
    }
}
