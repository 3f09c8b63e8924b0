//! Job search, shared by the employer's list (`GET /v1/jobs`) and public search
//! (`GET /v1/public/jobs`): the filters, the sort order and the keyset position a cursor holds.
//!
//! Order: with a full-text query, by relevance (rank descending), ties broken by recency then
//! id; without one, newest first then id. The keyset is the whole sort key, rank included:
//! `ts_rank` depends only on the job's own text and the query (no corpus statistics), so a
//! row's key does not change when other rows are inserted, and a page boundary stays put.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::job::JobStatus;

/// What a search asks for. Taxonomy filters are slugs.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct JobFilters {
    pub q: Option<String>,
    /// Only the employer's own list filters on status; public search sees published jobs only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<&'static str>,
    /// Only public search filters on the employer (the internal list is the caller's).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub employer_id: Option<Uuid>,
    pub department: Option<String>,
    pub language: Option<String>,
    pub location: Option<String>,
    pub employment_type: Option<super::job::EmploymentType>,
    /// Only the employer's own list: the jobs changed after this time, oldest change first
    /// (the sort key is `(updated_at, id)` ascending, and has no rank).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated_after: Option<DateTime<Utc>>,
}

impl JobFilters {
    pub fn with_status(mut self, status: Option<JobStatus>) -> Self {
        self.status = status.map(JobStatus::as_str);
        self
    }

    /// The cursor scope: the list and every filter, so a cursor replayed with other filters
    /// fails verification. JSON keeps the encoding unambiguous whatever `q` contains.
    pub fn cursor_scope(&self, list: &str) -> String {
        format!("{list}|{}", serde_json::to_string(self).unwrap_or_default())
    }

    /// Whether the search is by relevance (it has a full-text query).
    pub fn has_query(&self) -> bool {
        self.q.is_some()
    }
}

/// Where the last item of a page sits in the sort order. `rank` is present exactly when the
/// search has a full-text query; `at` is the recency key (creation for the employer's list,
/// publication for public search) in microseconds.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct SearchPosition {
    #[serde(rename = "r", default, skip_serializing_if = "Option::is_none")]
    pub rank: Option<f32>,
    #[serde(rename = "t")]
    pub at_micros: i64,
    #[serde(rename = "i")]
    pub id: Uuid,
    /// The search index's view the page was read from (its process and reload), when it was:
    /// the next page reads the same view while that process holds it.
    #[serde(rename = "v", default, skip_serializing_if = "Option::is_none")]
    pub view: Option<[u64; 2]>,
}

impl SearchPosition {
    pub fn new(rank: Option<f32>, at: DateTime<Utc>, id: Uuid) -> Self {
        Self {
            rank,
            at_micros: at.timestamp_micros(),
            id,
            view: None,
        }
    }

    pub fn at(&self) -> Option<DateTime<Utc>> {
        DateTime::from_timestamp_micros(self.at_micros)
    }

    /// A position fits a search when both agree on whether there is a rank (the scope already
    /// binds the cursor to its filters; this guards the payload's shape).
    pub fn fits(&self, filters: &JobFilters) -> bool {
        self.rank.is_some() == filters.has_query()
            && !(filters.has_query() && filters.updated_after.is_some())
            && self.rank.is_none_or(f32::is_finite)
            && self.at().is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scopes_differ_whenever_a_filter_differs() {
        let base = JobFilters::default();
        let variants = [
            JobFilters {
                q: Some("chef".into()),
                ..base.clone()
            },
            JobFilters {
                q: Some("chef|".into()),
                ..base.clone()
            },
            base.clone().with_status(Some(JobStatus::Draft)),
            JobFilters {
                department: Some("engineering".into()),
                ..base.clone()
            },
            JobFilters {
                location: Some("engineering".into()),
                ..base.clone()
            },
            JobFilters {
                employer_id: Some(Uuid::nil()),
                ..base.clone()
            },
        ];
        let mut scopes = vec![base.cursor_scope("jobs")];
        scopes.extend(variants.iter().map(|f| f.cursor_scope("jobs")));
        scopes.push(base.cursor_scope("public-jobs"));
        let unique: std::collections::HashSet<_> = scopes.iter().collect();
        assert_eq!(unique.len(), scopes.len(), "{scopes:#?}");
    }

    #[test]
    fn positions_fit_only_their_kind_of_search() {
        let at = DateTime::from_timestamp_micros(1_700_000_000_123_456).unwrap();
        let ranked = SearchPosition::new(Some(0.5), at, Uuid::nil());
        let recent = SearchPosition::new(None, at, Uuid::nil());
        let with_q = JobFilters {
            q: Some("chef".into()),
            ..JobFilters::default()
        };
        assert!(ranked.fits(&with_q) && !ranked.fits(&JobFilters::default()));
        assert!(recent.fits(&JobFilters::default()) && !recent.fits(&with_q));
        assert_eq!(recent.at(), Some(at));
    }
}
