//! The gate: what every operation passes after routing, as one route layer. In order:
//! identify (find the operation, verify the bearer token once), the rate limit (failed
//! authentications count too), authorize (the operation's entry of the authorization table, so
//! 401/403 come before body parsing), members (record the caller, refuse a deactivated one), check query parameters and If-Match against the
//! contract, validate a JSON body against the contract, tag and
//! revalidate cacheable public reads, and the job page's negotiation; then the handler.
//! Each step was its own `from_fn` layer; one layer spares a boxed service, a boxed future and
//! a service clone per step and request.

use std::sync::Arc;

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;

use super::contract::{self, BodySchemas};
use super::identity::Identified;
use super::parameters::{self, ParameterRules};
use super::{identity, members, public_cache, ratelimit};
use crate::auth::Verifier;
use crate::http::syndication::{self, JobPage};
use crate::ratelimit::RateLimiter;
use crate::search::PublicIndex;
use crate::usecases::member_gate::MemberGate;

pub struct Gate {
    pub verifier: Arc<Verifier>,
    /// None: rate limits are off (`JOBS_RATE_LIMITS=off`).
    pub limiter: Option<Arc<RateLimiter>>,
    pub body_schemas: Arc<BodySchemas>,
    /// Query parameters and If-Match of every operation (`parameters`).
    pub parameter_rules: Arc<ParameterRules>,
    pub job_page: JobPage,
    /// What public reads are current at (`public_cache`), and told of every write.
    pub public_index: Arc<PublicIndex>,
    /// Mixed into position-based tags (see `app::public_tag_seed`).
    pub tag_seed: u64,
    /// Records employer callers as members and refuses deactivated ones.
    pub members: Arc<MemberGate>,
}

pub async fn gate(State(gate): State<Arc<Gate>>, req: Request, next: Next) -> Response {
    let gate = &*gate;
    // After the rate limit: authorize, validate, cache, the job page, the handler.
    let admitted = |req: Request| async move {
        let public_write = req
            .extensions()
            .get::<Identified>()
            .is_some_and(|i| PUBLIC_WRITES.contains(&i.operation.id));
        let response = identity::authorize(req, move |req| {
            members::admit(&gate.members, req, move |req| {
                parameters::check(&gate.parameter_rules, req, move |req| {
                    contract::validate_body(&gate.body_schemas, req, move |req| {
                        public_cache::conditional(
                            &gate.public_index,
                            gate.tag_seed,
                            req,
                            move |req| {
                                crate::http::analytics::csv::negotiate(req, move |req| {
                                    syndication::job_page(&gate.job_page, req, move |req| {
                                        next.run(req)
                                    })
                                })
                            },
                        )
                    })
                })
            })
        })
        .await;
        // Committed: this replica's public reads wait for the index to have read it.
        if public_write && response.status().is_success() {
            gate.public_index.note_write();
        }
        response
    };
    identity::identify(&gate.verifier, req, move |req| async move {
        match &gate.limiter {
            Some(limiter) => ratelimit::enforce(limiter, req, admitted).await,
            None => admitted(req).await,
        }
    })
    .await
}

/// The operations whose success may change what the public sees (the public changes feed's
/// sources: jobs, and the employer's name, logo, site and careers-page setting).
const PUBLIC_WRITES: [&str; 6] = [
    "createJob",
    "updateJob",
    "deleteJob",
    "publishJob",
    "closeJob",
    "updateEmployer",
];
