//! Dev mode identity: without a JWKS URL the server signs its own tokens with a local ES256
//! (P-256) key, kept in a PKCS#8 PEM file (created with mode 0600 on first start), and publishes
//! its public half at `/.well-known/jwks.json`.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header};
use p256::elliptic_curve::sec1::ToEncodedPoint as _;
use p256::pkcs8::{DecodePrivateKey as _, EncodePrivateKey as _, LineEnding};
use serde_json::{Value, json};
use sha2::{Digest as _, Sha256};
use uuid::Uuid;

use super::jwt::{MAX_LIFETIME_SECS, VerifyingKey};
use super::principal::Role;

/// The dev key could not be loaded or created.
#[derive(Debug, thiserror::Error)]
pub enum DevKeyError {
    /// Reading, creating or writing the key file failed.
    #[error("dev key file {path}: {source}")]
    Io {
        /// The key file (or its directory).
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The file is not a PKCS#8 PEM P-256 private key.
    #[error("dev key file {0} is not a PKCS#8 PEM P-256 private key")]
    InvalidKey(PathBuf),
    /// Encoding the key failed.
    #[error("dev key encoding failed")]
    Encoding,
}

/// A token could not be minted.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum MintError {
    /// The lifetime is zero or over the 15 minutes the verifier accepts.
    #[error("token lifetime must be between 1 s and {MAX_LIFETIME_SECS} s")]
    InvalidTtl,
    /// `sub` is empty.
    #[error("sub must not be empty")]
    EmptySubject,
    /// An employer-scoped role without an employer id: the verifier would refuse the token.
    #[error("roles employer_admin, recruiter and viewer need an employer id")]
    MissingEmployer,
    /// Signing failed.
    #[error("signing failed")]
    Signing,
}

/// The dev signing key.
pub struct DevKey {
    kid: String,
    encoding: EncodingKey,
    verifying: VerifyingKey,
    public_jwk: Value,
}

impl std::fmt::Debug for DevKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DevKey")
            .field("kid", &self.kid)
            .finish_non_exhaustive()
    }
}

impl DevKey {
    /// Loads the key at `path`, or generates one and writes it there (parent directories
    /// created, file mode 0600) when the file does not exist.
    pub fn load_or_create(path: &Path) -> Result<Self, DevKeyError> {
        let io = |source| DevKeyError::Io {
            path: path.to_path_buf(),
            source,
        };
        match std::fs::read_to_string(path) {
            Ok(pem) => {
                warn_if_readable_by_others(path);
                Self::from_pkcs8_pem(&pem).map_err(|_| DevKeyError::InvalidKey(path.to_path_buf()))
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let secret = p256::SecretKey::random(&mut rand_core::OsRng);
                let pem = secret
                    .to_pkcs8_pem(LineEnding::LF)
                    .map_err(|_| DevKeyError::Encoding)?;
                match write_new_private_file(path, pem.as_bytes()) {
                    Ok(()) => {
                        tracing::info!(path = %path.display(), "generated a dev signing key");
                        Self::from_secret(&secret)
                    }
                    // Another process created it first: use theirs.
                    Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                        let pem = std::fs::read_to_string(path).map_err(io)?;
                        Self::from_pkcs8_pem(&pem)
                            .map_err(|_| DevKeyError::InvalidKey(path.to_path_buf()))
                    }
                    Err(e) => Err(io(e)),
                }
            }
            Err(e) => Err(io(e)),
        }
    }

    /// A fresh in-memory key (tests).
    pub fn generate() -> Result<Self, DevKeyError> {
        Self::from_secret(&p256::SecretKey::random(&mut rand_core::OsRng))
    }

    /// The key in a PKCS#8 PEM document.
    pub fn from_pkcs8_pem(pem: &str) -> Result<Self, DevKeyError> {
        let secret = p256::SecretKey::from_pkcs8_pem(pem)
            .map_err(|_| DevKeyError::InvalidKey(PathBuf::new()))?;
        Self::from_secret(&secret)
    }

    fn from_secret(secret: &p256::SecretKey) -> Result<Self, DevKeyError> {
        let der = secret.to_pkcs8_der().map_err(|_| DevKeyError::Encoding)?;
        let encoding = EncodingKey::from_ec_der(der.as_bytes());
        let point = secret.public_key().to_encoded_point(false);
        let (Some(x), Some(y)) = (point.x(), point.y()) else {
            return Err(DevKeyError::Encoding);
        };
        let x = URL_SAFE_NO_PAD.encode(x);
        let y = URL_SAFE_NO_PAD.encode(y);
        let kid = jwk_thumbprint(&[("crv", "P-256"), ("kty", "EC"), ("x", &x), ("y", &y)]);
        let verifying =
            VerifyingKey::new(Algorithm::ES256, DecodingKey::from_ec_der(point.as_bytes()))
                .ok_or(DevKeyError::Encoding)?;
        let public_jwk = json!({
            "kty": "EC", "crv": "P-256", "x": x, "y": y,
            "kid": kid, "alg": "ES256", "use": "sig",
        });
        Ok(Self {
            kid,
            encoding,
            verifying,
            public_jwk,
        })
    }

    /// The key id: the RFC 7638 thumbprint of the public key.
    pub fn kid(&self) -> &str {
        &self.kid
    }

    /// The public key as a JWK (with `kid`, `alg: ES256`, `use: sig`).
    pub fn public_jwk(&self) -> &Value {
        &self.public_jwk
    }

    /// The JWKS document served at `/.well-known/jwks.json`.
    pub fn jwks(&self) -> Value {
        json!({ "keys": [self.public_jwk.clone()] })
    }

    /// The public key for verification.
    pub fn verifying_key(&self) -> &VerifyingKey {
        &self.verifying
    }

    /// Signs an access token: `iat` = `nbf` = now, `exp` = now + `ttl` (at most 15 minutes).
    pub fn mint(
        &self,
        issuer: &str,
        audience: &str,
        sub: &str,
        employer_id: Option<Uuid>,
        roles: &[Role],
        ttl: Duration,
    ) -> Result<String, MintError> {
        self.mint_with_profile(
            issuer,
            audience,
            sub,
            employer_id,
            roles,
            ttl,
            &super::Profile::default(),
        )
    }

    /// [`Self::mint`], with the `name` and `email` claims an identity provider adds.
    #[allow(clippy::too_many_arguments)]
    pub fn mint_with_profile(
        &self,
        issuer: &str,
        audience: &str,
        sub: &str,
        employer_id: Option<Uuid>,
        roles: &[Role],
        ttl: Duration,
        profile: &super::Profile,
    ) -> Result<String, MintError> {
        if ttl.as_secs() == 0 || ttl > Duration::from_secs(MAX_LIFETIME_SECS) {
            return Err(MintError::InvalidTtl);
        }
        if sub.is_empty() {
            return Err(MintError::EmptySubject);
        }
        if employer_id.is_none() && roles.iter().any(|r| r.is_employer_scoped()) {
            return Err(MintError::MissingEmployer);
        }
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let mut claims = json!({
            "iss": issuer,
            "aud": audience,
            "sub": sub,
            "iat": now,
            "nbf": now,
            "exp": now + ttl.as_secs(),
            "roles": roles.iter().map(|r| r.as_str()).collect::<Vec<_>>(),
        });
        if let Some(obj) = claims.as_object_mut() {
            if let Some(id) = employer_id {
                obj.insert("employer_id".into(), Value::String(id.to_string()));
            }
            if let Some(name) = &profile.name {
                obj.insert("name".into(), Value::String(name.clone()));
            }
            if let Some(email) = &profile.email {
                obj.insert("email".into(), Value::String(email.clone()));
            }
        }
        let mut header = Header::new(Algorithm::ES256);
        header.kid = Some(self.kid.clone());
        header.typ = Some("JWT".into());
        jsonwebtoken::encode(&header, &claims, &self.encoding).map_err(|_| MintError::Signing)
    }
}

/// RFC 7638 thumbprint: SHA-256 over the required members, in lexicographic order, as compact
/// JSON; base64url without padding. `members` must already be sorted by name.
fn jwk_thumbprint(members: &[(&str, &str)]) -> String {
    let body = members
        .iter()
        .map(|(k, v)| format!("{}:{}", Value::from(*k), Value::from(*v)))
        .collect::<Vec<_>>()
        .join(",");
    URL_SAFE_NO_PAD.encode(Sha256::digest(format!("{{{body}}}").as_bytes()))
}

/// Creates `path` (and missing parents, mode 0700) holding `contents`, mode 0600, atomically:
/// the file appears complete or not at all. Fails with `AlreadyExists` if it exists.
fn write_new_private_file(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    use std::os::unix::fs::{DirBuilderExt as _, OpenOptionsExt as _};

    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(parent)?;
    }
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = path.with_file_name(format!(".{file_name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&tmp)?;
        file.write_all(contents)?;
        file.sync_all()?;
        // `hard_link` fails if `path` exists, unlike `rename`.
        std::fs::hard_link(&tmp, path)
    })();
    let _ = std::fs::remove_file(&tmp);
    result
}

fn warn_if_readable_by_others(path: &Path) {
    use std::os::unix::fs::PermissionsExt as _;
    if let Ok(meta) = std::fs::metadata(path)
        && meta.permissions().mode() & 0o077 != 0
    {
        tracing::warn!(path = %path.display(), "dev key file is accessible to other users");
    }
}

#[cfg(test)]
mod tests {
    use std::os::unix::fs::PermissionsExt as _;

    use super::*;

    #[test]
    fn thumbprint_matches_rfc7638_example() {
        // RFC 7638 §3.1.
        let n = "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw";
        assert_eq!(
            jwk_thumbprint(&[("e", "AQAB"), ("kty", "RSA"), ("n", n)]),
            "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"
        );
    }

    #[test]
    fn kid_is_the_thumbprint_of_the_public_jwk() {
        let key = DevKey::generate().unwrap();
        let jwk = key.public_jwk();
        let s = |k: &str| jwk[k].as_str().unwrap().to_owned();
        let expected = jwk_thumbprint(&[
            ("crv", "P-256"),
            ("kty", "EC"),
            ("x", &s("x")),
            ("y", &s("y")),
        ]);
        assert_eq!(key.kid(), expected);
        assert_eq!(s("kid"), expected);
        assert_eq!(
            (s("alg"), s("use"), s("kty"), s("crv")),
            ("ES256".into(), "sig".into(), "EC".into(), "P-256".into())
        );
        assert!(jwk.get("d").is_none(), "private part must not be published");
        assert_eq!(key.jwks()["keys"][0], *jwk);
    }

    #[test]
    fn file_is_created_once_with_mode_0600_and_reloaded() {
        let dir = std::env::temp_dir().join(format!("jobs-devkey-{}", Uuid::new_v4()));
        let path = dir.join("nested").join("dev-key.pem");
        let first = DevKey::load_or_create(&path).unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
        let pem = std::fs::read_to_string(&path).unwrap();
        assert!(pem.starts_with("-----BEGIN PRIVATE KEY-----"), "PKCS#8 PEM");
        let second = DevKey::load_or_create(&path).unwrap();
        assert_eq!(first.kid(), second.kid(), "stable across restarts");
        assert_eq!(
            std::fs::read_dir(path.parent().unwrap()).unwrap().count(),
            1,
            "no temp files left"
        );

        std::fs::write(&path, "garbage").unwrap();
        assert!(matches!(
            DevKey::load_or_create(&path),
            Err(DevKeyError::InvalidKey(_))
        ));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn mint_rules() {
        let key = DevKey::generate().unwrap();
        let emp = Some(Uuid::new_v4());
        let mint = |emp, roles: &[Role], ttl| key.mint("i", "a", "s", emp, roles, ttl);
        assert!(mint(emp, &[Role::Recruiter], Duration::from_secs(900)).is_ok());
        assert_eq!(
            mint(emp, &[Role::Recruiter], Duration::from_secs(901)).unwrap_err(),
            MintError::InvalidTtl
        );
        assert_eq!(
            mint(emp, &[Role::Recruiter], Duration::ZERO).unwrap_err(),
            MintError::InvalidTtl
        );
        assert_eq!(
            mint(None, &[Role::Viewer], Duration::from_secs(60)).unwrap_err(),
            MintError::MissingEmployer
        );
        assert!(mint(None, &[Role::Applicant], Duration::from_secs(60)).is_ok());
        assert_eq!(
            key.mint(
                "i",
                "a",
                "",
                None,
                &[Role::Applicant],
                Duration::from_secs(60)
            )
            .unwrap_err(),
            MintError::EmptySubject
        );
    }
}
