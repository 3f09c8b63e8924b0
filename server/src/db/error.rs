//! Persistence errors, in the terms the use cases need.

use diesel::result::{DatabaseErrorKind, Error};

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("not found")]
    NotFound,
    /// A unique constraint refused the write (the constraint's name says which).
    #[error("unique violation on {0}")]
    Unique(String),
    /// The pool had no connection in time, or the server went away: retryable.
    #[error("database unavailable")]
    Unavailable,
    #[error("database error: {0}")]
    Other(String),
}

impl DbError {
    pub fn from_diesel(error: Error) -> Self {
        match error {
            Error::NotFound => DbError::NotFound,
            Error::DatabaseError(DatabaseErrorKind::UniqueViolation, info) => {
                DbError::Unique(info.constraint_name().unwrap_or_default().to_string())
            }
            Error::DatabaseError(DatabaseErrorKind::ClosedConnection, _) => DbError::Unavailable,
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
