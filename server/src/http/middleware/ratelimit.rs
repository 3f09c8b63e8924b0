//! The rate-limit edge: asks `ratelimit` for a verdict on each routed request and renders it
//! (the IETF `RateLimit-Policy` / `RateLimit` headers; 429 problem+json with `Retry-After`).

use std::net::IpAddr;

use axum::extract::Request;
use axum::response::Response;
use http::{HeaderName, HeaderValue, StatusCode, header};

use super::client_ip::ClientIp;
use super::identity::Identified;
use crate::http::problem;
use crate::ratelimit::{PolicyOutcome, RateLimiter};

static RATELIMIT_POLICY: HeaderName = HeaderName::from_static("ratelimit-policy");
static RATELIMIT: HeaderName = HeaderName::from_static("ratelimit");

/// Gate step between `identify` and `authorize` (see `gate`): failed authentications are
/// counted against the client's IP too.
pub async fn enforce<F, Fut>(limiter: &RateLimiter, req: Request, next: F) -> Response
where
    F: FnOnce(Request) -> Fut,
    Fut: Future<Output = Response>,
{
    let Some(identified) = req.extensions().get::<Identified>() else {
        return next(req).await;
    };
    let ip = req
        .extensions()
        .get::<ClientIp>()
        .map(|c| c.0)
        .unwrap_or(IpAddr::from([0, 0, 0, 0]));
    let checks = limiter.checks_for(
        identified.operation.id,
        ip,
        identified.principal().map(|p| p.sub.as_str()),
    );
    if checks.is_empty() {
        return next(req).await;
    }
    let outcome = limiter.check(&checks).await;
    if !outcome.allowed {
        metrics::counter!("ratelimit_refused_total").increment(1);
        let mut response = problem::response(&problem::new(
            StatusCode::TOO_MANY_REQUESTS,
            problem::types::RATE_LIMITED,
            "Too Many Requests",
            "The rate limit of this client was reached (see RateLimit-Policy): retry after \
             the seconds in Retry-After.",
        ));
        if let Some(binding) = outcome.binding() {
            let retry = binding.retry_after.as_secs_f64().ceil().max(1.0) as u64;
            if let Ok(value) = HeaderValue::from_str(&retry.to_string()) {
                response.headers_mut().insert(header::RETRY_AFTER, value);
            }
            set_headers(&mut response, binding);
        }
        return response;
    }
    let mut response = next(req).await;
    if let Some(binding) = outcome.binding() {
        set_headers(&mut response, binding);
    }
    response
}

/// `RateLimit-Policy: "ip";q=100;w=60` and `RateLimit: "ip";r=50;t=30` (IETF httpapi draft).
fn set_headers(response: &mut Response, outcome: &PolicyOutcome) {
    let policy = outcome.policy;
    let policy_value = format!(
        "\"{}\";q={};w={}",
        policy.name,
        policy.quota.limit,
        policy.quota.window.as_secs()
    );
    let reset = outcome.reset.as_secs_f64().ceil() as u64;
    let value = format!("\"{}\";r={};t={}", policy.name, outcome.remaining, reset);
    if let (Ok(p), Ok(v)) = (
        HeaderValue::from_str(&policy_value),
        HeaderValue::from_str(&value),
    ) {
        response.headers_mut().insert(RATELIMIT_POLICY.clone(), p);
        response.headers_mut().insert(RATELIMIT.clone(), v);
    }
}
