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
            member_id: caller.member_id,
            admin: principal.has(crate::auth::Role::EmployerAdmin),
        }),
        _ => Err(ApiError::problem(crate::http::problem::from_status(
            http::StatusCode::FORBIDDEN,
        ))),
    }
}

/// A nullable member as the response shows it: always present, `null` when unset.
/// A required member that may be `null`.
pub fn or_null<T>(value: Option<T>) -> Nullable<T> {
    value.map_or(Nullable::Null, Nullable::Present)
}

pub fn nullable<T>(value: Option<T>) -> Option<Nullable<T>> {
    Some(match value {
        Some(v) => Nullable::Present(v),
        None => Nullable::Null,
    })
}

/// A list's `next_cursor`: `null` on the last page.
pub fn next_cursor(cursor: Option<String>) -> Nullable<String> {
    cursor.map_or(Nullable::Null, Nullable::Present)
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

/// The closed sets between the generated models and the domain, converted here and nowhere
/// else (both directions are total: the contract's enums and the domain's are the same sets).
macro_rules! same_set {
    ($wire:ident <=> $domain:ident { $($variant:ident),+ $(,)? }) => {
        impl From<jobs_api::models::$wire> for crate::domain::job::$domain {
            fn from(value: jobs_api::models::$wire) -> Self {
                match value {
                    $(jobs_api::models::$wire::$variant => Self::$variant),+
                }
            }
        }

        impl From<crate::domain::job::$domain> for jobs_api::models::$wire {
            fn from(value: crate::domain::job::$domain) -> Self {
                match value {
                    $(crate::domain::job::$domain::$variant => Self::$variant),+
                }
            }
        }
    };
}

same_set!(DescriptionFormat <=> DescriptionFormat { Plain, Markdown, Html });
same_set!(EmploymentType <=> EmploymentType {
    FullTime, PartTime, Contract, Temporary, Internship, Volunteer
});
same_set!(WorkplaceType <=> WorkplaceType { OnSite, Hybrid, Remote });
same_set!(SalaryPeriod <=> SalaryPeriod { Hour, Day, Week, Month, Year });
