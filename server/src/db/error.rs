//! Persistence errors, in the terms the use cases need. Constraint violations keep the
//! constraint's name, so a use case can map them deliberately; everything that means "the
//! database is not there right now" is `Unavailable` (a 503 with `Retry-After`, never a 500).

use diesel::result::{DatabaseErrorKind, Error};

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("not found")]
    NotFound,
    /// A unique constraint refused the write (the constraint's name says which).
    #[error("unique violation on {0}")]
    Unique(String),
    /// A foreign key refused the write: what it refers to does not exist (for this employer).
    #[error("foreign key violation on {0}")]
    ForeignKey(String),
    /// A check constraint refused the value.
    #[error("check violation on {0}")]
    Check(String),
    /// The pool had no connection in time, the server went away or is shutting down, or a
    /// statement ran out of time: retryable.
    #[error("database unavailable")]
    Unavailable,
    #[error("database error: {0}")]
    Other(String),
}

/// Server messages (SQLSTATE classes 57, 08, 40, 55P03) that mean "try again": diesel does not
/// expose the SQLSTATE of errors it does not classify itself, so they are recognised by text.
const RETRYABLE: &[&str] = &[
    "terminating connection",
    "the database system is",
    "canceling statement due to statement timeout",
    "canceling statement due to lock timeout",
    "canceling statement due to user request",
    "could not serialize access",
    "deadlock detected",
    "connection closed",
    "server closed the connection",
];

impl DbError {
    pub fn from_diesel(error: Error) -> Self {
        let constraint = |info: &dyn diesel::result::DatabaseErrorInformation| {
            info.constraint_name().unwrap_or_default().to_string()
        };
        match error {
            Error::NotFound => DbError::NotFound,
            Error::DatabaseError(DatabaseErrorKind::UniqueViolation, info) => {
                DbError::Unique(constraint(info.as_ref()))
            }
            Error::DatabaseError(DatabaseErrorKind::ForeignKeyViolation, info) => {
                DbError::ForeignKey(constraint(info.as_ref()))
            }
            Error::DatabaseError(DatabaseErrorKind::CheckViolation, info) => {
                DbError::Check(constraint(info.as_ref()))
            }
            Error::DatabaseError(
                DatabaseErrorKind::ClosedConnection
                | DatabaseErrorKind::UnableToSendCommand
                | DatabaseErrorKind::SerializationFailure,
                _,
            ) => DbError::Unavailable,
            Error::DatabaseError(_, info)
                if RETRYABLE.iter().any(|m| info.message().starts_with(m)) =>
            {
                DbError::Unavailable
            }
            Error::BrokenTransactionManager => DbError::Unavailable,
            other => DbError::Other(other.to_string()),
        }
    }
}

impl From<Error> for DbError {
    fn from(error: Error) -> Self {
        DbError::from_diesel(error)
    }
}
