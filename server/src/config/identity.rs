//! Where signing keys come from: an identity provider's JWKS, or the development key.

use std::path::PathBuf;

/// The issuer of dev-mode tokens.
pub const DEV_ISSUER: &str = "jobs-server-dev";
/// The audience this API expects by default.
pub const DEFAULT_AUDIENCE: &str = "jobs-api";

/// Where signing keys come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IdentityConfig {
    /// An identity provider's JWKS endpoint.
    Jwks {
        /// The JWKS URL (`JOBS_JWKS_URL`).
        url: String,
        /// The exact `iss` of its tokens.
        issuer: String,
        /// The `aud` value tokens for this API carry.
        audience: String,
    },
    /// Dev mode: a local ES256 key, created on first start.
    Dev {
        /// The PKCS#8 PEM key file.
        key_path: PathBuf,
        /// The `iss` of minted tokens.
        issuer: String,
        /// The `aud` of minted tokens.
        audience: String,
    },
}
