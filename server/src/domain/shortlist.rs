//! Shortlists: a job's preferred applicants, each at most once, ranked and scored.

use uuid::Uuid;

use super::FieldError;

/// The contract's bound on a shortlist's length.
pub const MAX_ENTRIES: usize = 500;

/// One entry as a client sends it (the contract bounds rank to 1–1000 and score to 0–100).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryInput {
    pub applicant_id: Uuid,
    pub rank: Option<i32>,
    pub score: Option<i32>,
    pub notes: Option<String>,
}

/// Rules of a whole replacement list that the schema cannot state.
pub fn validate_replacement(entries: &[EntryInput]) -> Vec<FieldError> {
    let mut seen = std::collections::HashSet::with_capacity(entries.len());
    if entries.iter().any(|e| !seen.insert(e.applicant_id)) {
        return vec![FieldError {
            pointer: "/entries",
            detail: "lists an applicant more than once",
        }];
    }
    if entries.len() > MAX_ENTRIES {
        return vec![FieldError {
            pointer: "/entries",
            detail: "has more than 500 entries",
        }];
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: u128) -> EntryInput {
        EntryInput {
            applicant_id: Uuid::from_u128(id),
            rank: None,
            score: None,
            notes: None,
        }
    }

    #[test]
    fn an_applicant_appears_once() {
        assert!(validate_replacement(&[entry(1), entry(2)]).is_empty());
        assert!(validate_replacement(&[]).is_empty());
        assert_eq!(
            validate_replacement(&[entry(1), entry(2), entry(1)])[0].pointer,
            "/entries"
        );
    }
}
