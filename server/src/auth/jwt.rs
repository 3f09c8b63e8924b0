//! Access-token validation (RFC 7519, hardened per RFC 8725).
//!
//! The flow is: [`parse_header`] (format, algorithm allow-list, `kid`), a key lookup by `kid`
//! (done by the caller: JWKS cache or the dev key), then [`validate`] (signature with exactly the
//! key's algorithm, then every claim). The header members `jku`, `x5u`, `x5c` and `jwk` are never
//! read: keys come only from the configured key set.
//!
//! `jsonwebtoken`'s defaults are weak (60 s leeway, `nbf` unchecked, `iat` unchecked, only `exp`
//! required), so the [`Validation`] is built explicitly here and `iat`, the lifetime, `roles` and
//! `employer_id` are checked by hand.

use std::collections::HashSet;
use std::time::{SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use jsonwebtoken::errors::ErrorKind;
use jsonwebtoken::{Algorithm, AlgorithmFamily, DecodingKey, Validation};
use serde::Deserialize;
use serde_json::Value;
use uuid::Uuid;

use super::principal::{Principal, Profile, Role};

/// Clock skew tolerated on `exp`, `nbf` and `iat`, in seconds. Identity providers and this server
/// run NTP; 30 s covers ordinary drift without stretching a 15-minute token noticeably.
pub const LEEWAY_SECS: u64 = 30;

/// The longest accepted token lifetime (`exp - iat`), in seconds: 15 minutes.
pub const MAX_LIFETIME_SECS: u64 = 900;

/// The longest accepted `kid`, in bytes. Longer ones are rejected before any lookup or fetch.
pub const MAX_KID_LEN: usize = 256;

/// The longest accepted `sub`, in characters.
pub const MAX_SUB_CHARS: usize = 255;

/// The longest accepted token, in bytes; real access tokens are 1–2 KiB.
pub const MAX_TOKEN_LEN: usize = 16 * 1024;

/// The most entries accepted in the `roles` claim.
pub const MAX_ROLES: usize = 64;

/// Why a token was refused. The HTTP layer answers all of them with the same 401; the variants
/// exist for logs and tests. `Display` never includes the token, the `kid` or key material.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AuthError {
    /// Not a well-formed compact JWS, or a claim/header member of the wrong type.
    #[error("malformed token")]
    Malformed,
    /// The `kid` is not in the key set (after any refetch the cooldown allowed).
    #[error("unknown signing key")]
    UnknownKey,
    /// The signature does not verify with the key named by `kid`.
    #[error("bad signature")]
    BadSignature,
    /// `exp` is in the past (beyond the leeway).
    #[error("token expired")]
    Expired,
    /// `nbf` is in the future (beyond the leeway).
    #[error("token not yet valid")]
    NotYetValid,
    /// `iat` is in the future (beyond the leeway).
    #[error("token issued in the future")]
    IssuedInFuture,
    /// `exp - iat` exceeds [`MAX_LIFETIME_SECS`].
    #[error("token lifetime too long")]
    LifetimeTooLong,
    /// `iss` is not the configured issuer.
    #[error("wrong issuer")]
    WrongIssuer,
    /// The configured audience is not in `aud`.
    #[error("wrong audience")]
    WrongAudience,
    /// A required claim is missing or unusable.
    #[error("missing claim {0}")]
    MissingClaim(&'static str),
    /// The header's `alg` is not allowed, or is not the algorithm of the key named by `kid`.
    #[error("unsupported algorithm")]
    UnsupportedAlgorithm,
    /// The header's `typ` names another kind of JWT (an ID token, a logout token, …): RFC 8725
    /// §3.11 explicit typing keeps one kind from being used as another.
    #[error("not an access token")]
    WrongType,
    /// No key set could be obtained (the JWKS endpoint has never answered usefully).
    #[error("signing keys unavailable")]
    KeysUnavailable,
}

impl AuthError {
    /// What the token holder should do about it, in a sentence that tells them nothing they
    /// do not already know (their token's own claims and header, not this server's settings):
    /// the `error_description` of the 401 and its problem `detail`.
    pub fn advice(&self) -> &'static str {
        match self {
            AuthError::Malformed => {
                "The bearer token is not a well-formed JWT (three base64url parts, a JSON \
                 header and claims of the right types)."
            }
            AuthError::UnknownKey => {
                "The bearer token is signed with a key (kid) this API does not know: get a \
                 token from the identity provider this API trusts."
            }
            AuthError::BadSignature => "The bearer token's signature does not verify.",
            AuthError::Expired => {
                "The bearer token has expired (exp): get a new one from the identity provider."
            }
            AuthError::NotYetValid => {
                "The bearer token is not valid yet (nbf is in the future): check the clocks."
            }
            AuthError::IssuedInFuture => {
                "The bearer token was issued in the future (iat): check the identity \
                 provider's clock."
            }
            AuthError::LifetimeTooLong => {
                "The bearer token lives longer than 15 minutes (exp - iat): this API accepts \
                 short-lived access tokens only."
            }
            AuthError::WrongIssuer => {
                "The bearer token's issuer (iss) is not the one this API trusts."
            }
            AuthError::WrongAudience => {
                "The bearer token is for another audience (aud): request one for this API."
            }
            AuthError::MissingClaim(_) => {
                "The bearer token lacks a claim this API needs (sub, roles, exp, iat; \
                 employer_id for employer roles)."
            }
            AuthError::UnsupportedAlgorithm => {
                "The bearer token's algorithm (alg) is not accepted: RS256 or ES256, as the \
                 key in the JWKS says."
            }
            AuthError::WrongType => {
                "The bearer token is not an access token (its typ names another kind of JWT, \
                 such as an ID token)."
            }
            AuthError::KeysUnavailable => {
                "This API cannot reach its identity provider's keys right now: try again \
                 shortly."
            }
        }
    }
}

/// The algorithms this server accepts: asymmetric only, one per key.
pub const ALLOWED_ALGORITHMS: [Algorithm; 2] = [Algorithm::RS256, Algorithm::ES256];

/// A public key with the single algorithm it may be used with.
#[derive(Clone)]
pub struct VerifyingKey {
    alg: Algorithm,
    key: DecodingKey,
}

impl VerifyingKey {
    /// Pairs a key with its algorithm; `None` unless the algorithm is allowed and matches the
    /// key's family (RSA for RS256, EC for ES256).
    pub fn new(alg: Algorithm, key: DecodingKey) -> Option<Self> {
        let family_ok = match alg {
            Algorithm::RS256 => key.family() == AlgorithmFamily::Rsa,
            Algorithm::ES256 => key.family() == AlgorithmFamily::Ec,
            _ => false,
        };
        family_ok.then_some(Self { alg, key })
    }

    /// The one algorithm this key verifies.
    pub fn algorithm(&self) -> Algorithm {
        self.alg
    }

    /// The key itself.
    pub fn decoding_key(&self) -> &DecodingKey {
        &self.key
    }
}

impl std::fmt::Debug for VerifyingKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VerifyingKey")
            .field("alg", &self.alg)
            .finish_non_exhaustive()
    }
}

/// What a token must say to be accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expectations {
    /// The exact `iss`.
    pub issuer: String,
    /// A value that must appear in `aud` (a string or an array of strings).
    pub audience: String,
}

/// The parts of an unverified header this server reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnverifiedHeader {
    /// The header's `alg`, already checked against [`ALLOWED_ALGORITHMS`].
    pub alg: Algorithm,
    /// The header's `kid`, 1..=[`MAX_KID_LEN`] bytes. Untrusted: only used as a map key.
    pub kid: String,
}

/// Checks the token's shape and reads `alg` and `kid` from its header, before any key lookup.
pub fn parse_header(token: &str) -> Result<UnverifiedHeader, AuthError> {
    if token.len() > MAX_TOKEN_LEN {
        return Err(AuthError::Malformed);
    }
    let mut parts = token.split('.');
    let (Some(header_b64), Some(_payload), Some(_signature), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(AuthError::Malformed);
    };
    let header_bytes = URL_SAFE_NO_PAD
        .decode(header_b64)
        .map_err(|_| AuthError::Malformed)?;
    let header: Value = serde_json::from_slice(&header_bytes).map_err(|_| AuthError::Malformed)?;
    let header = header.as_object().ok_or(AuthError::Malformed)?;

    // RFC 7515 §4.1.11: extensions marked critical must be understood; this server knows none.
    if header.contains_key("crit") {
        return Err(AuthError::Malformed);
    }
    if !access_token_type(header.get("typ")) {
        return Err(AuthError::WrongType);
    }
    let alg = match header.get("alg").and_then(Value::as_str) {
        Some("RS256") => Algorithm::RS256,
        Some("ES256") => Algorithm::ES256,
        Some(_) => return Err(AuthError::UnsupportedAlgorithm),
        None => return Err(AuthError::Malformed),
    };
    let kid = match header.get("kid") {
        Some(Value::String(kid)) if !kid.is_empty() && kid.len() <= MAX_KID_LEN => kid.clone(),
        Some(Value::String(kid)) if kid.len() > MAX_KID_LEN => return Err(AuthError::UnknownKey),
        _ => return Err(AuthError::Malformed),
    };
    Ok(UnverifiedHeader { alg, kid })
}

/// `typ` absent, `JWT`, or the access-token type of RFC 9068 (`at+jwt`, with or without its
/// `application/` prefix, RFC 7515 §4.1.9), compared without regard to case as media types are.
fn access_token_type(typ: Option<&Value>) -> bool {
    let Some(typ) = typ else {
        return true;
    };
    let Some(typ) = typ.as_str() else {
        return false;
    };
    let typ = typ.to_ascii_lowercase();
    let typ = typ.strip_prefix("application/").unwrap_or(&typ);
    matches!(typ, "jwt" | "at+jwt")
}

/// The claims read by hand; everything else in the payload is ignored.
#[derive(Deserialize)]
struct RawClaims {
    #[serde(default)]
    iss: Option<Value>,
    #[serde(default)]
    sub: Option<Value>,
    #[serde(default)]
    exp: Option<Value>,
    #[serde(default)]
    iat: Option<Value>,
    #[serde(default)]
    roles: Option<Value>,
    #[serde(default)]
    employer_id: Option<Value>,
    #[serde(default)]
    name: Option<Value>,
    #[serde(default)]
    email: Option<Value>,
}

/// Verifies the signature of `token` with `key` (whose algorithm must be the header's) and
/// validates its claims against `expected` and the current time.
pub fn validate(
    token: &str,
    header: &UnverifiedHeader,
    key: &VerifyingKey,
    expected: &Expectations,
) -> Result<Principal, AuthError> {
    validate_with_expiry(token, header, key, expected).map(|(principal, _)| principal)
}

/// [`validate`], also returning the token's `exp` (Unix seconds): how long the verdict holds.
pub fn validate_with_expiry(
    token: &str,
    header: &UnverifiedHeader,
    key: &VerifyingKey,
    expected: &Expectations,
) -> Result<(Principal, u64), AuthError> {
    // One algorithm per key: an RSA public key is never an HMAC secret, an RS256 key never
    // verifies ES256, whatever the header says.
    if header.alg != key.alg {
        return Err(AuthError::UnsupportedAlgorithm);
    }
    let data = jsonwebtoken::decode::<RawClaims>(token, &key.key, &validation(key.alg, expected))
        .map_err(map_jwt_error)?;
    check_claims(data.claims, expected, now_secs())
}

/// The `jsonwebtoken` validation: signature with exactly `alg`; `exp`, `nbf`, `iss`, `aud` with
/// [`LEEWAY_SECS`]; `exp`, `iss`, `aud`, `sub` present.
fn validation(alg: Algorithm, expected: &Expectations) -> Validation {
    let mut v = Validation::new(alg);
    v.algorithms = vec![alg];
    v.leeway = LEEWAY_SECS;
    v.reject_tokens_expiring_in_less_than = 0;
    v.validate_exp = true;
    v.validate_nbf = true;
    v.validate_aud = true;
    v.required_spec_claims = ["exp", "iss", "aud", "sub"]
        .into_iter()
        .map(String::from)
        .collect::<HashSet<_>>();
    v.set_issuer(&[expected.issuer.as_str()]);
    v.set_audience(&[expected.audience.as_str()]);
    v.sub = None;
    v
}

fn map_jwt_error(e: jsonwebtoken::errors::Error) -> AuthError {
    match e.kind() {
        ErrorKind::InvalidSignature
        | ErrorKind::InvalidEcdsaKey
        | ErrorKind::InvalidRsaKey(_)
        | ErrorKind::InvalidKeyFormat => AuthError::BadSignature,
        ErrorKind::ExpiredSignature => AuthError::Expired,
        ErrorKind::ImmatureSignature => AuthError::NotYetValid,
        ErrorKind::InvalidIssuer => AuthError::WrongIssuer,
        ErrorKind::InvalidAudience => AuthError::WrongAudience,
        ErrorKind::MissingRequiredClaim(claim) => AuthError::MissingClaim(match claim.as_str() {
            "exp" => "exp",
            "iss" => "iss",
            "aud" => "aud",
            "sub" => "sub",
            _ => "claim",
        }),
        ErrorKind::InvalidAlgorithm
        | ErrorKind::UnsupportedAlgorithm
        | ErrorKind::MissingAlgorithm
        | ErrorKind::InvalidAlgorithmName => AuthError::UnsupportedAlgorithm,
        _ => AuthError::Malformed,
    }
}

pub fn now_secs() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// A NumericDate (RFC 7519 §2): a non-negative JSON number of seconds; fractions are truncated.
fn numeric_date(v: &Value) -> Option<u64> {
    if let Some(n) = v.as_u64() {
        return Some(n);
    }
    match v.as_f64() {
        Some(f) if f.is_finite() && f >= 0.0 && f < u64::MAX as f64 => Some(f as u64),
        _ => None,
    }
}

/// `iat` not in the future (beyond the leeway), `exp` not past (beyond the leeway) and
/// `exp - iat` within [`MAX_LIFETIME_SECS`]. `jsonwebtoken` checks `exp` (and `nbf`) too; it is
/// checked here again so that these claim checks hold on their own (the fuzz target found an
/// expired payload they accepted).
pub fn check_times(iat: u64, exp: u64, now: u64) -> Result<(), AuthError> {
    if iat > now.saturating_add(LEEWAY_SECS) {
        return Err(AuthError::IssuedInFuture);
    }
    if exp.saturating_add(LEEWAY_SECS) < now {
        return Err(AuthError::Expired);
    }
    let lifetime = exp.checked_sub(iat).ok_or(AuthError::Malformed)?;
    if lifetime > MAX_LIFETIME_SECS {
        return Err(AuthError::LifetimeTooLong);
    }
    Ok(())
}

/// The claim checks of [`validate_with_expiry`] on a decoded JSON payload, without the signature
/// check or `jsonwebtoken`'s own `exp`/`nbf`/`aud` pass. Public for the fuzz target: never use it
/// to accept a token.
pub fn check_payload(
    payload: &[u8],
    expected: &Expectations,
    now: u64,
) -> Result<(Principal, u64), AuthError> {
    let claims: RawClaims = serde_json::from_slice(payload).map_err(|_| AuthError::Malformed)?;
    check_claims(claims, expected, now)
}

fn check_claims(
    c: RawClaims,
    expected: &Expectations,
    now: u64,
) -> Result<(Principal, u64), AuthError> {
    // `jsonwebtoken` accepts an array `iss` containing the issuer; require the exact string.
    match c.iss {
        Some(Value::String(iss)) if iss == expected.issuer => {}
        Some(_) => return Err(AuthError::WrongIssuer),
        None => return Err(AuthError::MissingClaim("iss")),
    }

    let exp = c
        .exp
        .as_ref()
        .and_then(numeric_date)
        .ok_or(AuthError::MissingClaim("exp"))?;
    let iat = match c.iat {
        None | Some(Value::Null) => return Err(AuthError::MissingClaim("iat")),
        Some(v) => numeric_date(&v).ok_or(AuthError::Malformed)?,
    };
    check_times(iat, exp, now)?;

    let sub = match c.sub {
        Some(Value::String(s)) if !s.is_empty() && s.chars().count() <= MAX_SUB_CHARS => s,
        Some(Value::String(s)) if !s.is_empty() => return Err(AuthError::Malformed),
        _ => return Err(AuthError::MissingClaim("sub")),
    };

    let Some(Value::Array(names)) = c.roles else {
        return Err(AuthError::MissingClaim("roles"));
    };
    if names.len() > MAX_ROLES {
        return Err(AuthError::Malformed);
    }
    let mut roles = Vec::with_capacity(names.len());
    for name in &names {
        let name = name.as_str().ok_or(AuthError::Malformed)?;
        if let Some(role) = Role::parse(name)
            && !roles.contains(&role)
        {
            roles.push(role);
        }
    }

    let employer_id = match c.employer_id {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(Uuid::parse_str(&s).map_err(|_| AuthError::Malformed)?),
        Some(_) => return Err(AuthError::Malformed),
    };
    if employer_id.is_none() && roles.iter().any(|r| r.is_employer_scoped()) {
        return Err(AuthError::MissingClaim("employer_id"));
    }

    // `name` and `email` only describe the person (a member record starts from them): a
    // claim that is not a short, printable string is ignored rather than failing the token.
    let profile = Profile {
        name: printable(c.name, MAX_NAME_CHARS),
        email: printable(c.email, MAX_EMAIL_CHARS).filter(|e| e.contains('@') && e.len() >= 3),
    };
    Ok((
        Principal {
            sub,
            employer_id,
            roles,
            profile,
        },
        exp,
    ))
}

const MAX_NAME_CHARS: usize = 200;
const MAX_EMAIL_CHARS: usize = 254;

fn printable(claim: Option<Value>, max_chars: usize) -> Option<String> {
    let Some(Value::String(s)) = claim else {
        return None;
    };
    let s = s.trim();
    (!s.is_empty() && s.chars().count() <= max_chars && !s.chars().any(char::is_control))
        .then(|| s.to_string())
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn b64(v: &Value) -> String {
        URL_SAFE_NO_PAD.encode(serde_json::to_vec(v).unwrap())
    }

    fn token_with_header(h: Value) -> String {
        format!("{}.{}.sig", b64(&h), b64(&json!({})))
    }

    fn expected() -> Expectations {
        Expectations {
            issuer: "iss-1".into(),
            audience: "jobs-api".into(),
        }
    }

    fn claims(v: Value) -> RawClaims {
        serde_json::from_value(v).unwrap()
    }

    const NOW: u64 = 1_700_000_000;

    fn base() -> Value {
        json!({
            "iss": "iss-1", "aud": "jobs-api", "sub": "user-1",
            "iat": NOW, "exp": NOW + 600,
            "roles": ["recruiter"], "employer_id": "4f3c1f58-9a0e-4a43-9c39-1a1f3ef2c7a1",
        })
    }

    fn with(mut v: Value, key: &str, val: Option<Value>) -> Value {
        let obj = v.as_object_mut().unwrap();
        match val {
            Some(val) => obj.insert(key.into(), val),
            None => obj.remove(key),
        };
        v
    }

    #[test]
    fn lifetime_math() {
        assert_eq!(check_times(NOW, NOW + 900, NOW), Ok(()));
        assert_eq!(
            check_times(NOW, NOW + 901, NOW),
            Err(AuthError::LifetimeTooLong)
        );
        assert_eq!(check_times(NOW - 100, NOW + 800, NOW), Ok(()));
        assert_eq!(check_times(NOW, NOW, NOW), Ok(()));
        assert_eq!(check_times(NOW, NOW - 1, NOW), Err(AuthError::Malformed));
        assert_eq!(check_times(NOW + LEEWAY_SECS, NOW + 600, NOW), Ok(()));
        assert_eq!(
            check_times(NOW + LEEWAY_SECS + 1, NOW + 600, NOW),
            Err(AuthError::IssuedInFuture)
        );
        assert_eq!(
            check_times(u64::MAX, u64::MAX, NOW),
            Err(AuthError::IssuedInFuture)
        );
        assert_eq!(
            check_times(0, u64::MAX, u64::MAX),
            Err(AuthError::LifetimeTooLong)
        );
    }

    #[test]
    fn an_expired_payload_is_refused_by_the_claim_checks_alone() {
        // What the JWT fuzz target found: exp 90 s after iat, both long before now.
        assert_eq!(
            check_times(NOW - 10_000, NOW - 9_910, NOW),
            Err(AuthError::Expired)
        );
        assert_eq!(check_times(NOW - 600, NOW - LEEWAY_SECS, NOW), Ok(()));
        assert_eq!(
            check_times(NOW - 600, NOW - LEEWAY_SECS - 1, NOW),
            Err(AuthError::Expired)
        );
    }

    #[test]
    fn claims_accepted() {
        let p = check_claims(claims(base()), &expected(), NOW).unwrap().0;
        assert_eq!(p.sub, "user-1");
        assert_eq!(p.roles, vec![Role::Recruiter]);
        assert!(p.employer_id.is_some());
    }

    #[test]
    fn roles_unknown_ignored_and_deduplicated() {
        let v = with(
            base(),
            "roles",
            Some(json!(["root", "viewer", "viewer", "recruiter"])),
        );
        let p = check_claims(claims(v), &expected(), NOW).unwrap().0;
        assert_eq!(p.roles, vec![Role::Viewer, Role::Recruiter]);
    }

    #[test]
    fn roles_must_be_an_array_of_strings() {
        for bad in [
            None,
            Some(json!("recruiter")),
            Some(json!(null)),
            Some(json!({"a": 1})),
        ] {
            let v = with(base(), "roles", bad.clone());
            assert_eq!(
                check_claims(claims(v), &expected(), NOW).map(|(p, _)| p),
                Err(AuthError::MissingClaim("roles")),
                "{bad:?}"
            );
        }
        let v = with(base(), "roles", Some(json!(["recruiter", 3])));
        assert_eq!(
            check_claims(claims(v), &expected(), NOW).map(|(p, _)| p),
            Err(AuthError::Malformed)
        );
    }

    #[test]
    fn employer_id_rules() {
        let v = with(base(), "employer_id", None);
        assert_eq!(
            check_claims(claims(v), &expected(), NOW).map(|(p, _)| p),
            Err(AuthError::MissingClaim("employer_id"))
        );
        let v = with(base(), "employer_id", Some(json!("not-a-uuid")));
        assert_eq!(
            check_claims(claims(v), &expected(), NOW).map(|(p, _)| p),
            Err(AuthError::Malformed)
        );
        let v = with(
            with(base(), "employer_id", None),
            "roles",
            Some(json!(["applicant"])),
        );
        let p = check_claims(claims(v), &expected(), NOW).unwrap().0;
        assert_eq!((p.employer_id, p.roles), (None, vec![Role::Applicant]));
    }

    #[test]
    fn sub_rules() {
        for bad in [None, Some(json!("")), Some(json!(5)), Some(json!(null))] {
            let v = with(base(), "sub", bad);
            assert_eq!(
                check_claims(claims(v), &expected(), NOW).map(|(p, _)| p),
                Err(AuthError::MissingClaim("sub"))
            );
        }
        let v = with(base(), "sub", Some(json!("é".repeat(255))));
        assert!(check_claims(claims(v), &expected(), NOW).is_ok());
        let v = with(base(), "sub", Some(json!("a".repeat(256))));
        assert_eq!(
            check_claims(claims(v), &expected(), NOW).map(|(p, _)| p),
            Err(AuthError::Malformed)
        );
    }

    #[test]
    fn iss_must_be_the_exact_string() {
        let v = with(base(), "iss", Some(json!(["iss-1"])));
        assert_eq!(
            check_claims(claims(v), &expected(), NOW).map(|(p, _)| p),
            Err(AuthError::WrongIssuer)
        );
        let v = with(base(), "iss", Some(json!("iss-1 ")));
        assert_eq!(
            check_claims(claims(v), &expected(), NOW).map(|(p, _)| p),
            Err(AuthError::WrongIssuer)
        );
    }

    #[test]
    fn iat_required() {
        let v = with(base(), "iat", None);
        assert_eq!(
            check_claims(claims(v), &expected(), NOW).map(|(p, _)| p),
            Err(AuthError::MissingClaim("iat"))
        );
        let v = with(base(), "iat", Some(json!("yesterday")));
        assert_eq!(
            check_claims(claims(v), &expected(), NOW).map(|(p, _)| p),
            Err(AuthError::Malformed)
        );
    }

    #[test]
    fn header_rules() {
        let ok = parse_header(&token_with_header(json!({"alg": "ES256", "kid": "k1"}))).unwrap();
        assert_eq!(
            ok,
            UnverifiedHeader {
                alg: Algorithm::ES256,
                kid: "k1".into()
            }
        );
        for alg in ["none", "HS256", "RS384", "PS256", "EdDSA", "es256"] {
            assert_eq!(
                parse_header(&token_with_header(json!({"alg": alg, "kid": "k1"}))),
                Err(AuthError::UnsupportedAlgorithm),
                "{alg}"
            );
        }
        assert_eq!(
            parse_header(&token_with_header(json!({"alg": "RS256"}))),
            Err(AuthError::Malformed)
        );
        assert_eq!(
            parse_header(&token_with_header(json!({"alg": "RS256", "kid": 7}))),
            Err(AuthError::Malformed)
        );
        assert_eq!(
            parse_header(&token_with_header(
                json!({"alg": "RS256", "kid": "k".repeat(257)})
            )),
            Err(AuthError::UnknownKey)
        );
        assert!(
            parse_header(&token_with_header(
                json!({"alg": "RS256", "kid": "k".repeat(256)})
            ))
            .is_ok()
        );
        assert_eq!(
            parse_header(&token_with_header(
                json!({"alg": "RS256", "kid": "k", "crit": ["b64"]})
            )),
            Err(AuthError::Malformed)
        );
        for typ in ["JWT", "jwt", "at+jwt", "AT+JWT", "application/at+jwt"] {
            assert!(
                parse_header(&token_with_header(
                    json!({"alg": "ES256", "kid": "k1", "typ": typ})
                ))
                .is_ok(),
                "{typ}"
            );
        }
        for typ in [
            json!("id_token+jwt"),
            json!("application/id_token+jwt"),
            json!("logout+jwt"),
            json!("secevent+jwt"),
            json!("JOSE"),
            json!(""),
            json!(1),
        ] {
            assert_eq!(
                parse_header(&token_with_header(
                    json!({"alg": "ES256", "kid": "k1", "typ": typ})
                )),
                Err(AuthError::WrongType),
                "{typ}"
            );
        }
        for bad in [
            "",
            "a.b",
            "a.b.c.d",
            "!!!.e30.sig",
            &"a".repeat(MAX_TOKEN_LEN + 1),
        ] {
            assert_eq!(parse_header(bad), Err(AuthError::Malformed));
        }
    }

    #[test]
    fn display_is_generic() {
        assert_eq!(
            AuthError::MissingClaim("sub").to_string(),
            "missing claim sub"
        );
        assert_eq!(AuthError::UnknownKey.to_string(), "unknown signing key");
    }
}
