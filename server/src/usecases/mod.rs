//! Use cases: one function per operation, between the HTTP edge and the database. Each takes the
//! caller's context, runs in one tenant transaction, and writes its events to the outbox in that
//! same transaction.

pub mod activity;
pub mod analytics;
pub mod applicants;
pub mod applications;
pub mod apply;
pub mod audit;
pub mod comments;
pub mod employer;
pub mod events;
pub mod idempotency;
pub mod jobs;
pub mod matching;
pub mod member_gate;
pub mod members;
pub mod notifications;
pub mod rejection_reasons;
pub mod search;
pub mod shortlists;
pub mod syndication;
pub mod taxonomy;
pub mod teams;
pub mod translations;
pub mod uploads;
pub mod webhooks;

use crate::db::{DbError, TenantScope};
use crate::domain::FieldError;

/// Who acts, for which employer, in which request.
#[derive(Debug, Clone)]
pub struct Ctx {
    pub scope: TenantScope,
    pub sub: String,
    pub request_id: Option<String>,
    /// The caller as a member of the employer (recorded by the gate; `None` only when the
    /// database could not record them).
    pub member_id: Option<uuid::Uuid>,
    /// Whether the caller holds `employer_admin` (admins may delete others' comments).
    pub admin: bool,
}

impl Ctx {
    /// The one way use cases build an outbox event: by this caller, in this request, about one
    /// entity. Payloads carry ids, statuses and names of changed members, never personal data.
    pub fn event<'a>(
        &'a self,
        event_type: &'a str,
        entity_type: &'a str,
        entity_id: uuid::Uuid,
        payload: serde_json::Value,
    ) -> crate::db::NewEvent<'a> {
        crate::db::NewEvent {
            event_type,
            entity_type,
            entity_id,
            actor: &self.sub,
            request_id: self.request_id.as_deref(),
            payload,
        }
    }
}

/// A page of a keyset-paginated list.
#[derive(Debug)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub next_cursor: Option<String>,
}

impl<T> Page<T> {
    /// A page from up to `limit + 1` rows (the extra one says there is a next page), with the
    /// next cursor made from the last row kept.
    pub fn from_overfetch(
        mut items: Vec<T>,
        limit: i64,
        cursor_after: impl FnOnce(&T) -> String,
    ) -> Self {
        let next_cursor = if items.len() as i64 > limit {
            items.truncate(limit as usize);
            items.last().map(cursor_after)
        } else {
            None
        };
        Page { items, next_cursor }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum Failure {
    #[error("not found")]
    NotFound,
    #[error("precondition failed")]
    PreconditionFailed,
    /// The resource's status does not allow the action (`current` is reported to the client).
    #[error("cannot {action} in status {current}")]
    NotAllowed {
        current: &'static str,
        action: &'static str,
    },
    #[error("incomplete")]
    Incomplete(Vec<FieldError>),
    #[error("invalid")]
    Invalid(Vec<FieldError>),
    /// A language tag that is not a BCP 47 tag of registered subtags (`pointer` says where).
    #[error("invalid locale at {pointer}")]
    InvalidLocale { pointer: &'static str },
    #[error("invalid cursor")]
    BadCursor,
    /// Query parameters that cannot be used together, or a value the contract cannot express
    /// a rule for (`pointer` is `#/query/<name>`).
    #[error("bad parameter {pointer}: {detail}")]
    BadParameter {
        pointer: &'static str,
        detail: &'static str,
    },
    /// The change would duplicate a unique value (the detail says which, without echoing it).
    #[error("conflict: {0}")]
    Conflict(&'static str),
    /// The caller's role may call the operation, but not on this resource (the detail says
    /// why: someone else's comment, deactivating oneself).
    #[error("not permitted: {0}")]
    NotPermitted(&'static str),
    /// This person already applied to this job.
    #[error("already applied")]
    AlreadyApplied(uuid::Uuid),
    /// The CAPTCHA verifier refused the token.
    #[error("captcha rejected")]
    CaptchaRejected,
    #[error("unavailable")]
    Unavailable,
    /// A feature the operator has not configured (the detail says which).
    #[error("not configured: {0}")]
    NotConfigured(&'static str),
    /// The Idempotency-Key is being used by a request that has not finished.
    #[error("idempotency key in use")]
    IdempotencyInFlight,
    /// The Idempotency-Key was used before with a different payload.
    #[error("idempotency key reused with another payload")]
    IdempotencyMismatch,
    /// A notification template that does not render (the detail has its line and column).
    #[error("template invalid at {pointer}: {detail}")]
    TemplateInvalid {
        pointer: &'static str,
        detail: String,
    },
    /// A link from an e-mail that is forged, expired or used.
    #[error("link refused: {0:?}")]
    Link(notifications::LinkProblem),
    #[error("internal: {0}")]
    Internal(String),
}

impl Failure {
    /// One member of the input breaks a rule: 422 at `pointer`, saying how to fix it.
    pub fn invalid(pointer: &'static str, detail: &'static str) -> Self {
        Failure::Invalid(vec![crate::domain::FieldError { pointer, detail }])
    }
}

impl From<DbError> for Failure {
    fn from(error: DbError) -> Self {
        match error {
            DbError::NotFound => Failure::NotFound,
            DbError::Unavailable => Failure::Unavailable,
            // Use cases map the constraints they expect; these are the deliberate defaults.
            DbError::Unique(_) => Failure::Conflict("A resource with these values exists."),
            DbError::ForeignKey(_) => Failure::NotFound,
            DbError::Check(_) => Failure::Invalid(vec![FieldError {
                pointer: "",
                detail: "breaks a rule of the resource",
            }]),
            DbError::Other(message) => Failure::Internal(message),
        }
    }
}

impl From<crate::domain::job::NotAllowed> for Failure {
    fn from(e: crate::domain::job::NotAllowed) -> Self {
        use crate::domain::job::JobAction;
        Failure::NotAllowed {
            current: e.current.as_str(),
            action: match e.action {
                JobAction::Publish => "publish",
                JobAction::Close => "close",
                JobAction::Edit => "edit",
                JobAction::Delete => "delete",
                JobAction::Apply => "apply",
            },
        }
    }
}

/// The position a list's `cursor` names, if one was sent: signed for this `scope` (the list
/// and its filters), or `BadCursor`.
pub fn decode_cursor<P: serde::de::DeserializeOwned>(
    cursors: &crate::domain::cursor::CursorCodec,
    scope: &str,
    cursor: Option<&str>,
) -> Result<Option<P>, Failure> {
    cursor
        .map(|token| cursors.decode(scope, token).map_err(|_| Failure::BadCursor))
        .transpose()
}

/// Page sizes: the contract's default and bounds.
pub fn page_limit(requested: Option<u32>) -> i64 {
    i64::from(requested.unwrap_or(20).clamp(1, 100))
}
