//! Errors that handlers return through the generated `ErrorHandler` path rather than as a
//! response variant: every problem answer of a use case (the wire format is the same
//! problem+json a variant would carry), replays of stored idempotent responses, and internal
//! failures (logged, never shown).

use axum::response::Response;
use http::StatusCode;
use jobs_api::models;

use crate::domain::FieldError;
use crate::http::problem;
use crate::usecases::Failure;
use crate::usecases::idempotency::StoredResponse;

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// A documented problem answer.
    #[error("problem {}", .0.status)]
    Problem(Box<models::Problem>),
    /// The stored first response of an idempotent create.
    #[error("idempotent replay")]
    Replay(StoredResponse),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl ApiError {
    pub fn into_response(self) -> Response {
        match self {
            ApiError::Problem(p) => problem::response(&p),
            ApiError::Replay(stored) => super::idempotency::replay(stored),
            ApiError::Internal(error) => {
                tracing::error!(error = %format!("{error:#}"), "internal error");
                problem::status_response(StatusCode::INTERNAL_SERVER_ERROR)
            }
        }
    }

    pub fn problem(p: models::Problem) -> Self {
        ApiError::Problem(Box::new(p))
    }
}

fn with_errors(mut p: models::Problem, errors: Vec<FieldError>) -> models::Problem {
    p.r_errors = Some(
        errors
            .into_iter()
            .map(|e| models::ProblemFieldError::new(e.pointer.to_string(), e.detail.to_string()))
            .collect(),
    );
    p
}

impl From<Failure> for ApiError {
    fn from(failure: Failure) -> Self {
        use problem::types;
        let p = match failure {
            // The same words whether the resource never existed or is another employer's.
            Failure::NotFound => problem::new(
                StatusCode::NOT_FOUND,
                types::BLANK,
                "Not Found",
                "Your employer has no such resource: check the ids in the path (and in the body, \
                 where it names one). Resources of other employers are not found either.",
            ),
            Failure::TemplateInvalid { pointer, detail } => {
                let mut p = problem::new(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    types::TEMPLATE_INVALID,
                    "Template does not render",
                    "The template does not render with sample data: `errors` names the part, \
                     with the line and column. Fix the syntax or use a documented variable \
                     (the template list names them).",
                );
                p.r_errors = Some(vec![models::ProblemFieldError::new(
                    pointer.to_string(),
                    detail,
                )]);
                p
            }
            Failure::Link(problem_of_link) => {
                use crate::usecases::notifications::LinkProblem;
                match problem_of_link {
                    LinkProblem::Invalid => problem::new(
                        StatusCode::BAD_REQUEST,
                        types::INVALID_LINK,
                        "Invalid link",
                        "This link is not one the server signed, or it lost characters on the \
                         way: open it from the e-mail again, whole.",
                    ),
                    LinkProblem::Expired => problem::new(
                        StatusCode::GONE,
                        types::LINK_EXPIRED,
                        "Link expired",
                        "This confirmation link is more than 7 days old. Apply again to receive \
                         a new one.",
                    ),
                    LinkProblem::Used => problem::new(
                        StatusCode::GONE,
                        types::LINK_USED,
                        "Link already used",
                        "This address was already confirmed with this link; nothing else is \
                         needed.",
                    ),
                }
            }
            Failure::PreconditionFailed => problem::new(
                StatusCode::PRECONDITION_FAILED,
                types::PRECONDITION_FAILED,
                "Precondition Failed",
                "The resource changed since it was read: If-Match does not match its current \
                 ETag. Read it again (GET), apply your change to what it is now, and send the \
                 new ETag.",
            ),
            Failure::NotAllowed { current, action } => {
                let mut p = problem::new(
                    StatusCode::CONFLICT,
                    types::INVALID_TRANSITION,
                    "Not allowed in the current status",
                    &format!("Cannot {action} while the status is {current}."),
                );
                p.current_status = Some(current.to_string());
                p
            }
            Failure::Incomplete(errors) => with_errors(
                problem::new(
                    StatusCode::CONFLICT,
                    types::INCOMPLETE,
                    "Incomplete",
                    "Members required for this action are missing or invalid.",
                ),
                errors,
            ),
            Failure::Invalid(errors) => with_errors(
                problem::new(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    types::VALIDATION,
                    "Unprocessable Content",
                    "The request does not satisfy the resource's rules.",
                ),
                errors,
            ),
            Failure::InvalidLocale { pointer } => with_errors(
                problem::new(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    types::VALIDATION,
                    "Unprocessable Content",
                    "The language tag is not a BCP 47 tag: write a registered language subtag, \
                     optionally with a script and a region, such as `en`, `dv`, `pt-BR` or \
                     `zh-Hant`.",
                ),
                vec![FieldError {
                    pointer,
                    detail: "must be a BCP 47 language tag such as `en`, `dv` or `pt-BR`",
                }],
            ),
            Failure::BadCursor => problem::new(
                StatusCode::BAD_REQUEST,
                types::INVALID_CURSOR,
                "Invalid cursor",
                "The cursor is not one this list issued, or was issued for other filters.",
            ),
            Failure::BadParameter { pointer, detail } => with_errors(
                problem::new(
                    StatusCode::BAD_REQUEST,
                    types::INVALID_PARAMETER,
                    "Invalid query parameter",
                    detail,
                ),
                vec![FieldError { pointer, detail }],
            ),
            Failure::Conflict(detail) => {
                problem::new(StatusCode::CONFLICT, types::CONFLICT, "Conflict", detail)
            }
            Failure::NotPermitted(detail) => problem::new(
                StatusCode::FORBIDDEN,
                types::NOT_PERMITTED,
                "Forbidden",
                detail,
            ),
            Failure::AlreadyApplied(existing) => {
                let mut p = problem::new(
                    StatusCode::CONFLICT,
                    types::ALREADY_APPLIED,
                    "Already applied",
                    "This person has already applied to this job.",
                );
                p.existing_application_id = Some(existing);
                p
            }
            Failure::CaptchaRejected => problem::new(
                StatusCode::BAD_REQUEST,
                types::CAPTCHA_REJECTED,
                "CAPTCHA rejected",
                "The CAPTCHA verifier did not accept the token; solve the challenge again.",
            ),
            Failure::Unavailable => problem::new(
                StatusCode::SERVICE_UNAVAILABLE,
                types::UNAVAILABLE,
                "Service Unavailable",
                "A dependency is unavailable; retry after the time in Retry-After.",
            ),
            Failure::NotConfigured(detail) => problem::new(
                StatusCode::SERVICE_UNAVAILABLE,
                types::NOT_CONFIGURED,
                "Not configured",
                detail,
            ),
            Failure::IdempotencyInFlight => problem::new(
                StatusCode::CONFLICT,
                types::IDEMPOTENCY_IN_FLIGHT,
                "Request in progress",
                "A request with this Idempotency-Key has not finished yet; retry later.",
            ),
            Failure::IdempotencyMismatch => problem::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                types::IDEMPOTENCY_MISMATCH,
                "Idempotency-Key reused",
                "This Idempotency-Key was used with a different request payload.",
            ),
            Failure::Internal(message) => {
                return ApiError::Internal(anyhow::anyhow!(message));
            }
        };
        ApiError::problem(p)
    }
}
