//! Identity: who is calling, and may they. The generated handlers receive a [`Caller`] from
//! the request extensions; only [`authenticate`] puts it there, after checking the token and
//! the operation's entry in the [`authz`] table.

pub mod authz;
pub mod dev_key;
pub mod jwks;
pub mod jwt;
pub mod principal;
pub mod verifier;

pub use dev_key::{DevKey, DevKeyError, MintError};
pub use jwks::{JwksCache, JwksInitError, JwksOptions};
pub use jwt::{AuthError, VerifyingKey};
pub use principal::{Principal, Role};
pub use verifier::{IdentityConfig, IdentityInitError, Verifier};

use std::sync::Arc;

use axum::extract::{MatchedPath, Request, State};
use axum::middleware::Next;
use axum::response::Response;
use http::{HeaderValue, StatusCode, header};

use crate::db::TenantScope;
use crate::http::middleware::colon_verbs::public_route;
use crate::http::middleware::request_id::RequestId;
use crate::http::problem;
use authz::Access;

/// The claims type of the generated traits: the verified principal (absent on public
/// operations called without a token) and the request id, for events and the audit trail.
#[derive(Debug, Clone)]
pub struct Caller {
    pub principal: Option<Principal>,
    pub request_id: Option<Arc<str>>,
}

impl Caller {
    /// The employer this caller acts for, if any.
    pub fn tenant(&self) -> Option<TenantScope> {
        self.principal
            .as_ref()
            .and_then(|p| p.employer_id)
            .map(TenantScope::new)
    }
}

/// Route layer (runs after routing, before any extractor of the handler): authenticates the
/// caller and checks the authorization table, so 401/403 come before body parsing.
pub async fn authenticate(
    State(verifier): State<Arc<Verifier>>,
    mut req: Request,
    next: Next,
) -> Response {
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|m| public_route(m.as_str()))
        .unwrap_or_default();
    let Some(operation) = authz::lookup(req.method(), &route) else {
        if authz::path_is_known(&route) {
            // Another method of a known path: no handler will run, the router answers 405.
            return next.run(req).await;
        }
        // Deny by default: a route without an entry in the table is nobody's to call.
        return forbidden();
    };
    let request_id = req.extensions().get::<RequestId>().map(|r| r.0.clone());
    let principal = match operation.access {
        Access::Public => None,
        Access::Optional(roles) | Access::Roles(roles) => match bearer_token(&req) {
            Bearer::Absent if matches!(operation.access, Access::Optional(_)) => None,
            Bearer::Absent => return unauthorized(false),
            Bearer::Malformed => return unauthorized(true),
            Bearer::Token(token) => match verifier.verify(token).await {
                Ok(principal) if principal.has_any(roles) => Some(principal),
                Ok(_) => return forbidden(),
                Err(reason) => {
                    tracing::info!(reason = %reason, "token rejected");
                    metrics::counter!("auth_rejections_total").increment(1);
                    return unauthorized(true);
                }
            },
        },
    };
    req.extensions_mut().insert(Caller {
        principal,
        request_id,
    });
    next.run(req).await
}

enum Bearer<'a> {
    Absent,
    Malformed,
    Token(&'a str),
}

fn bearer_token(req: &Request) -> Bearer<'_> {
    let Some(value) = req.headers().get(header::AUTHORIZATION) else {
        return Bearer::Absent;
    };
    let Ok(value) = value.to_str() else {
        return Bearer::Malformed;
    };
    match value.split_once(' ') {
        Some((scheme, token))
            if scheme.eq_ignore_ascii_case("bearer") && !token.trim().is_empty() =>
        {
            Bearer::Token(token.trim())
        }
        _ => Bearer::Malformed,
    }
}

/// 401 with a Bearer challenge (RFC 6750 §3): `invalid_token` when a token was sent; nothing
/// about why, beyond a short title.
fn unauthorized(invalid_token: bool) -> Response {
    let mut response = problem::response(&problem::new(
        StatusCode::UNAUTHORIZED,
        problem::types::BLANK,
        "Unauthorized",
        if invalid_token {
            "The bearer token is not valid."
        } else {
            "A bearer token is required."
        },
    ));
    let challenge = if invalid_token {
        "Bearer error=\"invalid_token\""
    } else {
        "Bearer"
    };
    response.headers_mut().insert(
        header::WWW_AUTHENTICATE,
        HeaderValue::from_static(challenge),
    );
    response
}

fn forbidden() -> Response {
    problem::response(&problem::new(
        StatusCode::FORBIDDEN,
        problem::types::BLANK,
        "Forbidden",
        "The token's roles do not allow this operation.",
    ))
}
