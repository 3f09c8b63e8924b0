//! The edge: the steps every request passes before routing, as one layer. In order: the
//! client's address, the request's span, access log and metrics, problem+json for every error,
//! the time budget, and the colon-verb rewrite. Each step was its own `from_fn` layer; one layer
//! spares a boxed service, a boxed future and a service clone per step and request (axum, tower
//! and hyper together took about a fifth of the list's CPU in a profile).

use std::sync::Arc;
use std::time::Duration;

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use ipnet::IpNet;

use super::{client_ip, colon_verbs, limits, observe, problem_mapping};

/// What the edge's steps are configured with.
#[derive(Debug)]
pub struct Edge {
    pub trusted_proxies: Vec<IpNet>,
    pub request_timeout: Duration,
    /// `JOBS_MAX_BODY_BYTES`, for the 413's detail.
    pub max_body_bytes: usize,
}

pub async fn edge(State(edge): State<Arc<Edge>>, mut req: Request, next: Next) -> Response {
    client_ip::resolve(&mut req, &edge.trusted_proxies);
    let budget = edge.request_timeout;
    let max_body = edge.max_body_bytes;
    observe::observe(req, |req| {
        problem_mapping::ensure_problem(max_body, req, move |req| {
            limits::timeout(budget, req, |req| {
                colon_verbs::rewrite(req, |req| next.run(req))
            })
        })
    })
    .await
}
