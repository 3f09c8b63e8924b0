//! Small conversions between generated wire types and the domain, shared by the tag files.

use jobs_api::types::Nullable;

use super::ApiError;
use crate::http::middleware::identity::Caller;
use crate::usecases::Ctx;

/// The use-case context of an authenticated employer caller. The authorization table lets only
/// employer roles reach the operations that call this, and their tokens carry an employer.
pub fn employer_ctx(caller: &Caller) -> Result<Ctx, ApiError> {
    match (caller.tenant(), &caller.principal) {
        (Some(scope), Some(principal)) => Ok(Ctx {
            scope,
            sub: principal.sub.clone(),
            request_id: caller.request_id.as_deref().map(str::to_string),
        }),
        _ => Err(ApiError::problem(crate::http::problem::from_status(
            http::StatusCode::FORBIDDEN,
        ))),
    }
}

/// A nullable member as the response shows it: always present, `null` when unset.
pub fn nullable<T>(value: Option<T>) -> Option<Nullable<T>> {
    Some(match value {
        Some(v) => Nullable::Present(v),
        None => Nullable::Null,
    })
}

/// A patch member: absent → `None`; `null` → `Some(None)`; a value → `Some(Some(v))`.
pub fn patch<T>(value: Option<Nullable<T>>) -> Option<Option<T>> {
    value.map(|v| match v {
        Nullable::Null => None,
        Nullable::Present(v) => Some(v),
    })
}

/// A stored enum value back into its generated type. The database's CHECK constraints admit
/// only the contract's values, so a failure here is a bug, reported as a 500.
pub fn wire_enum<T: std::str::FromStr>(value: &str) -> Result<T, ApiError> {
    value.parse().map_err(|_| {
        ApiError::Internal(anyhow::anyhow!(
            "stored value {value:?} is not in the contract"
        ))
    })
}
