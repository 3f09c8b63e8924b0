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
    let (scope, principal) = match req.extensions().get::<Caller>() {
        Some(caller) => match (caller.tenant(), caller.principal.clone()) {
            (Some(scope), Some(principal)) => (scope, principal),
            _ => return next(req).await,
        },
        None => return next(req).await,
    };
    match gate.admit(&scope, &principal).await {
        Admission::Deactivated => problem::response(&problem::new(
            StatusCode::FORBIDDEN,
            problem::types::MEMBER_DEACTIVATED,
            "Forbidden",
            "An admin of this employer deactivated this account: its tokens no longer work for \
             the employer. Ask an admin to reactivate it (PATCH /v1/members/{id}).",
        )),
        Admission::Member(id) => {
            if let Some(caller) = req.extensions_mut().get_mut::<Caller>() {
                caller.member_id = id;
            }
            next(req).await
        }
    }
}
