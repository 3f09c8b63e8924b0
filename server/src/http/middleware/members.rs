//! Gate step after `authorize`: an employer caller is recorded as a member of that employer
//! (once per process, refreshed now and then) and refused when an admin deactivated them. The
//! decision is made from memory (`usecases::member_gate`), never a database read per request.

use axum::extract::Request;
use axum::response::Response;
use http::StatusCode;

use super::identity::Caller;
use crate::http::problem;
use crate::usecases::member_gate::{Admission, MemberGate};

pub async fn admit<F, Fut>(gate: &MemberGate, mut req: Request, next: F) -> Response
where
    F: FnOnce(Request) -> Fut,
    Fut: Future<Output = Response>,
{
    // Taken out and put back, so that the principal is not cloned per request.
    let Some(mut caller) = req.extensions_mut().remove::<Caller>() else {
        return next(req).await;
    };
    let admission = match (caller.tenant(), caller.principal.as_ref()) {
        (Some(scope), Some(principal)) => Some(gate.admit(&scope, principal).await),
        _ => None,
    };
    if let Some(Admission::Member(id)) = admission {
        caller.member_id = id;
    }
    req.extensions_mut().insert(caller);
    match admission {
        None => next(req).await,
        Some(Admission::Deactivated) => problem::response(&problem::new(
            StatusCode::FORBIDDEN,
            problem::types::MEMBER_DEACTIVATED,
            "Forbidden",
            "An admin of this employer deactivated this account: its tokens no longer work for \
             the employer. Ask an admin to reactivate it (PATCH /v1/members/{id}).",
        )),
        Some(Admission::Member(_)) => next(req).await,
    }
}
