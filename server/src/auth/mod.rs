//! Identity: who is calling, and may they. `auth` verifies tokens ([`Verifier`]) and decides
//! ([`authz`]: which roles may call each operation, and [`authz::decide`]); the HTTP edge
//! (`http::middleware::identity`) extracts the token, applies the decision and renders
//! 401/403. Nothing here knows about HTTP requests or responses.

pub mod authz;
pub mod dev_key;
pub mod jwks;
pub mod jwt;
pub mod principal;
pub mod token_cache;
pub mod verifier;

pub use dev_key::{DevKey, DevKeyError, MintError};
pub use jwks::{JwksCache, JwksInitError, JwksOptions};
pub use jwt::{AuthError, VerifyingKey};
pub use principal::{Principal, Profile, Role};
pub use verifier::{IdentityConfig, IdentityInitError, Verifier};

use crate::db::TenantScope;

/// The employer a verified principal acts for: only a principal holding an employer role
/// opens a tenant transaction.
pub fn tenant_of(principal: &Principal) -> Option<TenantScope> {
    principal
        .employer_id
        .filter(|_| principal.has_any(authz::EMPLOYER_ROLES))
        .map(TenantScope::of_verified_employer)
}
