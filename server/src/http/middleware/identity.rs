//! The identity edge: finds the operation, extracts and verifies the bearer token once
//! ([`identify`]), applies the authorization table ([`authorize`]) and hands the generated
//! handlers their [`Caller`] (only this layer puts one in the request extensions). 401/403
//! answers are rendered here; `auth` only verifies and decides.

use std::sync::Arc;

use axum::extract::{MatchedPath, Request};
use axum::response::Response;
use http::{HeaderValue, StatusCode, header};

use crate::auth::authz::{self, Access, Credentials, Decision};
use crate::auth::{AuthError, Principal, Role, Verifier};
use crate::db::TenantScope;
use crate::http::middleware::colon_verbs::public_route;
use crate::http::middleware::request_id::RequestId;
use crate::http::problem;

/// The claims type of the generated traits: the verified principal (absent on public
/// operations called without a token) and the request id, for events and the audit trail.
#[derive(Debug, Clone)]
pub struct Caller {
    pub principal: Option<Principal>,
    pub request_id: Option<Arc<str>>,
    /// The client's address (for the CAPTCHA verifier's `remoteip`).
    pub client_ip: Option<std::net::IpAddr>,
    /// The caller as a member of the employer they act for (set by the `members` step).
    pub member_id: Option<uuid::Uuid>,
}

impl Caller {
    /// The employer this caller acts for, if any.
    pub fn tenant(&self) -> Option<TenantScope> {
        self.principal.as_ref().and_then(crate::auth::tenant_of)
    }
}

/// What `identify` learned about a routed request, for the layers after it.
#[derive(Debug, Clone)]
pub struct Identified {
    pub operation: &'static authz::Operation,
    pub credentials: Credentials,
}

impl Identified {
    pub fn principal(&self) -> Option<&Principal> {
        match &self.credentials {
            Credentials::Valid(p) => Some(p),
            _ => None,
        }
    }
}

/// First gate step after routing (see `gate`): finds the operation and verifies the bearer
/// token once. It decides nothing: rate limiting and [`authorize`] act on what it found.
pub async fn identify<F, Fut>(verifier: &Verifier, mut req: Request, next: F) -> Response
where
    F: FnOnce(Request) -> Fut,
    Fut: Future<Output = Response>,
{
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|m| public_route(m.as_str()))
        .unwrap_or_default();
    let Some(operation) = authz::lookup(req.method(), &route) else {
        if authz::path_is_known(&route) {
            // Another method of a known path: no handler will run, the router answers 405.
            return next(req).await;
        }
        // Deny by default: a route without an entry in the table is nobody's to call.
        return forbidden();
    };
    let credentials = match operation.access {
        Access::Public => Credentials::None,
        Access::Optional(_) | Access::Roles(_) => match bearer_token(&req) {
            Bearer::Absent => Credentials::None,
            Bearer::Malformed => Credentials::Invalid(None),
            Bearer::Token(token) => match verifier.verify(token).await {
                Ok(principal) => Credentials::Valid(principal),
                Err(reason) => {
                    tracing::info!(reason = %reason, "token rejected");
                    metrics::counter!("auth_rejections_total").increment(1);
                    Credentials::Invalid(Some(reason))
                }
            },
        },
    };
    req.extensions_mut().insert(Identified {
        operation,
        credentials,
    });
    next(req).await
}

/// Gate step after `identify` and rate limiting, before body validation and any extractor of
/// the handler: applies the operation's entry of the authorization table, so 401/403 come
/// before body parsing, and hands the handler its [`Caller`].
pub async fn authorize<F, Fut>(mut req: Request, next: F) -> Response
where
    F: FnOnce(Request) -> Fut,
    Fut: Future<Output = Response>,
{
    let Some(identified) = req.extensions().get::<Identified>().cloned() else {
        // Not an operation (405 from the router).
        return next(req).await;
    };
    let held: Vec<Role> = identified
        .principal()
        .map(|p| p.roles.clone())
        .unwrap_or_default();
    let principal = match authz::decide(identified.operation.access, identified.credentials) {
        Decision::Allow(principal) => principal,
        Decision::Unauthorized(invalid) => return unauthorized(invalid),
        Decision::Forbidden(needed) => return forbidden_for(needed, &held),
    };
    if let Some(p) = &principal {
        // Who acted, on the request's log span (the subject is an opaque id, not a name).
        let span = tracing::Span::current();
        span.record("sub", p.sub.as_str());
        if let Some(employer) = p.employer_id {
            span.record("employer_id", tracing::field::display(employer));
        }
    }
    let request_id = req.extensions().get::<RequestId>().map(|r| r.0.clone());
    let client_ip = req
        .extensions()
        .get::<crate::http::middleware::client_ip::ClientIp>()
        .map(|c| c.0);
    req.extensions_mut().insert(Caller {
        principal,
        request_id,
        client_ip,
        member_id: None,
    });
    next(req).await
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

/// 401 with a Bearer challenge (RFC 6750 §3). Without a token: the plain challenge. With one
/// that is not valid: `invalid_token` and an `error_description` saying what is wrong with it
/// (expired, not yet valid, another audience or issuer, an unknown key, …) — never more than
/// the token's holder can read in it themselves.
fn unauthorized(invalid: Option<Option<AuthError>>) -> Response {
    let (type_uri, detail, challenge) = match &invalid {
        None => (
            problem::types::TOKEN_REQUIRED,
            "This operation needs a bearer token: send `Authorization: Bearer <access token>` \
             from the identity provider this API trusts.",
            "Bearer".to_string(),
        ),
        Some(reason) => {
            let advice = reason.as_ref().map_or(
                "The Authorization header is not a bearer token: send \
                 `Authorization: Bearer <access token>`.",
                AuthError::advice,
            );
            (
                problem::types::INVALID_TOKEN,
                advice,
                format!("Bearer error=\"invalid_token\", error_description=\"{advice}\""),
            )
        }
    };
    let mut response = problem::response(&problem::new(
        StatusCode::UNAUTHORIZED,
        type_uri,
        "Unauthorized",
        detail,
    ));
    response.headers_mut().insert(
        header::WWW_AUTHENTICATE,
        HeaderValue::from_str(&challenge).unwrap_or(HeaderValue::from_static("Bearer")),
    );
    response
}

/// 403 naming the roles that may call the operation (and the ones the token holds, which its
/// holder can read anyway).
fn forbidden_for(needed: &[Role], held: &[Role]) -> Response {
    let names = |roles: &[Role]| {
        roles
            .iter()
            .map(|r| r.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let held = if held.is_empty() {
        "none".to_string()
    } else {
        names(held)
    };
    let mut p = problem::new(
        StatusCode::FORBIDDEN,
        problem::types::ROLE_REQUIRED,
        "Forbidden",
        &format!(
            "This operation needs one of the roles {}; the token has {held}.",
            names(needed)
        ),
    );
    p.required_roles = Some(needed.iter().map(|r| r.as_str().to_string()).collect());
    problem::response(&p)
}

/// 403 for a route the authorization table does not know (deny by default).
fn forbidden() -> Response {
    problem::response(&problem::new(
        StatusCode::FORBIDDEN,
        problem::types::BLANK,
        "Forbidden",
        "No role may call this operation.",
    ))
}
