//! Token verification against a real JWKS endpoint: a small HTTP server on 127.0.0.1 that counts
//! requests, can fail, can serve garbage or a `Cache-Control: max-age`, and can swap its key set.
//! No database is needed.

use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use base64::Engine as _;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use jobs_server::auth::jwt::MAX_KID_LEN;
use jobs_server::auth::{AuthError, JwksCache, JwksOptions, Principal, Role, Verifier};
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use p256::elliptic_curve::sec1::ToEncodedPoint as _;
use p256::pkcs8::EncodePrivateKey as _;
use serde_json::{Value, json};
use uuid::Uuid;

const ISS: &str = "https://idp.test/";
const AUD: &str = "jobs-api";

const RSA_A_PRIVATE: &str = include_str!("../fixtures/rsa_a_private.pem");
const RSA_A_PUBLIC: &str = include_str!("../fixtures/rsa_a_public.pem");
const RSA_B_PRIVATE: &str = include_str!("../fixtures/rsa_b_private.pem");

// ---------------------------------------------------------------------------------------------
// A fake identity provider.

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Ok,
    Fail500,
    Garbage,
    Huge,
}

#[derive(Clone)]
struct IdpState {
    jwks: Arc<Mutex<Value>>,
    mode: Arc<Mutex<Mode>>,
    cache_control: Arc<Mutex<Option<String>>>,
    requests: Arc<AtomicUsize>,
    paths: Arc<Mutex<Vec<String>>>,
    delay_ms: Arc<AtomicU64>,
}

struct Idp {
    url: String,
    state: IdpState,
}

impl Idp {
    async fn start(jwks: Value) -> Idp {
        let state = IdpState {
            jwks: Arc::new(Mutex::new(jwks)),
            mode: Arc::new(Mutex::new(Mode::Ok)),
            cache_control: Arc::new(Mutex::new(None)),
            requests: Arc::default(),
            paths: Arc::default(),
            delay_ms: Arc::default(),
        };
        let app = axum::Router::new()
            .fallback(serve_jwks)
            .with_state(state.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        Idp {
            url: format!("http://{addr}/jwks.json"),
            state,
        }
    }

    fn requests(&self) -> usize {
        self.state.requests.load(Ordering::SeqCst)
    }
    fn set_keys(&self, jwks: Value) {
        *self.state.jwks.lock().unwrap() = jwks;
    }
    fn set_mode(&self, mode: Mode) {
        *self.state.mode.lock().unwrap() = mode;
    }
    fn set_cache_control(&self, value: &str) {
        *self.state.cache_control.lock().unwrap() = Some(value.to_owned());
    }
    fn set_delay(&self, ms: u64) {
        self.state.delay_ms.store(ms, Ordering::SeqCst);
    }
    fn paths(&self) -> Vec<String> {
        self.state.paths.lock().unwrap().clone()
    }

    /// A verifier over this endpoint with test-sized cooldown and TTL bounds.
    fn verifier(&self, cooldown: Duration) -> Verifier {
        let options = JwksOptions {
            cooldown,
            min_ttl: Duration::from_secs(1),
            timeout: Duration::from_secs(2),
            ..JwksOptions::default()
        };
        Verifier::with_jwks(
            JwksCache::with_options(&self.url, options).unwrap(),
            ISS,
            AUD,
        )
    }
}

async fn serve_jwks(State(s): State<IdpState>, uri: axum::http::Uri) -> Response {
    s.requests.fetch_add(1, Ordering::SeqCst);
    s.paths.lock().unwrap().push(uri.to_string());
    let delay = s.delay_ms.load(Ordering::SeqCst);
    if delay > 0 {
        tokio::time::sleep(Duration::from_millis(delay)).await;
    }
    let mode = *s.mode.lock().unwrap();
    let body = match mode {
        Mode::Fail500 => return StatusCode::INTERNAL_SERVER_ERROR.into_response(),
        Mode::Garbage => "{\"keys\": \"surprise\"".to_owned(),
        Mode::Huge => {
            let mut doc = s.jwks.lock().unwrap().clone();
            doc["padding"] = Value::String("x".repeat(300 * 1024));
            doc.to_string()
        }
        Mode::Ok => s.jwks.lock().unwrap().to_string(),
    };
    let mut response = ([(header::CONTENT_TYPE, "application/json")], body).into_response();
    if let Some(cc) = s.cache_control.lock().unwrap().clone() {
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, cc.parse().unwrap());
    }
    response
}

/// A listener that must never be contacted (targets of `jku`/`x5u`).
async fn trap() -> (String, Arc<AtomicUsize>) {
    let hits = Arc::new(AtomicUsize::new(0));
    let counter = hits.clone();
    let app = axum::Router::new().fallback(move || {
        let counter = counter.clone();
        async move {
            counter.fetch_add(1, Ordering::SeqCst);
            StatusCode::NOT_FOUND
        }
    });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (format!("http://{addr}"), hits)
}

// ---------------------------------------------------------------------------------------------
// Keys and tokens.

struct TestKey {
    kid: String,
    alg: Algorithm,
    encoding: EncodingKey,
    /// The public JWK, without `alg` (tests add it where they need it).
    jwk: Value,
}

fn rsa_key(kid: &str, pem: &str) -> TestKey {
    let encoding = EncodingKey::from_rsa_pem(pem.as_bytes()).unwrap();
    let jwk = serde_json::to_value(
        jsonwebtoken::jwk::Jwk::from_encoding_key(&encoding, Algorithm::RS256).unwrap(),
    )
    .unwrap();
    let jwk = json!({"kty": "RSA", "kid": kid, "n": jwk["n"], "e": jwk["e"], "use": "sig"});
    TestKey {
        kid: kid.into(),
        alg: Algorithm::RS256,
        encoding,
        jwk,
    }
}

fn rsa_a() -> TestKey {
    rsa_key("rsa-a", RSA_A_PRIVATE)
}

fn ec_key(kid: &str) -> TestKey {
    let secret = p256::SecretKey::random(&mut rand_core::OsRng);
    let encoding = EncodingKey::from_ec_der(secret.to_pkcs8_der().unwrap().as_bytes());
    let point = secret.public_key().to_encoded_point(false);
    let jwk = json!({
        "kty": "EC", "crv": "P-256", "kid": kid,
        "x": URL_SAFE_NO_PAD.encode(point.x().unwrap()),
        "y": URL_SAFE_NO_PAD.encode(point.y().unwrap()),
    });
    TestKey {
        kid: kid.into(),
        alg: Algorithm::ES256,
        encoding,
        jwk,
    }
}

fn with_member(mut v: Value, key: &str, value: Value) -> Value {
    v[key] = value;
    v
}

fn jwks(keys: &[&TestKey]) -> Value {
    json!({ "keys": keys.iter().map(|k| k.jwk.clone()).collect::<Vec<_>>() })
}

fn now() -> i64 {
    i64::try_from(
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap()
            .as_secs(),
    )
    .unwrap()
}

const EMPLOYER: &str = "0b7c2f8e-56a4-4b55-8a43-2f7c1d1c9e10";

fn claims() -> Value {
    let now = now();
    json!({
        "iss": ISS, "aud": AUD, "sub": "user-1",
        "iat": now, "exp": now + 300,
        "roles": ["recruiter"], "employer_id": EMPLOYER,
    })
}

fn without(mut v: Value, key: &str) -> Value {
    v.as_object_mut().unwrap().remove(key);
    v
}

fn sign_with(key: &TestKey, header: Header, claims: &Value) -> String {
    jsonwebtoken::encode(&header, claims, &key.encoding).unwrap()
}

fn sign(key: &TestKey, claims: &Value) -> String {
    let mut header = Header::new(key.alg);
    header.kid = Some(key.kid.clone());
    sign_with(key, header, claims)
}

fn sign_kid(key: &TestKey, kid: &str, claims: &Value) -> String {
    let mut header = Header::new(key.alg);
    header.kid = Some(kid.to_owned());
    sign_with(key, header, claims)
}

/// A token assembled by hand from a header, claims and raw signature bytes.
fn craft(header: &Value, claims: &Value, signature: &[u8]) -> String {
    format!(
        "{}.{}.{}",
        URL_SAFE_NO_PAD.encode(header.to_string()),
        URL_SAFE_NO_PAD.encode(claims.to_string()),
        URL_SAFE_NO_PAD.encode(signature)
    )
}

fn recruiter() -> Principal {
    Principal {
        sub: "user-1".into(),
        employer_id: Some(EMPLOYER.parse().unwrap()),
        roles: vec![Role::Recruiter],
        profile: Default::default(),
    }
}

/// The cooldown of most tests: long enough for a few verifications on a loaded machine.
const COOLDOWN: Duration = Duration::from_secs(1);
/// Sleeping this long ends the cooldown, and a `max-age=1` set (min TTL 1 s here) goes stale.
const PAST_COOLDOWN: Duration = Duration::from_millis(1200);

// ---------------------------------------------------------------------------------------------
// Accepted tokens.

#[tokio::test]
async fn valid_rs256_and_es256_tokens_are_accepted() {
    let rsa = rsa_a();
    let ec = ec_key("ec-1");
    // The RSA key declares its alg; the EC key's comes from kty/crv.
    let rsa_jwk = with_member(rsa.jwk.clone(), "alg", json!("RS256"));
    let idp = Idp::start(json!({"keys": [rsa_jwk, ec.jwk.clone()]})).await;
    let v = idp.verifier(COOLDOWN);

    assert_eq!(v.verify(&sign(&rsa, &claims())).await, Ok(recruiter()));
    assert_eq!(v.verify(&sign(&ec, &claims())).await, Ok(recruiter()));
    // Several roles, an array `aud` containing ours, unknown roles ignored.
    let c = json!({
        "iss": ISS, "aud": ["other-api", AUD], "sub": "u2", "iat": now(), "exp": now() + 60,
        "roles": ["viewer", "superuser", "employer_admin"], "employer_id": EMPLOYER,
    });
    let p = v.verify(&sign(&ec, &c)).await.unwrap();
    assert_eq!(p.roles, vec![Role::Viewer, Role::EmployerAdmin]);
    // Within the 30 s leeway: expired 10 s ago, issued 10 s ahead.
    let c = with_member(claims(), "exp", json!(now() - 10));
    let c = with_member(c, "iat", json!(now() - 600));
    assert!(v.verify(&sign(&rsa, &c)).await.is_ok());
    let c = with_member(claims(), "iat", json!(now() + 10));
    assert!(v.verify(&sign(&rsa, &c)).await.is_ok());
    // Exactly 15 minutes.
    let c = with_member(claims(), "exp", json!(now() + 900));
    assert!(v.verify(&sign(&rsa, &c)).await.is_ok());

    assert_eq!(idp.requests(), 1, "the key set is fetched once and cached");
}

#[tokio::test]
async fn applicant_without_employer_id_is_accepted_recruiter_is_not() {
    let ec = ec_key("ec-1");
    let idp = Idp::start(jwks(&[&ec])).await;
    let v = idp.verifier(COOLDOWN);

    let applicant = with_member(
        without(claims(), "employer_id"),
        "roles",
        json!(["applicant"]),
    );
    assert_eq!(
        v.verify(&sign(&ec, &applicant)).await,
        Ok(Principal {
            sub: "user-1".into(),
            employer_id: None,
            roles: vec![Role::Applicant],
            profile: Default::default(),
        })
    );
    for role in ["recruiter", "viewer", "employer_admin"] {
        let c = with_member(
            without(claims(), "employer_id"),
            "roles",
            json!(["applicant", role]),
        );
        assert_eq!(
            v.verify(&sign(&ec, &c)).await,
            Err(AuthError::MissingClaim("employer_id")),
            "{role}"
        );
    }
    let c = with_member(claims(), "employer_id", json!("acme"));
    assert_eq!(v.verify(&sign(&ec, &c)).await, Err(AuthError::Malformed));
}

// ---------------------------------------------------------------------------------------------
// Algorithm attacks.

#[tokio::test]
async fn alg_none_is_rejected_without_a_key_lookup() {
    let rsa = rsa_a();
    let idp = Idp::start(jwks(&[&rsa])).await;
    let v = idp.verifier(COOLDOWN);

    for alg in ["none", "None", "NONE"] {
        let t = craft(
            &json!({"alg": alg, "kid": "rsa-a", "typ": "JWT"}),
            &claims(),
            b"",
        );
        assert_eq!(
            v.verify(&t).await,
            Err(AuthError::UnsupportedAlgorithm),
            "{alg}"
        );
        // Without the (empty) signature segment it is not even a JWS.
        assert_eq!(
            v.verify(t.trim_end_matches('.')).await,
            Err(AuthError::Malformed),
            "{alg}"
        );
    }
    // An RS256 header with an empty signature.
    let t = craft(&json!({"alg": "RS256", "kid": "rsa-a"}), &claims(), b"");
    assert_eq!(v.verify(&t).await, Err(AuthError::BadSignature));
    assert_eq!(idp.requests(), 1, "only the RS256 token looked its key up");
}

/// RFC 8725 §3.11: a correctly signed token of another kind (an OpenID Connect ID token,
/// `typ: id_token+jwt`) is not an access token; `JWT`, `at+jwt` and no `typ` are.
#[tokio::test]
async fn tokens_typed_as_another_kind_of_jwt_are_rejected() {
    let ec = ec_key("ec-1");
    let idp = Idp::start(jwks(&[&ec])).await;
    let v = idp.verifier(COOLDOWN);
    let typed = |typ: Option<&str>| {
        let mut header = Header::new(ec.alg);
        header.kid = Some(ec.kid.clone());
        header.typ = typ.map(str::to_string);
        sign_with(&ec, header, &claims())
    };
    for typ in [
        None,
        Some("JWT"),
        Some("at+jwt"),
        Some("application/at+jwt"),
    ] {
        assert_eq!(v.verify(&typed(typ)).await, Ok(recruiter()), "{typ:?}");
    }
    for typ in ["id_token+jwt", "logout+jwt", "secevent+jwt"] {
        assert_eq!(
            v.verify(&typed(Some(typ))).await,
            Err(AuthError::WrongType),
            "{typ}"
        );
    }
}

#[tokio::test]
async fn hs256_signed_with_the_rsa_public_key_is_rejected() {
    let rsa = rsa_a();
    let idp = Idp::start(jwks(&[&rsa])).await;
    let v = idp.verifier(COOLDOWN);
    assert!(v.verify(&sign(&rsa, &claims())).await.is_ok());

    let pem = RSA_A_PUBLIC.as_bytes();
    let der_b64: String = RSA_A_PUBLIC
        .lines()
        .filter(|l| !l.starts_with("-----"))
        .collect();
    let der = STANDARD.decode(der_b64).unwrap();
    let n = URL_SAFE_NO_PAD
        .decode(rsa.jwk["n"].as_str().unwrap())
        .unwrap();
    let jwk_json = rsa.jwk.to_string();
    for secret in [pem, &der, &n, jwk_json.as_bytes()] {
        let hmac = TestKey {
            kid: "rsa-a".into(),
            alg: Algorithm::HS256,
            encoding: EncodingKey::from_secret(secret),
            jwk: Value::Null,
        };
        for alg in [Algorithm::HS256, Algorithm::HS384, Algorithm::HS512] {
            let mut header = Header::new(alg);
            header.kid = Some("rsa-a".into());
            let t = sign_with(&hmac, header, &claims());
            assert_eq!(v.verify(&t).await, Err(AuthError::UnsupportedAlgorithm));
            // The same HMAC signature under a header claiming RS256.
            let sig = URL_SAFE_NO_PAD
                .decode(t.rsplit('.').next().unwrap())
                .unwrap();
            let forged = craft(&json!({"alg": "RS256", "kid": "rsa-a"}), &claims(), &sig);
            assert_eq!(v.verify(&forged).await, Err(AuthError::BadSignature));
        }
    }
    // An ES256 token naming the RSA key: one algorithm per key.
    let ec = ec_key("rsa-a");
    assert_eq!(
        v.verify(&sign(&ec, &claims())).await,
        Err(AuthError::UnsupportedAlgorithm)
    );
    // Other asymmetric algorithms are not on the allow-list even with the right key type.
    let mut header = Header::new(Algorithm::RS512);
    header.kid = Some("rsa-a".into());
    assert_eq!(
        v.verify(&sign_with(&rsa, header, &claims())).await,
        Err(AuthError::UnsupportedAlgorithm)
    );
    let mut header = Header::new(Algorithm::PS256);
    header.kid = Some("rsa-a".into());
    assert_eq!(
        v.verify(&sign_with(&rsa, header, &claims())).await,
        Err(AuthError::UnsupportedAlgorithm)
    );
    assert_eq!(idp.requests(), 1);
}

#[tokio::test]
async fn rsa_key_whose_jwk_says_es256_is_not_usable() {
    let rsa = rsa_a();
    let lying = with_member(rsa.jwk.clone(), "alg", json!("ES256"));
    let ec = ec_key("ec-1");
    let ec_says_rs256 = with_member(ec.jwk.clone(), "alg", json!("RS256"));
    let idp = Idp::start(json!({"keys": [lying, ec_says_rs256]})).await;
    let v = idp.verifier(COOLDOWN);

    assert_eq!(
        v.verify(&sign(&rsa, &claims())).await,
        Err(AuthError::UnknownKey)
    );
    assert_eq!(
        v.verify(&sign(&ec, &claims())).await,
        Err(AuthError::UnknownKey)
    );
    // A `use: enc` key is not a signing key.
    let enc_only = with_member(rsa.jwk.clone(), "use", json!("enc"));
    idp.set_keys(json!({"keys": [enc_only]}));
    tokio::time::sleep(PAST_COOLDOWN).await;
    assert_eq!(
        v.verify(&sign(&rsa, &claims())).await,
        Err(AuthError::UnknownKey)
    );
    assert_eq!(idp.requests(), 2);
}

// ---------------------------------------------------------------------------------------------
// Claims.

#[tokio::test]
async fn time_claims_are_enforced() {
    let ec = ec_key("ec-1");
    let idp = Idp::start(jwks(&[&ec])).await;
    let v = idp.verifier(COOLDOWN);
    let check = |c: Value| {
        let t = sign(&ec, &c);
        let v = v.clone();
        async move { v.verify(&t).await }
    };
    let t = now();

    // Expired beyond the leeway.
    let c = with_member(
        with_member(claims(), "iat", json!(t - 400)),
        "exp",
        json!(t - 60),
    );
    assert_eq!(check(c).await, Err(AuthError::Expired));
    // exp is required.
    assert_eq!(
        check(without(claims(), "exp")).await,
        Err(AuthError::MissingClaim("exp"))
    );
    // nbf in the future; within the leeway it is fine; a non-numeric nbf is malformed.
    assert_eq!(
        check(with_member(claims(), "nbf", json!(t + 120))).await,
        Err(AuthError::NotYetValid)
    );
    assert!(
        check(with_member(claims(), "nbf", json!(t + 10)))
            .await
            .is_ok()
    );
    assert_eq!(
        check(with_member(claims(), "nbf", json!("soon"))).await,
        Err(AuthError::Malformed)
    );
    // iat in the future; iat is required.
    let c = with_member(
        with_member(claims(), "iat", json!(t + 120)),
        "exp",
        json!(t + 300),
    );
    assert_eq!(check(c).await, Err(AuthError::IssuedInFuture));
    assert_eq!(
        check(without(claims(), "iat")).await,
        Err(AuthError::MissingClaim("iat"))
    );
    // Lifetime over 15 minutes (even if issued long ago and still valid).
    // Pin iat to `t`: `claims()` reads the clock again, and a second may have passed.
    let c = with_member(
        with_member(claims(), "iat", json!(t)),
        "exp",
        json!(t + 901),
    );
    assert_eq!(check(c).await, Err(AuthError::LifetimeTooLong));
    let c = with_member(
        with_member(claims(), "iat", json!(t - 3600)),
        "exp",
        json!(t + 60),
    );
    assert_eq!(check(c).await, Err(AuthError::LifetimeTooLong));
}

#[tokio::test]
async fn issuer_audience_and_required_claims_are_enforced() {
    let ec = ec_key("ec-1");
    let idp = Idp::start(jwks(&[&ec])).await;
    let v = idp.verifier(COOLDOWN);
    let check = |c: Value| {
        let t = sign(&ec, &c);
        let v = v.clone();
        async move { v.verify(&t).await }
    };

    assert_eq!(
        check(with_member(claims(), "aud", json!("other-api"))).await,
        Err(AuthError::WrongAudience)
    );
    assert_eq!(
        check(with_member(claims(), "aud", json!(["a", "b"]))).await,
        Err(AuthError::WrongAudience)
    );
    assert_eq!(
        check(without(claims(), "aud")).await,
        Err(AuthError::MissingClaim("aud"))
    );
    assert_eq!(
        check(with_member(claims(), "iss", json!("https://evil.test/"))).await,
        Err(AuthError::WrongIssuer)
    );
    assert_eq!(
        check(with_member(claims(), "iss", json!("https://idp.test"))).await,
        Err(AuthError::WrongIssuer)
    );
    assert_eq!(
        check(with_member(claims(), "iss", json!([ISS]))).await,
        Err(AuthError::WrongIssuer)
    );
    assert_eq!(
        check(without(claims(), "iss")).await,
        Err(AuthError::MissingClaim("iss"))
    );
    assert_eq!(
        check(without(claims(), "sub")).await,
        Err(AuthError::MissingClaim("sub"))
    );
    assert_eq!(
        check(with_member(claims(), "sub", json!(""))).await,
        Err(AuthError::MissingClaim("sub"))
    );
    assert_eq!(
        check(without(claims(), "roles")).await,
        Err(AuthError::MissingClaim("roles"))
    );
    assert_eq!(
        check(with_member(claims(), "roles", json!("recruiter"))).await,
        Err(AuthError::MissingClaim("roles"))
    );
}

// ---------------------------------------------------------------------------------------------
// kid handling and refetch limits.

#[tokio::test]
async fn unknown_kid_causes_one_refetch_per_cooldown_then_rejection() {
    let ec = ec_key("ec-1");
    let idp = Idp::start(jwks(&[&ec])).await;
    let v = idp.verifier(COOLDOWN);
    // Signed up front so that the timed part only verifies.
    let good = sign(&ec, &claims());
    let unknown: Vec<_> = ["nope", "nope", "nope-2", "nope-3"]
        .into_iter()
        .map(|kid| sign_kid(&ec, kid, &claims()))
        .collect();
    assert!(v.verify(&good).await.is_ok());
    assert_eq!(idp.requests(), 1);
    tokio::time::sleep(PAST_COOLDOWN).await;

    assert_eq!(v.verify(&unknown[0]).await, Err(AuthError::UnknownKey));
    assert_eq!(idp.requests(), 2, "one refetch for the unknown kid");
    for t in &unknown[1..] {
        assert_eq!(v.verify(t).await, Err(AuthError::UnknownKey));
    }
    assert_eq!(
        idp.requests(),
        2,
        "no more within the cooldown, whatever the kid"
    );
    assert!(v.verify(&good).await.is_ok(), "known keys unaffected");
}

#[tokio::test]
async fn storm_of_random_kids_causes_exactly_one_fetch() {
    let ec = ec_key("ec-1");
    let idp = Idp::start(jwks(&[&ec])).await;
    // The production cooldown; a slow endpoint so the whole storm arrives during the fetch.
    idp.set_delay(200);
    let cache = JwksCache::new(&idp.url, Duration::from_secs(3)).unwrap();
    let v = Verifier::with_jwks(cache.clone(), ISS, AUD);

    let storm = |v: Verifier| async move {
        let tasks: Vec<_> = (0..200)
            .map(|_| {
                // The signature is never checked for an unknown kid; skip signing 200 tokens.
                let header = json!({"alg": "ES256", "kid": Uuid::new_v4().to_string()});
                let t = craft(&header, &claims(), b"not-a-signature");
                let v = v.clone();
                tokio::spawn(async move { v.verify(&t).await })
            })
            .collect();
        for t in tasks {
            assert_eq!(t.await.unwrap(), Err(AuthError::UnknownKey));
        }
    };
    // Cold cache: the 200 callers share the first fetch.
    storm(v.clone()).await;
    assert_eq!(idp.requests(), 1);
    assert_eq!(cache.fetch_attempts(), 1);

    // Warm cache, cooldown over: one refetch for the next storm.
    let idp2 = Idp::start(jwks(&[&ec])).await;
    let v2 = idp2.verifier(COOLDOWN);
    assert!(v2.verify(&sign(&ec, &claims())).await.is_ok());
    idp2.set_delay(200);
    tokio::time::sleep(PAST_COOLDOWN).await;
    storm(v2.clone()).await;
    assert_eq!(idp2.requests(), 2);
    assert!(v2.verify(&sign(&ec, &claims())).await.is_ok());
}

#[tokio::test]
async fn hostile_kids_are_only_map_keys() {
    let ec = ec_key("ec-1");
    let idp = Idp::start(jwks(&[&ec])).await;
    let v = idp.verifier(COOLDOWN);

    let long = "k".repeat(10_000);
    assert_eq!(
        v.verify(&sign_kid(&ec, &long, &claims())).await,
        Err(AuthError::UnknownKey)
    );
    let just_over = "k".repeat(MAX_KID_LEN + 1);
    assert_eq!(
        v.verify(&sign_kid(&ec, &just_over, &claims())).await,
        Err(AuthError::UnknownKey)
    );
    assert_eq!(idp.requests(), 0, "no fetch for an over-long kid");

    assert_eq!(
        v.verify(&sign_kid(&ec, "../../etc/passwd", &claims()))
            .await,
        Err(AuthError::UnknownKey)
    );
    assert_eq!(
        v.verify(&sign_kid(&ec, "", &claims())).await,
        Err(AuthError::Malformed)
    );
    assert_eq!(
        idp.paths(),
        vec!["/jwks.json".to_owned()],
        "the kid never reaches the URL"
    );
    // Missing kid.
    let mut header = Header::new(Algorithm::ES256);
    header.kid = None;
    assert_eq!(
        v.verify(&sign_with(&ec, header, &claims())).await,
        Err(AuthError::Malformed)
    );
}

#[tokio::test]
async fn jku_x5u_and_jwk_headers_are_ignored() {
    let ec = ec_key("ec-1");
    let idp = Idp::start(jwks(&[&ec])).await;
    let v = idp.verifier(COOLDOWN);
    let (trap_url, trap_hits) = trap().await;

    // The attacker's own key, advertised through every header member.
    let attacker = ec_key("attacker");
    let mut header = Header::new(Algorithm::ES256);
    header.kid = Some("attacker".into());
    header.jku = Some(format!("{trap_url}/jwks.json"));
    header.x5u = Some(format!("{trap_url}/cert.pem"));
    header.jwk = Some(
        serde_json::from_value(with_member(attacker.jwk.clone(), "alg", json!("ES256"))).unwrap(),
    );
    assert_eq!(
        v.verify(&sign_with(&attacker, header, &claims())).await,
        Err(AuthError::UnknownKey)
    );

    // The attacker's key under the legitimate kid.
    let mut header = Header::new(Algorithm::ES256);
    header.kid = Some("ec-1".into());
    header.jku = Some(format!("{trap_url}/jwks.json"));
    header.jwk = Some(serde_json::from_value(attacker.jwk.clone()).unwrap());
    assert_eq!(
        v.verify(&sign_with(&attacker, header, &claims())).await,
        Err(AuthError::BadSignature)
    );

    // A legitimate token carrying the members anyway: they change nothing.
    let mut header = Header::new(Algorithm::ES256);
    header.kid = Some("ec-1".into());
    header.jku = Some(format!("{trap_url}/jwks.json"));
    header.x5u = Some(format!("{trap_url}/cert.pem"));
    assert!(v.verify(&sign_with(&ec, header, &claims())).await.is_ok());

    tokio::time::sleep(Duration::from_millis(50)).await;
    assert_eq!(
        trap_hits.load(Ordering::SeqCst),
        0,
        "jku/x5u must never be fetched"
    );
    assert!(idp.paths().iter().all(|p| p == "/jwks.json"));
}

// ---------------------------------------------------------------------------------------------
// Rotation and outages.

#[tokio::test]
async fn key_rotation_via_unknown_kid() {
    let old = rsa_a();
    let new = rsa_key("rsa-b", RSA_B_PRIVATE);
    let idp = Idp::start(jwks(&[&old])).await;
    let v = idp.verifier(COOLDOWN);
    let (old_token, new_token) = (sign(&old, &claims()), sign(&new, &claims()));
    let trigger = sign_kid(&new, "trigger", &claims());
    assert!(v.verify(&old_token).await.is_ok());

    // Overlap period: both published; the new kid triggers a refetch.
    idp.set_keys(jwks(&[&old, &new]));
    tokio::time::sleep(PAST_COOLDOWN).await;
    assert!(v.verify(&new_token).await.is_ok());
    assert!(v.verify(&old_token).await.is_ok());
    assert_eq!(idp.requests(), 2);

    // The old key is withdrawn: rejected once a fetch has seen that.
    idp.set_keys(jwks(&[&new]));
    tokio::time::sleep(PAST_COOLDOWN).await;
    assert_eq!(v.verify(&trigger).await, Err(AuthError::UnknownKey));
    assert_eq!(idp.requests(), 3);
    assert_eq!(v.verify(&old_token).await, Err(AuthError::UnknownKey));
    assert!(v.verify(&new_token).await.is_ok());
    assert_eq!(idp.requests(), 3);
}

#[tokio::test]
async fn key_rotation_via_ttl_from_cache_control() {
    let old = ec_key("ec-old");
    let new = ec_key("ec-new");
    let idp = Idp::start(jwks(&[&old])).await;
    idp.set_cache_control("public, max-age=1");
    let v = idp.verifier(COOLDOWN);
    let (old_token, new_token) = (sign(&old, &claims()), sign(&new, &claims()));
    assert!(v.verify(&old_token).await.is_ok());
    assert!(v.verify(&old_token).await.is_ok());
    assert_eq!(idp.requests(), 1, "fresh for max-age");

    idp.set_keys(jwks(&[&new]));
    tokio::time::sleep(PAST_COOLDOWN).await;
    // Stale: the next use refetches and learns the old key is gone.
    assert_eq!(v.verify(&old_token).await, Err(AuthError::UnknownKey));
    assert_eq!(idp.requests(), 2);
    assert!(v.verify(&new_token).await.is_ok());
    assert_eq!(idp.requests(), 2);
}

#[tokio::test]
async fn endpoint_down_keeps_cached_keys_working() {
    let ec = ec_key("ec-1");
    let idp = Idp::start(jwks(&[&ec])).await;
    idp.set_cache_control("max-age=1");
    let v = idp.verifier(COOLDOWN);
    let (good, other) = (sign(&ec, &claims()), sign_kid(&ec, "other", &claims()));
    assert!(v.verify(&good).await.is_ok());

    // 500s, a body that is not a JWKS, a body over the size limit.
    for mode in [Mode::Fail500, Mode::Garbage, Mode::Huge] {
        idp.set_mode(mode);
        tokio::time::sleep(PAST_COOLDOWN).await;
        let before = idp.requests();
        // Stale: a refetch is tried, fails, and the cached key still verifies.
        assert!(v.verify(&good).await.is_ok());
        assert_eq!(idp.requests(), before + 1);
        // Retries wait for the cooldown, for known and unknown kids alike.
        assert!(v.verify(&good).await.is_ok());
        assert_eq!(v.verify(&other).await, Err(AuthError::UnknownKey));
        assert_eq!(idp.requests(), before + 1);
    }

    // Back up: the next stale use refreshes and the set is fresh again.
    idp.set_mode(Mode::Ok);
    tokio::time::sleep(PAST_COOLDOWN).await;
    let before = idp.requests();
    assert!(v.verify(&good).await.is_ok());
    assert!(v.verify(&good).await.is_ok());
    assert_eq!(idp.requests(), before + 1);
}

#[tokio::test]
async fn endpoint_never_reachable_means_keys_unavailable() {
    let ec = ec_key("ec-1");
    let idp = Idp::start(jwks(&[&ec])).await;
    idp.set_mode(Mode::Fail500);
    let v = idp.verifier(COOLDOWN);
    assert_eq!(
        v.verify(&sign(&ec, &claims())).await,
        Err(AuthError::KeysUnavailable)
    );
    assert_eq!(
        v.verify(&sign(&ec, &claims())).await,
        Err(AuthError::KeysUnavailable)
    );
    assert_eq!(
        idp.requests(),
        1,
        "failures are retried no more than once per cooldown"
    );

    idp.set_mode(Mode::Ok);
    tokio::time::sleep(PAST_COOLDOWN).await;
    assert_eq!(v.verify(&sign(&ec, &claims())).await, Ok(recruiter()));
}
