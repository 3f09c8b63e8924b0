#![allow(unused_qualifications)]

use http::HeaderValue;
use validator::Validate;

#[cfg(feature = "server")]
use crate::header;
use crate::{models, types::*};

#[allow(dead_code)]
pub type SSE = std::pin::Pin<
    std::boxed::Box<
        dyn futures_util::Stream<
                Item = std::result::Result<axum::response::sse::Event, std::convert::Infallible>,
            > + std::marker::Send
            + std::marker::Sync,
    >,
>;

#[allow(dead_code)]
fn from_validation_error(e: validator::ValidationError) -> validator::ValidationErrors {
    let mut errs = validator::ValidationErrors::new();
    errs.add("na", e);
    errs
}

/// Values of a map of models must be valid (replaces the stock XSS-checking helper).
#[allow(dead_code)]
pub fn validate_map_nested<T>(
    v: &std::collections::HashMap<String, T>,
) -> std::result::Result<(), validator::ValidationError>
where
    T: validator::Validate,
{
    if v.values().any(|v| v.validate().is_err()) {
        std::result::Result::Err(validator::ValidationError::new("nested"))
    } else {
        std::result::Result::Ok(())
    }
}

/// Serde helper for optional, NON-nullable members: absent → `None` (with `#[serde(default)]`),
/// explicit `null` → error (the stock code treated `null` as absent).
#[allow(dead_code)]
pub fn deserialize_non_null<'de, D, T>(deserializer: D) -> std::result::Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::Deserialize<'de>,
{
    T::deserialize(deserializer).map(Some)
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct CreateApplicantHeaderParams {
    #[validate(
                    length(min = 1, max = 255),
                      regex(path = *RE_CREATEAPPLICANTHEADERPARAMS_IDEMPOTENCY_KEY),
            )]
    pub idempotency_key: String,
}

lazy_static::lazy_static! {
    static ref RE_CREATEAPPLICANTHEADERPARAMS_IDEMPOTENCY_KEY: regex::Regex = regex::Regex::new("^[\\x21-\\x7E]+$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct DeleteApplicantPathParams {
    /// Applicant identifier.
    pub id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct GetApplicantPathParams {
    /// Applicant identifier.
    pub id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct ListApplicantsQueryParams {
    /// Text query over name and skills.
    #[serde(rename = "q")]
    #[validate(length(min = 1, max = 200))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub q: Option<String>,
    /// Only applicants with this skill (case-insensitive).
    #[serde(rename = "skill")]
    #[validate(length(min = 1, max = 64))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skill: Option<String>,
    /// Language slug (from the taxonomy).
    #[serde(rename = "language")]
    #[validate(
                        length(min = 1, max = 100),
                          regex(path = *RE_LISTAPPLICANTSQUERYPARAMS_LANGUAGE),
              )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Only records changed after this time (RFC 3339), oldest change first, in `(updated_at, id)` order. To sync, keep the last item's `updated_at` and ask again with a small overlap; `GET /v1/events` is the exact feed.
    #[serde(rename = "updated_after")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated_after: Option<chrono::DateTime<chrono::Utc>>,
    /// Opaque cursor from a previous page's `next_cursor`, used with the same filters.
    #[serde(rename = "cursor")]
    #[validate(
                        length(min = 1, max = 1024),
                          regex(path = *RE_LISTAPPLICANTSQUERYPARAMS_CURSOR),
              )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// Page size.
    #[serde(rename = "limit")]
    #[validate(range(min = 1u32, max = 100u32))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
}

lazy_static::lazy_static! {
    static ref RE_LISTAPPLICANTSQUERYPARAMS_LANGUAGE: regex::Regex = regex::Regex::new("^[a-z0-9]+(-[a-z0-9]+)*$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_LISTAPPLICANTSQUERYPARAMS_CURSOR: regex::Regex = regex::Regex::new("^[A-Za-z0-9_-]+$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct UpdateApplicantHeaderParams {
    #[validate(
                    length(min = 1, max = 128),
                      regex(path = *RE_UPDATEAPPLICANTHEADERPARAMS_IF_MATCH),
            )]
    pub if_match: String,
}

lazy_static::lazy_static! {
    static ref RE_UPDATEAPPLICANTHEADERPARAMS_IF_MATCH: regex::Regex = regex::Regex::new("^(\\*|(W/)?\\x22[\\x21\\x23-\\x7E]*\\x22( *, *(W/)?\\x22[\\x21\\x23-\\x7E]*\\x22)*)$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct UpdateApplicantPathParams {
    /// Applicant identifier.
    pub id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct CreateJobApplicationHeaderParams {
    #[validate(
                    length(min = 1, max = 255),
                      regex(path = *RE_CREATEJOBAPPLICATIONHEADERPARAMS_IDEMPOTENCY_KEY),
            )]
    pub idempotency_key: String,
}

lazy_static::lazy_static! {
    static ref RE_CREATEJOBAPPLICATIONHEADERPARAMS_IDEMPOTENCY_KEY: regex::Regex = regex::Regex::new("^[\\x21-\\x7E]+$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct CreateJobApplicationPathParams {
    /// Job identifier.
    pub id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct GetApplicationPathParams {
    /// Application identifier.
    pub id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct ListApplicationsQueryParams {
    /// Only applications in this status.
    #[serde(rename = "status")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<models::ApplicationStatus>,
    /// Only applications to this job.
    #[serde(rename = "job_id")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub job_id: Option<uuid::Uuid>,
    /// Only records changed after this time (RFC 3339), oldest change first, in `(updated_at, id)` order. To sync, keep the last item's `updated_at` and ask again with a small overlap; `GET /v1/events` is the exact feed.
    #[serde(rename = "updated_after")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated_after: Option<chrono::DateTime<chrono::Utc>>,
    /// Opaque cursor from a previous page's `next_cursor`, used with the same filters.
    #[serde(rename = "cursor")]
    #[validate(
                        length(min = 1, max = 1024),
                          regex(path = *RE_LISTAPPLICATIONSQUERYPARAMS_CURSOR),
              )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// Page size.
    #[serde(rename = "limit")]
    #[validate(range(min = 1u32, max = 100u32))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
}

lazy_static::lazy_static! {
    static ref RE_LISTAPPLICATIONSQUERYPARAMS_CURSOR: regex::Regex = regex::Regex::new("^[A-Za-z0-9_-]+$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct ListJobApplicationsPathParams {
    /// Job identifier.
    pub id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct ListJobApplicationsQueryParams {
    /// Only applications in this status.
    #[serde(rename = "status")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<models::ApplicationStatus>,
    /// Opaque cursor from a previous page's `next_cursor`, used with the same filters.
    #[serde(rename = "cursor")]
    #[validate(
                        length(min = 1, max = 1024),
                          regex(path = *RE_LISTJOBAPPLICATIONSQUERYPARAMS_CURSOR),
              )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// Page size.
    #[serde(rename = "limit")]
    #[validate(range(min = 1u32, max = 100u32))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
}

lazy_static::lazy_static! {
    static ref RE_LISTJOBAPPLICATIONSQUERYPARAMS_CURSOR: regex::Regex = regex::Regex::new("^[A-Za-z0-9_-]+$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct ListMyApplicationsQueryParams {
    /// Opaque cursor from a previous page's `next_cursor`, used with the same filters.
    #[serde(rename = "cursor")]
    #[validate(
                        length(min = 1, max = 1024),
                          regex(path = *RE_LISTMYAPPLICATIONSQUERYPARAMS_CURSOR),
              )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// Page size.
    #[serde(rename = "limit")]
    #[validate(range(min = 1u32, max = 100u32))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
}

lazy_static::lazy_static! {
    static ref RE_LISTMYAPPLICATIONSQUERYPARAMS_CURSOR: regex::Regex = regex::Regex::new("^[A-Za-z0-9_-]+$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct MergeApplicationSubmissionPathParams {
    /// Application identifier.
    pub id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct MergeApplicationSubmissionQueryParams {
    /// The submission to merge (default the application's first).
    #[serde(rename = "submission_id")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub submission_id: Option<uuid::Uuid>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct UpdateApplicationHeaderParams {
    #[validate(
                    length(min = 1, max = 128),
                      regex(path = *RE_UPDATEAPPLICATIONHEADERPARAMS_IF_MATCH),
            )]
    pub if_match: String,
}

lazy_static::lazy_static! {
    static ref RE_UPDATEAPPLICATIONHEADERPARAMS_IF_MATCH: regex::Regex = regex::Regex::new("^(\\*|(W/)?\\x22[\\x21\\x23-\\x7E]*\\x22( *, *(W/)?\\x22[\\x21\\x23-\\x7E]*\\x22)*)$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct UpdateApplicationPathParams {
    /// Application identifier.
    pub id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct ListAuditEventsQueryParams {
    /// Only events about this kind of entity.
    #[serde(rename = "entity_type")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entity_type: Option<models::AuditEntityType>,
    /// Only events about this entity.
    #[serde(rename = "entity_id")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entity_id: Option<uuid::Uuid>,
    /// Only events with this action, for example `job.published`.
    #[serde(rename = "action")]
    #[validate(
                        length(min = 1, max = 64),
                          regex(path = *RE_LISTAUDITEVENTSQUERYPARAMS_ACTION),
              )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
    /// Only events at or after this time.
    #[serde(rename = "since")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub since: Option<chrono::DateTime<chrono::Utc>>,
    /// Only events before this time.
    #[serde(rename = "until")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub until: Option<chrono::DateTime<chrono::Utc>>,
    /// Opaque cursor from a previous page's `next_cursor`, used with the same filters.
    #[serde(rename = "cursor")]
    #[validate(
                        length(min = 1, max = 1024),
                          regex(path = *RE_LISTAUDITEVENTSQUERYPARAMS_CURSOR),
              )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// Page size.
    #[serde(rename = "limit")]
    #[validate(range(min = 1u32, max = 100u32))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
}

lazy_static::lazy_static! {
    static ref RE_LISTAUDITEVENTSQUERYPARAMS_ACTION: regex::Regex = regex::Regex::new("^[a-z_]+(\\.[a-z_]+)*$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_LISTAUDITEVENTSQUERYPARAMS_CURSOR: regex::Regex = regex::Regex::new("^[A-Za-z0-9_-]+$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct UpdateEmployerHeaderParams {
    #[validate(
                    length(min = 1, max = 128),
                      regex(path = *RE_UPDATEEMPLOYERHEADERPARAMS_IF_MATCH),
            )]
    pub if_match: String,
}

lazy_static::lazy_static! {
    static ref RE_UPDATEEMPLOYERHEADERPARAMS_IF_MATCH: regex::Regex = regex::Regex::new("^(\\*|(W/)?\\x22[\\x21\\x23-\\x7E]*\\x22( *, *(W/)?\\x22[\\x21\\x23-\\x7E]*\\x22)*)$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct ListEventsQueryParams {
    /// Only events of this type, or of a family (`application.*`); `*` is every type.
    #[serde(rename = "type")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<models::WebhookEventSelector>,
    /// Only events that happened at or after this time (RFC 3339), to start a sync from now.
    #[serde(rename = "since")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub since: Option<chrono::DateTime<chrono::Utc>>,
    /// Opaque cursor from a previous page's `next_cursor`, used with the same filters.
    #[serde(rename = "cursor")]
    #[validate(
                        length(min = 1, max = 1024),
                          regex(path = *RE_LISTEVENTSQUERYPARAMS_CURSOR),
              )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// Page size.
    #[serde(rename = "limit")]
    #[validate(range(min = 1u32, max = 100u32))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
}

lazy_static::lazy_static! {
    static ref RE_LISTEVENTSQUERYPARAMS_CURSOR: regex::Regex = regex::Regex::new("^[A-Za-z0-9_-]+$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct CloseJobPathParams {
    /// Job identifier.
    pub id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct CreateJobHeaderParams {
    #[validate(
                    length(min = 1, max = 255),
                      regex(path = *RE_CREATEJOBHEADERPARAMS_IDEMPOTENCY_KEY),
            )]
    pub idempotency_key: String,
}

lazy_static::lazy_static! {
    static ref RE_CREATEJOBHEADERPARAMS_IDEMPOTENCY_KEY: regex::Regex = regex::Regex::new("^[\\x21-\\x7E]+$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct DeleteJobPathParams {
    /// Job identifier.
    pub id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct GetJobPathParams {
    /// Job identifier.
    pub id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct ListJobsQueryParams {
    /// Full-text query (web search syntax; title weighs more than description).
    #[serde(rename = "q")]
    #[validate(length(min = 1, max = 200))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub q: Option<String>,
    /// Only jobs in this status.
    #[serde(rename = "status")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<models::JobStatus>,
    /// Department slug (from the taxonomy).
    #[serde(rename = "department")]
    #[validate(
                        length(min = 1, max = 100),
                          regex(path = *RE_LISTJOBSQUERYPARAMS_DEPARTMENT),
              )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub department: Option<String>,
    /// Language slug (from the taxonomy).
    #[serde(rename = "language")]
    #[validate(
                        length(min = 1, max = 100),
                          regex(path = *RE_LISTJOBSQUERYPARAMS_LANGUAGE),
              )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Location slug (from the taxonomy).
    #[serde(rename = "location")]
    #[validate(
                        length(min = 1, max = 100),
                          regex(path = *RE_LISTJOBSQUERYPARAMS_LOCATION),
              )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// Only jobs of this employment type.
    #[serde(rename = "employment_type")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub employment_type: Option<models::EmploymentType>,
    /// Only records changed after this time (RFC 3339), oldest change first, in `(updated_at, id)` order. To sync, keep the last item's `updated_at` and ask again with a small overlap; `GET /v1/events` is the exact feed.
    #[serde(rename = "updated_after")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated_after: Option<chrono::DateTime<chrono::Utc>>,
    /// Opaque cursor from a previous page's `next_cursor`, used with the same filters.
    #[serde(rename = "cursor")]
    #[validate(
                        length(min = 1, max = 1024),
                          regex(path = *RE_LISTJOBSQUERYPARAMS_CURSOR),
              )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// Page size.
    #[serde(rename = "limit")]
    #[validate(range(min = 1u32, max = 100u32))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
}

lazy_static::lazy_static! {
    static ref RE_LISTJOBSQUERYPARAMS_DEPARTMENT: regex::Regex = regex::Regex::new("^[a-z0-9]+(-[a-z0-9]+)*$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_LISTJOBSQUERYPARAMS_LANGUAGE: regex::Regex = regex::Regex::new("^[a-z0-9]+(-[a-z0-9]+)*$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_LISTJOBSQUERYPARAMS_LOCATION: regex::Regex = regex::Regex::new("^[a-z0-9]+(-[a-z0-9]+)*$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_LISTJOBSQUERYPARAMS_CURSOR: regex::Regex = regex::Regex::new("^[A-Za-z0-9_-]+$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct PublishJobPathParams {
    /// Job identifier.
    pub id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct UpdateJobHeaderParams {
    #[validate(
                    length(min = 1, max = 128),
                      regex(path = *RE_UPDATEJOBHEADERPARAMS_IF_MATCH),
            )]
    pub if_match: String,
}

lazy_static::lazy_static! {
    static ref RE_UPDATEJOBHEADERPARAMS_IF_MATCH: regex::Regex = regex::Regex::new("^(\\*|(W/)?\\x22[\\x21\\x23-\\x7E]*\\x22( *, *(W/)?\\x22[\\x21\\x23-\\x7E]*\\x22)*)$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct UpdateJobPathParams {
    /// Job identifier.
    pub id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct GetHealthQueryParams {
    /// Include one entry per dependency.
    #[serde(rename = "verbose")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verbose: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct ApplyToJobHeaderParams {
    #[validate(
                    length(min = 1, max = 255),
                      regex(path = *RE_APPLYTOJOBHEADERPARAMS_IDEMPOTENCY_KEY),
            )]
    pub idempotency_key: String,
}

lazy_static::lazy_static! {
    static ref RE_APPLYTOJOBHEADERPARAMS_IDEMPOTENCY_KEY: regex::Regex = regex::Regex::new("^[\\x21-\\x7E]+$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct ApplyToJobPathParams {
    /// Job identifier.
    pub id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct GetPublicEmployerPathParams {
    /// An employer's careers slug (lower-case letters, digits and single hyphens).
    #[validate(
                        length(min = 1, max = 50),
                          regex(path = *RE_GETPUBLICEMPLOYERPATHPARAMS_SLUG),
            )]
    pub slug: String,
}

lazy_static::lazy_static! {
    static ref RE_GETPUBLICEMPLOYERPATHPARAMS_SLUG: regex::Regex = regex::Regex::new("^[a-z0-9]([a-z0-9-]{0,48}[a-z0-9])?$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct GetPublicJobPathParams {
    /// Job identifier.
    pub id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct GetPublicJobFeedQueryParams {
    /// Only this employer's jobs.
    #[serde(rename = "employer_id")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub employer_id: Option<uuid::Uuid>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct ListPublicJobChangesQueryParams {
    /// Only this employer's jobs.
    #[serde(rename = "employer_id")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub employer_id: Option<uuid::Uuid>,
    /// Opaque cursor from a previous page's `next_cursor`, used with the same filters.
    #[serde(rename = "cursor")]
    #[validate(
                        length(min = 1, max = 1024),
                          regex(path = *RE_LISTPUBLICJOBCHANGESQUERYPARAMS_CURSOR),
              )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// Page size.
    #[serde(rename = "limit")]
    #[validate(range(min = 1u32, max = 100u32))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
}

lazy_static::lazy_static! {
    static ref RE_LISTPUBLICJOBCHANGESQUERYPARAMS_CURSOR: regex::Regex = regex::Regex::new("^[A-Za-z0-9_-]+$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct PresignPublicUploadHeaderParams {
    #[validate(
                    length(min = 1, max = 255),
                      regex(path = *RE_PRESIGNPUBLICUPLOADHEADERPARAMS_IDEMPOTENCY_KEY),
            )]
    pub idempotency_key: String,
}

lazy_static::lazy_static! {
    static ref RE_PRESIGNPUBLICUPLOADHEADERPARAMS_IDEMPOTENCY_KEY: regex::Regex = regex::Regex::new("^[\\x21-\\x7E]+$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct PresignPublicUploadPathParams {
    /// Job identifier.
    pub id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct SearchPublicJobsQueryParams {
    /// What to search for, as people type it: words, `\"quoted phrases\"` and `-exclusions`. At most 200 characters and 16 words (words, phrases and exclusions together); a longer query is `422` with a pointer to `#/query/q`.
    #[serde(rename = "q")]
    #[validate(length(min = 1, max = 200))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub q: Option<String>,
    /// Only this employer's jobs.
    #[serde(rename = "employer_id")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub employer_id: Option<uuid::Uuid>,
    /// Department slug (from the taxonomy).
    #[serde(rename = "department")]
    #[validate(
                        length(min = 1, max = 100),
                          regex(path = *RE_SEARCHPUBLICJOBSQUERYPARAMS_DEPARTMENT),
              )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub department: Option<String>,
    /// Language slug (from the taxonomy).
    #[serde(rename = "language")]
    #[validate(
                        length(min = 1, max = 100),
                          regex(path = *RE_SEARCHPUBLICJOBSQUERYPARAMS_LANGUAGE),
              )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Location slug (from the taxonomy).
    #[serde(rename = "location")]
    #[validate(
                        length(min = 1, max = 100),
                          regex(path = *RE_SEARCHPUBLICJOBSQUERYPARAMS_LOCATION),
              )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// Only jobs of this employment type.
    #[serde(rename = "employment_type")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub employment_type: Option<models::EmploymentType>,
    /// Also return counts per department, language, location and employment type.
    #[serde(rename = "facets")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub facets: Option<bool>,
    /// Opaque cursor from a previous page's `next_cursor`, used with the same filters.
    #[serde(rename = "cursor")]
    #[validate(
                        length(min = 1, max = 1024),
                          regex(path = *RE_SEARCHPUBLICJOBSQUERYPARAMS_CURSOR),
              )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// Page size.
    #[serde(rename = "limit")]
    #[validate(range(min = 1u32, max = 100u32))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
}

lazy_static::lazy_static! {
    static ref RE_SEARCHPUBLICJOBSQUERYPARAMS_DEPARTMENT: regex::Regex = regex::Regex::new("^[a-z0-9]+(-[a-z0-9]+)*$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_SEARCHPUBLICJOBSQUERYPARAMS_LANGUAGE: regex::Regex = regex::Regex::new("^[a-z0-9]+(-[a-z0-9]+)*$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_SEARCHPUBLICJOBSQUERYPARAMS_LOCATION: regex::Regex = regex::Regex::new("^[a-z0-9]+(-[a-z0-9]+)*$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_SEARCHPUBLICJOBSQUERYPARAMS_CURSOR: regex::Regex = regex::Regex::new("^[A-Za-z0-9_-]+$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct SuggestPublicJobsQueryParams {
    /// What has been typed so far. At most 100 characters and 16 words; a longer one is `422` with a pointer to `#/query/q`.
    #[serde(rename = "q")]
    #[validate(length(min = 1, max = 100))]
    pub q: String,
    /// How many completions to return at most.
    #[serde(rename = "limit")]
    #[validate(range(min = 1u32, max = 20u32))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct DeleteShortlistEntryPathParams {
    /// Job identifier.
    pub id: uuid::Uuid,
    /// Applicant identifier.
    pub applicant_id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct GetShortlistPathParams {
    /// Job identifier.
    pub id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct ReplaceShortlistHeaderParams {
    #[validate(
                    length(min = 1, max = 128),
                      regex(path = *RE_REPLACESHORTLISTHEADERPARAMS_IF_MATCH),
            )]
    pub if_match: String,
}

lazy_static::lazy_static! {
    static ref RE_REPLACESHORTLISTHEADERPARAMS_IF_MATCH: regex::Regex = regex::Regex::new("^(\\*|(W/)?\\x22[\\x21\\x23-\\x7E]*\\x22( *, *(W/)?\\x22[\\x21\\x23-\\x7E]*\\x22)*)$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct ReplaceShortlistPathParams {
    /// Job identifier.
    pub id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct UpsertShortlistEntryPathParams {
    /// Job identifier.
    pub id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct ListDepartmentsQueryParams {
    /// Only this employer's jobs.
    #[serde(rename = "employer_id")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub employer_id: Option<uuid::Uuid>,
    /// Opaque cursor from a previous page's `next_cursor`, used with the same filters.
    #[serde(rename = "cursor")]
    #[validate(
                        length(min = 1, max = 1024),
                          regex(path = *RE_LISTDEPARTMENTSQUERYPARAMS_CURSOR),
              )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// Page size.
    #[serde(rename = "limit")]
    #[validate(range(min = 1u32, max = 100u32))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
}

lazy_static::lazy_static! {
    static ref RE_LISTDEPARTMENTSQUERYPARAMS_CURSOR: regex::Regex = regex::Regex::new("^[A-Za-z0-9_-]+$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct ListLanguagesQueryParams {
    /// Only this employer's jobs.
    #[serde(rename = "employer_id")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub employer_id: Option<uuid::Uuid>,
    /// Opaque cursor from a previous page's `next_cursor`, used with the same filters.
    #[serde(rename = "cursor")]
    #[validate(
                        length(min = 1, max = 1024),
                          regex(path = *RE_LISTLANGUAGESQUERYPARAMS_CURSOR),
              )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// Page size.
    #[serde(rename = "limit")]
    #[validate(range(min = 1u32, max = 100u32))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
}

lazy_static::lazy_static! {
    static ref RE_LISTLANGUAGESQUERYPARAMS_CURSOR: regex::Regex = regex::Regex::new("^[A-Za-z0-9_-]+$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct ListLocationsQueryParams {
    /// Only this employer's jobs.
    #[serde(rename = "employer_id")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub employer_id: Option<uuid::Uuid>,
    /// Opaque cursor from a previous page's `next_cursor`, used with the same filters.
    #[serde(rename = "cursor")]
    #[validate(
                        length(min = 1, max = 1024),
                          regex(path = *RE_LISTLOCATIONSQUERYPARAMS_CURSOR),
              )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// Page size.
    #[serde(rename = "limit")]
    #[validate(range(min = 1u32, max = 100u32))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
}

lazy_static::lazy_static! {
    static ref RE_LISTLOCATIONSQUERYPARAMS_CURSOR: regex::Regex = regex::Regex::new("^[A-Za-z0-9_-]+$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct CompleteUploadPathParams {
    /// Upload identifier.
    pub id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct GetUploadPathParams {
    /// Upload identifier.
    pub id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct PresignUploadHeaderParams {
    #[validate(
                    length(min = 1, max = 255),
                      regex(path = *RE_PRESIGNUPLOADHEADERPARAMS_IDEMPOTENCY_KEY),
            )]
    pub idempotency_key: String,
}

lazy_static::lazy_static! {
    static ref RE_PRESIGNUPLOADHEADERPARAMS_IDEMPOTENCY_KEY: regex::Regex = regex::Regex::new("^[\\x21-\\x7E]+$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct CreateWebhookSubscriptionHeaderParams {
    #[validate(
                    length(min = 1, max = 255),
                      regex(path = *RE_CREATEWEBHOOKSUBSCRIPTIONHEADERPARAMS_IDEMPOTENCY_KEY),
            )]
    pub idempotency_key: String,
}

lazy_static::lazy_static! {
    static ref RE_CREATEWEBHOOKSUBSCRIPTIONHEADERPARAMS_IDEMPOTENCY_KEY: regex::Regex = regex::Regex::new("^[\\x21-\\x7E]+$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct DeleteWebhookSubscriptionPathParams {
    /// Webhook subscription identifier.
    pub id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct GetWebhookSubscriptionPathParams {
    /// Webhook subscription identifier.
    pub id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct ListWebhookDeliveriesPathParams {
    /// Webhook subscription identifier.
    pub id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct ListWebhookDeliveriesQueryParams {
    /// Only deliveries in this status.
    #[serde(rename = "status")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<models::DeliveryStatus>,
    /// Opaque cursor from a previous page's `next_cursor`, used with the same filters.
    #[serde(rename = "cursor")]
    #[validate(
                        length(min = 1, max = 1024),
                          regex(path = *RE_LISTWEBHOOKDELIVERIESQUERYPARAMS_CURSOR),
              )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// Page size.
    #[serde(rename = "limit")]
    #[validate(range(min = 1u32, max = 100u32))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
}

lazy_static::lazy_static! {
    static ref RE_LISTWEBHOOKDELIVERIESQUERYPARAMS_CURSOR: regex::Regex = regex::Regex::new("^[A-Za-z0-9_-]+$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct ListWebhookSubscriptionsQueryParams {
    /// Opaque cursor from a previous page's `next_cursor`, used with the same filters.
    #[serde(rename = "cursor")]
    #[validate(
                        length(min = 1, max = 1024),
                          regex(path = *RE_LISTWEBHOOKSUBSCRIPTIONSQUERYPARAMS_CURSOR),
              )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// Page size.
    #[serde(rename = "limit")]
    #[validate(range(min = 1u32, max = 100u32))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
}

lazy_static::lazy_static! {
    static ref RE_LISTWEBHOOKSUBSCRIPTIONSQUERYPARAMS_CURSOR: regex::Regex = regex::Regex::new("^[A-Za-z0-9_-]+$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct PingWebhookSubscriptionPathParams {
    /// Webhook subscription identifier.
    pub id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct RedeliverWebhookDeliveryPathParams {
    /// Webhook subscription identifier.
    pub id: uuid::Uuid,
    /// Delivery identifier.
    pub delivery_id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct RotateWebhookSecretPathParams {
    /// Webhook subscription identifier.
    pub id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct Applicant {
    /// The resource's ETag, as the `ETag` header gives it: send it as `If-Match` to change the resource, also straight from a list.
    #[serde(rename = "etag")]
    #[validate(length(max = 32))]
    pub etag: String,

    /// Identifier of the applicant.
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    /// The person's full name.
    #[serde(rename = "name")]
    #[validate(length(max = 200))]
    pub name: String,

    /// E-mail address; one applicant per address and employer.
    #[serde(rename = "email")]
    #[validate(length(max = 254))]
    pub email: String,

    /// Phone number with optional country code, digits, spaces, brackets and dashes.
    #[serde(rename = "phone")]
    #[validate(length(max = 32))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<Nullable<String>>,

    /// Skills, as plain names; matched case- and accent-insensitively.
    #[serde(rename = "skills")]
    #[validate(length(max = 50))]
    pub skills: Vec<String>,

    /// Languages, as plain names (e.g. `English`, `Dhivehi`); matched case- and accent-insensitively.
    #[serde(rename = "languages")]
    #[validate(length(max = 20))]
    pub languages: Vec<String>,

    /// A verified upload with purpose `cv` of the same employer.
    #[serde(rename = "cv_upload_id")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cv_upload_id: Option<Nullable<uuid::Uuid>>,

    /// A link to the CV elsewhere (http or https only).
    #[serde(rename = "cv_url")]
    #[validate(
            length(max = 2048),
            regex(path = *RE_APPLICANT_CV_URL),
    )]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cv_url: Option<Nullable<String>>,

    /// Profiles or portfolio links (http or https only).
    #[serde(rename = "links")]
    #[validate(length(max = 10))]
    pub links: Vec<String>,

    /// The data-processing consent the person gave.
    #[serde(rename = "consent")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub consent: Option<Nullable<models::ConsentRecord>>,

    /// When it was created (RFC 3339, UTC).
    #[serde(rename = "created_at")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    pub created_at: chrono::DateTime<chrono::Utc>,

    /// When it last changed (RFC 3339, UTC).
    #[serde(rename = "updated_at")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

lazy_static::lazy_static! {
    static ref RE_APPLICANT_CV_URL: regex::Regex = regex::Regex::new("^[Hh][Tt][Tt][Pp][Ss]?://[^\\s]+$").unwrap();
}

impl Applicant {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        etag: String,
        id: uuid::Uuid,
        name: String,
        email: String,
        skills: Vec<String>,
        languages: Vec<String>,
        links: Vec<String>,
        created_at: chrono::DateTime<chrono::Utc>,
        updated_at: chrono::DateTime<chrono::Utc>,
    ) -> Applicant {
        Applicant {
            etag,
            id,
            name,
            email,
            phone: None,
            skills,
            languages,
            cv_upload_id: None,
            cv_url: None,
            links,
            consent: None,
            created_at,
            updated_at,
        }
    }
}

/// Converts the Applicant value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for Applicant {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("etag".to_string()),
            Some(self.etag.to_string()),
            // Skipping id in query parameter serialization
            Some("name".to_string()),
            Some(self.name.to_string()),
            Some("email".to_string()),
            Some(self.email.to_string()),
            self.phone.as_ref().map(|phone| {
                [
                    "phone".to_string(),
                    phone.as_ref().map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            Some("skills".to_string()),
            Some(
                self.skills
                    .iter()
                    .map(|x| x.to_string())
                    .collect::<Vec<_>>()
                    .join(","),
            ),
            Some("languages".to_string()),
            Some(
                self.languages
                    .iter()
                    .map(|x| x.to_string())
                    .collect::<Vec<_>>()
                    .join(","),
            ),
            // Skipping cv_upload_id in query parameter serialization
            self.cv_url.as_ref().map(|cv_url| {
                [
                    "cv_url".to_string(),
                    cv_url
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            Some("links".to_string()),
            Some(
                self.links
                    .iter()
                    .map(|x| x.to_string())
                    .collect::<Vec<_>>()
                    .join(","),
            ),
            // Skipping consent in query parameter serialization

            // Skipping created_at in query parameter serialization

            // Skipping updated_at in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Applicant value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Applicant {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub etag: Vec<String>,
            pub id: Vec<uuid::Uuid>,
            pub name: Vec<String>,
            pub email: Vec<String>,
            pub phone: Vec<String>,
            pub skills: Vec<Vec<String>>,
            pub languages: Vec<Vec<String>>,
            pub cv_upload_id: Vec<uuid::Uuid>,
            pub cv_url: Vec<String>,
            pub links: Vec<Vec<String>>,
            pub consent: Vec<models::ConsentRecord>,
            pub created_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub updated_at: Vec<chrono::DateTime<chrono::Utc>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing Applicant".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "etag" => intermediate_rep.etag.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "email" => intermediate_rep.email.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "phone" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Applicant"
                                .to_string(),
                        );
                    }
                    "skills" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in Applicant"
                                .to_string(),
                        );
                    }
                    "languages" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in Applicant"
                                .to_string(),
                        );
                    }
                    "cv_upload_id" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Applicant"
                                .to_string(),
                        );
                    }
                    "cv_url" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Applicant"
                                .to_string(),
                        );
                    }
                    "links" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in Applicant"
                                .to_string(),
                        );
                    }
                    "consent" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Applicant"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "created_at" => intermediate_rep.created_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "updated_at" => intermediate_rep.updated_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing Applicant".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Applicant {
            etag: intermediate_rep
                .etag
                .into_iter()
                .next()
                .ok_or_else(|| "etag missing in Applicant".to_string())?,
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in Applicant".to_string())?,
            name: intermediate_rep
                .name
                .into_iter()
                .next()
                .ok_or_else(|| "name missing in Applicant".to_string())?,
            email: intermediate_rep
                .email
                .into_iter()
                .next()
                .ok_or_else(|| "email missing in Applicant".to_string())?,
            phone: std::result::Result::Err(
                "Nullable types not supported in Applicant".to_string(),
            )?,
            skills: intermediate_rep
                .skills
                .into_iter()
                .next()
                .ok_or_else(|| "skills missing in Applicant".to_string())?,
            languages: intermediate_rep
                .languages
                .into_iter()
                .next()
                .ok_or_else(|| "languages missing in Applicant".to_string())?,
            cv_upload_id: std::result::Result::Err(
                "Nullable types not supported in Applicant".to_string(),
            )?,
            cv_url: std::result::Result::Err(
                "Nullable types not supported in Applicant".to_string(),
            )?,
            links: intermediate_rep
                .links
                .into_iter()
                .next()
                .ok_or_else(|| "links missing in Applicant".to_string())?,
            consent: std::result::Result::Err(
                "Nullable types not supported in Applicant".to_string(),
            )?,
            created_at: intermediate_rep
                .created_at
                .into_iter()
                .next()
                .ok_or_else(|| "created_at missing in Applicant".to_string())?,
            updated_at: intermediate_rep
                .updated_at
                .into_iter()
                .next()
                .ok_or_else(|| "updated_at missing in Applicant".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Applicant> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<Applicant>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<Applicant>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for Applicant - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<Applicant> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <Applicant as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into Applicant - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[serde(deny_unknown_fields)]
pub struct ApplicantCreate {
    /// Not blank (U+0085 counts as blank too).
    #[serde(rename = "name")]
    #[validate(
            length(min = 1, max = 200),
            regex(path = *RE_APPLICANTCREATE_NAME),
    )]
    pub name: String,

    /// E-mail address; one applicant per address and employer.
    #[serde(rename = "email")]
    #[validate(length(max = 254))]
    pub email: String,

    /// Phone number with optional country code, digits, spaces, brackets and dashes.
    #[serde(rename = "phone")]
    #[validate(
            length(min = 4, max = 32),
            regex(path = *RE_APPLICANTCREATE_PHONE),
    )]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,

    /// Skills, as plain names; matched case- and accent-insensitively.
    #[serde(rename = "skills")]
    #[validate(length(max = 50))]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skills: Option<Vec<String>>,

    /// Languages, as plain names (e.g. `English`, `Dhivehi`); matched case- and accent-insensitively.
    #[serde(rename = "languages")]
    #[validate(length(max = 20))]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub languages: Option<Vec<String>>,

    /// A verified upload with purpose `cv` of the same employer.
    #[serde(rename = "cv_upload_id")]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cv_upload_id: Option<uuid::Uuid>,

    /// A link to the CV elsewhere (http or https only).
    #[serde(rename = "cv_url")]
    #[validate(
            length(max = 2048),
            regex(path = *RE_APPLICANTCREATE_CV_URL),
    )]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cv_url: Option<String>,

    /// Profiles or portfolio links (http or https only).
    #[serde(rename = "links")]
    #[validate(length(max = 10))]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub links: Option<Vec<String>>,

    /// The data-processing consent the person gave.
    #[serde(rename = "consent")]
    #[validate(nested)]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub consent: Option<models::Consent>,
}

lazy_static::lazy_static! {
    static ref RE_APPLICANTCREATE_NAME: regex::Regex = regex::Regex::new("[^\\s\\u0085]").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_APPLICANTCREATE_PHONE: regex::Regex = regex::Regex::new("^\\+?[0-9][0-9 ()-]{2,30}[0-9]$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_APPLICANTCREATE_CV_URL: regex::Regex = regex::Regex::new("^[Hh][Tt][Tt][Pp][Ss]?://[^\\s]+$").unwrap();
}

impl ApplicantCreate {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(name: String, email: String) -> ApplicantCreate {
        ApplicantCreate {
            name,
            email,
            phone: None,
            skills: None,
            languages: None,
            cv_upload_id: None,
            cv_url: None,
            links: None,
            consent: None,
        }
    }
}

/// Converts the ApplicantCreate value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ApplicantCreate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("name".to_string()),
            Some(self.name.to_string()),
            Some("email".to_string()),
            Some(self.email.to_string()),
            self.phone
                .as_ref()
                .map(|phone| ["phone".to_string(), phone.to_string()].join(",")),
            self.skills.as_ref().map(|skills| {
                [
                    "skills".to_string(),
                    skills
                        .iter()
                        .map(|x| x.to_string())
                        .collect::<Vec<_>>()
                        .join(","),
                ]
                .join(",")
            }),
            self.languages.as_ref().map(|languages| {
                [
                    "languages".to_string(),
                    languages
                        .iter()
                        .map(|x| x.to_string())
                        .collect::<Vec<_>>()
                        .join(","),
                ]
                .join(",")
            }),
            // Skipping cv_upload_id in query parameter serialization
            self.cv_url
                .as_ref()
                .map(|cv_url| ["cv_url".to_string(), cv_url.to_string()].join(",")),
            self.links.as_ref().map(|links| {
                [
                    "links".to_string(),
                    links
                        .iter()
                        .map(|x| x.to_string())
                        .collect::<Vec<_>>()
                        .join(","),
                ]
                .join(",")
            }),
            // Skipping consent in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ApplicantCreate value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ApplicantCreate {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub name: Vec<String>,
            pub email: Vec<String>,
            pub phone: Vec<String>,
            pub skills: Vec<Vec<String>>,
            pub languages: Vec<Vec<String>>,
            pub cv_upload_id: Vec<uuid::Uuid>,
            pub cv_url: Vec<String>,
            pub links: Vec<Vec<String>>,
            pub consent: Vec<models::Consent>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ApplicantCreate".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "email" => intermediate_rep.email.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "phone" => intermediate_rep.phone.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "skills" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in ApplicantCreate"
                                .to_string(),
                        );
                    }
                    "languages" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in ApplicantCreate"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "cv_upload_id" => intermediate_rep.cv_upload_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "cv_url" => intermediate_rep.cv_url.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "links" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in ApplicantCreate"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "consent" => intermediate_rep.consent.push(
                        <models::Consent as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing ApplicantCreate".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ApplicantCreate {
            name: intermediate_rep
                .name
                .into_iter()
                .next()
                .ok_or_else(|| "name missing in ApplicantCreate".to_string())?,
            email: intermediate_rep
                .email
                .into_iter()
                .next()
                .ok_or_else(|| "email missing in ApplicantCreate".to_string())?,
            phone: intermediate_rep.phone.into_iter().next(),
            skills: intermediate_rep.skills.into_iter().next(),
            languages: intermediate_rep.languages.into_iter().next(),
            cv_upload_id: intermediate_rep.cv_upload_id.into_iter().next(),
            cv_url: intermediate_rep.cv_url.into_iter().next(),
            links: intermediate_rep.links.into_iter().next(),
            consent: intermediate_rep.consent.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ApplicantCreate> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ApplicantCreate>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ApplicantCreate>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ApplicantCreate - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ApplicantCreate> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ApplicantCreate as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ApplicantCreate - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// The body of a `applicant.created` delivery: An applicant record was created.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct ApplicantCreatedEvent {
    /// The event type.
    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "type")]
    pub r_type: String,

    /// When the event happened (RFC 3339, UTC, microseconds).
    #[serde(rename = "timestamp")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    pub timestamp: chrono::DateTime<chrono::Utc>,

    /// What happened, by id.
    #[serde(rename = "data")]
    #[validate(nested)]
    pub data: models::ApplicantEventData,
}

impl ApplicantCreatedEvent {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        r_type: String,
        timestamp: chrono::DateTime<chrono::Utc>,
        data: models::ApplicantEventData,
    ) -> ApplicantCreatedEvent {
        ApplicantCreatedEvent {
            r_type,
            timestamp,
            data,
        }
    }
}

/// Converts the ApplicantCreatedEvent value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ApplicantCreatedEvent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("type".to_string()),
            Some(self.r_type.to_string()),
            // Skipping timestamp in query parameter serialization

            // Skipping data in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ApplicantCreatedEvent value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ApplicantCreatedEvent {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub r_type: Vec<String>,
            pub timestamp: Vec<chrono::DateTime<chrono::Utc>>,
            pub data: Vec<models::ApplicantEventData>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ApplicantCreatedEvent".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "type" => intermediate_rep.r_type.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "timestamp" => intermediate_rep.timestamp.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "data" => intermediate_rep.data.push(
                        <models::ApplicantEventData as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing ApplicantCreatedEvent".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ApplicantCreatedEvent {
            r_type: intermediate_rep
                .r_type
                .into_iter()
                .next()
                .ok_or_else(|| "type missing in ApplicantCreatedEvent".to_string())?,
            timestamp: intermediate_rep
                .timestamp
                .into_iter()
                .next()
                .ok_or_else(|| "timestamp missing in ApplicantCreatedEvent".to_string())?,
            data: intermediate_rep
                .data
                .into_iter()
                .next()
                .ok_or_else(|| "data missing in ApplicantCreatedEvent".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ApplicantCreatedEvent> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ApplicantCreatedEvent>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ApplicantCreatedEvent>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ApplicantCreatedEvent - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ApplicantCreatedEvent> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ApplicantCreatedEvent as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ApplicantCreatedEvent - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// The body of a `applicant.erased` delivery: A person was erased.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct ApplicantErasedEvent {
    /// The event type.
    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "type")]
    pub r_type: String,

    /// When the event happened (RFC 3339, UTC, microseconds).
    #[serde(rename = "timestamp")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    pub timestamp: chrono::DateTime<chrono::Utc>,

    /// What happened, by id.
    #[serde(rename = "data")]
    #[validate(nested)]
    pub data: models::ApplicantEventData,
}

impl ApplicantErasedEvent {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        r_type: String,
        timestamp: chrono::DateTime<chrono::Utc>,
        data: models::ApplicantEventData,
    ) -> ApplicantErasedEvent {
        ApplicantErasedEvent {
            r_type,
            timestamp,
            data,
        }
    }
}

/// Converts the ApplicantErasedEvent value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ApplicantErasedEvent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("type".to_string()),
            Some(self.r_type.to_string()),
            // Skipping timestamp in query parameter serialization

            // Skipping data in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ApplicantErasedEvent value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ApplicantErasedEvent {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub r_type: Vec<String>,
            pub timestamp: Vec<chrono::DateTime<chrono::Utc>>,
            pub data: Vec<models::ApplicantEventData>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ApplicantErasedEvent".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "type" => intermediate_rep.r_type.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "timestamp" => intermediate_rep.timestamp.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "data" => intermediate_rep.data.push(
                        <models::ApplicantEventData as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing ApplicantErasedEvent".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ApplicantErasedEvent {
            r_type: intermediate_rep
                .r_type
                .into_iter()
                .next()
                .ok_or_else(|| "type missing in ApplicantErasedEvent".to_string())?,
            timestamp: intermediate_rep
                .timestamp
                .into_iter()
                .next()
                .ok_or_else(|| "timestamp missing in ApplicantErasedEvent".to_string())?,
            data: intermediate_rep
                .data
                .into_iter()
                .next()
                .ok_or_else(|| "data missing in ApplicantErasedEvent".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ApplicantErasedEvent> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ApplicantErasedEvent>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ApplicantErasedEvent>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ApplicantErasedEvent - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ApplicantErasedEvent> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ApplicantErasedEvent as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ApplicantErasedEvent - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// What an `applicant.*` event carries: the id and the names of changed members, never personal data.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct ApplicantEventData {
    /// The resource the event is about (the `object` it names).
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    /// What kind of resource `id` names.
    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "object")]
    pub object: String,

    /// The employer.
    #[serde(rename = "employer_id")]
    pub employer_id: uuid::Uuid,

    /// The applicant.
    #[serde(rename = "applicant_id")]
    pub applicant_id: uuid::Uuid,

    /// The members that changed (names only).
    #[serde(rename = "changed_fields")]
    #[validate(length(max = 64))]
    pub changed_fields: Vec<String>,

    /// With a merge: the application whose submission was merged.
    #[serde(rename = "merged_from_application")]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merged_from_application: Option<uuid::Uuid>,

    /// With a merge: the submission merged.
    #[serde(rename = "merged_from_submission")]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merged_from_submission: Option<uuid::Uuid>,

    /// With a merge: whether the application was linked to the submitter's login.
    #[serde(rename = "linked_login")]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub linked_login: Option<bool>,
}

impl ApplicantEventData {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        id: uuid::Uuid,
        object: String,
        employer_id: uuid::Uuid,
        applicant_id: uuid::Uuid,
        changed_fields: Vec<String>,
    ) -> ApplicantEventData {
        ApplicantEventData {
            id,
            object,
            employer_id,
            applicant_id,
            changed_fields,
            merged_from_application: None,
            merged_from_submission: None,
            linked_login: None,
        }
    }
}

/// Converts the ApplicantEventData value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ApplicantEventData {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping id in query parameter serialization
            Some("object".to_string()),
            Some(self.object.to_string()),
            // Skipping employer_id in query parameter serialization

            // Skipping applicant_id in query parameter serialization
            Some("changed_fields".to_string()),
            Some(
                self.changed_fields
                    .iter()
                    .map(|x| x.to_string())
                    .collect::<Vec<_>>()
                    .join(","),
            ),
            // Skipping merged_from_application in query parameter serialization

            // Skipping merged_from_submission in query parameter serialization
            self.linked_login.as_ref().map(|linked_login| {
                ["linked_login".to_string(), linked_login.to_string()].join(",")
            }),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ApplicantEventData value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ApplicantEventData {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub object: Vec<String>,
            pub employer_id: Vec<uuid::Uuid>,
            pub applicant_id: Vec<uuid::Uuid>,
            pub changed_fields: Vec<Vec<String>>,
            pub merged_from_application: Vec<uuid::Uuid>,
            pub merged_from_submission: Vec<uuid::Uuid>,
            pub linked_login: Vec<bool>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ApplicantEventData".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "object" => intermediate_rep.object.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "employer_id" => intermediate_rep.employer_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "applicant_id" => intermediate_rep.applicant_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    "changed_fields" => return std::result::Result::Err(
                        "Parsing a container in this style is not supported in ApplicantEventData"
                            .to_string(),
                    ),
                    #[allow(clippy::redundant_clone)]
                    "merged_from_application" => intermediate_rep.merged_from_application.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "merged_from_submission" => intermediate_rep.merged_from_submission.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "linked_login" => intermediate_rep.linked_login.push(
                        <bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing ApplicantEventData".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ApplicantEventData {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in ApplicantEventData".to_string())?,
            object: intermediate_rep
                .object
                .into_iter()
                .next()
                .ok_or_else(|| "object missing in ApplicantEventData".to_string())?,
            employer_id: intermediate_rep
                .employer_id
                .into_iter()
                .next()
                .ok_or_else(|| "employer_id missing in ApplicantEventData".to_string())?,
            applicant_id: intermediate_rep
                .applicant_id
                .into_iter()
                .next()
                .ok_or_else(|| "applicant_id missing in ApplicantEventData".to_string())?,
            changed_fields: intermediate_rep
                .changed_fields
                .into_iter()
                .next()
                .ok_or_else(|| "changed_fields missing in ApplicantEventData".to_string())?,
            merged_from_application: intermediate_rep.merged_from_application.into_iter().next(),
            merged_from_submission: intermediate_rep.merged_from_submission.into_iter().next(),
            linked_login: intermediate_rep.linked_login.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ApplicantEventData> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ApplicantEventData>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ApplicantEventData>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ApplicantEventData - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ApplicantEventData> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ApplicantEventData as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ApplicantEventData - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct ApplicantList {
    /// This page's items, in list order.
    #[serde(rename = "items")]
    #[validate(length(max = 100), nested)]
    pub items: Vec<models::Applicant>,

    /// Cursor of the next page; `null` on the last page.
    #[serde(rename = "next_cursor")]
    #[validate(length(max = 1024))]
    pub next_cursor: Nullable<String>,
}

impl ApplicantList {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(items: Vec<models::Applicant>, next_cursor: Nullable<String>) -> ApplicantList {
        ApplicantList { items, next_cursor }
    }
}

/// Converts the ApplicantList value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ApplicantList {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping items in query parameter serialization
            Some("next_cursor".to_string()),
            Some(
                self.next_cursor
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ApplicantList value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ApplicantList {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub items: Vec<Vec<models::Applicant>>,
            pub next_cursor: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ApplicantList".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "items" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in ApplicantList"
                                .to_string(),
                        );
                    }
                    "next_cursor" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in ApplicantList"
                            .to_string(),
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing ApplicantList".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ApplicantList {
            items: intermediate_rep
                .items
                .into_iter()
                .next()
                .ok_or_else(|| "items missing in ApplicantList".to_string())?,
            next_cursor: std::result::Result::Err(
                "Nullable types not supported in ApplicantList".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ApplicantList> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ApplicantList>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ApplicantList>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ApplicantList - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ApplicantList> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ApplicantList as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ApplicantList - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// The applicant; `name` and `email` are `null` once the person was erased.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct ApplicantSummary {
    /// Identifier of the resource.
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    /// The person's full name.
    #[serde(rename = "name")]
    #[validate(length(max = 200))]
    pub name: Nullable<String>,

    /// E-mail address; one applicant per address and employer.
    #[serde(rename = "email")]
    #[validate(length(max = 254))]
    pub email: Nullable<String>,
}

impl ApplicantSummary {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        id: uuid::Uuid,
        name: Nullable<String>,
        email: Nullable<String>,
    ) -> ApplicantSummary {
        ApplicantSummary { id, name, email }
    }
}

/// Converts the ApplicantSummary value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ApplicantSummary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping id in query parameter serialization
            Some("name".to_string()),
            Some(
                self.name
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
            Some("email".to_string()),
            Some(
                self.email
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ApplicantSummary value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ApplicantSummary {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub name: Vec<String>,
            pub email: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ApplicantSummary".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(<uuid::Uuid as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "name" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in ApplicantSummary".to_string()),
                    "email" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in ApplicantSummary".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing ApplicantSummary".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ApplicantSummary {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in ApplicantSummary".to_string())?,
            name: std::result::Result::Err(
                "Nullable types not supported in ApplicantSummary".to_string(),
            )?,
            email: std::result::Result::Err(
                "Nullable types not supported in ApplicantSummary".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ApplicantSummary> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ApplicantSummary>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ApplicantSummary>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ApplicantSummary - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ApplicantSummary> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ApplicantSummary as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ApplicantSummary - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[serde(deny_unknown_fields)]
pub struct ApplicantUpdate {
    /// Not blank (U+0085 counts as blank too).
    #[serde(rename = "name")]
    #[validate(
            length(min = 1, max = 200),
            regex(path = *RE_APPLICANTUPDATE_NAME),
    )]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,

    /// E-mail address; one applicant per address and employer.
    #[serde(rename = "email")]
    #[validate(length(max = 254))]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,

    /// Phone number with optional country code, digits, spaces, brackets and dashes.
    #[serde(rename = "phone")]
    #[validate(
            length(min = 4, max = 32),
            regex(path = *RE_APPLICANTUPDATE_PHONE),
    )]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<Nullable<String>>,

    /// Skills, as plain names; matched case- and accent-insensitively.
    #[serde(rename = "skills")]
    #[validate(length(max = 50))]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skills: Option<Vec<String>>,

    /// Languages, as plain names (e.g. `English`, `Dhivehi`); matched case- and accent-insensitively.
    #[serde(rename = "languages")]
    #[validate(length(max = 20))]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub languages: Option<Vec<String>>,

    /// A verified upload with purpose `cv` of the same employer.
    #[serde(rename = "cv_upload_id")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cv_upload_id: Option<Nullable<uuid::Uuid>>,

    /// A link to the CV elsewhere (http or https only).
    #[serde(rename = "cv_url")]
    #[validate(
            length(max = 2048),
            regex(path = *RE_APPLICANTUPDATE_CV_URL),
    )]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cv_url: Option<Nullable<String>>,

    /// Profiles or portfolio links (http or https only).
    #[serde(rename = "links")]
    #[validate(length(max = 10))]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub links: Option<Vec<String>>,

    /// The data-processing consent the person gave.
    #[serde(rename = "consent")]
    #[validate(nested)]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub consent: Option<models::Consent>,
}

lazy_static::lazy_static! {
    static ref RE_APPLICANTUPDATE_NAME: regex::Regex = regex::Regex::new("[^\\s\\u0085]").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_APPLICANTUPDATE_PHONE: regex::Regex = regex::Regex::new("^\\+?[0-9][0-9 ()-]{2,30}[0-9]$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_APPLICANTUPDATE_CV_URL: regex::Regex = regex::Regex::new("^[Hh][Tt][Tt][Pp][Ss]?://[^\\s]+$").unwrap();
}

impl ApplicantUpdate {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> ApplicantUpdate {
        ApplicantUpdate {
            name: None,
            email: None,
            phone: None,
            skills: None,
            languages: None,
            cv_upload_id: None,
            cv_url: None,
            links: None,
            consent: None,
        }
    }
}

/// Converts the ApplicantUpdate value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ApplicantUpdate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.name
                .as_ref()
                .map(|name| ["name".to_string(), name.to_string()].join(",")),
            self.email
                .as_ref()
                .map(|email| ["email".to_string(), email.to_string()].join(",")),
            self.phone.as_ref().map(|phone| {
                [
                    "phone".to_string(),
                    phone.as_ref().map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.skills.as_ref().map(|skills| {
                [
                    "skills".to_string(),
                    skills
                        .iter()
                        .map(|x| x.to_string())
                        .collect::<Vec<_>>()
                        .join(","),
                ]
                .join(",")
            }),
            self.languages.as_ref().map(|languages| {
                [
                    "languages".to_string(),
                    languages
                        .iter()
                        .map(|x| x.to_string())
                        .collect::<Vec<_>>()
                        .join(","),
                ]
                .join(",")
            }),
            // Skipping cv_upload_id in query parameter serialization
            self.cv_url.as_ref().map(|cv_url| {
                [
                    "cv_url".to_string(),
                    cv_url
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.links.as_ref().map(|links| {
                [
                    "links".to_string(),
                    links
                        .iter()
                        .map(|x| x.to_string())
                        .collect::<Vec<_>>()
                        .join(","),
                ]
                .join(",")
            }),
            // Skipping consent in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ApplicantUpdate value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ApplicantUpdate {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub name: Vec<String>,
            pub email: Vec<String>,
            pub phone: Vec<String>,
            pub skills: Vec<Vec<String>>,
            pub languages: Vec<Vec<String>>,
            pub cv_upload_id: Vec<uuid::Uuid>,
            pub cv_url: Vec<String>,
            pub links: Vec<Vec<String>>,
            pub consent: Vec<models::Consent>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ApplicantUpdate".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "email" => intermediate_rep.email.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "phone" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in ApplicantUpdate"
                            .to_string(),
                    ),
                    "skills" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in ApplicantUpdate"
                                .to_string(),
                        );
                    }
                    "languages" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in ApplicantUpdate"
                                .to_string(),
                        );
                    }
                    "cv_upload_id" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in ApplicantUpdate"
                            .to_string(),
                    ),
                    "cv_url" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in ApplicantUpdate"
                            .to_string(),
                    ),
                    "links" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in ApplicantUpdate"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "consent" => intermediate_rep.consent.push(
                        <models::Consent as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing ApplicantUpdate".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ApplicantUpdate {
            name: intermediate_rep.name.into_iter().next(),
            email: intermediate_rep.email.into_iter().next(),
            phone: std::result::Result::Err(
                "Nullable types not supported in ApplicantUpdate".to_string(),
            )?,
            skills: intermediate_rep.skills.into_iter().next(),
            languages: intermediate_rep.languages.into_iter().next(),
            cv_upload_id: std::result::Result::Err(
                "Nullable types not supported in ApplicantUpdate".to_string(),
            )?,
            cv_url: std::result::Result::Err(
                "Nullable types not supported in ApplicantUpdate".to_string(),
            )?,
            links: intermediate_rep.links.into_iter().next(),
            consent: intermediate_rep.consent.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ApplicantUpdate> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ApplicantUpdate>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ApplicantUpdate>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ApplicantUpdate - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ApplicantUpdate> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ApplicantUpdate as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ApplicantUpdate - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// The body of a `applicant.updated` delivery: An applicant record changed (an edit, or a merge of a submission).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct ApplicantUpdatedEvent {
    /// The event type.
    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "type")]
    pub r_type: String,

    /// When the event happened (RFC 3339, UTC, microseconds).
    #[serde(rename = "timestamp")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    pub timestamp: chrono::DateTime<chrono::Utc>,

    /// What happened, by id.
    #[serde(rename = "data")]
    #[validate(nested)]
    pub data: models::ApplicantEventData,
}

impl ApplicantUpdatedEvent {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        r_type: String,
        timestamp: chrono::DateTime<chrono::Utc>,
        data: models::ApplicantEventData,
    ) -> ApplicantUpdatedEvent {
        ApplicantUpdatedEvent {
            r_type,
            timestamp,
            data,
        }
    }
}

/// Converts the ApplicantUpdatedEvent value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ApplicantUpdatedEvent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("type".to_string()),
            Some(self.r_type.to_string()),
            // Skipping timestamp in query parameter serialization

            // Skipping data in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ApplicantUpdatedEvent value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ApplicantUpdatedEvent {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub r_type: Vec<String>,
            pub timestamp: Vec<chrono::DateTime<chrono::Utc>>,
            pub data: Vec<models::ApplicantEventData>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ApplicantUpdatedEvent".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "type" => intermediate_rep.r_type.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "timestamp" => intermediate_rep.timestamp.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "data" => intermediate_rep.data.push(
                        <models::ApplicantEventData as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing ApplicantUpdatedEvent".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ApplicantUpdatedEvent {
            r_type: intermediate_rep
                .r_type
                .into_iter()
                .next()
                .ok_or_else(|| "type missing in ApplicantUpdatedEvent".to_string())?,
            timestamp: intermediate_rep
                .timestamp
                .into_iter()
                .next()
                .ok_or_else(|| "timestamp missing in ApplicantUpdatedEvent".to_string())?,
            data: intermediate_rep
                .data
                .into_iter()
                .next()
                .ok_or_else(|| "data missing in ApplicantUpdatedEvent".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ApplicantUpdatedEvent> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ApplicantUpdatedEvent>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ApplicantUpdatedEvent>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ApplicantUpdatedEvent - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ApplicantUpdatedEvent> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ApplicantUpdatedEvent as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ApplicantUpdatedEvent - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct Application {
    /// The resource's ETag, as the `ETag` header gives it: send it as `If-Match` to change the resource, also straight from a list.
    #[serde(rename = "etag")]
    #[validate(length(max = 32))]
    pub etag: String,

    /// Identifier of the application.
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    /// The job.
    #[serde(rename = "job_id")]
    pub job_id: uuid::Uuid,

    /// The person (name and e-mail, unless erased).
    #[serde(rename = "applicant")]
    #[validate(nested)]
    pub applicant: models::ApplicantSummary,

    /// Stage in the hiring pipeline.
    #[serde(rename = "status")]
    #[validate(nested)]
    pub status: models::ApplicationStatus,

    /// `public` (applied through the careers page) or `internal` (added by a recruiter).
    #[serde(rename = "source")]
    #[validate(nested)]
    pub source: models::ApplicationSource,

    /// The cover letter as text.
    #[serde(rename = "cover_letter")]
    #[validate(length(max = 10000))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cover_letter: Option<Nullable<String>>,

    /// What the person submitted with the first public application, as they wrote it; `null` for applications a recruiter added. Personal members are `null` once the person was erased or the application anonymized.
    #[serde(rename = "submission")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub submission: Option<Nullable<models::ApplicationSnapshot>>,

    /// Every public submission to this application (the first included), newest first, at most the 20 newest; `submission_count` says how many there are. A later one comes from the same e-mail address applying again: the person, or someone using their address. Only `:merge` takes one into the applicant record.
    #[serde(rename = "submissions")]
    #[validate(length(max = 20), nested)]
    pub submissions: Vec<models::SubmissionRecord>,

    /// How many public submissions the application has (0 when a recruiter added it).
    #[serde(rename = "submission_count")]
    #[validate(range(min = 0u64, max = 1000000000u64))]
    pub submission_count: u64,

    /// When the retention period anonymized this application.
    #[serde(rename = "anonymized_at")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub anonymized_at: Option<Nullable<chrono::DateTime<chrono::Utc>>>,

    /// The recruiters' notes on this entry.
    #[serde(rename = "notes")]
    #[validate(length(max = 1000), nested)]
    pub notes: Vec<models::ApplicationNote>,

    /// When it was created (RFC 3339, UTC).
    #[serde(rename = "created_at")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    pub created_at: chrono::DateTime<chrono::Utc>,

    /// When it last changed (RFC 3339, UTC).
    #[serde(rename = "updated_at")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    pub updated_at: chrono::DateTime<chrono::Utc>,

    /// When the status last changed; `null` while it is `new`.
    #[serde(rename = "status_changed_at")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status_changed_at: Option<Nullable<chrono::DateTime<chrono::Utc>>>,
}

impl Application {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        etag: String,
        id: uuid::Uuid,
        job_id: uuid::Uuid,
        applicant: models::ApplicantSummary,
        status: models::ApplicationStatus,
        source: models::ApplicationSource,
        submissions: Vec<models::SubmissionRecord>,
        submission_count: u64,
        notes: Vec<models::ApplicationNote>,
        created_at: chrono::DateTime<chrono::Utc>,
        updated_at: chrono::DateTime<chrono::Utc>,
    ) -> Application {
        Application {
            etag,
            id,
            job_id,
            applicant,
            status,
            source,
            cover_letter: None,
            submission: None,
            submissions,
            submission_count,
            anonymized_at: None,
            notes,
            created_at,
            updated_at,
            status_changed_at: None,
        }
    }
}

/// Converts the Application value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for Application {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("etag".to_string()),
            Some(self.etag.to_string()),
            // Skipping id in query parameter serialization

            // Skipping job_id in query parameter serialization

            // Skipping applicant in query parameter serialization

            // Skipping status in query parameter serialization

            // Skipping source in query parameter serialization
            self.cover_letter.as_ref().map(|cover_letter| {
                [
                    "cover_letter".to_string(),
                    cover_letter
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            // Skipping submission in query parameter serialization

            // Skipping submissions in query parameter serialization
            Some("submission_count".to_string()),
            Some(self.submission_count.to_string()),
            // Skipping anonymized_at in query parameter serialization

            // Skipping notes in query parameter serialization

            // Skipping created_at in query parameter serialization

            // Skipping updated_at in query parameter serialization

            // Skipping status_changed_at in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Application value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Application {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub etag: Vec<String>,
            pub id: Vec<uuid::Uuid>,
            pub job_id: Vec<uuid::Uuid>,
            pub applicant: Vec<models::ApplicantSummary>,
            pub status: Vec<models::ApplicationStatus>,
            pub source: Vec<models::ApplicationSource>,
            pub cover_letter: Vec<String>,
            pub submission: Vec<models::ApplicationSnapshot>,
            pub submissions: Vec<Vec<models::SubmissionRecord>>,
            pub submission_count: Vec<u64>,
            pub anonymized_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub notes: Vec<Vec<models::ApplicationNote>>,
            pub created_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub updated_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub status_changed_at: Vec<chrono::DateTime<chrono::Utc>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing Application".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "etag" => intermediate_rep.etag.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "job_id" => intermediate_rep.job_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "applicant" => intermediate_rep.applicant.push(
                        <models::ApplicantSummary as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "status" => intermediate_rep.status.push(
                        <models::ApplicationStatus as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "source" => intermediate_rep.source.push(
                        <models::ApplicationSource as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    "cover_letter" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Application"
                                .to_string(),
                        );
                    }
                    "submission" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Application"
                                .to_string(),
                        );
                    }
                    "submissions" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in Application"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "submission_count" => intermediate_rep.submission_count.push(
                        <u64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "anonymized_at" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Application"
                                .to_string(),
                        );
                    }
                    "notes" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in Application"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "created_at" => intermediate_rep.created_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "updated_at" => intermediate_rep.updated_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    "status_changed_at" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Application"
                                .to_string(),
                        );
                    }
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing Application".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Application {
            etag: intermediate_rep
                .etag
                .into_iter()
                .next()
                .ok_or_else(|| "etag missing in Application".to_string())?,
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in Application".to_string())?,
            job_id: intermediate_rep
                .job_id
                .into_iter()
                .next()
                .ok_or_else(|| "job_id missing in Application".to_string())?,
            applicant: intermediate_rep
                .applicant
                .into_iter()
                .next()
                .ok_or_else(|| "applicant missing in Application".to_string())?,
            status: intermediate_rep
                .status
                .into_iter()
                .next()
                .ok_or_else(|| "status missing in Application".to_string())?,
            source: intermediate_rep
                .source
                .into_iter()
                .next()
                .ok_or_else(|| "source missing in Application".to_string())?,
            cover_letter: std::result::Result::Err(
                "Nullable types not supported in Application".to_string(),
            )?,
            submission: std::result::Result::Err(
                "Nullable types not supported in Application".to_string(),
            )?,
            submissions: intermediate_rep
                .submissions
                .into_iter()
                .next()
                .ok_or_else(|| "submissions missing in Application".to_string())?,
            submission_count: intermediate_rep
                .submission_count
                .into_iter()
                .next()
                .ok_or_else(|| "submission_count missing in Application".to_string())?,
            anonymized_at: std::result::Result::Err(
                "Nullable types not supported in Application".to_string(),
            )?,
            notes: intermediate_rep
                .notes
                .into_iter()
                .next()
                .ok_or_else(|| "notes missing in Application".to_string())?,
            created_at: intermediate_rep
                .created_at
                .into_iter()
                .next()
                .ok_or_else(|| "created_at missing in Application".to_string())?,
            updated_at: intermediate_rep
                .updated_at
                .into_iter()
                .next()
                .ok_or_else(|| "updated_at missing in Application".to_string())?,
            status_changed_at: std::result::Result::Err(
                "Nullable types not supported in Application".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Application> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<Application>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<Application>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for Application - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<Application> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <Application as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into Application - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// The body of a `application.anonymized` delivery: Retention anonymized an application.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct ApplicationAnonymizedEvent {
    /// The event type.
    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "type")]
    pub r_type: String,

    /// When the event happened (RFC 3339, UTC, microseconds).
    #[serde(rename = "timestamp")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    pub timestamp: chrono::DateTime<chrono::Utc>,

    /// What happened, by id.
    #[serde(rename = "data")]
    #[validate(nested)]
    pub data: models::ApplicationAnonymizedEventData,
}

impl ApplicationAnonymizedEvent {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        r_type: String,
        timestamp: chrono::DateTime<chrono::Utc>,
        data: models::ApplicationAnonymizedEventData,
    ) -> ApplicationAnonymizedEvent {
        ApplicationAnonymizedEvent {
            r_type,
            timestamp,
            data,
        }
    }
}

/// Converts the ApplicationAnonymizedEvent value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ApplicationAnonymizedEvent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("type".to_string()),
            Some(self.r_type.to_string()),
            // Skipping timestamp in query parameter serialization

            // Skipping data in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ApplicationAnonymizedEvent value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ApplicationAnonymizedEvent {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub r_type: Vec<String>,
            pub timestamp: Vec<chrono::DateTime<chrono::Utc>>,
            pub data: Vec<models::ApplicationAnonymizedEventData>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ApplicationAnonymizedEvent".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "type" => intermediate_rep.r_type.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "timestamp" => intermediate_rep.timestamp.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "data" => intermediate_rep.data.push(
                        <models::ApplicationAnonymizedEventData as std::str::FromStr>::from_str(
                            val,
                        )
                        .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing ApplicationAnonymizedEvent".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ApplicationAnonymizedEvent {
            r_type: intermediate_rep
                .r_type
                .into_iter()
                .next()
                .ok_or_else(|| "type missing in ApplicationAnonymizedEvent".to_string())?,
            timestamp: intermediate_rep
                .timestamp
                .into_iter()
                .next()
                .ok_or_else(|| "timestamp missing in ApplicationAnonymizedEvent".to_string())?,
            data: intermediate_rep
                .data
                .into_iter()
                .next()
                .ok_or_else(|| "data missing in ApplicationAnonymizedEvent".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ApplicationAnonymizedEvent> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ApplicationAnonymizedEvent>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ApplicationAnonymizedEvent>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ApplicationAnonymizedEvent - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ApplicationAnonymizedEvent> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ApplicationAnonymizedEvent as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ApplicationAnonymizedEvent - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// `application.anonymized`: retention removed the personal data.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct ApplicationAnonymizedEventData {
    /// The resource the event is about (the `object` it names).
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    /// What kind of resource `id` names.
    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "object")]
    pub object: String,

    /// The employer.
    #[serde(rename = "employer_id")]
    pub employer_id: uuid::Uuid,

    /// The application.
    #[serde(rename = "application_id")]
    pub application_id: uuid::Uuid,

    /// The employer's retention period that ran out.
    #[serde(rename = "retention_days")]
    #[validate(range(min = 1u32, max = 36500u32))]
    pub retention_days: u32,
}

impl ApplicationAnonymizedEventData {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        id: uuid::Uuid,
        object: String,
        employer_id: uuid::Uuid,
        application_id: uuid::Uuid,
        retention_days: u32,
    ) -> ApplicationAnonymizedEventData {
        ApplicationAnonymizedEventData {
            id,
            object,
            employer_id,
            application_id,
            retention_days,
        }
    }
}

/// Converts the ApplicationAnonymizedEventData value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ApplicationAnonymizedEventData {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping id in query parameter serialization
            Some("object".to_string()),
            Some(self.object.to_string()),
            // Skipping employer_id in query parameter serialization

            // Skipping application_id in query parameter serialization
            Some("retention_days".to_string()),
            Some(self.retention_days.to_string()),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ApplicationAnonymizedEventData value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ApplicationAnonymizedEventData {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub object: Vec<String>,
            pub employer_id: Vec<uuid::Uuid>,
            pub application_id: Vec<uuid::Uuid>,
            pub retention_days: Vec<u32>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ApplicationAnonymizedEventData".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "object" => intermediate_rep.object.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "employer_id" => intermediate_rep.employer_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "application_id" => intermediate_rep.application_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "retention_days" => intermediate_rep.retention_days.push(
                        <u32 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing ApplicationAnonymizedEventData"
                                .to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ApplicationAnonymizedEventData {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in ApplicationAnonymizedEventData".to_string())?,
            object: intermediate_rep
                .object
                .into_iter()
                .next()
                .ok_or_else(|| "object missing in ApplicationAnonymizedEventData".to_string())?,
            employer_id: intermediate_rep
                .employer_id
                .into_iter()
                .next()
                .ok_or_else(|| {
                    "employer_id missing in ApplicationAnonymizedEventData".to_string()
                })?,
            application_id: intermediate_rep
                .application_id
                .into_iter()
                .next()
                .ok_or_else(|| {
                    "application_id missing in ApplicationAnonymizedEventData".to_string()
                })?,
            retention_days: intermediate_rep
                .retention_days
                .into_iter()
                .next()
                .ok_or_else(|| {
                    "retention_days missing in ApplicationAnonymizedEventData".to_string()
                })?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ApplicationAnonymizedEventData> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ApplicationAnonymizedEventData>>
    for HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ApplicationAnonymizedEventData>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ApplicationAnonymizedEventData - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue>
    for header::IntoHeaderValue<ApplicationAnonymizedEventData>
{
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ApplicationAnonymizedEventData as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ApplicationAnonymizedEventData - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[serde(deny_unknown_fields)]
pub struct ApplicationCreate {
    /// An applicant of the caller's employer.
    #[serde(rename = "applicant_id")]
    pub applicant_id: uuid::Uuid,

    /// The cover letter as text.
    #[serde(rename = "cover_letter")]
    #[validate(length(max = 10000))]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cover_letter: Option<String>,
}

impl ApplicationCreate {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(applicant_id: uuid::Uuid) -> ApplicationCreate {
        ApplicationCreate {
            applicant_id,
            cover_letter: None,
        }
    }
}

/// Converts the ApplicationCreate value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ApplicationCreate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping applicant_id in query parameter serialization
            self.cover_letter.as_ref().map(|cover_letter| {
                ["cover_letter".to_string(), cover_letter.to_string()].join(",")
            }),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ApplicationCreate value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ApplicationCreate {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub applicant_id: Vec<uuid::Uuid>,
            pub cover_letter: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ApplicationCreate".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "applicant_id" => intermediate_rep.applicant_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "cover_letter" => intermediate_rep.cover_letter.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing ApplicationCreate".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ApplicationCreate {
            applicant_id: intermediate_rep
                .applicant_id
                .into_iter()
                .next()
                .ok_or_else(|| "applicant_id missing in ApplicationCreate".to_string())?,
            cover_letter: intermediate_rep.cover_letter.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ApplicationCreate> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ApplicationCreate>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ApplicationCreate>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ApplicationCreate - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ApplicationCreate> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ApplicationCreate as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ApplicationCreate - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// The body of a `application.created` delivery: Someone applied, or a recruiter added an applicant to a job.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct ApplicationCreatedEvent {
    /// The event type.
    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "type")]
    pub r_type: String,

    /// When the event happened (RFC 3339, UTC, microseconds).
    #[serde(rename = "timestamp")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    pub timestamp: chrono::DateTime<chrono::Utc>,

    /// What happened, by id.
    #[serde(rename = "data")]
    #[validate(nested)]
    pub data: models::ApplicationCreatedEventData,
}

impl ApplicationCreatedEvent {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        r_type: String,
        timestamp: chrono::DateTime<chrono::Utc>,
        data: models::ApplicationCreatedEventData,
    ) -> ApplicationCreatedEvent {
        ApplicationCreatedEvent {
            r_type,
            timestamp,
            data,
        }
    }
}

/// Converts the ApplicationCreatedEvent value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ApplicationCreatedEvent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("type".to_string()),
            Some(self.r_type.to_string()),
            // Skipping timestamp in query parameter serialization

            // Skipping data in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ApplicationCreatedEvent value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ApplicationCreatedEvent {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub r_type: Vec<String>,
            pub timestamp: Vec<chrono::DateTime<chrono::Utc>>,
            pub data: Vec<models::ApplicationCreatedEventData>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ApplicationCreatedEvent".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "type" => intermediate_rep.r_type.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "timestamp" => intermediate_rep.timestamp.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "data" => intermediate_rep.data.push(
                        <models::ApplicationCreatedEventData as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing ApplicationCreatedEvent".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ApplicationCreatedEvent {
            r_type: intermediate_rep
                .r_type
                .into_iter()
                .next()
                .ok_or_else(|| "type missing in ApplicationCreatedEvent".to_string())?,
            timestamp: intermediate_rep
                .timestamp
                .into_iter()
                .next()
                .ok_or_else(|| "timestamp missing in ApplicationCreatedEvent".to_string())?,
            data: intermediate_rep
                .data
                .into_iter()
                .next()
                .ok_or_else(|| "data missing in ApplicationCreatedEvent".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ApplicationCreatedEvent> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ApplicationCreatedEvent>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ApplicationCreatedEvent>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ApplicationCreatedEvent - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ApplicationCreatedEvent> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ApplicationCreatedEvent as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ApplicationCreatedEvent - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// `application.created`: ids, status and source (no name or e-mail).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct ApplicationCreatedEventData {
    /// The resource the event is about (the `object` it names).
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    /// What kind of resource `id` names.
    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "object")]
    pub object: String,

    /// The employer.
    #[serde(rename = "employer_id")]
    pub employer_id: uuid::Uuid,

    /// The application.
    #[serde(rename = "application_id")]
    pub application_id: uuid::Uuid,

    /// The job.
    #[serde(rename = "job_id")]
    pub job_id: uuid::Uuid,

    /// The employer's applicant.
    #[serde(rename = "applicant_id")]
    pub applicant_id: uuid::Uuid,

    /// The application's status (`new`).
    #[serde(rename = "status")]
    #[validate(nested)]
    pub status: models::ApplicationStatus,

    /// How it came (`public` or `internal`).
    #[serde(rename = "source")]
    #[validate(nested)]
    pub source: models::ApplicationSource,
}

impl ApplicationCreatedEventData {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        id: uuid::Uuid,
        object: String,
        employer_id: uuid::Uuid,
        application_id: uuid::Uuid,
        job_id: uuid::Uuid,
        applicant_id: uuid::Uuid,
        status: models::ApplicationStatus,
        source: models::ApplicationSource,
    ) -> ApplicationCreatedEventData {
        ApplicationCreatedEventData {
            id,
            object,
            employer_id,
            application_id,
            job_id,
            applicant_id,
            status,
            source,
        }
    }
}

/// Converts the ApplicationCreatedEventData value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ApplicationCreatedEventData {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping id in query parameter serialization
            Some("object".to_string()),
            Some(self.object.to_string()),
            // Skipping employer_id in query parameter serialization

            // Skipping application_id in query parameter serialization

            // Skipping job_id in query parameter serialization

            // Skipping applicant_id in query parameter serialization

            // Skipping status in query parameter serialization

            // Skipping source in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ApplicationCreatedEventData value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ApplicationCreatedEventData {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub object: Vec<String>,
            pub employer_id: Vec<uuid::Uuid>,
            pub application_id: Vec<uuid::Uuid>,
            pub job_id: Vec<uuid::Uuid>,
            pub applicant_id: Vec<uuid::Uuid>,
            pub status: Vec<models::ApplicationStatus>,
            pub source: Vec<models::ApplicationSource>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ApplicationCreatedEventData".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "object" => intermediate_rep.object.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "employer_id" => intermediate_rep.employer_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "application_id" => intermediate_rep.application_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "job_id" => intermediate_rep.job_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "applicant_id" => intermediate_rep.applicant_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "status" => intermediate_rep.status.push(
                        <models::ApplicationStatus as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "source" => intermediate_rep.source.push(
                        <models::ApplicationSource as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing ApplicationCreatedEventData".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ApplicationCreatedEventData {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in ApplicationCreatedEventData".to_string())?,
            object: intermediate_rep
                .object
                .into_iter()
                .next()
                .ok_or_else(|| "object missing in ApplicationCreatedEventData".to_string())?,
            employer_id: intermediate_rep
                .employer_id
                .into_iter()
                .next()
                .ok_or_else(|| "employer_id missing in ApplicationCreatedEventData".to_string())?,
            application_id: intermediate_rep
                .application_id
                .into_iter()
                .next()
                .ok_or_else(|| {
                    "application_id missing in ApplicationCreatedEventData".to_string()
                })?,
            job_id: intermediate_rep
                .job_id
                .into_iter()
                .next()
                .ok_or_else(|| "job_id missing in ApplicationCreatedEventData".to_string())?,
            applicant_id: intermediate_rep
                .applicant_id
                .into_iter()
                .next()
                .ok_or_else(|| "applicant_id missing in ApplicationCreatedEventData".to_string())?,
            status: intermediate_rep
                .status
                .into_iter()
                .next()
                .ok_or_else(|| "status missing in ApplicationCreatedEventData".to_string())?,
            source: intermediate_rep
                .source
                .into_iter()
                .next()
                .ok_or_else(|| "source missing in ApplicationCreatedEventData".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ApplicationCreatedEventData> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ApplicationCreatedEventData>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ApplicationCreatedEventData>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ApplicationCreatedEventData - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ApplicationCreatedEventData> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ApplicationCreatedEventData as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ApplicationCreatedEventData - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct ApplicationList {
    /// This page's items, in list order.
    #[serde(rename = "items")]
    #[validate(length(max = 100), nested)]
    pub items: Vec<models::Application>,

    /// Cursor of the next page; `null` on the last page.
    #[serde(rename = "next_cursor")]
    #[validate(length(max = 1024))]
    pub next_cursor: Nullable<String>,
}

impl ApplicationList {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(items: Vec<models::Application>, next_cursor: Nullable<String>) -> ApplicationList {
        ApplicationList { items, next_cursor }
    }
}

/// Converts the ApplicationList value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ApplicationList {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping items in query parameter serialization
            Some("next_cursor".to_string()),
            Some(
                self.next_cursor
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ApplicationList value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ApplicationList {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub items: Vec<Vec<models::Application>>,
            pub next_cursor: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ApplicationList".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "items" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in ApplicationList"
                                .to_string(),
                        );
                    }
                    "next_cursor" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in ApplicationList"
                            .to_string(),
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing ApplicationList".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ApplicationList {
            items: intermediate_rep
                .items
                .into_iter()
                .next()
                .ok_or_else(|| "items missing in ApplicationList".to_string())?,
            next_cursor: std::result::Result::Err(
                "Nullable types not supported in ApplicationList".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ApplicationList> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ApplicationList>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ApplicationList>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ApplicationList - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ApplicationList> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ApplicationList as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ApplicationList - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct ApplicationNote {
    /// Identifier of the note.
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    /// The `sub` of the note's author.
    #[serde(rename = "author")]
    #[validate(length(max = 255))]
    pub author: String,

    /// The note's text.
    #[serde(rename = "body")]
    #[validate(length(max = 5000))]
    pub body: String,

    /// When it was created (RFC 3339, UTC).
    #[serde(rename = "created_at")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    pub created_at: chrono::DateTime<chrono::Utc>,
}

impl ApplicationNote {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        id: uuid::Uuid,
        author: String,
        body: String,
        created_at: chrono::DateTime<chrono::Utc>,
    ) -> ApplicationNote {
        ApplicationNote {
            id,
            author,
            body,
            created_at,
        }
    }
}

/// Converts the ApplicationNote value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ApplicationNote {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping id in query parameter serialization
            Some("author".to_string()),
            Some(self.author.to_string()),
            Some("body".to_string()),
            Some(self.body.to_string()),
            // Skipping created_at in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ApplicationNote value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ApplicationNote {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub author: Vec<String>,
            pub body: Vec<String>,
            pub created_at: Vec<chrono::DateTime<chrono::Utc>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ApplicationNote".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "author" => intermediate_rep.author.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "body" => intermediate_rep.body.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "created_at" => intermediate_rep.created_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing ApplicationNote".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ApplicationNote {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in ApplicationNote".to_string())?,
            author: intermediate_rep
                .author
                .into_iter()
                .next()
                .ok_or_else(|| "author missing in ApplicationNote".to_string())?,
            body: intermediate_rep
                .body
                .into_iter()
                .next()
                .ok_or_else(|| "body missing in ApplicationNote".to_string())?,
            created_at: intermediate_rep
                .created_at
                .into_iter()
                .next()
                .ok_or_else(|| "created_at missing in ApplicationNote".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ApplicationNote> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ApplicationNote>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ApplicationNote>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ApplicationNote - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ApplicationNote> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ApplicationNote as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ApplicationNote - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// The body of a `application.note.added` delivery: A recruiter added a note to an application.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct ApplicationNoteAddedEvent {
    /// The event type.
    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "type")]
    pub r_type: String,

    /// When the event happened (RFC 3339, UTC, microseconds).
    #[serde(rename = "timestamp")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    pub timestamp: chrono::DateTime<chrono::Utc>,

    /// What happened, by id.
    #[serde(rename = "data")]
    #[validate(nested)]
    pub data: models::ApplicationNoteAddedEventData,
}

impl ApplicationNoteAddedEvent {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        r_type: String,
        timestamp: chrono::DateTime<chrono::Utc>,
        data: models::ApplicationNoteAddedEventData,
    ) -> ApplicationNoteAddedEvent {
        ApplicationNoteAddedEvent {
            r_type,
            timestamp,
            data,
        }
    }
}

/// Converts the ApplicationNoteAddedEvent value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ApplicationNoteAddedEvent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("type".to_string()),
            Some(self.r_type.to_string()),
            // Skipping timestamp in query parameter serialization

            // Skipping data in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ApplicationNoteAddedEvent value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ApplicationNoteAddedEvent {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub r_type: Vec<String>,
            pub timestamp: Vec<chrono::DateTime<chrono::Utc>>,
            pub data: Vec<models::ApplicationNoteAddedEventData>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ApplicationNoteAddedEvent".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "type" => intermediate_rep.r_type.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "timestamp" => intermediate_rep.timestamp.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "data" => intermediate_rep.data.push(
                        <models::ApplicationNoteAddedEventData as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing ApplicationNoteAddedEvent".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ApplicationNoteAddedEvent {
            r_type: intermediate_rep
                .r_type
                .into_iter()
                .next()
                .ok_or_else(|| "type missing in ApplicationNoteAddedEvent".to_string())?,
            timestamp: intermediate_rep
                .timestamp
                .into_iter()
                .next()
                .ok_or_else(|| "timestamp missing in ApplicationNoteAddedEvent".to_string())?,
            data: intermediate_rep
                .data
                .into_iter()
                .next()
                .ok_or_else(|| "data missing in ApplicationNoteAddedEvent".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ApplicationNoteAddedEvent> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ApplicationNoteAddedEvent>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ApplicationNoteAddedEvent>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ApplicationNoteAddedEvent - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ApplicationNoteAddedEvent> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ApplicationNoteAddedEvent as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ApplicationNoteAddedEvent - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// `application.note.added` (the note's text is not in the event).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct ApplicationNoteAddedEventData {
    /// The resource the event is about (the `object` it names).
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    /// What kind of resource `id` names.
    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "object")]
    pub object: String,

    /// The employer.
    #[serde(rename = "employer_id")]
    pub employer_id: uuid::Uuid,

    /// The application.
    #[serde(rename = "application_id")]
    pub application_id: uuid::Uuid,

    /// The job.
    #[serde(rename = "job_id")]
    pub job_id: uuid::Uuid,

    /// The employer's applicant.
    #[serde(rename = "applicant_id")]
    pub applicant_id: uuid::Uuid,

    /// The note (read it through the API).
    #[serde(rename = "note_id")]
    pub note_id: uuid::Uuid,
}

impl ApplicationNoteAddedEventData {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        id: uuid::Uuid,
        object: String,
        employer_id: uuid::Uuid,
        application_id: uuid::Uuid,
        job_id: uuid::Uuid,
        applicant_id: uuid::Uuid,
        note_id: uuid::Uuid,
    ) -> ApplicationNoteAddedEventData {
        ApplicationNoteAddedEventData {
            id,
            object,
            employer_id,
            application_id,
            job_id,
            applicant_id,
            note_id,
        }
    }
}

/// Converts the ApplicationNoteAddedEventData value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ApplicationNoteAddedEventData {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping id in query parameter serialization
            Some("object".to_string()),
            Some(self.object.to_string()),
            // Skipping employer_id in query parameter serialization

            // Skipping application_id in query parameter serialization

            // Skipping job_id in query parameter serialization

            // Skipping applicant_id in query parameter serialization

            // Skipping note_id in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ApplicationNoteAddedEventData value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ApplicationNoteAddedEventData {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub object: Vec<String>,
            pub employer_id: Vec<uuid::Uuid>,
            pub application_id: Vec<uuid::Uuid>,
            pub job_id: Vec<uuid::Uuid>,
            pub applicant_id: Vec<uuid::Uuid>,
            pub note_id: Vec<uuid::Uuid>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ApplicationNoteAddedEventData".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "object" => intermediate_rep.object.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "employer_id" => intermediate_rep.employer_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "application_id" => intermediate_rep.application_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "job_id" => intermediate_rep.job_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "applicant_id" => intermediate_rep.applicant_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "note_id" => intermediate_rep.note_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing ApplicationNoteAddedEventData"
                                .to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ApplicationNoteAddedEventData {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in ApplicationNoteAddedEventData".to_string())?,
            object: intermediate_rep
                .object
                .into_iter()
                .next()
                .ok_or_else(|| "object missing in ApplicationNoteAddedEventData".to_string())?,
            employer_id: intermediate_rep
                .employer_id
                .into_iter()
                .next()
                .ok_or_else(|| {
                    "employer_id missing in ApplicationNoteAddedEventData".to_string()
                })?,
            application_id: intermediate_rep
                .application_id
                .into_iter()
                .next()
                .ok_or_else(|| {
                    "application_id missing in ApplicationNoteAddedEventData".to_string()
                })?,
            job_id: intermediate_rep
                .job_id
                .into_iter()
                .next()
                .ok_or_else(|| "job_id missing in ApplicationNoteAddedEventData".to_string())?,
            applicant_id: intermediate_rep
                .applicant_id
                .into_iter()
                .next()
                .ok_or_else(|| {
                    "applicant_id missing in ApplicationNoteAddedEventData".to_string()
                })?,
            note_id: intermediate_rep
                .note_id
                .into_iter()
                .next()
                .ok_or_else(|| "note_id missing in ApplicationNoteAddedEventData".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ApplicationNoteAddedEventData> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ApplicationNoteAddedEventData>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ApplicationNoteAddedEventData>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ApplicationNoteAddedEventData - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ApplicationNoteAddedEventData> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ApplicationNoteAddedEventData as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ApplicationNoteAddedEventData - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// The same for every accepted application: it never says whether the address had applied to the job before.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct ApplicationReceipt {
    /// Identifier of this submission: for a first application, the application's own id. The employer finds the application by either (`GET /v1/applications/{id}`).
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    /// The job.
    #[serde(rename = "job_id")]
    pub job_id: uuid::Uuid,

    /// Stage in the hiring pipeline (`new`).
    #[serde(rename = "status")]
    #[validate(nested)]
    pub status: models::ApplicationStatus,

    /// When the server received it (RFC 3339, UTC, microseconds).
    #[serde(rename = "created_at")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    pub created_at: chrono::DateTime<chrono::Utc>,
}

impl ApplicationReceipt {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        id: uuid::Uuid,
        job_id: uuid::Uuid,
        status: models::ApplicationStatus,
        created_at: chrono::DateTime<chrono::Utc>,
    ) -> ApplicationReceipt {
        ApplicationReceipt {
            id,
            job_id,
            status,
            created_at,
        }
    }
}

/// Converts the ApplicationReceipt value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ApplicationReceipt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping id in query parameter serialization

            // Skipping job_id in query parameter serialization

            // Skipping status in query parameter serialization

            // Skipping created_at in query parameter serialization

        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ApplicationReceipt value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ApplicationReceipt {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub job_id: Vec<uuid::Uuid>,
            pub status: Vec<models::ApplicationStatus>,
            pub created_at: Vec<chrono::DateTime<chrono::Utc>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ApplicationReceipt".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "job_id" => intermediate_rep.job_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "status" => intermediate_rep.status.push(
                        <models::ApplicationStatus as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "created_at" => intermediate_rep.created_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing ApplicationReceipt".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ApplicationReceipt {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in ApplicationReceipt".to_string())?,
            job_id: intermediate_rep
                .job_id
                .into_iter()
                .next()
                .ok_or_else(|| "job_id missing in ApplicationReceipt".to_string())?,
            status: intermediate_rep
                .status
                .into_iter()
                .next()
                .ok_or_else(|| "status missing in ApplicationReceipt".to_string())?,
            created_at: intermediate_rep
                .created_at
                .into_iter()
                .next()
                .ok_or_else(|| "created_at missing in ApplicationReceipt".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ApplicationReceipt> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ApplicationReceipt>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ApplicationReceipt>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ApplicationReceipt - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ApplicationReceipt> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ApplicationReceipt as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ApplicationReceipt - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// What a person submitted with a public application, as they wrote it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct ApplicationSnapshot {
    /// The person's full name.
    #[serde(rename = "name")]
    #[validate(length(max = 200))]
    pub name: Nullable<String>,

    /// E-mail address; one applicant per address and employer.
    #[serde(rename = "email")]
    #[validate(length(max = 254))]
    pub email: Nullable<String>,

    /// Phone number with optional country code, digits, spaces, brackets and dashes.
    #[serde(rename = "phone")]
    #[validate(length(max = 32))]
    pub phone: Nullable<String>,

    /// Skills, as plain names; matched case- and accent-insensitively.
    #[serde(rename = "skills")]
    #[validate(length(max = 50))]
    pub skills: Vec<String>,

    /// Languages, as plain names (e.g. `English`, `Dhivehi`); matched case- and accent-insensitively.
    #[serde(rename = "languages")]
    #[validate(length(max = 20))]
    pub languages: Vec<String>,

    /// Profiles or portfolio links (http or https only).
    #[serde(rename = "links")]
    #[validate(length(max = 10))]
    pub links: Vec<String>,

    /// A verified upload with purpose `cv` of the same employer.
    #[serde(rename = "cv_upload_id")]
    pub cv_upload_id: Nullable<uuid::Uuid>,

    /// A verified upload with purpose `cover_letter` of the same employer.
    #[serde(rename = "cover_letter_upload_id")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cover_letter_upload_id: Option<Nullable<uuid::Uuid>>,

    /// A link to the CV elsewhere (http or https only).
    #[serde(rename = "cv_url")]
    #[validate(
            length(max = 2048),
            regex(path = *RE_APPLICATIONSNAPSHOT_CV_URL),
    )]
    pub cv_url: Nullable<String>,

    /// The data-processing consent the person gave.
    #[serde(rename = "consent")]
    pub consent: Nullable<models::ConsentRecord>,
}

lazy_static::lazy_static! {
    static ref RE_APPLICATIONSNAPSHOT_CV_URL: regex::Regex = regex::Regex::new("^[Hh][Tt][Tt][Pp][Ss]?://[^\\s]+$").unwrap();
}

impl ApplicationSnapshot {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        name: Nullable<String>,
        email: Nullable<String>,
        phone: Nullable<String>,
        skills: Vec<String>,
        languages: Vec<String>,
        links: Vec<String>,
        cv_upload_id: Nullable<uuid::Uuid>,
        cv_url: Nullable<String>,
        consent: Nullable<models::ConsentRecord>,
    ) -> ApplicationSnapshot {
        ApplicationSnapshot {
            name,
            email,
            phone,
            skills,
            languages,
            links,
            cv_upload_id,
            cover_letter_upload_id: None,
            cv_url,
            consent,
        }
    }
}

/// Converts the ApplicationSnapshot value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ApplicationSnapshot {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("name".to_string()),
            Some(
                self.name
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
            Some("email".to_string()),
            Some(
                self.email
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
            Some("phone".to_string()),
            Some(
                self.phone
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
            Some("skills".to_string()),
            Some(
                self.skills
                    .iter()
                    .map(|x| x.to_string())
                    .collect::<Vec<_>>()
                    .join(","),
            ),
            Some("languages".to_string()),
            Some(
                self.languages
                    .iter()
                    .map(|x| x.to_string())
                    .collect::<Vec<_>>()
                    .join(","),
            ),
            Some("links".to_string()),
            Some(
                self.links
                    .iter()
                    .map(|x| x.to_string())
                    .collect::<Vec<_>>()
                    .join(","),
            ),
            // Skipping cv_upload_id in query parameter serialization

            // Skipping cover_letter_upload_id in query parameter serialization
            Some("cv_url".to_string()),
            Some(
                self.cv_url
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
            // Skipping consent in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ApplicationSnapshot value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ApplicationSnapshot {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub name: Vec<String>,
            pub email: Vec<String>,
            pub phone: Vec<String>,
            pub skills: Vec<Vec<String>>,
            pub languages: Vec<Vec<String>>,
            pub links: Vec<Vec<String>>,
            pub cv_upload_id: Vec<uuid::Uuid>,
            pub cover_letter_upload_id: Vec<uuid::Uuid>,
            pub cv_url: Vec<String>,
            pub consent: Vec<models::ConsentRecord>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ApplicationSnapshot".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "name" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in ApplicationSnapshot".to_string()),
                    "email" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in ApplicationSnapshot".to_string()),
                    "phone" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in ApplicationSnapshot".to_string()),
                    "skills" => return std::result::Result::Err("Parsing a container in this style is not supported in ApplicationSnapshot".to_string()),
                    "languages" => return std::result::Result::Err("Parsing a container in this style is not supported in ApplicationSnapshot".to_string()),
                    "links" => return std::result::Result::Err("Parsing a container in this style is not supported in ApplicationSnapshot".to_string()),
                    "cv_upload_id" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in ApplicationSnapshot".to_string()),
                    "cover_letter_upload_id" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in ApplicationSnapshot".to_string()),
                    "cv_url" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in ApplicationSnapshot".to_string()),
                    "consent" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in ApplicationSnapshot".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing ApplicationSnapshot".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ApplicationSnapshot {
            name: std::result::Result::Err(
                "Nullable types not supported in ApplicationSnapshot".to_string(),
            )?,
            email: std::result::Result::Err(
                "Nullable types not supported in ApplicationSnapshot".to_string(),
            )?,
            phone: std::result::Result::Err(
                "Nullable types not supported in ApplicationSnapshot".to_string(),
            )?,
            skills: intermediate_rep
                .skills
                .into_iter()
                .next()
                .ok_or_else(|| "skills missing in ApplicationSnapshot".to_string())?,
            languages: intermediate_rep
                .languages
                .into_iter()
                .next()
                .ok_or_else(|| "languages missing in ApplicationSnapshot".to_string())?,
            links: intermediate_rep
                .links
                .into_iter()
                .next()
                .ok_or_else(|| "links missing in ApplicationSnapshot".to_string())?,
            cv_upload_id: std::result::Result::Err(
                "Nullable types not supported in ApplicationSnapshot".to_string(),
            )?,
            cover_letter_upload_id: std::result::Result::Err(
                "Nullable types not supported in ApplicationSnapshot".to_string(),
            )?,
            cv_url: std::result::Result::Err(
                "Nullable types not supported in ApplicationSnapshot".to_string(),
            )?,
            consent: std::result::Result::Err(
                "Nullable types not supported in ApplicationSnapshot".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ApplicationSnapshot> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ApplicationSnapshot>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ApplicationSnapshot>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ApplicationSnapshot - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ApplicationSnapshot> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ApplicationSnapshot as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ApplicationSnapshot - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// Where an application came from: `public` (careers page) or `internal` (added by a recruiter).
/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types, clippy::large_enum_variant)]
#[repr(C)]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum ApplicationSource {
    #[serde(rename = "public")]
    Public,
    #[serde(rename = "internal")]
    Internal,
}

impl validator::Validate for ApplicationSource {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {
        std::result::Result::Ok(())
    }
}

impl std::fmt::Display for ApplicationSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            ApplicationSource::Public => write!(f, "public"),
            ApplicationSource::Internal => write!(f, "internal"),
        }
    }
}

impl std::str::FromStr for ApplicationSource {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "public" => std::result::Result::Ok(ApplicationSource::Public),
            "internal" => std::result::Result::Ok(ApplicationSource::Internal),
            _ => std::result::Result::Err(format!(r#"Value not valid: {s}"#)),
        }
    }
}

/// Hiring pipeline stage; `hired` and `rejected` are final.
/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types, clippy::large_enum_variant)]
#[repr(C)]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum ApplicationStatus {
    #[serde(rename = "new")]
    New,
    #[serde(rename = "screening")]
    Screening,
    #[serde(rename = "interview")]
    Interview,
    #[serde(rename = "offer")]
    Offer,
    #[serde(rename = "hired")]
    Hired,
    #[serde(rename = "rejected")]
    Rejected,
}

impl validator::Validate for ApplicationStatus {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {
        std::result::Result::Ok(())
    }
}

impl std::fmt::Display for ApplicationStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            ApplicationStatus::New => write!(f, "new"),
            ApplicationStatus::Screening => write!(f, "screening"),
            ApplicationStatus::Interview => write!(f, "interview"),
            ApplicationStatus::Offer => write!(f, "offer"),
            ApplicationStatus::Hired => write!(f, "hired"),
            ApplicationStatus::Rejected => write!(f, "rejected"),
        }
    }
}

impl std::str::FromStr for ApplicationStatus {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "new" => std::result::Result::Ok(ApplicationStatus::New),
            "screening" => std::result::Result::Ok(ApplicationStatus::Screening),
            "interview" => std::result::Result::Ok(ApplicationStatus::Interview),
            "offer" => std::result::Result::Ok(ApplicationStatus::Offer),
            "hired" => std::result::Result::Ok(ApplicationStatus::Hired),
            "rejected" => std::result::Result::Ok(ApplicationStatus::Rejected),
            _ => std::result::Result::Err(format!(r#"Value not valid: {s}"#)),
        }
    }
}

/// The body of a `application.status.changed` delivery: An application moved in the pipeline.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct ApplicationStatusChangedEvent {
    /// The event type.
    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "type")]
    pub r_type: String,

    /// When the event happened (RFC 3339, UTC, microseconds).
    #[serde(rename = "timestamp")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    pub timestamp: chrono::DateTime<chrono::Utc>,

    /// What happened, by id.
    #[serde(rename = "data")]
    #[validate(nested)]
    pub data: models::ApplicationStatusChangedEventData,
}

impl ApplicationStatusChangedEvent {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        r_type: String,
        timestamp: chrono::DateTime<chrono::Utc>,
        data: models::ApplicationStatusChangedEventData,
    ) -> ApplicationStatusChangedEvent {
        ApplicationStatusChangedEvent {
            r_type,
            timestamp,
            data,
        }
    }
}

/// Converts the ApplicationStatusChangedEvent value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ApplicationStatusChangedEvent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("type".to_string()),
            Some(self.r_type.to_string()),
            // Skipping timestamp in query parameter serialization

            // Skipping data in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ApplicationStatusChangedEvent value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ApplicationStatusChangedEvent {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub r_type: Vec<String>,
            pub timestamp: Vec<chrono::DateTime<chrono::Utc>>,
            pub data: Vec<models::ApplicationStatusChangedEventData>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ApplicationStatusChangedEvent".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "type" => intermediate_rep.r_type.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "timestamp" => intermediate_rep.timestamp.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "data" => intermediate_rep.data.push(
                        <models::ApplicationStatusChangedEventData as std::str::FromStr>::from_str(
                            val,
                        )
                        .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing ApplicationStatusChangedEvent"
                                .to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ApplicationStatusChangedEvent {
            r_type: intermediate_rep
                .r_type
                .into_iter()
                .next()
                .ok_or_else(|| "type missing in ApplicationStatusChangedEvent".to_string())?,
            timestamp: intermediate_rep
                .timestamp
                .into_iter()
                .next()
                .ok_or_else(|| "timestamp missing in ApplicationStatusChangedEvent".to_string())?,
            data: intermediate_rep
                .data
                .into_iter()
                .next()
                .ok_or_else(|| "data missing in ApplicationStatusChangedEvent".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ApplicationStatusChangedEvent> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ApplicationStatusChangedEvent>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ApplicationStatusChangedEvent>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ApplicationStatusChangedEvent - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ApplicationStatusChangedEvent> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ApplicationStatusChangedEvent as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ApplicationStatusChangedEvent - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// `application.status.changed`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct ApplicationStatusChangedEventData {
    /// The resource the event is about (the `object` it names).
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    /// What kind of resource `id` names.
    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "object")]
    pub object: String,

    /// The employer.
    #[serde(rename = "employer_id")]
    pub employer_id: uuid::Uuid,

    /// The application.
    #[serde(rename = "application_id")]
    pub application_id: uuid::Uuid,

    /// The job.
    #[serde(rename = "job_id")]
    pub job_id: uuid::Uuid,

    /// The employer's applicant.
    #[serde(rename = "applicant_id")]
    pub applicant_id: uuid::Uuid,

    /// The status before.
    #[serde(rename = "from")]
    #[validate(nested)]
    pub from: models::ApplicationStatus,

    /// The status after.
    #[serde(rename = "to")]
    #[validate(nested)]
    pub to: models::ApplicationStatus,
}

impl ApplicationStatusChangedEventData {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        id: uuid::Uuid,
        object: String,
        employer_id: uuid::Uuid,
        application_id: uuid::Uuid,
        job_id: uuid::Uuid,
        applicant_id: uuid::Uuid,
        from: models::ApplicationStatus,
        to: models::ApplicationStatus,
    ) -> ApplicationStatusChangedEventData {
        ApplicationStatusChangedEventData {
            id,
            object,
            employer_id,
            application_id,
            job_id,
            applicant_id,
            from,
            to,
        }
    }
}

/// Converts the ApplicationStatusChangedEventData value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ApplicationStatusChangedEventData {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping id in query parameter serialization
            Some("object".to_string()),
            Some(self.object.to_string()),
            // Skipping employer_id in query parameter serialization

            // Skipping application_id in query parameter serialization

            // Skipping job_id in query parameter serialization

            // Skipping applicant_id in query parameter serialization

            // Skipping from in query parameter serialization

            // Skipping to in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ApplicationStatusChangedEventData value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ApplicationStatusChangedEventData {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub object: Vec<String>,
            pub employer_id: Vec<uuid::Uuid>,
            pub application_id: Vec<uuid::Uuid>,
            pub job_id: Vec<uuid::Uuid>,
            pub applicant_id: Vec<uuid::Uuid>,
            pub from: Vec<models::ApplicationStatus>,
            pub to: Vec<models::ApplicationStatus>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ApplicationStatusChangedEventData".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "object" => intermediate_rep.object.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "employer_id" => intermediate_rep.employer_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "application_id" => intermediate_rep.application_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "job_id" => intermediate_rep.job_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "applicant_id" => intermediate_rep.applicant_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "from" => intermediate_rep.from.push(
                        <models::ApplicationStatus as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "to" => intermediate_rep.to.push(
                        <models::ApplicationStatus as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing ApplicationStatusChangedEventData"
                                .to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ApplicationStatusChangedEventData {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in ApplicationStatusChangedEventData".to_string())?,
            object: intermediate_rep
                .object
                .into_iter()
                .next()
                .ok_or_else(|| "object missing in ApplicationStatusChangedEventData".to_string())?,
            employer_id: intermediate_rep
                .employer_id
                .into_iter()
                .next()
                .ok_or_else(|| {
                    "employer_id missing in ApplicationStatusChangedEventData".to_string()
                })?,
            application_id: intermediate_rep
                .application_id
                .into_iter()
                .next()
                .ok_or_else(|| {
                    "application_id missing in ApplicationStatusChangedEventData".to_string()
                })?,
            job_id: intermediate_rep
                .job_id
                .into_iter()
                .next()
                .ok_or_else(|| "job_id missing in ApplicationStatusChangedEventData".to_string())?,
            applicant_id: intermediate_rep
                .applicant_id
                .into_iter()
                .next()
                .ok_or_else(|| {
                    "applicant_id missing in ApplicationStatusChangedEventData".to_string()
                })?,
            from: intermediate_rep
                .from
                .into_iter()
                .next()
                .ok_or_else(|| "from missing in ApplicationStatusChangedEventData".to_string())?,
            to: intermediate_rep
                .to
                .into_iter()
                .next()
                .ok_or_else(|| "to missing in ApplicationStatusChangedEventData".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ApplicationStatusChangedEventData> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ApplicationStatusChangedEventData>>
    for HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ApplicationStatusChangedEventData>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ApplicationStatusChangedEventData - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue>
    for header::IntoHeaderValue<ApplicationStatusChangedEventData>
{
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ApplicationStatusChangedEventData as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ApplicationStatusChangedEventData - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[serde(deny_unknown_fields)]
pub struct ApplicationSubmission {
    /// Not blank (U+0085 counts as blank too).
    #[serde(rename = "name")]
    #[validate(
            length(min = 1, max = 200),
            regex(path = *RE_APPLICATIONSUBMISSION_NAME),
    )]
    pub name: String,

    /// E-mail address; one applicant per address and employer.
    #[serde(rename = "email")]
    #[validate(length(max = 254))]
    pub email: String,

    /// Phone number with optional country code, digits, spaces, brackets and dashes.
    #[serde(rename = "phone")]
    #[validate(
            length(min = 4, max = 32),
            regex(path = *RE_APPLICATIONSUBMISSION_PHONE),
    )]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,

    /// The cover letter as text.
    #[serde(rename = "cover_letter")]
    #[validate(length(max = 10000))]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cover_letter: Option<String>,

    /// A verified upload with purpose `cv`.
    #[serde(rename = "cv_upload_id")]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cv_upload_id: Option<uuid::Uuid>,

    /// A verified upload with purpose `cover_letter`.
    #[serde(rename = "cover_letter_upload_id")]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cover_letter_upload_id: Option<uuid::Uuid>,

    /// A link to the CV elsewhere (http or https only).
    #[serde(rename = "cv_url")]
    #[validate(
            length(max = 2048),
            regex(path = *RE_APPLICATIONSUBMISSION_CV_URL),
    )]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cv_url: Option<String>,

    /// Profiles or portfolio links (http or https only).
    #[serde(rename = "links")]
    #[validate(length(max = 10))]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub links: Option<Vec<String>>,

    /// Skills, as plain names; matched case- and accent-insensitively.
    #[serde(rename = "skills")]
    #[validate(length(max = 50))]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skills: Option<Vec<String>>,

    /// Languages, as plain names (e.g. `English`, `Dhivehi`); matched case- and accent-insensitively.
    #[serde(rename = "languages")]
    #[validate(length(max = 20))]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub languages: Option<Vec<String>>,

    /// The data-processing consent the person gave.
    #[serde(rename = "consent")]
    #[validate(nested)]
    pub consent: models::Consent,

    /// Token from the CAPTCHA or attestation widget, when the server requires one.
    #[serde(rename = "captcha_token")]
    #[validate(length(min = 1, max = 4096))]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub captcha_token: Option<String>,

    /// Honeypot for bots; leave it out or empty.
    #[serde(rename = "website")]
    #[validate()]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_APPLICATIONSUBMISSION_NAME: regex::Regex = regex::Regex::new("[^\\s\\u0085]").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_APPLICATIONSUBMISSION_PHONE: regex::Regex = regex::Regex::new("^\\+?[0-9][0-9 ()-]{2,30}[0-9]$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_APPLICATIONSUBMISSION_CV_URL: regex::Regex = regex::Regex::new("^[Hh][Tt][Tt][Pp][Ss]?://[^\\s]+$").unwrap();
}

impl ApplicationSubmission {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(name: String, email: String, consent: models::Consent) -> ApplicationSubmission {
        ApplicationSubmission {
            name,
            email,
            phone: None,
            cover_letter: None,
            cv_upload_id: None,
            cover_letter_upload_id: None,
            cv_url: None,
            links: None,
            skills: None,
            languages: None,
            consent,
            captcha_token: None,
            website: None,
        }
    }
}

/// Converts the ApplicationSubmission value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ApplicationSubmission {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("name".to_string()),
            Some(self.name.to_string()),
            Some("email".to_string()),
            Some(self.email.to_string()),
            self.phone
                .as_ref()
                .map(|phone| ["phone".to_string(), phone.to_string()].join(",")),
            self.cover_letter.as_ref().map(|cover_letter| {
                ["cover_letter".to_string(), cover_letter.to_string()].join(",")
            }),
            // Skipping cv_upload_id in query parameter serialization

            // Skipping cover_letter_upload_id in query parameter serialization
            self.cv_url
                .as_ref()
                .map(|cv_url| ["cv_url".to_string(), cv_url.to_string()].join(",")),
            self.links.as_ref().map(|links| {
                [
                    "links".to_string(),
                    links
                        .iter()
                        .map(|x| x.to_string())
                        .collect::<Vec<_>>()
                        .join(","),
                ]
                .join(",")
            }),
            self.skills.as_ref().map(|skills| {
                [
                    "skills".to_string(),
                    skills
                        .iter()
                        .map(|x| x.to_string())
                        .collect::<Vec<_>>()
                        .join(","),
                ]
                .join(",")
            }),
            self.languages.as_ref().map(|languages| {
                [
                    "languages".to_string(),
                    languages
                        .iter()
                        .map(|x| x.to_string())
                        .collect::<Vec<_>>()
                        .join(","),
                ]
                .join(",")
            }),
            // Skipping consent in query parameter serialization
            self.captcha_token.as_ref().map(|captcha_token| {
                ["captcha_token".to_string(), captcha_token.to_string()].join(",")
            }),
            self.website
                .as_ref()
                .map(|website| ["website".to_string(), website.to_string()].join(",")),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ApplicationSubmission value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ApplicationSubmission {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub name: Vec<String>,
            pub email: Vec<String>,
            pub phone: Vec<String>,
            pub cover_letter: Vec<String>,
            pub cv_upload_id: Vec<uuid::Uuid>,
            pub cover_letter_upload_id: Vec<uuid::Uuid>,
            pub cv_url: Vec<String>,
            pub links: Vec<Vec<String>>,
            pub skills: Vec<Vec<String>>,
            pub languages: Vec<Vec<String>>,
            pub consent: Vec<models::Consent>,
            pub captcha_token: Vec<String>,
            pub website: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ApplicationSubmission".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "email" => intermediate_rep.email.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "phone" => intermediate_rep.phone.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "cover_letter" => intermediate_rep.cover_letter.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "cv_upload_id" => intermediate_rep.cv_upload_id.push(<uuid::Uuid as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "cover_letter_upload_id" => intermediate_rep.cover_letter_upload_id.push(<uuid::Uuid as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "cv_url" => intermediate_rep.cv_url.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "links" => return std::result::Result::Err("Parsing a container in this style is not supported in ApplicationSubmission".to_string()),
                    "skills" => return std::result::Result::Err("Parsing a container in this style is not supported in ApplicationSubmission".to_string()),
                    "languages" => return std::result::Result::Err("Parsing a container in this style is not supported in ApplicationSubmission".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "consent" => intermediate_rep.consent.push(<models::Consent as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "captcha_token" => intermediate_rep.captcha_token.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "website" => intermediate_rep.website.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing ApplicationSubmission".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ApplicationSubmission {
            name: intermediate_rep
                .name
                .into_iter()
                .next()
                .ok_or_else(|| "name missing in ApplicationSubmission".to_string())?,
            email: intermediate_rep
                .email
                .into_iter()
                .next()
                .ok_or_else(|| "email missing in ApplicationSubmission".to_string())?,
            phone: intermediate_rep.phone.into_iter().next(),
            cover_letter: intermediate_rep.cover_letter.into_iter().next(),
            cv_upload_id: intermediate_rep.cv_upload_id.into_iter().next(),
            cover_letter_upload_id: intermediate_rep.cover_letter_upload_id.into_iter().next(),
            cv_url: intermediate_rep.cv_url.into_iter().next(),
            links: intermediate_rep.links.into_iter().next(),
            skills: intermediate_rep.skills.into_iter().next(),
            languages: intermediate_rep.languages.into_iter().next(),
            consent: intermediate_rep
                .consent
                .into_iter()
                .next()
                .ok_or_else(|| "consent missing in ApplicationSubmission".to_string())?,
            captcha_token: intermediate_rep.captcha_token.into_iter().next(),
            website: intermediate_rep.website.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ApplicationSubmission> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ApplicationSubmission>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ApplicationSubmission>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ApplicationSubmission - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ApplicationSubmission> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ApplicationSubmission as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ApplicationSubmission - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// The body of a `application.submission.added` delivery: The same address applied to the job again: the submission was added to the application.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct ApplicationSubmissionAddedEvent {
    /// The event type.
    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "type")]
    pub r_type: String,

    /// When the event happened (RFC 3339, UTC, microseconds).
    #[serde(rename = "timestamp")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    pub timestamp: chrono::DateTime<chrono::Utc>,

    /// What happened, by id.
    #[serde(rename = "data")]
    #[validate(nested)]
    pub data: models::ApplicationSubmissionAddedEventData,
}

impl ApplicationSubmissionAddedEvent {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        r_type: String,
        timestamp: chrono::DateTime<chrono::Utc>,
        data: models::ApplicationSubmissionAddedEventData,
    ) -> ApplicationSubmissionAddedEvent {
        ApplicationSubmissionAddedEvent {
            r_type,
            timestamp,
            data,
        }
    }
}

/// Converts the ApplicationSubmissionAddedEvent value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ApplicationSubmissionAddedEvent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("type".to_string()),
            Some(self.r_type.to_string()),
            // Skipping timestamp in query parameter serialization

            // Skipping data in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ApplicationSubmissionAddedEvent value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ApplicationSubmissionAddedEvent {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub r_type: Vec<String>,
            pub timestamp: Vec<chrono::DateTime<chrono::Utc>>,
            pub data: Vec<models::ApplicationSubmissionAddedEventData>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ApplicationSubmissionAddedEvent".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "type" => intermediate_rep.r_type.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "timestamp" => intermediate_rep.timestamp.push(<chrono::DateTime::<chrono::Utc> as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "data" => intermediate_rep.data.push(<models::ApplicationSubmissionAddedEventData as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing ApplicationSubmissionAddedEvent".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ApplicationSubmissionAddedEvent {
            r_type: intermediate_rep
                .r_type
                .into_iter()
                .next()
                .ok_or_else(|| "type missing in ApplicationSubmissionAddedEvent".to_string())?,
            timestamp: intermediate_rep
                .timestamp
                .into_iter()
                .next()
                .ok_or_else(|| {
                    "timestamp missing in ApplicationSubmissionAddedEvent".to_string()
                })?,
            data: intermediate_rep
                .data
                .into_iter()
                .next()
                .ok_or_else(|| "data missing in ApplicationSubmissionAddedEvent".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ApplicationSubmissionAddedEvent> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ApplicationSubmissionAddedEvent>>
    for HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ApplicationSubmissionAddedEvent>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ApplicationSubmissionAddedEvent - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue>
    for header::IntoHeaderValue<ApplicationSubmissionAddedEvent>
{
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ApplicationSubmissionAddedEvent as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ApplicationSubmissionAddedEvent - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// `application.submission.added`: the same address applied again to the job.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct ApplicationSubmissionAddedEventData {
    /// The resource the event is about (the `object` it names).
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    /// What kind of resource `id` names.
    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "object")]
    pub object: String,

    /// The employer.
    #[serde(rename = "employer_id")]
    pub employer_id: uuid::Uuid,

    /// The application.
    #[serde(rename = "application_id")]
    pub application_id: uuid::Uuid,

    /// The job.
    #[serde(rename = "job_id")]
    pub job_id: uuid::Uuid,

    /// The employer's applicant.
    #[serde(rename = "applicant_id")]
    pub applicant_id: uuid::Uuid,

    /// The new submission (also its receipt's id).
    #[serde(rename = "submission_id")]
    pub submission_id: uuid::Uuid,

    /// How it came (`public`).
    #[serde(rename = "source")]
    #[validate(nested)]
    pub source: models::ApplicationSource,
}

impl ApplicationSubmissionAddedEventData {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        id: uuid::Uuid,
        object: String,
        employer_id: uuid::Uuid,
        application_id: uuid::Uuid,
        job_id: uuid::Uuid,
        applicant_id: uuid::Uuid,
        submission_id: uuid::Uuid,
        source: models::ApplicationSource,
    ) -> ApplicationSubmissionAddedEventData {
        ApplicationSubmissionAddedEventData {
            id,
            object,
            employer_id,
            application_id,
            job_id,
            applicant_id,
            submission_id,
            source,
        }
    }
}

/// Converts the ApplicationSubmissionAddedEventData value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ApplicationSubmissionAddedEventData {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping id in query parameter serialization
            Some("object".to_string()),
            Some(self.object.to_string()),
            // Skipping employer_id in query parameter serialization

            // Skipping application_id in query parameter serialization

            // Skipping job_id in query parameter serialization

            // Skipping applicant_id in query parameter serialization

            // Skipping submission_id in query parameter serialization

            // Skipping source in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ApplicationSubmissionAddedEventData value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ApplicationSubmissionAddedEventData {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub object: Vec<String>,
            pub employer_id: Vec<uuid::Uuid>,
            pub application_id: Vec<uuid::Uuid>,
            pub job_id: Vec<uuid::Uuid>,
            pub applicant_id: Vec<uuid::Uuid>,
            pub submission_id: Vec<uuid::Uuid>,
            pub source: Vec<models::ApplicationSource>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ApplicationSubmissionAddedEventData"
                            .to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "object" => intermediate_rep.object.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "employer_id" => intermediate_rep.employer_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "application_id" => intermediate_rep.application_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "job_id" => intermediate_rep.job_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "applicant_id" => intermediate_rep.applicant_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "submission_id" => intermediate_rep.submission_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "source" => intermediate_rep.source.push(
                        <models::ApplicationSource as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing ApplicationSubmissionAddedEventData"
                                .to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ApplicationSubmissionAddedEventData {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in ApplicationSubmissionAddedEventData".to_string())?,
            object: intermediate_rep.object.into_iter().next().ok_or_else(|| {
                "object missing in ApplicationSubmissionAddedEventData".to_string()
            })?,
            employer_id: intermediate_rep
                .employer_id
                .into_iter()
                .next()
                .ok_or_else(|| {
                    "employer_id missing in ApplicationSubmissionAddedEventData".to_string()
                })?,
            application_id: intermediate_rep
                .application_id
                .into_iter()
                .next()
                .ok_or_else(|| {
                    "application_id missing in ApplicationSubmissionAddedEventData".to_string()
                })?,
            job_id: intermediate_rep.job_id.into_iter().next().ok_or_else(|| {
                "job_id missing in ApplicationSubmissionAddedEventData".to_string()
            })?,
            applicant_id: intermediate_rep
                .applicant_id
                .into_iter()
                .next()
                .ok_or_else(|| {
                    "applicant_id missing in ApplicationSubmissionAddedEventData".to_string()
                })?,
            submission_id: intermediate_rep
                .submission_id
                .into_iter()
                .next()
                .ok_or_else(|| {
                    "submission_id missing in ApplicationSubmissionAddedEventData".to_string()
                })?,
            source: intermediate_rep.source.into_iter().next().ok_or_else(|| {
                "source missing in ApplicationSubmissionAddedEventData".to_string()
            })?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ApplicationSubmissionAddedEventData> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ApplicationSubmissionAddedEventData>>
    for HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ApplicationSubmissionAddedEventData>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ApplicationSubmissionAddedEventData - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue>
    for header::IntoHeaderValue<ApplicationSubmissionAddedEventData>
{
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ApplicationSubmissionAddedEventData as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ApplicationSubmissionAddedEventData - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[serde(deny_unknown_fields)]
pub struct ApplicationUpdate {
    /// State.
    #[serde(rename = "status")]
    #[validate(nested)]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<models::ApplicationStatus>,

    /// A note to append, authored by the caller; not blank.
    #[serde(rename = "note")]
    #[validate(
            length(min = 1, max = 5000),
            regex(path = *RE_APPLICATIONUPDATE_NOTE),
    )]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_APPLICATIONUPDATE_NOTE: regex::Regex = regex::Regex::new("[^\\s\\u0085]").unwrap();
}

impl ApplicationUpdate {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> ApplicationUpdate {
        ApplicationUpdate {
            status: None,
            note: None,
        }
    }
}

/// Converts the ApplicationUpdate value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ApplicationUpdate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping status in query parameter serialization
            self.note
                .as_ref()
                .map(|note| ["note".to_string(), note.to_string()].join(",")),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ApplicationUpdate value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ApplicationUpdate {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub status: Vec<models::ApplicationStatus>,
            pub note: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ApplicationUpdate".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "status" => intermediate_rep.status.push(
                        <models::ApplicationStatus as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "note" => intermediate_rep.note.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing ApplicationUpdate".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ApplicationUpdate {
            status: intermediate_rep.status.into_iter().next(),
            note: intermediate_rep.note.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ApplicationUpdate> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ApplicationUpdate>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ApplicationUpdate>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ApplicationUpdate - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ApplicationUpdate> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ApplicationUpdate as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ApplicationUpdate - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// The kinds of resources the audit trail records.
/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types, clippy::large_enum_variant)]
#[repr(C)]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum AuditEntityType {
    #[serde(rename = "job")]
    Job,
    #[serde(rename = "applicant")]
    Applicant,
    #[serde(rename = "application")]
    Application,
    #[serde(rename = "shortlist")]
    Shortlist,
    #[serde(rename = "webhook_subscription")]
    WebhookSubscription,
    #[serde(rename = "employer")]
    Employer,
    #[serde(rename = "upload")]
    Upload,
}

impl validator::Validate for AuditEntityType {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {
        std::result::Result::Ok(())
    }
}

impl std::fmt::Display for AuditEntityType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            AuditEntityType::Job => write!(f, "job"),
            AuditEntityType::Applicant => write!(f, "applicant"),
            AuditEntityType::Application => write!(f, "application"),
            AuditEntityType::Shortlist => write!(f, "shortlist"),
            AuditEntityType::WebhookSubscription => write!(f, "webhook_subscription"),
            AuditEntityType::Employer => write!(f, "employer"),
            AuditEntityType::Upload => write!(f, "upload"),
        }
    }
}

impl std::str::FromStr for AuditEntityType {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "job" => std::result::Result::Ok(AuditEntityType::Job),
            "applicant" => std::result::Result::Ok(AuditEntityType::Applicant),
            "application" => std::result::Result::Ok(AuditEntityType::Application),
            "shortlist" => std::result::Result::Ok(AuditEntityType::Shortlist),
            "webhook_subscription" => std::result::Result::Ok(AuditEntityType::WebhookSubscription),
            "employer" => std::result::Result::Ok(AuditEntityType::Employer),
            "upload" => std::result::Result::Ok(AuditEntityType::Upload),
            _ => std::result::Result::Err(format!(r#"Value not valid: {s}"#)),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct AuditEvent {
    /// Identifier of the event.
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    /// When the change was committed.
    #[serde(rename = "occurred_at")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    pub occurred_at: chrono::DateTime<chrono::Utc>,

    /// The `sub` of who acted (`public` for anonymous applicants).
    #[serde(rename = "actor")]
    #[validate(length(max = 255))]
    pub actor: String,

    /// What happened (the event type, e.g. `job.published`).
    #[serde(rename = "action")]
    #[validate(length(max = 64))]
    pub action: String,

    /// What kind of resource changed.
    #[serde(rename = "entity_type")]
    #[validate(nested)]
    pub entity_type: models::AuditEntityType,

    /// The resource that changed.
    #[serde(rename = "entity_id")]
    pub entity_id: uuid::Uuid,

    /// Names of the members that changed (never their values).
    #[serde(rename = "changed_fields")]
    #[validate(length(max = 100))]
    pub changed_fields: Vec<String>,

    /// Old and new values per field; personal data is redacted.
    #[serde(rename = "changes")]
    #[validate()]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub changes: Option<crate::types::Object>,

    /// The request that made the change (its `X-Request-Id`).
    #[serde(rename = "request_id")]
    #[validate(length(max = 128))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_id: Option<Nullable<String>>,
}

impl AuditEvent {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        id: uuid::Uuid,
        occurred_at: chrono::DateTime<chrono::Utc>,
        actor: String,
        action: String,
        entity_type: models::AuditEntityType,
        entity_id: uuid::Uuid,
        changed_fields: Vec<String>,
    ) -> AuditEvent {
        AuditEvent {
            id,
            occurred_at,
            actor,
            action,
            entity_type,
            entity_id,
            changed_fields,
            changes: None,
            request_id: None,
        }
    }
}

/// Converts the AuditEvent value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for AuditEvent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping id in query parameter serialization

            // Skipping occurred_at in query parameter serialization
            Some("actor".to_string()),
            Some(self.actor.to_string()),
            Some("action".to_string()),
            Some(self.action.to_string()),
            // Skipping entity_type in query parameter serialization

            // Skipping entity_id in query parameter serialization
            Some("changed_fields".to_string()),
            Some(
                self.changed_fields
                    .iter()
                    .map(|x| x.to_string())
                    .collect::<Vec<_>>()
                    .join(","),
            ),
            // Skipping changes in query parameter serialization
            self.request_id.as_ref().map(|request_id| {
                [
                    "request_id".to_string(),
                    request_id
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a AuditEvent value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for AuditEvent {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub occurred_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub actor: Vec<String>,
            pub action: Vec<String>,
            pub entity_type: Vec<models::AuditEntityType>,
            pub entity_id: Vec<uuid::Uuid>,
            pub changed_fields: Vec<Vec<String>>,
            pub changes: Vec<crate::types::Object>,
            pub request_id: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing AuditEvent".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "occurred_at" => intermediate_rep.occurred_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "actor" => intermediate_rep.actor.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "action" => intermediate_rep.action.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "entity_type" => intermediate_rep.entity_type.push(
                        <models::AuditEntityType as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "entity_id" => intermediate_rep.entity_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    "changed_fields" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in AuditEvent"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "changes" => intermediate_rep.changes.push(
                        <crate::types::Object as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    "request_id" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in AuditEvent"
                                .to_string(),
                        );
                    }
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing AuditEvent".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(AuditEvent {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in AuditEvent".to_string())?,
            occurred_at: intermediate_rep
                .occurred_at
                .into_iter()
                .next()
                .ok_or_else(|| "occurred_at missing in AuditEvent".to_string())?,
            actor: intermediate_rep
                .actor
                .into_iter()
                .next()
                .ok_or_else(|| "actor missing in AuditEvent".to_string())?,
            action: intermediate_rep
                .action
                .into_iter()
                .next()
                .ok_or_else(|| "action missing in AuditEvent".to_string())?,
            entity_type: intermediate_rep
                .entity_type
                .into_iter()
                .next()
                .ok_or_else(|| "entity_type missing in AuditEvent".to_string())?,
            entity_id: intermediate_rep
                .entity_id
                .into_iter()
                .next()
                .ok_or_else(|| "entity_id missing in AuditEvent".to_string())?,
            changed_fields: intermediate_rep
                .changed_fields
                .into_iter()
                .next()
                .ok_or_else(|| "changed_fields missing in AuditEvent".to_string())?,
            changes: intermediate_rep.changes.into_iter().next(),
            request_id: std::result::Result::Err(
                "Nullable types not supported in AuditEvent".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<AuditEvent> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<AuditEvent>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<AuditEvent>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for AuditEvent - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<AuditEvent> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <AuditEvent as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into AuditEvent - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct AuditEventList {
    /// This page's items, in list order.
    #[serde(rename = "items")]
    #[validate(length(max = 100), nested)]
    pub items: Vec<models::AuditEvent>,

    /// Cursor of the next page; `null` on the last page.
    #[serde(rename = "next_cursor")]
    #[validate(length(max = 1024))]
    pub next_cursor: Nullable<String>,
}

impl AuditEventList {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(items: Vec<models::AuditEvent>, next_cursor: Nullable<String>) -> AuditEventList {
        AuditEventList { items, next_cursor }
    }
}

/// Converts the AuditEventList value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for AuditEventList {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping items in query parameter serialization
            Some("next_cursor".to_string()),
            Some(
                self.next_cursor
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a AuditEventList value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for AuditEventList {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub items: Vec<Vec<models::AuditEvent>>,
            pub next_cursor: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing AuditEventList".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "items" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in AuditEventList"
                                .to_string(),
                        );
                    }
                    "next_cursor" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in AuditEventList"
                            .to_string(),
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing AuditEventList".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(AuditEventList {
            items: intermediate_rep
                .items
                .into_iter()
                .next()
                .ok_or_else(|| "items missing in AuditEventList".to_string())?,
            next_cursor: std::result::Result::Err(
                "Nullable types not supported in AuditEventList".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<AuditEventList> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<AuditEventList>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<AuditEventList>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for AuditEventList - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<AuditEventList> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <AuditEventList as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into AuditEventList - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// Consent to the processing of personal data, as the person gave it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[serde(deny_unknown_fields)]
pub struct Consent {
    /// The person agreed to the processing of their data.
    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "granted")]
    pub granted: bool,

    /// Version of the privacy policy agreed to.
    #[serde(rename = "policy_version")]
    #[validate(length(min = 1, max = 32))]
    pub policy_version: String,
}

impl Consent {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(granted: bool, policy_version: String) -> Consent {
        Consent {
            granted,
            policy_version,
        }
    }
}

/// Converts the Consent value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for Consent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("granted".to_string()),
            Some(self.granted.to_string()),
            Some("policy_version".to_string()),
            Some(self.policy_version.to_string()),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Consent value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Consent {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub granted: Vec<bool>,
            pub policy_version: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing Consent".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "granted" => intermediate_rep.granted.push(
                        <bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "policy_version" => intermediate_rep.policy_version.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing Consent".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Consent {
            granted: intermediate_rep
                .granted
                .into_iter()
                .next()
                .ok_or_else(|| "granted missing in Consent".to_string())?,
            policy_version: intermediate_rep
                .policy_version
                .into_iter()
                .next()
                .ok_or_else(|| "policy_version missing in Consent".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Consent> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<Consent>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<Consent>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for Consent - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<Consent> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <Consent as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into Consent - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct ConsentRecord {
    /// Must be `true`: the person agrees to the processing of their data.
    #[serde(rename = "granted")]
    pub granted: bool,

    /// When the person gave consent (set by the server).
    #[serde(rename = "granted_at")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    pub granted_at: chrono::DateTime<chrono::Utc>,

    /// The version of the privacy policy the person agreed to.
    #[serde(rename = "policy_version")]
    #[validate(length(max = 32))]
    pub policy_version: String,
}

impl ConsentRecord {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        granted: bool,
        granted_at: chrono::DateTime<chrono::Utc>,
        policy_version: String,
    ) -> ConsentRecord {
        ConsentRecord {
            granted,
            granted_at,
            policy_version,
        }
    }
}

/// Converts the ConsentRecord value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ConsentRecord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("granted".to_string()),
            Some(self.granted.to_string()),
            // Skipping granted_at in query parameter serialization
            Some("policy_version".to_string()),
            Some(self.policy_version.to_string()),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ConsentRecord value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ConsentRecord {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub granted: Vec<bool>,
            pub granted_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub policy_version: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ConsentRecord".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "granted" => intermediate_rep.granted.push(
                        <bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "granted_at" => intermediate_rep.granted_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "policy_version" => intermediate_rep.policy_version.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing ConsentRecord".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ConsentRecord {
            granted: intermediate_rep
                .granted
                .into_iter()
                .next()
                .ok_or_else(|| "granted missing in ConsentRecord".to_string())?,
            granted_at: intermediate_rep
                .granted_at
                .into_iter()
                .next()
                .ok_or_else(|| "granted_at missing in ConsentRecord".to_string())?,
            policy_version: intermediate_rep
                .policy_version
                .into_iter()
                .next()
                .ok_or_else(|| "policy_version missing in ConsentRecord".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ConsentRecord> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ConsentRecord>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ConsentRecord>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ConsentRecord - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ConsentRecord> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ConsentRecord as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ConsentRecord - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// ISO 4217 currency code.
#[derive(Debug, Clone, PartialEq, PartialOrd, serde::Serialize, serde::Deserialize)]
pub struct CurrencyCode(pub String);

impl validator::Validate for CurrencyCode {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {
        // String alias: the stock template checked nothing here (scripts/generator).
        // Errors use the field name "" so they are reported at the member itself.

        if (self.0.chars().count() as u64) < 3 || (self.0.chars().count() as u64) > 3 {
            let mut e = validator::ValidationError::new("length");
            e.add_param("min".into(), &3u64);
            e.add_param("max".into(), &3u64);
            e.add_param("value".into(), &self.0);
            let mut errs = validator::ValidationErrors::new();
            errs.add("", e);
            return std::result::Result::Err(errs);
        }
        lazy_static::lazy_static! {
            static ref RE: regex::Regex = regex::Regex::new("^[A-Z]{3}$").unwrap();
        }
        if !RE.is_match(&self.0) {
            let mut errs = validator::ValidationErrors::new();
            errs.add("", validator::ValidationError::new("regex"));
            return std::result::Result::Err(errs);
        }

        std::result::Result::Ok(())
    }
}

impl std::convert::From<String> for CurrencyCode {
    fn from(x: String) -> Self {
        CurrencyCode(x)
    }
}

impl std::fmt::Display for CurrencyCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl std::str::FromStr for CurrencyCode {
    type Err = std::string::ParseError;
    fn from_str(x: &str) -> std::result::Result<Self, Self::Err> {
        std::result::Result::Ok(CurrencyCode(x.to_string()))
    }
}

impl std::convert::From<CurrencyCode> for String {
    fn from(x: CurrencyCode) -> Self {
        x.0
    }
}

impl std::ops::Deref for CurrencyCode {
    type Target = String;
    fn deref(&self) -> &String {
        &self.0
    }
}

impl std::ops::DerefMut for CurrencyCode {
    fn deref_mut(&mut self) -> &mut String {
        &mut self.0
    }
}

/// `pending`: not attempted yet (or queued again by a redelivery); `failed`: the last attempt failed and another is scheduled (`next_attempt_at`); `succeeded`: a 2xx answer; `dead`: the last retry failed (dead letter: kept, and redeliverable).
/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types, clippy::large_enum_variant)]
#[repr(C)]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum DeliveryStatus {
    #[serde(rename = "pending")]
    Pending,
    #[serde(rename = "succeeded")]
    Succeeded,
    #[serde(rename = "failed")]
    Failed,
    #[serde(rename = "dead")]
    Dead,
}

impl validator::Validate for DeliveryStatus {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {
        std::result::Result::Ok(())
    }
}

impl std::fmt::Display for DeliveryStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            DeliveryStatus::Pending => write!(f, "pending"),
            DeliveryStatus::Succeeded => write!(f, "succeeded"),
            DeliveryStatus::Failed => write!(f, "failed"),
            DeliveryStatus::Dead => write!(f, "dead"),
        }
    }
}

impl std::str::FromStr for DeliveryStatus {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "pending" => std::result::Result::Ok(DeliveryStatus::Pending),
            "succeeded" => std::result::Result::Ok(DeliveryStatus::Succeeded),
            "failed" => std::result::Result::Ok(DeliveryStatus::Failed),
            "dead" => std::result::Result::Ok(DeliveryStatus::Dead),
            _ => std::result::Result::Err(format!(r#"Value not valid: {s}"#)),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct DependencyHealth {
    /// The person's full name.
    #[serde(rename = "name")]
    #[validate(length(max = 64))]
    pub name: String,

    /// State.
    #[serde(rename = "status")]
    #[validate(nested)]
    pub status: models::HealthState,

    /// How long the attempt took, in milliseconds.
    #[serde(rename = "latency_ms")]
    #[validate(range(min = 0u64, max = 3600000u64))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub latency_ms: Option<Nullable<u64>>,

    /// Details for the operator.
    #[serde(rename = "detail")]
    #[validate(length(max = 500))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<Nullable<String>>,
}

impl DependencyHealth {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(name: String, status: models::HealthState) -> DependencyHealth {
        DependencyHealth {
            name,
            status,
            latency_ms: None,
            detail: None,
        }
    }
}

/// Converts the DependencyHealth value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for DependencyHealth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("name".to_string()),
            Some(self.name.to_string()),
            // Skipping status in query parameter serialization
            self.latency_ms.as_ref().map(|latency_ms| {
                [
                    "latency_ms".to_string(),
                    latency_ms
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.detail.as_ref().map(|detail| {
                [
                    "detail".to_string(),
                    detail
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a DependencyHealth value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for DependencyHealth {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub name: Vec<String>,
            pub status: Vec<models::HealthState>,
            pub latency_ms: Vec<u64>,
            pub detail: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing DependencyHealth".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "status" => intermediate_rep.status.push(<models::HealthState as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "latency_ms" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in DependencyHealth".to_string()),
                    "detail" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in DependencyHealth".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing DependencyHealth".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(DependencyHealth {
            name: intermediate_rep
                .name
                .into_iter()
                .next()
                .ok_or_else(|| "name missing in DependencyHealth".to_string())?,
            status: intermediate_rep
                .status
                .into_iter()
                .next()
                .ok_or_else(|| "status missing in DependencyHealth".to_string())?,
            latency_ms: std::result::Result::Err(
                "Nullable types not supported in DependencyHealth".to_string(),
            )?,
            detail: std::result::Result::Err(
                "Nullable types not supported in DependencyHealth".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<DependencyHealth> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<DependencyHealth>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<DependencyHealth>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for DependencyHealth - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<DependencyHealth> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <DependencyHealth as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into DependencyHealth - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// How `description` is written. `plain`: text; clients escape it, so nothing in it is ever rendered as markup. `markdown`: stored as written; render it with raw HTML disabled. `html`: sanitized when written (an allow-list of formatting tags; links only to `http(s)` and `mailto` with `rel=\"noopener noreferrer nofollow\"`; no scripts, styles, event handlers, frames or forms); a description longer than 12,000 characters once sanitized is `422`.
/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types, clippy::large_enum_variant)]
#[repr(C)]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum DescriptionFormat {
    #[serde(rename = "plain")]
    Plain,
    #[serde(rename = "markdown")]
    Markdown,
    #[serde(rename = "html")]
    Html,
}

impl validator::Validate for DescriptionFormat {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {
        std::result::Result::Ok(())
    }
}

impl std::fmt::Display for DescriptionFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            DescriptionFormat::Plain => write!(f, "plain"),
            DescriptionFormat::Markdown => write!(f, "markdown"),
            DescriptionFormat::Html => write!(f, "html"),
        }
    }
}

impl std::str::FromStr for DescriptionFormat {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "plain" => std::result::Result::Ok(DescriptionFormat::Plain),
            "markdown" => std::result::Result::Ok(DescriptionFormat::Markdown),
            "html" => std::result::Result::Ok(DescriptionFormat::Html),
            _ => std::result::Result::Err(format!(r#"Value not valid: {s}"#)),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct Employer {
    /// The resource's ETag, as the `ETag` header gives it: send it as `If-Match` to change the resource, also straight from a list.
    #[serde(rename = "etag")]
    #[validate(length(max = 32))]
    pub etag: String,

    /// Identifier of the employer.
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    /// The employer's name.
    #[serde(rename = "name")]
    #[validate(length(max = 200))]
    pub name: String,

    /// The employer's website (http or https only).
    #[serde(rename = "website")]
    #[validate(
            length(max = 2048),
            regex(path = *RE_EMPLOYER_WEBSITE),
    )]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub website: Option<Nullable<String>>,

    /// The employer's logo (http or https only).
    #[serde(rename = "logo_url")]
    #[validate(
            length(max = 2048),
            regex(path = *RE_EMPLOYER_LOGO_URL),
    )]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub logo_url: Option<Nullable<String>>,

    /// Brand colour for careers pages, `#rrggbb`.
    #[serde(rename = "brand_color")]
    #[validate(
            regex(path = *RE_EMPLOYER_BRAND_COLOR),
    )]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub brand_color: Option<Nullable<String>>,

    /// About the employer, shown on its careers page (Markdown or plain text).
    #[serde(rename = "about")]
    #[validate(length(max = 5000))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub about: Option<Nullable<String>>,

    /// `about` rendered and sanitized: safe to insert as HTML (no script, no event handlers).
    #[serde(rename = "about_html")]
    #[validate(length(max = 20000))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub about_html: Option<Nullable<String>>,

    /// The careers page's address: `/careers/{slug}` and `GET /v1/public/employers/{slug}`. Lower-case letters, digits and single hyphens, 1–50 characters, unique among employers. Earlier slugs keep redirecting to the current one and are never given to another employer.
    #[serde(rename = "slug")]
    #[validate(length(max = 50))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub slug: Option<Nullable<String>>,

    /// The hosted careers page (`null` without a slug or with the page disabled).
    #[serde(rename = "careers_url")]
    #[validate(length(max = 2048))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub careers_url: Option<Nullable<String>>,

    /// The logo: a verified upload of purpose `logo` (PNG, JPEG or WebP), served by the API at `/careers/{slug}/logo`.
    #[serde(rename = "logo_upload_id")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub logo_upload_id: Option<Nullable<uuid::Uuid>>,

    /// The text colour that reads on `brand_color`: `#ffffff` or `#000000`, whichever contrasts more (WCAG 2.1 relative luminance); the careers page and the widget use it on brand-coloured buttons. `null` without a brand colour.
    #[serde(rename = "brand_text_color")]
    #[validate(
            regex(path = *RE_EMPLOYER_BRAND_TEXT_COLOR),
    )]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub brand_text_color: Option<Nullable<String>>,

    /// The contrast ratio of `brand_text_color` on `brand_color` (at least 4.5: WCAG 2.1 AA for normal text).
    #[serde(rename = "brand_contrast")]
    #[validate(range(min = 1f64, max = 21f64))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub brand_contrast: Option<Nullable<f64>>,

    /// Employer-wide settings.
    #[serde(rename = "settings")]
    #[validate(nested)]
    pub settings: models::EmployerSettings,

    /// When it was created (RFC 3339, UTC).
    #[serde(rename = "created_at")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    pub created_at: chrono::DateTime<chrono::Utc>,

    /// When it last changed (RFC 3339, UTC).
    #[serde(rename = "updated_at")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

lazy_static::lazy_static! {
    static ref RE_EMPLOYER_WEBSITE: regex::Regex = regex::Regex::new("^[Hh][Tt][Tt][Pp][Ss]?://[^\\s]+$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_EMPLOYER_LOGO_URL: regex::Regex = regex::Regex::new("^[Hh][Tt][Tt][Pp][Ss]?://[^\\s]+$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_EMPLOYER_BRAND_COLOR: regex::Regex = regex::Regex::new("^#[0-9a-fA-F]{6}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_EMPLOYER_BRAND_TEXT_COLOR: regex::Regex = regex::Regex::new("^#(ffffff|000000)$").unwrap();
}

impl Employer {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        etag: String,
        id: uuid::Uuid,
        name: String,
        settings: models::EmployerSettings,
        created_at: chrono::DateTime<chrono::Utc>,
        updated_at: chrono::DateTime<chrono::Utc>,
    ) -> Employer {
        Employer {
            etag,
            id,
            name,
            website: None,
            logo_url: None,
            brand_color: None,
            about: None,
            about_html: None,
            slug: None,
            careers_url: None,
            logo_upload_id: None,
            brand_text_color: None,
            brand_contrast: None,
            settings,
            created_at,
            updated_at,
        }
    }
}

/// Converts the Employer value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for Employer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("etag".to_string()),
            Some(self.etag.to_string()),
            // Skipping id in query parameter serialization
            Some("name".to_string()),
            Some(self.name.to_string()),
            self.website.as_ref().map(|website| {
                [
                    "website".to_string(),
                    website
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.logo_url.as_ref().map(|logo_url| {
                [
                    "logo_url".to_string(),
                    logo_url
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.brand_color.as_ref().map(|brand_color| {
                [
                    "brand_color".to_string(),
                    brand_color
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.about.as_ref().map(|about| {
                [
                    "about".to_string(),
                    about.as_ref().map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.about_html.as_ref().map(|about_html| {
                [
                    "about_html".to_string(),
                    about_html
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.slug.as_ref().map(|slug| {
                [
                    "slug".to_string(),
                    slug.as_ref().map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.careers_url.as_ref().map(|careers_url| {
                [
                    "careers_url".to_string(),
                    careers_url
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            // Skipping logo_upload_id in query parameter serialization
            self.brand_text_color.as_ref().map(|brand_text_color| {
                [
                    "brand_text_color".to_string(),
                    brand_text_color
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.brand_contrast.as_ref().map(|brand_contrast| {
                [
                    "brand_contrast".to_string(),
                    brand_contrast
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            // Skipping settings in query parameter serialization

            // Skipping created_at in query parameter serialization

            // Skipping updated_at in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Employer value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Employer {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub etag: Vec<String>,
            pub id: Vec<uuid::Uuid>,
            pub name: Vec<String>,
            pub website: Vec<String>,
            pub logo_url: Vec<String>,
            pub brand_color: Vec<String>,
            pub about: Vec<String>,
            pub about_html: Vec<String>,
            pub slug: Vec<String>,
            pub careers_url: Vec<String>,
            pub logo_upload_id: Vec<uuid::Uuid>,
            pub brand_text_color: Vec<String>,
            pub brand_contrast: Vec<f64>,
            pub settings: Vec<models::EmployerSettings>,
            pub created_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub updated_at: Vec<chrono::DateTime<chrono::Utc>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing Employer".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "etag" => intermediate_rep.etag.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "website" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Employer"
                                .to_string(),
                        );
                    }
                    "logo_url" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Employer"
                                .to_string(),
                        );
                    }
                    "brand_color" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Employer"
                                .to_string(),
                        );
                    }
                    "about" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Employer"
                                .to_string(),
                        );
                    }
                    "about_html" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Employer"
                                .to_string(),
                        );
                    }
                    "slug" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Employer"
                                .to_string(),
                        );
                    }
                    "careers_url" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Employer"
                                .to_string(),
                        );
                    }
                    "logo_upload_id" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Employer"
                                .to_string(),
                        );
                    }
                    "brand_text_color" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Employer"
                                .to_string(),
                        );
                    }
                    "brand_contrast" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Employer"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "settings" => intermediate_rep.settings.push(
                        <models::EmployerSettings as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "created_at" => intermediate_rep.created_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "updated_at" => intermediate_rep.updated_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing Employer".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Employer {
            etag: intermediate_rep
                .etag
                .into_iter()
                .next()
                .ok_or_else(|| "etag missing in Employer".to_string())?,
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in Employer".to_string())?,
            name: intermediate_rep
                .name
                .into_iter()
                .next()
                .ok_or_else(|| "name missing in Employer".to_string())?,
            website: std::result::Result::Err(
                "Nullable types not supported in Employer".to_string(),
            )?,
            logo_url: std::result::Result::Err(
                "Nullable types not supported in Employer".to_string(),
            )?,
            brand_color: std::result::Result::Err(
                "Nullable types not supported in Employer".to_string(),
            )?,
            about: std::result::Result::Err(
                "Nullable types not supported in Employer".to_string(),
            )?,
            about_html: std::result::Result::Err(
                "Nullable types not supported in Employer".to_string(),
            )?,
            slug: std::result::Result::Err("Nullable types not supported in Employer".to_string())?,
            careers_url: std::result::Result::Err(
                "Nullable types not supported in Employer".to_string(),
            )?,
            logo_upload_id: std::result::Result::Err(
                "Nullable types not supported in Employer".to_string(),
            )?,
            brand_text_color: std::result::Result::Err(
                "Nullable types not supported in Employer".to_string(),
            )?,
            brand_contrast: std::result::Result::Err(
                "Nullable types not supported in Employer".to_string(),
            )?,
            settings: intermediate_rep
                .settings
                .into_iter()
                .next()
                .ok_or_else(|| "settings missing in Employer".to_string())?,
            created_at: intermediate_rep
                .created_at
                .into_iter()
                .next()
                .ok_or_else(|| "created_at missing in Employer".to_string())?,
            updated_at: intermediate_rep
                .updated_at
                .into_iter()
                .next()
                .ok_or_else(|| "updated_at missing in Employer".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Employer> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<Employer>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<Employer>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for Employer - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<Employer> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <Employer as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into Employer - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// Employer-wide settings.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[serde(deny_unknown_fields)]
pub struct EmployerSettings {
    /// Currency assumed for salaries without one.
    #[serde(rename = "default_currency")]
    #[validate(
            length(min = 3, max = 3),
            regex(path = *RE_EMPLOYERSETTINGS_DEFAULT_CURRENCY),
    )]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_currency: Option<String>,

    /// IANA time zone, for example `Indian/Maldives`.
    #[serde(rename = "timezone")]
    #[validate(
            length(min = 1, max = 64),
            regex(path = *RE_EMPLOYERSETTINGS_TIMEZONE),
    )]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,

    /// Days an application is kept after it reaches a final status (`hired`, `rejected`); then the maintenance task anonymizes it (its submission and cover letter, notes and the link to the applicant's login go) and records `application.anonymized`.
    #[serde(rename = "application_retention_days")]
    #[validate(range(min = 30u32, max = 3650u32))]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub application_retention_days: Option<u32>,

    /// `false` hides the employer's jobs from public search, taxonomy counts and public job details (`404`), and refuses applications (`404`). Default `true`.
    #[serde(rename = "careers_page_enabled")]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub careers_page_enabled: Option<bool>,
}

lazy_static::lazy_static! {
    static ref RE_EMPLOYERSETTINGS_DEFAULT_CURRENCY: regex::Regex = regex::Regex::new("^[A-Z]{3}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_EMPLOYERSETTINGS_TIMEZONE: regex::Regex = regex::Regex::new("^[A-Za-z_]+(/[A-Za-z0-9_+-]+)*$").unwrap();
}

impl EmployerSettings {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> EmployerSettings {
        EmployerSettings {
            default_currency: None,
            timezone: None,
            application_retention_days: None,
            careers_page_enabled: None,
        }
    }
}

/// Converts the EmployerSettings value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for EmployerSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.default_currency.as_ref().map(|default_currency| {
                ["default_currency".to_string(), default_currency.to_string()].join(",")
            }),
            self.timezone
                .as_ref()
                .map(|timezone| ["timezone".to_string(), timezone.to_string()].join(",")),
            self.application_retention_days
                .as_ref()
                .map(|application_retention_days| {
                    [
                        "application_retention_days".to_string(),
                        application_retention_days.to_string(),
                    ]
                    .join(",")
                }),
            self.careers_page_enabled
                .as_ref()
                .map(|careers_page_enabled| {
                    [
                        "careers_page_enabled".to_string(),
                        careers_page_enabled.to_string(),
                    ]
                    .join(",")
                }),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a EmployerSettings value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for EmployerSettings {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub default_currency: Vec<String>,
            pub timezone: Vec<String>,
            pub application_retention_days: Vec<u32>,
            pub careers_page_enabled: Vec<bool>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing EmployerSettings".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "default_currency" => intermediate_rep.default_currency.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "timezone" => intermediate_rep.timezone.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "application_retention_days" => {
                        intermediate_rep.application_retention_days.push(
                            <u32 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                        )
                    }
                    #[allow(clippy::redundant_clone)]
                    "careers_page_enabled" => intermediate_rep.careers_page_enabled.push(
                        <bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing EmployerSettings".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(EmployerSettings {
            default_currency: intermediate_rep.default_currency.into_iter().next(),
            timezone: intermediate_rep.timezone.into_iter().next(),
            application_retention_days: intermediate_rep
                .application_retention_days
                .into_iter()
                .next(),
            careers_page_enabled: intermediate_rep.careers_page_enabled.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<EmployerSettings> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<EmployerSettings>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<EmployerSettings>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for EmployerSettings - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<EmployerSettings> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <EmployerSettings as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into EmployerSettings - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// The employer of a public job: what its careers pages show.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct EmployerSummary {
    /// Identifier of the employer.
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    /// The employer's name.
    #[serde(rename = "name")]
    #[validate(length(max = 200))]
    pub name: String,

    /// The employer's logo (http or https only).
    #[serde(rename = "logo_url")]
    #[validate(
            length(max = 2048),
            regex(path = *RE_EMPLOYERSUMMARY_LOGO_URL),
    )]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub logo_url: Option<Nullable<String>>,
}

lazy_static::lazy_static! {
    static ref RE_EMPLOYERSUMMARY_LOGO_URL: regex::Regex = regex::Regex::new("^[Hh][Tt][Tt][Pp][Ss]?://[^\\s]+$").unwrap();
}

impl EmployerSummary {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(id: uuid::Uuid, name: String) -> EmployerSummary {
        EmployerSummary {
            id,
            name,
            logo_url: None,
        }
    }
}

/// Converts the EmployerSummary value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for EmployerSummary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping id in query parameter serialization
            Some("name".to_string()),
            Some(self.name.to_string()),
            self.logo_url.as_ref().map(|logo_url| {
                [
                    "logo_url".to_string(),
                    logo_url
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a EmployerSummary value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for EmployerSummary {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub name: Vec<String>,
            pub logo_url: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing EmployerSummary".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "logo_url" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in EmployerSummary"
                            .to_string(),
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing EmployerSummary".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(EmployerSummary {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in EmployerSummary".to_string())?,
            name: intermediate_rep
                .name
                .into_iter()
                .next()
                .ok_or_else(|| "name missing in EmployerSummary".to_string())?,
            logo_url: std::result::Result::Err(
                "Nullable types not supported in EmployerSummary".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<EmployerSummary> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<EmployerSummary>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<EmployerSummary>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for EmployerSummary - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<EmployerSummary> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <EmployerSummary as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into EmployerSummary - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[serde(deny_unknown_fields)]
pub struct EmployerUpdate {
    /// The employer's name.
    #[serde(rename = "name")]
    #[validate(
            length(min = 1, max = 200),
            regex(path = *RE_EMPLOYERUPDATE_NAME),
    )]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,

    /// The employer's website (http or https only).
    #[serde(rename = "website")]
    #[validate(
            length(max = 2048),
            regex(path = *RE_EMPLOYERUPDATE_WEBSITE),
    )]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub website: Option<Nullable<String>>,

    /// The employer's logo (http or https only).
    #[serde(rename = "logo_url")]
    #[validate(
            length(max = 2048),
            regex(path = *RE_EMPLOYERUPDATE_LOGO_URL),
    )]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub logo_url: Option<Nullable<String>>,

    /// Brand colour for careers pages, `#rrggbb`.
    #[serde(rename = "brand_color")]
    #[validate(
            regex(path = *RE_EMPLOYERUPDATE_BRAND_COLOR),
    )]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub brand_color: Option<Nullable<String>>,

    /// About the employer, shown on its careers page: Markdown or plain text, sanitized when rendered (`about_html`).
    #[serde(rename = "about")]
    #[validate(length(max = 5000))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub about: Option<Nullable<String>>,

    /// The careers page's address (admins). Lower-case letters, digits and single hyphens, 1–50 characters; `409` when another employer holds or held it. The previous slug keeps redirecting here. `null` takes the careers page down.
    #[serde(rename = "slug")]
    #[validate(
            length(min = 1, max = 50),
            regex(path = *RE_EMPLOYERUPDATE_SLUG),
    )]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub slug: Option<Nullable<String>>,

    /// A verified upload of this employer with purpose `logo` (`422` otherwise); `null` removes the logo.
    #[serde(rename = "logo_upload_id")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub logo_upload_id: Option<Nullable<uuid::Uuid>>,

    /// Employer-wide settings.
    #[serde(rename = "settings")]
    #[validate(nested)]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub settings: Option<models::EmployerSettings>,
}

lazy_static::lazy_static! {
    static ref RE_EMPLOYERUPDATE_NAME: regex::Regex = regex::Regex::new("\\S").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_EMPLOYERUPDATE_WEBSITE: regex::Regex = regex::Regex::new("^[Hh][Tt][Tt][Pp][Ss]?://[^\\s]+$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_EMPLOYERUPDATE_LOGO_URL: regex::Regex = regex::Regex::new("^[Hh][Tt][Tt][Pp][Ss]?://[^\\s]+$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_EMPLOYERUPDATE_BRAND_COLOR: regex::Regex = regex::Regex::new("^#[0-9a-fA-F]{6}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_EMPLOYERUPDATE_SLUG: regex::Regex = regex::Regex::new("^[a-z0-9]([a-z0-9-]{0,48}[a-z0-9])?$").unwrap();
}

impl EmployerUpdate {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> EmployerUpdate {
        EmployerUpdate {
            name: None,
            website: None,
            logo_url: None,
            brand_color: None,
            about: None,
            slug: None,
            logo_upload_id: None,
            settings: None,
        }
    }
}

/// Converts the EmployerUpdate value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for EmployerUpdate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.name
                .as_ref()
                .map(|name| ["name".to_string(), name.to_string()].join(",")),
            self.website.as_ref().map(|website| {
                [
                    "website".to_string(),
                    website
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.logo_url.as_ref().map(|logo_url| {
                [
                    "logo_url".to_string(),
                    logo_url
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.brand_color.as_ref().map(|brand_color| {
                [
                    "brand_color".to_string(),
                    brand_color
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.about.as_ref().map(|about| {
                [
                    "about".to_string(),
                    about.as_ref().map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.slug.as_ref().map(|slug| {
                [
                    "slug".to_string(),
                    slug.as_ref().map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            // Skipping logo_upload_id in query parameter serialization

            // Skipping settings in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a EmployerUpdate value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for EmployerUpdate {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub name: Vec<String>,
            pub website: Vec<String>,
            pub logo_url: Vec<String>,
            pub brand_color: Vec<String>,
            pub about: Vec<String>,
            pub slug: Vec<String>,
            pub logo_upload_id: Vec<uuid::Uuid>,
            pub settings: Vec<models::EmployerSettings>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing EmployerUpdate".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "website" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in EmployerUpdate"
                            .to_string(),
                    ),
                    "logo_url" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in EmployerUpdate"
                            .to_string(),
                    ),
                    "brand_color" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in EmployerUpdate"
                            .to_string(),
                    ),
                    "about" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in EmployerUpdate"
                            .to_string(),
                    ),
                    "slug" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in EmployerUpdate"
                            .to_string(),
                    ),
                    "logo_upload_id" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in EmployerUpdate"
                            .to_string(),
                    ),
                    #[allow(clippy::redundant_clone)]
                    "settings" => intermediate_rep.settings.push(
                        <models::EmployerSettings as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing EmployerUpdate".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(EmployerUpdate {
            name: intermediate_rep.name.into_iter().next(),
            website: std::result::Result::Err(
                "Nullable types not supported in EmployerUpdate".to_string(),
            )?,
            logo_url: std::result::Result::Err(
                "Nullable types not supported in EmployerUpdate".to_string(),
            )?,
            brand_color: std::result::Result::Err(
                "Nullable types not supported in EmployerUpdate".to_string(),
            )?,
            about: std::result::Result::Err(
                "Nullable types not supported in EmployerUpdate".to_string(),
            )?,
            slug: std::result::Result::Err(
                "Nullable types not supported in EmployerUpdate".to_string(),
            )?,
            logo_upload_id: std::result::Result::Err(
                "Nullable types not supported in EmployerUpdate".to_string(),
            )?,
            settings: intermediate_rep.settings.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<EmployerUpdate> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<EmployerUpdate>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<EmployerUpdate>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for EmployerUpdate - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<EmployerUpdate> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <EmployerUpdate as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into EmployerUpdate - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// The body of a `employer.updated` delivery: The employer's settings or profile changed.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct EmployerUpdatedEvent {
    /// The event type.
    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "type")]
    pub r_type: String,

    /// When the event happened (RFC 3339, UTC, microseconds).
    #[serde(rename = "timestamp")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    pub timestamp: chrono::DateTime<chrono::Utc>,

    /// What happened, by id.
    #[serde(rename = "data")]
    #[validate(nested)]
    pub data: models::EmployerUpdatedEventData,
}

impl EmployerUpdatedEvent {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        r_type: String,
        timestamp: chrono::DateTime<chrono::Utc>,
        data: models::EmployerUpdatedEventData,
    ) -> EmployerUpdatedEvent {
        EmployerUpdatedEvent {
            r_type,
            timestamp,
            data,
        }
    }
}

/// Converts the EmployerUpdatedEvent value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for EmployerUpdatedEvent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("type".to_string()),
            Some(self.r_type.to_string()),
            // Skipping timestamp in query parameter serialization

            // Skipping data in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a EmployerUpdatedEvent value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for EmployerUpdatedEvent {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub r_type: Vec<String>,
            pub timestamp: Vec<chrono::DateTime<chrono::Utc>>,
            pub data: Vec<models::EmployerUpdatedEventData>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing EmployerUpdatedEvent".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "type" => intermediate_rep.r_type.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "timestamp" => intermediate_rep.timestamp.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "data" => intermediate_rep.data.push(
                        <models::EmployerUpdatedEventData as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing EmployerUpdatedEvent".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(EmployerUpdatedEvent {
            r_type: intermediate_rep
                .r_type
                .into_iter()
                .next()
                .ok_or_else(|| "type missing in EmployerUpdatedEvent".to_string())?,
            timestamp: intermediate_rep
                .timestamp
                .into_iter()
                .next()
                .ok_or_else(|| "timestamp missing in EmployerUpdatedEvent".to_string())?,
            data: intermediate_rep
                .data
                .into_iter()
                .next()
                .ok_or_else(|| "data missing in EmployerUpdatedEvent".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<EmployerUpdatedEvent> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<EmployerUpdatedEvent>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<EmployerUpdatedEvent>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for EmployerUpdatedEvent - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<EmployerUpdatedEvent> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <EmployerUpdatedEvent as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into EmployerUpdatedEvent - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// `employer.updated`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct EmployerUpdatedEventData {
    /// The resource the event is about (the `object` it names).
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    /// What kind of resource `id` names.
    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "object")]
    pub object: String,

    /// The employer.
    #[serde(rename = "employer_id")]
    pub employer_id: uuid::Uuid,

    /// The members that changed.
    #[serde(rename = "changed_fields")]
    #[validate(length(max = 64))]
    pub changed_fields: Vec<String>,

    /// The employer's version after the change.
    #[serde(rename = "version")]
    #[validate(range(min = 1u64, max = 9223372036854775807u64))]
    pub version: u64,
}

impl EmployerUpdatedEventData {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        id: uuid::Uuid,
        object: String,
        employer_id: uuid::Uuid,
        changed_fields: Vec<String>,
        version: u64,
    ) -> EmployerUpdatedEventData {
        EmployerUpdatedEventData {
            id,
            object,
            employer_id,
            changed_fields,
            version,
        }
    }
}

/// Converts the EmployerUpdatedEventData value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for EmployerUpdatedEventData {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping id in query parameter serialization
            Some("object".to_string()),
            Some(self.object.to_string()),
            // Skipping employer_id in query parameter serialization
            Some("changed_fields".to_string()),
            Some(
                self.changed_fields
                    .iter()
                    .map(|x| x.to_string())
                    .collect::<Vec<_>>()
                    .join(","),
            ),
            Some("version".to_string()),
            Some(self.version.to_string()),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a EmployerUpdatedEventData value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for EmployerUpdatedEventData {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub object: Vec<String>,
            pub employer_id: Vec<uuid::Uuid>,
            pub changed_fields: Vec<Vec<String>>,
            pub version: Vec<u64>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing EmployerUpdatedEventData".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(<uuid::Uuid as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "object" => intermediate_rep.object.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "employer_id" => intermediate_rep.employer_id.push(<uuid::Uuid as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "changed_fields" => return std::result::Result::Err("Parsing a container in this style is not supported in EmployerUpdatedEventData".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "version" => intermediate_rep.version.push(<u64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing EmployerUpdatedEventData".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(EmployerUpdatedEventData {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in EmployerUpdatedEventData".to_string())?,
            object: intermediate_rep
                .object
                .into_iter()
                .next()
                .ok_or_else(|| "object missing in EmployerUpdatedEventData".to_string())?,
            employer_id: intermediate_rep
                .employer_id
                .into_iter()
                .next()
                .ok_or_else(|| "employer_id missing in EmployerUpdatedEventData".to_string())?,
            changed_fields: intermediate_rep
                .changed_fields
                .into_iter()
                .next()
                .ok_or_else(|| "changed_fields missing in EmployerUpdatedEventData".to_string())?,
            version: intermediate_rep
                .version
                .into_iter()
                .next()
                .ok_or_else(|| "version missing in EmployerUpdatedEventData".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<EmployerUpdatedEventData> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<EmployerUpdatedEventData>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<EmployerUpdatedEventData>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for EmployerUpdatedEventData - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<EmployerUpdatedEventData> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <EmployerUpdatedEventData as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into EmployerUpdatedEventData - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// How the job is employed: full time, part time, contract, temporary or internship.
/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types, clippy::large_enum_variant)]
#[repr(C)]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum EmploymentType {
    #[serde(rename = "full_time")]
    FullTime,
    #[serde(rename = "part_time")]
    PartTime,
    #[serde(rename = "contract")]
    Contract,
    #[serde(rename = "temporary")]
    Temporary,
    #[serde(rename = "internship")]
    Internship,
    #[serde(rename = "volunteer")]
    Volunteer,
}

impl validator::Validate for EmploymentType {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {
        std::result::Result::Ok(())
    }
}

impl std::fmt::Display for EmploymentType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            EmploymentType::FullTime => write!(f, "full_time"),
            EmploymentType::PartTime => write!(f, "part_time"),
            EmploymentType::Contract => write!(f, "contract"),
            EmploymentType::Temporary => write!(f, "temporary"),
            EmploymentType::Internship => write!(f, "internship"),
            EmploymentType::Volunteer => write!(f, "volunteer"),
        }
    }
}

impl std::str::FromStr for EmploymentType {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "full_time" => std::result::Result::Ok(EmploymentType::FullTime),
            "part_time" => std::result::Result::Ok(EmploymentType::PartTime),
            "contract" => std::result::Result::Ok(EmploymentType::Contract),
            "temporary" => std::result::Result::Ok(EmploymentType::Temporary),
            "internship" => std::result::Result::Ok(EmploymentType::Internship),
            "volunteer" => std::result::Result::Ok(EmploymentType::Volunteer),
            _ => std::result::Result::Err(format!(r#"Value not valid: {s}"#)),
        }
    }
}

/// One of the employer's events: what its webhook delivery carries (`type`, `timestamp`, `data`) and its `id` (the deliveries' `webhook-id`). `data` has the members of the type's schema under the contract's top-level `webhooks` (for example `JobEventData`).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct Event {
    /// Identifier of the event; the `webhook-id` of its deliveries.
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    /// The event type.
    #[serde(rename = "type")]
    #[validate(nested)]
    pub r_type: models::WebhookEventType,

    /// When the event happened (RFC 3339, UTC, microseconds).
    #[serde(rename = "timestamp")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    pub timestamp: chrono::DateTime<chrono::Utc>,

    /// What happened, by id: the type's data schema (see `webhooks`).
    #[serde(rename = "data")]
    pub data: std::collections::HashMap<String, crate::types::Object>,
}

impl Event {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        id: uuid::Uuid,
        r_type: models::WebhookEventType,
        timestamp: chrono::DateTime<chrono::Utc>,
        data: std::collections::HashMap<String, crate::types::Object>,
    ) -> Event {
        Event {
            id,
            r_type,
            timestamp,
            data,
        }
    }
}

/// Converts the Event value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for Event {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping id in query parameter serialization

            // Skipping type in query parameter serialization

            // Skipping timestamp in query parameter serialization

            // Skipping data in query parameter serialization
            // Skipping data in query parameter serialization

        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Event value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Event {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub r_type: Vec<models::WebhookEventType>,
            pub timestamp: Vec<chrono::DateTime<chrono::Utc>>,
            pub data: Vec<std::collections::HashMap<String, crate::types::Object>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing Event".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "type" => intermediate_rep.r_type.push(
                        <models::WebhookEventType as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "timestamp" => intermediate_rep.timestamp.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    "data" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in Event"
                                .to_string(),
                        );
                    }
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing Event".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Event {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in Event".to_string())?,
            r_type: intermediate_rep
                .r_type
                .into_iter()
                .next()
                .ok_or_else(|| "type missing in Event".to_string())?,
            timestamp: intermediate_rep
                .timestamp
                .into_iter()
                .next()
                .ok_or_else(|| "timestamp missing in Event".to_string())?,
            data: intermediate_rep
                .data
                .into_iter()
                .next()
                .ok_or_else(|| "data missing in Event".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Event> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<Event>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<Event>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for Event - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<Event> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => match <Event as std::str::FromStr>::from_str(value) {
                std::result::Result::Ok(value) => {
                    std::result::Result::Ok(header::IntoHeaderValue(value))
                }
                std::result::Result::Err(err) => std::result::Result::Err(format!(
                    r#"Unable to convert header value '{value}' into Event - {err}"#
                )),
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct EventList {
    /// This page's events, oldest first.
    #[serde(rename = "items")]
    #[validate(length(max = 100), nested)]
    pub items: Vec<models::Event>,

    /// Cursor after this page's last event. Unlike other lists it is set on the last page too (once the page has an event): keep it and ask again later for newer events.
    #[serde(rename = "next_cursor")]
    #[validate(length(max = 1024))]
    pub next_cursor: Nullable<String>,
}

impl EventList {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(items: Vec<models::Event>, next_cursor: Nullable<String>) -> EventList {
        EventList { items, next_cursor }
    }
}

/// Converts the EventList value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for EventList {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping items in query parameter serialization
            Some("next_cursor".to_string()),
            Some(
                self.next_cursor
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a EventList value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for EventList {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub items: Vec<Vec<models::Event>>,
            pub next_cursor: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing EventList".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "items" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in EventList"
                                .to_string(),
                        );
                    }
                    "next_cursor" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in EventList"
                                .to_string(),
                        );
                    }
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing EventList".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(EventList {
            items: intermediate_rep
                .items
                .into_iter()
                .next()
                .ok_or_else(|| "items missing in EventList".to_string())?,
            next_cursor: std::result::Result::Err(
                "Nullable types not supported in EventList".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<EventList> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<EventList>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<EventList>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for EventList - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<EventList> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <EventList as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into EventList - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct FacetCount {
    /// Stable, URL-safe key of the value (use it in filters).
    #[serde(rename = "slug")]
    #[validate(length(max = 100))]
    pub slug: String,

    /// The value as shown to people.
    #[serde(rename = "label")]
    #[validate(length(max = 200))]
    pub label: String,

    /// How many published jobs have this value.
    #[serde(rename = "count")]
    #[validate(range(min = 0u64, max = 1000000000u64))]
    pub count: u64,
}

impl FacetCount {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(slug: String, label: String, count: u64) -> FacetCount {
        FacetCount { slug, label, count }
    }
}

/// Converts the FacetCount value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for FacetCount {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("slug".to_string()),
            Some(self.slug.to_string()),
            Some("label".to_string()),
            Some(self.label.to_string()),
            Some("count".to_string()),
            Some(self.count.to_string()),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a FacetCount value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for FacetCount {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub slug: Vec<String>,
            pub label: Vec<String>,
            pub count: Vec<u64>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing FacetCount".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "slug" => intermediate_rep.slug.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "label" => intermediate_rep.label.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "count" => intermediate_rep.count.push(
                        <u64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing FacetCount".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(FacetCount {
            slug: intermediate_rep
                .slug
                .into_iter()
                .next()
                .ok_or_else(|| "slug missing in FacetCount".to_string())?,
            label: intermediate_rep
                .label
                .into_iter()
                .next()
                .ok_or_else(|| "label missing in FacetCount".to_string())?,
            count: intermediate_rep
                .count
                .into_iter()
                .next()
                .ok_or_else(|| "count missing in FacetCount".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<FacetCount> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<FacetCount>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<FacetCount>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for FacetCount - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<FacetCount> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <FacetCount as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into FacetCount - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct Health {
    /// Overall health.
    #[serde(rename = "status")]
    #[validate(nested)]
    pub status: models::HealthState,

    /// Build version of the server.
    #[serde(rename = "version")]
    #[validate(length(max = 64))]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,

    /// One entry per dependency (with `?verbose=true`).
    #[serde(rename = "checks")]
    #[validate(length(max = 20), nested)]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub checks: Option<Vec<models::DependencyHealth>>,
}

impl Health {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(status: models::HealthState) -> Health {
        Health {
            status,
            version: None,
            checks: None,
        }
    }
}

/// Converts the Health value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for Health {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping status in query parameter serialization
            self.version
                .as_ref()
                .map(|version| ["version".to_string(), version.to_string()].join(",")),
            // Skipping checks in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Health value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Health {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub status: Vec<models::HealthState>,
            pub version: Vec<String>,
            pub checks: Vec<Vec<models::DependencyHealth>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing Health".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "status" => intermediate_rep.status.push(
                        <models::HealthState as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "version" => intermediate_rep.version.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "checks" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in Health"
                                .to_string(),
                        );
                    }
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing Health".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Health {
            status: intermediate_rep
                .status
                .into_iter()
                .next()
                .ok_or_else(|| "status missing in Health".to_string())?,
            version: intermediate_rep.version.into_iter().next(),
            checks: intermediate_rep.checks.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Health> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<Health>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<Health>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for Health - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<Health> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <Health as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into Health - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// A health verdict: `pass`, `warn` or `fail`.
/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types, clippy::large_enum_variant)]
#[repr(C)]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum HealthState {
    #[serde(rename = "pass")]
    Pass,
    #[serde(rename = "warn")]
    Warn,
    #[serde(rename = "fail")]
    Fail,
}

impl validator::Validate for HealthState {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {
        std::result::Result::Ok(())
    }
}

impl std::fmt::Display for HealthState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            HealthState::Pass => write!(f, "pass"),
            HealthState::Warn => write!(f, "warn"),
            HealthState::Fail => write!(f, "fail"),
        }
    }
}

impl std::str::FromStr for HealthState {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "pass" => std::result::Result::Ok(HealthState::Pass),
            "warn" => std::result::Result::Ok(HealthState::Warn),
            "fail" => std::result::Result::Ok(HealthState::Fail),
            _ => std::result::Result::Err(format!(r#"Value not valid: {s}"#)),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct Job {
    /// The resource's ETag, as the `ETag` header gives it: send it as `If-Match` to change the resource, also straight from a list.
    #[serde(rename = "etag")]
    #[validate(length(max = 32))]
    pub etag: String,

    /// Identifier of the job.
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    /// The employer (tenant).
    #[serde(rename = "employer_id")]
    pub employer_id: uuid::Uuid,

    /// The job title.
    #[serde(rename = "title")]
    #[validate(length(max = 200))]
    pub title: String,

    /// What the job is about: plain text or sanitized HTML (see `description_format`).
    #[serde(rename = "description")]
    #[validate(length(max = 12000))]
    pub description: String,

    /// How `description` is written: plain text or (sanitized) HTML.
    #[serde(rename = "description_format")]
    #[validate(nested)]
    pub description_format: models::DescriptionFormat,

    /// Department the job belongs to (free text; also a taxonomy facet).
    #[serde(rename = "department")]
    #[validate(length(max = 100))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub department: Option<Nullable<String>>,

    /// Languages, as plain names (e.g. `English`, `Dhivehi`); matched case- and accent-insensitively.
    #[serde(rename = "languages")]
    #[validate(length(max = 20))]
    pub languages: Vec<String>,

    /// Where the work happens (free text; also a taxonomy facet).
    #[serde(rename = "location")]
    #[validate(length(max = 200))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<Nullable<String>>,

    /// On site, hybrid or remote.
    #[serde(rename = "workplace_type")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workplace_type: Option<Nullable<models::WorkplaceType>>,

    /// Full time, part time, contract, temporary or internship.
    #[serde(rename = "employment_type")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub employment_type: Option<Nullable<models::EmploymentType>>,

    /// Pay range, currency and period; `min` ≤ `max`.
    #[serde(rename = "salary")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub salary: Option<Nullable<models::Salary>>,

    /// How many people are hired.
    #[serde(rename = "vacancies")]
    #[validate(range(min = 1u32, max = 10000u32))]
    pub vacancies: u32,

    /// The employer's own reference for the job.
    #[serde(rename = "reference_number")]
    #[validate(length(max = 64))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference_number: Option<Nullable<String>>,

    /// Last day applications are accepted (the job is not closed automatically).
    #[serde(rename = "closing_date")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub closing_date: Option<Nullable<chrono::naive::NaiveDate>>,

    /// Workflow state: `draft`, `published` or `closed`.
    #[serde(rename = "status")]
    #[validate(nested)]
    pub status: models::JobStatus,

    /// When it was created (RFC 3339, UTC).
    #[serde(rename = "created_at")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    pub created_at: chrono::DateTime<chrono::Utc>,

    /// When it last changed (RFC 3339, UTC).
    #[serde(rename = "updated_at")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    pub updated_at: chrono::DateTime<chrono::Utc>,

    /// When the job was (last) published.
    #[serde(rename = "published_at")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published_at: Option<Nullable<chrono::DateTime<chrono::Utc>>>,

    /// When the job was closed; `null` while it takes applications.
    #[serde(rename = "closed_at")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub closed_at: Option<Nullable<chrono::DateTime<chrono::Utc>>>,
}

impl Job {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        etag: String,
        id: uuid::Uuid,
        employer_id: uuid::Uuid,
        title: String,
        description: String,
        description_format: models::DescriptionFormat,
        languages: Vec<String>,
        vacancies: u32,
        status: models::JobStatus,
        created_at: chrono::DateTime<chrono::Utc>,
        updated_at: chrono::DateTime<chrono::Utc>,
    ) -> Job {
        Job {
            etag,
            id,
            employer_id,
            title,
            description,
            description_format,
            department: None,
            languages,
            location: None,
            workplace_type: None,
            employment_type: None,
            salary: None,
            vacancies,
            reference_number: None,
            closing_date: None,
            status,
            created_at,
            updated_at,
            published_at: None,
            closed_at: None,
        }
    }
}

/// Converts the Job value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for Job {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("etag".to_string()),
            Some(self.etag.to_string()),
            // Skipping id in query parameter serialization

            // Skipping employer_id in query parameter serialization
            Some("title".to_string()),
            Some(self.title.to_string()),
            Some("description".to_string()),
            Some(self.description.to_string()),
            // Skipping description_format in query parameter serialization
            self.department.as_ref().map(|department| {
                [
                    "department".to_string(),
                    department
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            Some("languages".to_string()),
            Some(
                self.languages
                    .iter()
                    .map(|x| x.to_string())
                    .collect::<Vec<_>>()
                    .join(","),
            ),
            self.location.as_ref().map(|location| {
                [
                    "location".to_string(),
                    location
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            // Skipping workplace_type in query parameter serialization

            // Skipping employment_type in query parameter serialization

            // Skipping salary in query parameter serialization
            Some("vacancies".to_string()),
            Some(self.vacancies.to_string()),
            self.reference_number.as_ref().map(|reference_number| {
                [
                    "reference_number".to_string(),
                    reference_number
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            // Skipping closing_date in query parameter serialization

            // Skipping status in query parameter serialization

            // Skipping created_at in query parameter serialization

            // Skipping updated_at in query parameter serialization

            // Skipping published_at in query parameter serialization

            // Skipping closed_at in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Job value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Job {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub etag: Vec<String>,
            pub id: Vec<uuid::Uuid>,
            pub employer_id: Vec<uuid::Uuid>,
            pub title: Vec<String>,
            pub description: Vec<String>,
            pub description_format: Vec<models::DescriptionFormat>,
            pub department: Vec<String>,
            pub languages: Vec<Vec<String>>,
            pub location: Vec<String>,
            pub workplace_type: Vec<models::WorkplaceType>,
            pub employment_type: Vec<models::EmploymentType>,
            pub salary: Vec<models::Salary>,
            pub vacancies: Vec<u32>,
            pub reference_number: Vec<String>,
            pub closing_date: Vec<chrono::naive::NaiveDate>,
            pub status: Vec<models::JobStatus>,
            pub created_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub updated_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub published_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub closed_at: Vec<chrono::DateTime<chrono::Utc>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err("Missing value while parsing Job".to_string());
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "etag" => intermediate_rep.etag.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "employer_id" => intermediate_rep.employer_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "title" => intermediate_rep.title.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "description" => intermediate_rep.description.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "description_format" => intermediate_rep.description_format.push(
                        <models::DescriptionFormat as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    "department" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Job"
                                .to_string(),
                        );
                    }
                    "languages" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in Job".to_string(),
                        );
                    }
                    "location" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Job"
                                .to_string(),
                        );
                    }
                    "workplace_type" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Job"
                                .to_string(),
                        );
                    }
                    "employment_type" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Job"
                                .to_string(),
                        );
                    }
                    "salary" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Job"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "vacancies" => intermediate_rep.vacancies.push(
                        <u32 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "reference_number" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Job"
                                .to_string(),
                        );
                    }
                    "closing_date" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Job"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "status" => intermediate_rep.status.push(
                        <models::JobStatus as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "created_at" => intermediate_rep.created_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "updated_at" => intermediate_rep.updated_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    "published_at" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Job"
                                .to_string(),
                        );
                    }
                    "closed_at" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Job"
                                .to_string(),
                        );
                    }
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing Job".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Job {
            etag: intermediate_rep
                .etag
                .into_iter()
                .next()
                .ok_or_else(|| "etag missing in Job".to_string())?,
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in Job".to_string())?,
            employer_id: intermediate_rep
                .employer_id
                .into_iter()
                .next()
                .ok_or_else(|| "employer_id missing in Job".to_string())?,
            title: intermediate_rep
                .title
                .into_iter()
                .next()
                .ok_or_else(|| "title missing in Job".to_string())?,
            description: intermediate_rep
                .description
                .into_iter()
                .next()
                .ok_or_else(|| "description missing in Job".to_string())?,
            description_format: intermediate_rep
                .description_format
                .into_iter()
                .next()
                .ok_or_else(|| "description_format missing in Job".to_string())?,
            department: std::result::Result::Err(
                "Nullable types not supported in Job".to_string(),
            )?,
            languages: intermediate_rep
                .languages
                .into_iter()
                .next()
                .ok_or_else(|| "languages missing in Job".to_string())?,
            location: std::result::Result::Err("Nullable types not supported in Job".to_string())?,
            workplace_type: std::result::Result::Err(
                "Nullable types not supported in Job".to_string(),
            )?,
            employment_type: std::result::Result::Err(
                "Nullable types not supported in Job".to_string(),
            )?,
            salary: std::result::Result::Err("Nullable types not supported in Job".to_string())?,
            vacancies: intermediate_rep
                .vacancies
                .into_iter()
                .next()
                .ok_or_else(|| "vacancies missing in Job".to_string())?,
            reference_number: std::result::Result::Err(
                "Nullable types not supported in Job".to_string(),
            )?,
            closing_date: std::result::Result::Err(
                "Nullable types not supported in Job".to_string(),
            )?,
            status: intermediate_rep
                .status
                .into_iter()
                .next()
                .ok_or_else(|| "status missing in Job".to_string())?,
            created_at: intermediate_rep
                .created_at
                .into_iter()
                .next()
                .ok_or_else(|| "created_at missing in Job".to_string())?,
            updated_at: intermediate_rep
                .updated_at
                .into_iter()
                .next()
                .ok_or_else(|| "updated_at missing in Job".to_string())?,
            published_at: std::result::Result::Err(
                "Nullable types not supported in Job".to_string(),
            )?,
            closed_at: std::result::Result::Err("Nullable types not supported in Job".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Job> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<Job>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<Job>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for Job - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<Job> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => match <Job as std::str::FromStr>::from_str(value) {
                std::result::Result::Ok(value) => {
                    std::result::Result::Ok(header::IntoHeaderValue(value))
                }
                std::result::Result::Err(err) => std::result::Result::Err(format!(
                    r#"Unable to convert header value '{value}' into Job - {err}"#
                )),
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// The body of a `job.closed` delivery: A job was closed.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct JobClosedEvent {
    /// The event type.
    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "type")]
    pub r_type: String,

    /// When the event happened (RFC 3339, UTC, microseconds).
    #[serde(rename = "timestamp")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    pub timestamp: chrono::DateTime<chrono::Utc>,

    /// What happened, by id.
    #[serde(rename = "data")]
    #[validate(nested)]
    pub data: models::JobEventData,
}

impl JobClosedEvent {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        r_type: String,
        timestamp: chrono::DateTime<chrono::Utc>,
        data: models::JobEventData,
    ) -> JobClosedEvent {
        JobClosedEvent {
            r_type,
            timestamp,
            data,
        }
    }
}

/// Converts the JobClosedEvent value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for JobClosedEvent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("type".to_string()),
            Some(self.r_type.to_string()),
            // Skipping timestamp in query parameter serialization

            // Skipping data in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a JobClosedEvent value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for JobClosedEvent {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub r_type: Vec<String>,
            pub timestamp: Vec<chrono::DateTime<chrono::Utc>>,
            pub data: Vec<models::JobEventData>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing JobClosedEvent".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "type" => intermediate_rep.r_type.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "timestamp" => intermediate_rep.timestamp.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "data" => intermediate_rep.data.push(
                        <models::JobEventData as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing JobClosedEvent".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(JobClosedEvent {
            r_type: intermediate_rep
                .r_type
                .into_iter()
                .next()
                .ok_or_else(|| "type missing in JobClosedEvent".to_string())?,
            timestamp: intermediate_rep
                .timestamp
                .into_iter()
                .next()
                .ok_or_else(|| "timestamp missing in JobClosedEvent".to_string())?,
            data: intermediate_rep
                .data
                .into_iter()
                .next()
                .ok_or_else(|| "data missing in JobClosedEvent".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<JobClosedEvent> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<JobClosedEvent>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<JobClosedEvent>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for JobClosedEvent - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<JobClosedEvent> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <JobClosedEvent as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into JobClosedEvent - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// A draft needs only a title; publishing needs the rest (see `:publish`).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[serde(deny_unknown_fields)]
pub struct JobCreate {
    /// Not blank.
    #[serde(rename = "title")]
    #[validate(
            length(min = 1, max = 200),
            regex(path = *RE_JOBCREATE_TITLE),
    )]
    pub title: String,

    /// What the job is about: plain text or sanitized HTML (see `description_format`).
    #[serde(rename = "description")]
    #[validate(length(max = 12000))]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,

    /// How `description` is written: plain text or (sanitized) HTML.
    #[serde(rename = "description_format")]
    #[validate(nested)]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description_format: Option<models::DescriptionFormat>,

    /// Department the job belongs to (free text; also a taxonomy facet).
    #[serde(rename = "department")]
    #[validate(length(min = 1, max = 100))]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub department: Option<String>,

    /// Languages, as plain names (e.g. `English`, `Dhivehi`); matched case- and accent-insensitively.
    #[serde(rename = "languages")]
    #[validate(length(max = 20))]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub languages: Option<Vec<String>>,

    /// Where the work happens (free text; also a taxonomy facet).
    #[serde(rename = "location")]
    #[validate(length(min = 1, max = 200))]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,

    /// On site, hybrid or remote.
    #[serde(rename = "workplace_type")]
    #[validate(nested)]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workplace_type: Option<models::WorkplaceType>,

    /// Full time, part time, contract, temporary or internship.
    #[serde(rename = "employment_type")]
    #[validate(nested)]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub employment_type: Option<models::EmploymentType>,

    /// Pay range, currency and period; `min` ≤ `max`.
    #[serde(rename = "salary")]
    #[validate(nested)]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub salary: Option<models::Salary>,

    /// How many people are hired.
    #[serde(rename = "vacancies")]
    #[validate(range(min = 1u32, max = 10000u32))]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vacancies: Option<u32>,

    /// The employer's own reference for the job.
    #[serde(rename = "reference_number")]
    #[validate(length(min = 1, max = 64))]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference_number: Option<String>,

    /// Last day applications are accepted (the job is not closed automatically).
    #[serde(rename = "closing_date")]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub closing_date: Option<chrono::naive::NaiveDate>,
}

lazy_static::lazy_static! {
    static ref RE_JOBCREATE_TITLE: regex::Regex = regex::Regex::new("\\S").unwrap();
}

impl JobCreate {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(title: String) -> JobCreate {
        JobCreate {
            title,
            description: None,
            description_format: None,
            department: None,
            languages: None,
            location: None,
            workplace_type: None,
            employment_type: None,
            salary: None,
            vacancies: None,
            reference_number: None,
            closing_date: None,
        }
    }
}

/// Converts the JobCreate value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for JobCreate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("title".to_string()),
            Some(self.title.to_string()),
            self.description
                .as_ref()
                .map(|description| ["description".to_string(), description.to_string()].join(",")),
            // Skipping description_format in query parameter serialization
            self.department
                .as_ref()
                .map(|department| ["department".to_string(), department.to_string()].join(",")),
            self.languages.as_ref().map(|languages| {
                [
                    "languages".to_string(),
                    languages
                        .iter()
                        .map(|x| x.to_string())
                        .collect::<Vec<_>>()
                        .join(","),
                ]
                .join(",")
            }),
            self.location
                .as_ref()
                .map(|location| ["location".to_string(), location.to_string()].join(",")),
            // Skipping workplace_type in query parameter serialization

            // Skipping employment_type in query parameter serialization

            // Skipping salary in query parameter serialization
            self.vacancies
                .as_ref()
                .map(|vacancies| ["vacancies".to_string(), vacancies.to_string()].join(",")),
            self.reference_number.as_ref().map(|reference_number| {
                ["reference_number".to_string(), reference_number.to_string()].join(",")
            }),
            // Skipping closing_date in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a JobCreate value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for JobCreate {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub title: Vec<String>,
            pub description: Vec<String>,
            pub description_format: Vec<models::DescriptionFormat>,
            pub department: Vec<String>,
            pub languages: Vec<Vec<String>>,
            pub location: Vec<String>,
            pub workplace_type: Vec<models::WorkplaceType>,
            pub employment_type: Vec<models::EmploymentType>,
            pub salary: Vec<models::Salary>,
            pub vacancies: Vec<u32>,
            pub reference_number: Vec<String>,
            pub closing_date: Vec<chrono::naive::NaiveDate>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing JobCreate".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "title" => intermediate_rep.title.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "description" => intermediate_rep.description.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "description_format" => intermediate_rep.description_format.push(
                        <models::DescriptionFormat as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "department" => intermediate_rep.department.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "languages" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in JobCreate"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "location" => intermediate_rep.location.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "workplace_type" => intermediate_rep.workplace_type.push(
                        <models::WorkplaceType as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "employment_type" => intermediate_rep.employment_type.push(
                        <models::EmploymentType as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "salary" => intermediate_rep.salary.push(
                        <models::Salary as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "vacancies" => intermediate_rep.vacancies.push(
                        <u32 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "reference_number" => intermediate_rep.reference_number.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "closing_date" => intermediate_rep.closing_date.push(
                        <chrono::naive::NaiveDate as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing JobCreate".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(JobCreate {
            title: intermediate_rep
                .title
                .into_iter()
                .next()
                .ok_or_else(|| "title missing in JobCreate".to_string())?,
            description: intermediate_rep.description.into_iter().next(),
            description_format: intermediate_rep.description_format.into_iter().next(),
            department: intermediate_rep.department.into_iter().next(),
            languages: intermediate_rep.languages.into_iter().next(),
            location: intermediate_rep.location.into_iter().next(),
            workplace_type: intermediate_rep.workplace_type.into_iter().next(),
            employment_type: intermediate_rep.employment_type.into_iter().next(),
            salary: intermediate_rep.salary.into_iter().next(),
            vacancies: intermediate_rep.vacancies.into_iter().next(),
            reference_number: intermediate_rep.reference_number.into_iter().next(),
            closing_date: intermediate_rep.closing_date.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<JobCreate> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<JobCreate>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<JobCreate>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for JobCreate - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<JobCreate> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <JobCreate as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into JobCreate - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// The body of a `job.created` delivery: A job was created (a draft).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct JobCreatedEvent {
    /// The event type.
    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "type")]
    pub r_type: String,

    /// When the event happened (RFC 3339, UTC, microseconds).
    #[serde(rename = "timestamp")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    pub timestamp: chrono::DateTime<chrono::Utc>,

    /// What happened, by id.
    #[serde(rename = "data")]
    #[validate(nested)]
    pub data: models::JobEventData,
}

impl JobCreatedEvent {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        r_type: String,
        timestamp: chrono::DateTime<chrono::Utc>,
        data: models::JobEventData,
    ) -> JobCreatedEvent {
        JobCreatedEvent {
            r_type,
            timestamp,
            data,
        }
    }
}

/// Converts the JobCreatedEvent value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for JobCreatedEvent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("type".to_string()),
            Some(self.r_type.to_string()),
            // Skipping timestamp in query parameter serialization

            // Skipping data in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a JobCreatedEvent value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for JobCreatedEvent {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub r_type: Vec<String>,
            pub timestamp: Vec<chrono::DateTime<chrono::Utc>>,
            pub data: Vec<models::JobEventData>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing JobCreatedEvent".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "type" => intermediate_rep.r_type.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "timestamp" => intermediate_rep.timestamp.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "data" => intermediate_rep.data.push(
                        <models::JobEventData as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing JobCreatedEvent".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(JobCreatedEvent {
            r_type: intermediate_rep
                .r_type
                .into_iter()
                .next()
                .ok_or_else(|| "type missing in JobCreatedEvent".to_string())?,
            timestamp: intermediate_rep
                .timestamp
                .into_iter()
                .next()
                .ok_or_else(|| "timestamp missing in JobCreatedEvent".to_string())?,
            data: intermediate_rep
                .data
                .into_iter()
                .next()
                .ok_or_else(|| "data missing in JobCreatedEvent".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<JobCreatedEvent> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<JobCreatedEvent>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<JobCreatedEvent>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for JobCreatedEvent - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<JobCreatedEvent> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <JobCreatedEvent as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into JobCreatedEvent - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// The body of a `job.deleted` delivery: A job was deleted.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct JobDeletedEvent {
    /// The event type.
    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "type")]
    pub r_type: String,

    /// When the event happened (RFC 3339, UTC, microseconds).
    #[serde(rename = "timestamp")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    pub timestamp: chrono::DateTime<chrono::Utc>,

    /// What happened, by id.
    #[serde(rename = "data")]
    #[validate(nested)]
    pub data: models::JobEventData,
}

impl JobDeletedEvent {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        r_type: String,
        timestamp: chrono::DateTime<chrono::Utc>,
        data: models::JobEventData,
    ) -> JobDeletedEvent {
        JobDeletedEvent {
            r_type,
            timestamp,
            data,
        }
    }
}

/// Converts the JobDeletedEvent value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for JobDeletedEvent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("type".to_string()),
            Some(self.r_type.to_string()),
            // Skipping timestamp in query parameter serialization

            // Skipping data in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a JobDeletedEvent value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for JobDeletedEvent {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub r_type: Vec<String>,
            pub timestamp: Vec<chrono::DateTime<chrono::Utc>>,
            pub data: Vec<models::JobEventData>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing JobDeletedEvent".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "type" => intermediate_rep.r_type.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "timestamp" => intermediate_rep.timestamp.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "data" => intermediate_rep.data.push(
                        <models::JobEventData as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing JobDeletedEvent".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(JobDeletedEvent {
            r_type: intermediate_rep
                .r_type
                .into_iter()
                .next()
                .ok_or_else(|| "type missing in JobDeletedEvent".to_string())?,
            timestamp: intermediate_rep
                .timestamp
                .into_iter()
                .next()
                .ok_or_else(|| "timestamp missing in JobDeletedEvent".to_string())?,
            data: intermediate_rep
                .data
                .into_iter()
                .next()
                .ok_or_else(|| "data missing in JobDeletedEvent".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<JobDeletedEvent> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<JobDeletedEvent>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<JobDeletedEvent>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for JobDeletedEvent - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<JobDeletedEvent> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <JobDeletedEvent as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into JobDeletedEvent - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// What a `job.*` event carries: ids, the title and the status, never the description.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct JobEventData {
    /// The resource the event is about (the `object` it names).
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    /// What kind of resource `id` names.
    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "object")]
    pub object: String,

    /// The employer.
    #[serde(rename = "employer_id")]
    pub employer_id: uuid::Uuid,

    /// The job.
    #[serde(rename = "job_id")]
    pub job_id: uuid::Uuid,

    /// The job's title.
    #[serde(rename = "title")]
    #[validate(length(max = 200))]
    pub title: String,

    /// The job's status after the change.
    #[serde(rename = "status")]
    #[validate(nested)]
    pub status: models::JobStatus,

    /// The job's version (its ETag without quotes).
    #[serde(rename = "version")]
    #[validate(range(min = 1u64, max = 9223372036854775807u64))]
    pub version: u64,

    /// The members that changed (`job.updated`); the status for publish and close.
    #[serde(rename = "changed_fields")]
    #[validate(length(max = 64))]
    pub changed_fields: Vec<String>,
}

impl JobEventData {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        id: uuid::Uuid,
        object: String,
        employer_id: uuid::Uuid,
        job_id: uuid::Uuid,
        title: String,
        status: models::JobStatus,
        version: u64,
        changed_fields: Vec<String>,
    ) -> JobEventData {
        JobEventData {
            id,
            object,
            employer_id,
            job_id,
            title,
            status,
            version,
            changed_fields,
        }
    }
}

/// Converts the JobEventData value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for JobEventData {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping id in query parameter serialization
            Some("object".to_string()),
            Some(self.object.to_string()),
            // Skipping employer_id in query parameter serialization

            // Skipping job_id in query parameter serialization
            Some("title".to_string()),
            Some(self.title.to_string()),
            // Skipping status in query parameter serialization
            Some("version".to_string()),
            Some(self.version.to_string()),
            Some("changed_fields".to_string()),
            Some(
                self.changed_fields
                    .iter()
                    .map(|x| x.to_string())
                    .collect::<Vec<_>>()
                    .join(","),
            ),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a JobEventData value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for JobEventData {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub object: Vec<String>,
            pub employer_id: Vec<uuid::Uuid>,
            pub job_id: Vec<uuid::Uuid>,
            pub title: Vec<String>,
            pub status: Vec<models::JobStatus>,
            pub version: Vec<u64>,
            pub changed_fields: Vec<Vec<String>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing JobEventData".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "object" => intermediate_rep.object.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "employer_id" => intermediate_rep.employer_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "job_id" => intermediate_rep.job_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "title" => intermediate_rep.title.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "status" => intermediate_rep.status.push(
                        <models::JobStatus as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "version" => intermediate_rep.version.push(
                        <u64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "changed_fields" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in JobEventData"
                                .to_string(),
                        );
                    }
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing JobEventData".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(JobEventData {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in JobEventData".to_string())?,
            object: intermediate_rep
                .object
                .into_iter()
                .next()
                .ok_or_else(|| "object missing in JobEventData".to_string())?,
            employer_id: intermediate_rep
                .employer_id
                .into_iter()
                .next()
                .ok_or_else(|| "employer_id missing in JobEventData".to_string())?,
            job_id: intermediate_rep
                .job_id
                .into_iter()
                .next()
                .ok_or_else(|| "job_id missing in JobEventData".to_string())?,
            title: intermediate_rep
                .title
                .into_iter()
                .next()
                .ok_or_else(|| "title missing in JobEventData".to_string())?,
            status: intermediate_rep
                .status
                .into_iter()
                .next()
                .ok_or_else(|| "status missing in JobEventData".to_string())?,
            version: intermediate_rep
                .version
                .into_iter()
                .next()
                .ok_or_else(|| "version missing in JobEventData".to_string())?,
            changed_fields: intermediate_rep
                .changed_fields
                .into_iter()
                .next()
                .ok_or_else(|| "changed_fields missing in JobEventData".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<JobEventData> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<JobEventData>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<JobEventData>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for JobEventData - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<JobEventData> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <JobEventData as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into JobEventData - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct JobList {
    /// This page's items, in list order.
    #[serde(rename = "items")]
    #[validate(length(max = 100), nested)]
    pub items: Vec<models::Job>,

    /// Cursor of the next page; `null` on the last page.
    #[serde(rename = "next_cursor")]
    #[validate(length(max = 1024))]
    pub next_cursor: Nullable<String>,
}

impl JobList {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(items: Vec<models::Job>, next_cursor: Nullable<String>) -> JobList {
        JobList { items, next_cursor }
    }
}

/// Converts the JobList value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for JobList {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping items in query parameter serialization
            Some("next_cursor".to_string()),
            Some(
                self.next_cursor
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a JobList value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for JobList {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub items: Vec<Vec<models::Job>>,
            pub next_cursor: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing JobList".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "items" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in JobList"
                                .to_string(),
                        );
                    }
                    "next_cursor" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in JobList"
                                .to_string(),
                        );
                    }
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing JobList".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(JobList {
            items: intermediate_rep
                .items
                .into_iter()
                .next()
                .ok_or_else(|| "items missing in JobList".to_string())?,
            next_cursor: std::result::Result::Err(
                "Nullable types not supported in JobList".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<JobList> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<JobList>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<JobList>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for JobList - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<JobList> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <JobList as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into JobList - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// A schema.org JobPosting in JSON-LD, as search engines read it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct JobPostingLd {
    /// Always https://schema.org/.
    #[serde(rename = "@context")]
    pub at_context: String,

    /// Always JobPosting.
    #[serde(rename = "@type")]
    pub at_type: String,

    /// The job title.
    #[serde(rename = "title")]
    pub title: String,

    /// The description as HTML (sanitized).
    #[serde(rename = "description")]
    pub description: String,

    /// When the job was published.
    #[serde(rename = "datePosted")]
    pub date_posted: String,

    /// End of the closing date, when there is one.
    #[serde(rename = "validThrough")]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub valid_through: Option<String>,

    /// Google's employment types (FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY, INTERN, ...).
    #[serde(rename = "employmentType")]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub employment_type: Option<Vec<String>>,

    /// The employer (Organization with name, sameAs, logo).
    #[serde(rename = "hiringOrganization")]
    pub hiring_organization: crate::types::Object,

    /// Where the work is (Place with a PostalAddress).
    #[serde(rename = "jobLocation")]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub job_location: Option<crate::types::Object>,

    /// TELECOMMUTE for remote jobs.
    #[serde(rename = "jobLocationType")]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub job_location_type: Option<String>,

    /// Where remote applicants may live.
    #[serde(rename = "applicantLocationRequirements")]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub applicant_location_requirements: Option<crate::types::Object>,

    /// MonetaryAmount, when the salary is known.
    #[serde(rename = "baseSalary")]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub base_salary: Option<crate::types::Object>,

    /// PropertyValue naming the employer and the job's id.
    #[serde(rename = "identifier")]
    pub identifier: crate::types::Object,

    /// True: applying happens on the linked page.
    #[serde(rename = "directApply")]
    pub direct_apply: bool,

    /// The job's page in this API.
    #[serde(rename = "url")]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

impl JobPostingLd {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        at_context: String,
        at_type: String,
        title: String,
        description: String,
        date_posted: String,
        hiring_organization: crate::types::Object,
        identifier: crate::types::Object,
        direct_apply: bool,
    ) -> JobPostingLd {
        JobPostingLd {
            at_context,
            at_type,
            title,
            description,
            date_posted,
            valid_through: None,
            employment_type: None,
            hiring_organization,
            job_location: None,
            job_location_type: None,
            applicant_location_requirements: None,
            base_salary: None,
            identifier,
            direct_apply,
            url: None,
        }
    }
}

/// Converts the JobPostingLd value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for JobPostingLd {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("@context".to_string()),
            Some(self.at_context.to_string()),
            Some("@type".to_string()),
            Some(self.at_type.to_string()),
            Some("title".to_string()),
            Some(self.title.to_string()),
            Some("description".to_string()),
            Some(self.description.to_string()),
            Some("datePosted".to_string()),
            Some(self.date_posted.to_string()),
            self.valid_through.as_ref().map(|valid_through| {
                ["validThrough".to_string(), valid_through.to_string()].join(",")
            }),
            self.employment_type.as_ref().map(|employment_type| {
                [
                    "employmentType".to_string(),
                    employment_type
                        .iter()
                        .map(|x| x.to_string())
                        .collect::<Vec<_>>()
                        .join(","),
                ]
                .join(",")
            }),
            // Skipping hiringOrganization in query parameter serialization

            // Skipping jobLocation in query parameter serialization
            self.job_location_type.as_ref().map(|job_location_type| {
                ["jobLocationType".to_string(), job_location_type.to_string()].join(",")
            }),
            // Skipping applicantLocationRequirements in query parameter serialization

            // Skipping baseSalary in query parameter serialization

            // Skipping identifier in query parameter serialization
            Some("directApply".to_string()),
            Some(self.direct_apply.to_string()),
            self.url
                .as_ref()
                .map(|url| ["url".to_string(), url.to_string()].join(",")),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a JobPostingLd value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for JobPostingLd {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub at_context: Vec<String>,
            pub at_type: Vec<String>,
            pub title: Vec<String>,
            pub description: Vec<String>,
            pub date_posted: Vec<String>,
            pub valid_through: Vec<String>,
            pub employment_type: Vec<Vec<String>>,
            pub hiring_organization: Vec<crate::types::Object>,
            pub job_location: Vec<crate::types::Object>,
            pub job_location_type: Vec<String>,
            pub applicant_location_requirements: Vec<crate::types::Object>,
            pub base_salary: Vec<crate::types::Object>,
            pub identifier: Vec<crate::types::Object>,
            pub direct_apply: Vec<bool>,
            pub url: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing JobPostingLd".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "@context" => intermediate_rep.at_context.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "@type" => intermediate_rep.at_type.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "title" => intermediate_rep.title.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "description" => intermediate_rep.description.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "datePosted" => intermediate_rep.date_posted.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "validThrough" => intermediate_rep.valid_through.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "employmentType" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in JobPostingLd"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "hiringOrganization" => intermediate_rep.hiring_organization.push(
                        <crate::types::Object as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "jobLocation" => intermediate_rep.job_location.push(
                        <crate::types::Object as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "jobLocationType" => intermediate_rep.job_location_type.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "applicantLocationRequirements" => {
                        intermediate_rep.applicant_location_requirements.push(
                            <crate::types::Object as std::str::FromStr>::from_str(val)
                                .map_err(|x| x.to_string())?,
                        )
                    }
                    #[allow(clippy::redundant_clone)]
                    "baseSalary" => intermediate_rep.base_salary.push(
                        <crate::types::Object as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "identifier" => intermediate_rep.identifier.push(
                        <crate::types::Object as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "directApply" => intermediate_rep.direct_apply.push(
                        <bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "url" => intermediate_rep.url.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing JobPostingLd".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(JobPostingLd {
            at_context: intermediate_rep
                .at_context
                .into_iter()
                .next()
                .ok_or_else(|| "@context missing in JobPostingLd".to_string())?,
            at_type: intermediate_rep
                .at_type
                .into_iter()
                .next()
                .ok_or_else(|| "@type missing in JobPostingLd".to_string())?,
            title: intermediate_rep
                .title
                .into_iter()
                .next()
                .ok_or_else(|| "title missing in JobPostingLd".to_string())?,
            description: intermediate_rep
                .description
                .into_iter()
                .next()
                .ok_or_else(|| "description missing in JobPostingLd".to_string())?,
            date_posted: intermediate_rep
                .date_posted
                .into_iter()
                .next()
                .ok_or_else(|| "datePosted missing in JobPostingLd".to_string())?,
            valid_through: intermediate_rep.valid_through.into_iter().next(),
            employment_type: intermediate_rep.employment_type.into_iter().next(),
            hiring_organization: intermediate_rep
                .hiring_organization
                .into_iter()
                .next()
                .ok_or_else(|| "hiringOrganization missing in JobPostingLd".to_string())?,
            job_location: intermediate_rep.job_location.into_iter().next(),
            job_location_type: intermediate_rep.job_location_type.into_iter().next(),
            applicant_location_requirements: intermediate_rep
                .applicant_location_requirements
                .into_iter()
                .next(),
            base_salary: intermediate_rep.base_salary.into_iter().next(),
            identifier: intermediate_rep
                .identifier
                .into_iter()
                .next()
                .ok_or_else(|| "identifier missing in JobPostingLd".to_string())?,
            direct_apply: intermediate_rep
                .direct_apply
                .into_iter()
                .next()
                .ok_or_else(|| "directApply missing in JobPostingLd".to_string())?,
            url: intermediate_rep.url.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<JobPostingLd> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<JobPostingLd>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<JobPostingLd>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for JobPostingLd - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<JobPostingLd> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <JobPostingLd as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into JobPostingLd - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// The body of a `job.published` delivery: A job was published.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct JobPublishedEvent {
    /// The event type.
    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "type")]
    pub r_type: String,

    /// When the event happened (RFC 3339, UTC, microseconds).
    #[serde(rename = "timestamp")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    pub timestamp: chrono::DateTime<chrono::Utc>,

    /// What happened, by id.
    #[serde(rename = "data")]
    #[validate(nested)]
    pub data: models::JobEventData,
}

impl JobPublishedEvent {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        r_type: String,
        timestamp: chrono::DateTime<chrono::Utc>,
        data: models::JobEventData,
    ) -> JobPublishedEvent {
        JobPublishedEvent {
            r_type,
            timestamp,
            data,
        }
    }
}

/// Converts the JobPublishedEvent value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for JobPublishedEvent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("type".to_string()),
            Some(self.r_type.to_string()),
            // Skipping timestamp in query parameter serialization

            // Skipping data in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a JobPublishedEvent value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for JobPublishedEvent {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub r_type: Vec<String>,
            pub timestamp: Vec<chrono::DateTime<chrono::Utc>>,
            pub data: Vec<models::JobEventData>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing JobPublishedEvent".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "type" => intermediate_rep.r_type.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "timestamp" => intermediate_rep.timestamp.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "data" => intermediate_rep.data.push(
                        <models::JobEventData as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing JobPublishedEvent".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(JobPublishedEvent {
            r_type: intermediate_rep
                .r_type
                .into_iter()
                .next()
                .ok_or_else(|| "type missing in JobPublishedEvent".to_string())?,
            timestamp: intermediate_rep
                .timestamp
                .into_iter()
                .next()
                .ok_or_else(|| "timestamp missing in JobPublishedEvent".to_string())?,
            data: intermediate_rep
                .data
                .into_iter()
                .next()
                .ok_or_else(|| "data missing in JobPublishedEvent".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<JobPublishedEvent> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<JobPublishedEvent>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<JobPublishedEvent>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for JobPublishedEvent - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<JobPublishedEvent> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <JobPublishedEvent as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into JobPublishedEvent - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// Publish workflow state.
/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types, clippy::large_enum_variant)]
#[repr(C)]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum JobStatus {
    #[serde(rename = "draft")]
    Draft,
    #[serde(rename = "published")]
    Published,
    #[serde(rename = "closed")]
    Closed,
}

impl validator::Validate for JobStatus {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {
        std::result::Result::Ok(())
    }
}

impl std::fmt::Display for JobStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            JobStatus::Draft => write!(f, "draft"),
            JobStatus::Published => write!(f, "published"),
            JobStatus::Closed => write!(f, "closed"),
        }
    }
}

impl std::str::FromStr for JobStatus {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "draft" => std::result::Result::Ok(JobStatus::Draft),
            "published" => std::result::Result::Ok(JobStatus::Published),
            "closed" => std::result::Result::Ok(JobStatus::Closed),
            _ => std::result::Result::Err(format!(r#"Value not valid: {s}"#)),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[serde(deny_unknown_fields)]
pub struct JobUpdate {
    /// Not blank.
    #[serde(rename = "title")]
    #[validate(
            length(min = 1, max = 200),
            regex(path = *RE_JOBUPDATE_TITLE),
    )]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,

    /// What the job is about: plain text or sanitized HTML (see `description_format`).
    #[serde(rename = "description")]
    #[validate(length(max = 12000))]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,

    /// How `description` is written: plain text or (sanitized) HTML.
    #[serde(rename = "description_format")]
    #[validate(nested)]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description_format: Option<models::DescriptionFormat>,

    /// Department the job belongs to (free text; also a taxonomy facet).
    #[serde(rename = "department")]
    #[validate(length(min = 1, max = 100))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub department: Option<Nullable<String>>,

    /// Languages, as plain names (e.g. `English`, `Dhivehi`); matched case- and accent-insensitively.
    #[serde(rename = "languages")]
    #[validate(length(max = 20))]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub languages: Option<Vec<String>>,

    /// Where the work happens (free text; also a taxonomy facet).
    #[serde(rename = "location")]
    #[validate(length(min = 1, max = 200))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<Nullable<String>>,

    /// On site, hybrid or remote.
    #[serde(rename = "workplace_type")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workplace_type: Option<Nullable<models::WorkplaceType>>,

    /// Full time, part time, contract, temporary or internship.
    #[serde(rename = "employment_type")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub employment_type: Option<Nullable<models::EmploymentType>>,

    /// Pay range, currency and period; `min` ≤ `max`.
    #[serde(rename = "salary")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub salary: Option<Nullable<models::Salary>>,

    /// How many people are hired.
    #[serde(rename = "vacancies")]
    #[validate(range(min = 1u32, max = 10000u32))]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vacancies: Option<u32>,

    /// The employer's own reference for the job.
    #[serde(rename = "reference_number")]
    #[validate(length(min = 1, max = 64))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference_number: Option<Nullable<String>>,

    /// Last day applications are accepted (the job is not closed automatically).
    #[serde(rename = "closing_date")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub closing_date: Option<Nullable<chrono::naive::NaiveDate>>,
}

lazy_static::lazy_static! {
    static ref RE_JOBUPDATE_TITLE: regex::Regex = regex::Regex::new("\\S").unwrap();
}

impl JobUpdate {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> JobUpdate {
        JobUpdate {
            title: None,
            description: None,
            description_format: None,
            department: None,
            languages: None,
            location: None,
            workplace_type: None,
            employment_type: None,
            salary: None,
            vacancies: None,
            reference_number: None,
            closing_date: None,
        }
    }
}

/// Converts the JobUpdate value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for JobUpdate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.title
                .as_ref()
                .map(|title| ["title".to_string(), title.to_string()].join(",")),
            self.description
                .as_ref()
                .map(|description| ["description".to_string(), description.to_string()].join(",")),
            // Skipping description_format in query parameter serialization
            self.department.as_ref().map(|department| {
                [
                    "department".to_string(),
                    department
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.languages.as_ref().map(|languages| {
                [
                    "languages".to_string(),
                    languages
                        .iter()
                        .map(|x| x.to_string())
                        .collect::<Vec<_>>()
                        .join(","),
                ]
                .join(",")
            }),
            self.location.as_ref().map(|location| {
                [
                    "location".to_string(),
                    location
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            // Skipping workplace_type in query parameter serialization

            // Skipping employment_type in query parameter serialization

            // Skipping salary in query parameter serialization
            self.vacancies
                .as_ref()
                .map(|vacancies| ["vacancies".to_string(), vacancies.to_string()].join(",")),
            self.reference_number.as_ref().map(|reference_number| {
                [
                    "reference_number".to_string(),
                    reference_number
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            // Skipping closing_date in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a JobUpdate value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for JobUpdate {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub title: Vec<String>,
            pub description: Vec<String>,
            pub description_format: Vec<models::DescriptionFormat>,
            pub department: Vec<String>,
            pub languages: Vec<Vec<String>>,
            pub location: Vec<String>,
            pub workplace_type: Vec<models::WorkplaceType>,
            pub employment_type: Vec<models::EmploymentType>,
            pub salary: Vec<models::Salary>,
            pub vacancies: Vec<u32>,
            pub reference_number: Vec<String>,
            pub closing_date: Vec<chrono::naive::NaiveDate>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing JobUpdate".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "title" => intermediate_rep.title.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "description" => intermediate_rep.description.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "description_format" => intermediate_rep.description_format.push(
                        <models::DescriptionFormat as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    "department" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in JobUpdate"
                                .to_string(),
                        );
                    }
                    "languages" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in JobUpdate"
                                .to_string(),
                        );
                    }
                    "location" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in JobUpdate"
                                .to_string(),
                        );
                    }
                    "workplace_type" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in JobUpdate"
                                .to_string(),
                        );
                    }
                    "employment_type" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in JobUpdate"
                                .to_string(),
                        );
                    }
                    "salary" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in JobUpdate"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "vacancies" => intermediate_rep.vacancies.push(
                        <u32 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "reference_number" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in JobUpdate"
                                .to_string(),
                        );
                    }
                    "closing_date" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in JobUpdate"
                                .to_string(),
                        );
                    }
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing JobUpdate".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(JobUpdate {
            title: intermediate_rep.title.into_iter().next(),
            description: intermediate_rep.description.into_iter().next(),
            description_format: intermediate_rep.description_format.into_iter().next(),
            department: std::result::Result::Err(
                "Nullable types not supported in JobUpdate".to_string(),
            )?,
            languages: intermediate_rep.languages.into_iter().next(),
            location: std::result::Result::Err(
                "Nullable types not supported in JobUpdate".to_string(),
            )?,
            workplace_type: std::result::Result::Err(
                "Nullable types not supported in JobUpdate".to_string(),
            )?,
            employment_type: std::result::Result::Err(
                "Nullable types not supported in JobUpdate".to_string(),
            )?,
            salary: std::result::Result::Err(
                "Nullable types not supported in JobUpdate".to_string(),
            )?,
            vacancies: intermediate_rep.vacancies.into_iter().next(),
            reference_number: std::result::Result::Err(
                "Nullable types not supported in JobUpdate".to_string(),
            )?,
            closing_date: std::result::Result::Err(
                "Nullable types not supported in JobUpdate".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<JobUpdate> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<JobUpdate>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<JobUpdate>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for JobUpdate - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<JobUpdate> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <JobUpdate as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into JobUpdate - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// The body of a `job.updated` delivery: A job changed (`changed_fields` names the members).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct JobUpdatedEvent {
    /// The event type.
    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "type")]
    pub r_type: String,

    /// When the event happened (RFC 3339, UTC, microseconds).
    #[serde(rename = "timestamp")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    pub timestamp: chrono::DateTime<chrono::Utc>,

    /// What happened, by id.
    #[serde(rename = "data")]
    #[validate(nested)]
    pub data: models::JobEventData,
}

impl JobUpdatedEvent {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        r_type: String,
        timestamp: chrono::DateTime<chrono::Utc>,
        data: models::JobEventData,
    ) -> JobUpdatedEvent {
        JobUpdatedEvent {
            r_type,
            timestamp,
            data,
        }
    }
}

/// Converts the JobUpdatedEvent value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for JobUpdatedEvent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("type".to_string()),
            Some(self.r_type.to_string()),
            // Skipping timestamp in query parameter serialization

            // Skipping data in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a JobUpdatedEvent value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for JobUpdatedEvent {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub r_type: Vec<String>,
            pub timestamp: Vec<chrono::DateTime<chrono::Utc>>,
            pub data: Vec<models::JobEventData>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing JobUpdatedEvent".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "type" => intermediate_rep.r_type.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "timestamp" => intermediate_rep.timestamp.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "data" => intermediate_rep.data.push(
                        <models::JobEventData as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing JobUpdatedEvent".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(JobUpdatedEvent {
            r_type: intermediate_rep
                .r_type
                .into_iter()
                .next()
                .ok_or_else(|| "type missing in JobUpdatedEvent".to_string())?,
            timestamp: intermediate_rep
                .timestamp
                .into_iter()
                .next()
                .ok_or_else(|| "timestamp missing in JobUpdatedEvent".to_string())?,
            data: intermediate_rep
                .data
                .into_iter()
                .next()
                .ok_or_else(|| "data missing in JobUpdatedEvent".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<JobUpdatedEvent> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<JobUpdatedEvent>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<JobUpdatedEvent>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for JobUpdatedEvent - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<JobUpdatedEvent> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <JobUpdatedEvent as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into JobUpdatedEvent - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct Jwk {
    /// Key type (`RSA` or `EC`).
    #[serde(rename = "kty")]
    #[validate(length(max = 16))]
    pub kty: String,

    /// Key id, as in the token header.
    #[serde(rename = "kid")]
    #[validate(length(max = 128))]
    pub kid: String,

    /// Key use (`sig`).
    #[serde(rename = "use")]
    #[validate(length(max = 16))]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r_use: Option<String>,

    /// Signature algorithm (`RS256` or `ES256`).
    #[serde(rename = "alg")]
    #[validate(length(max = 16))]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alg: Option<String>,

    /// Curve of an EC key.
    #[serde(rename = "crv")]
    #[validate(length(max = 16))]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub crv: Option<String>,

    /// EC public key x coordinate (base64url).
    #[serde(rename = "x")]
    #[validate(length(max = 1024))]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub x: Option<String>,

    /// EC public key y coordinate (base64url).
    #[serde(rename = "y")]
    #[validate(length(max = 1024))]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub y: Option<String>,

    /// RSA modulus (base64url).
    #[serde(rename = "n")]
    #[validate(length(max = 1024))]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub n: Option<String>,

    /// RSA exponent (base64url).
    #[serde(rename = "e")]
    #[validate(length(max = 16))]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub e: Option<String>,
}

impl Jwk {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(kty: String, kid: String) -> Jwk {
        Jwk {
            kty,
            kid,
            r_use: None,
            alg: None,
            crv: None,
            x: None,
            y: None,
            n: None,
            e: None,
        }
    }
}

/// Converts the Jwk value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for Jwk {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("kty".to_string()),
            Some(self.kty.to_string()),
            Some("kid".to_string()),
            Some(self.kid.to_string()),
            self.r_use
                .as_ref()
                .map(|r_use| ["use".to_string(), r_use.to_string()].join(",")),
            self.alg
                .as_ref()
                .map(|alg| ["alg".to_string(), alg.to_string()].join(",")),
            self.crv
                .as_ref()
                .map(|crv| ["crv".to_string(), crv.to_string()].join(",")),
            self.x
                .as_ref()
                .map(|x| ["x".to_string(), x.to_string()].join(",")),
            self.y
                .as_ref()
                .map(|y| ["y".to_string(), y.to_string()].join(",")),
            self.n
                .as_ref()
                .map(|n| ["n".to_string(), n.to_string()].join(",")),
            self.e
                .as_ref()
                .map(|e| ["e".to_string(), e.to_string()].join(",")),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Jwk value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Jwk {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub kty: Vec<String>,
            pub kid: Vec<String>,
            pub r_use: Vec<String>,
            pub alg: Vec<String>,
            pub crv: Vec<String>,
            pub x: Vec<String>,
            pub y: Vec<String>,
            pub n: Vec<String>,
            pub e: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err("Missing value while parsing Jwk".to_string());
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "kty" => intermediate_rep.kty.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "kid" => intermediate_rep.kid.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "use" => intermediate_rep.r_use.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "alg" => intermediate_rep.alg.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "crv" => intermediate_rep.crv.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "x" => intermediate_rep.x.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "y" => intermediate_rep.y.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "n" => intermediate_rep.n.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "e" => intermediate_rep.e.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing Jwk".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Jwk {
            kty: intermediate_rep
                .kty
                .into_iter()
                .next()
                .ok_or_else(|| "kty missing in Jwk".to_string())?,
            kid: intermediate_rep
                .kid
                .into_iter()
                .next()
                .ok_or_else(|| "kid missing in Jwk".to_string())?,
            r_use: intermediate_rep.r_use.into_iter().next(),
            alg: intermediate_rep.alg.into_iter().next(),
            crv: intermediate_rep.crv.into_iter().next(),
            x: intermediate_rep.x.into_iter().next(),
            y: intermediate_rep.y.into_iter().next(),
            n: intermediate_rep.n.into_iter().next(),
            e: intermediate_rep.e.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Jwk> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<Jwk>> for HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<Jwk>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for Jwk - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<Jwk> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => match <Jwk as std::str::FromStr>::from_str(value) {
                std::result::Result::Ok(value) => {
                    std::result::Result::Ok(header::IntoHeaderValue(value))
                }
                std::result::Result::Err(err) => std::result::Result::Err(format!(
                    r#"Unable to convert header value '{value}' into Jwk - {err}"#
                )),
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct Jwks {
    /// The public keys.
    #[serde(rename = "keys")]
    #[validate(length(max = 20), nested)]
    pub keys: Vec<models::Jwk>,
}

impl Jwks {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(keys: Vec<models::Jwk>) -> Jwks {
        Jwks { keys }
    }
}

/// Converts the Jwks value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for Jwks {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping keys in query parameter serialization

        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Jwks value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Jwks {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub keys: Vec<Vec<models::Jwk>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing Jwks".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "keys" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in Jwks"
                                .to_string(),
                        );
                    }
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing Jwks".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Jwks {
            keys: intermediate_rep
                .keys
                .into_iter()
                .next()
                .ok_or_else(|| "keys missing in Jwks".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Jwks> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<Jwks>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<Jwks>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for Jwks - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<Jwks> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => match <Jwks as std::str::FromStr>::from_str(value) {
                std::result::Result::Ok(value) => {
                    std::result::Result::Ok(header::IntoHeaderValue(value))
                }
                std::result::Result::Err(err) => std::result::Result::Err(format!(
                    r#"Unable to convert header value '{value}' into Jwks - {err}"#
                )),
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// What an applicant may see of their own application: one item per application they made with this token. `status` is the application's stage when the application is theirs (they applied first, or the employer merged their submission); otherwise it stays `new`, as nothing else of another person's application is shown.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct MyApplication {
    /// Identifier of the submission (the receipt's `id`).
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    /// The job.
    #[serde(rename = "job_id")]
    pub job_id: uuid::Uuid,

    /// The job's title.
    #[serde(rename = "job_title")]
    #[validate(length(max = 200))]
    pub job_title: String,

    /// The employer's name.
    #[serde(rename = "employer_name")]
    #[validate(length(max = 200))]
    pub employer_name: String,

    /// Stage in the hiring pipeline.
    #[serde(rename = "status")]
    #[validate(nested)]
    pub status: models::ApplicationStatus,

    /// When it was created (RFC 3339, UTC).
    #[serde(rename = "created_at")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    pub created_at: chrono::DateTime<chrono::Utc>,
}

impl MyApplication {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        id: uuid::Uuid,
        job_id: uuid::Uuid,
        job_title: String,
        employer_name: String,
        status: models::ApplicationStatus,
        created_at: chrono::DateTime<chrono::Utc>,
    ) -> MyApplication {
        MyApplication {
            id,
            job_id,
            job_title,
            employer_name,
            status,
            created_at,
        }
    }
}

/// Converts the MyApplication value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for MyApplication {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping id in query parameter serialization

            // Skipping job_id in query parameter serialization
            Some("job_title".to_string()),
            Some(self.job_title.to_string()),
            Some("employer_name".to_string()),
            Some(self.employer_name.to_string()),
            // Skipping status in query parameter serialization

            // Skipping created_at in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a MyApplication value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for MyApplication {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub job_id: Vec<uuid::Uuid>,
            pub job_title: Vec<String>,
            pub employer_name: Vec<String>,
            pub status: Vec<models::ApplicationStatus>,
            pub created_at: Vec<chrono::DateTime<chrono::Utc>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing MyApplication".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "job_id" => intermediate_rep.job_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "job_title" => intermediate_rep.job_title.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "employer_name" => intermediate_rep.employer_name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "status" => intermediate_rep.status.push(
                        <models::ApplicationStatus as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "created_at" => intermediate_rep.created_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing MyApplication".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(MyApplication {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in MyApplication".to_string())?,
            job_id: intermediate_rep
                .job_id
                .into_iter()
                .next()
                .ok_or_else(|| "job_id missing in MyApplication".to_string())?,
            job_title: intermediate_rep
                .job_title
                .into_iter()
                .next()
                .ok_or_else(|| "job_title missing in MyApplication".to_string())?,
            employer_name: intermediate_rep
                .employer_name
                .into_iter()
                .next()
                .ok_or_else(|| "employer_name missing in MyApplication".to_string())?,
            status: intermediate_rep
                .status
                .into_iter()
                .next()
                .ok_or_else(|| "status missing in MyApplication".to_string())?,
            created_at: intermediate_rep
                .created_at
                .into_iter()
                .next()
                .ok_or_else(|| "created_at missing in MyApplication".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<MyApplication> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<MyApplication>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<MyApplication>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for MyApplication - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<MyApplication> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <MyApplication as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into MyApplication - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct MyApplicationList {
    /// This page's items, in list order.
    #[serde(rename = "items")]
    #[validate(length(max = 100), nested)]
    pub items: Vec<models::MyApplication>,

    /// Cursor of the next page; `null` on the last page.
    #[serde(rename = "next_cursor")]
    #[validate(length(max = 1024))]
    pub next_cursor: Nullable<String>,
}

impl MyApplicationList {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        items: Vec<models::MyApplication>,
        next_cursor: Nullable<String>,
    ) -> MyApplicationList {
        MyApplicationList { items, next_cursor }
    }
}

/// Converts the MyApplicationList value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for MyApplicationList {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping items in query parameter serialization
            Some("next_cursor".to_string()),
            Some(
                self.next_cursor
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a MyApplicationList value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for MyApplicationList {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub items: Vec<Vec<models::MyApplication>>,
            pub next_cursor: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing MyApplicationList".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "items" => return std::result::Result::Err("Parsing a container in this style is not supported in MyApplicationList".to_string()),
                    "next_cursor" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in MyApplicationList".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing MyApplicationList".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(MyApplicationList {
            items: intermediate_rep
                .items
                .into_iter()
                .next()
                .ok_or_else(|| "items missing in MyApplicationList".to_string())?,
            next_cursor: std::result::Result::Err(
                "Nullable types not supported in MyApplicationList".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<MyApplicationList> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<MyApplicationList>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<MyApplicationList>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for MyApplicationList - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<MyApplicationList> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <MyApplicationList as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into MyApplicationList - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// RFC 9457 problem details: every 4xx and 5xx answer of this API. `type` is one of these (the list is also machine-readable as `x-problem-types`; a test fails when the server can answer a type that is not here):  | type | status | when | members | |---|---|---|---| | `about:blank` | any | The HTTP status says it all (404, 405, 406, 415, 500): `title` is its reason phrase, `detail` what to check. |  | | `urn:jobs-api:problem:validation` | 422 | The body (or a rule the contract cannot state) is not satisfied. | `errors`: a JSON Pointer per member and what it must be (allowed values, type, bounds). | | `urn:jobs-api:problem:malformed-json` | 400 | The body is not JSON: where it breaks (line, column). |  | | `urn:jobs-api:problem:invalid-parameter` | 400 | A query parameter has a value of the wrong form. | `errors`: `#/query/<name>` and what it must be. | | `urn:jobs-api:problem:unknown-parameter` | 400 | A query parameter the operation does not take (a typo, such as `sortt`). | `errors`: `#/query/<name>`; `detail` lists the parameters the operation takes. | | `urn:jobs-api:problem:invalid-header` | 400 | A header has a value of the wrong form (an unquoted `If-Match`). | `errors`: `#/header/<Name>`. | | `urn:jobs-api:problem:token-required` | 401 | No bearer token where the operation needs one (`WWW-Authenticate: Bearer`). |  | | `urn:jobs-api:problem:invalid-token` | 401 | The token is not accepted: `detail` and the challenge's `error_description` say why (expired, not yet valid, another audience or issuer, an unknown key, not an access token, …). |  | | `urn:jobs-api:problem:role-required` | 403 | The token's roles may not call this operation. | `required_roles`: the roles that may. | | `urn:jobs-api:problem:precondition-required` | 428 | The operation changes a resource only with `If-Match` (the ETag of your last read). |  | | `urn:jobs-api:problem:precondition-failed` | 412 | The resource changed since the ETag in `If-Match` was read: read it again. |  | | `urn:jobs-api:problem:invalid-cursor` | 400 | The cursor is not one this list issued, or was issued for other filters. |  | | `urn:jobs-api:problem:invalid-transition` | 409 | The resource's status does not allow the action. | `current_status`. | | `urn:jobs-api:problem:incomplete` | 409 | Members an action needs (publishing) are missing. | `errors`. | | `urn:jobs-api:problem:conflict` | 409 | The change would duplicate a unique value, or the resource is not in a state to take it. |  | | `urn:jobs-api:problem:already-applied` | 409 | This applicant token already applied to the job. | `existing_application_id`: its receipt. | | `urn:jobs-api:problem:idempotency-in-flight` | 409 | A request with this Idempotency-Key has not finished: retry later. |  | | `urn:jobs-api:problem:idempotency-key-reused` | 422 | This Idempotency-Key was used with another payload. |  | | `urn:jobs-api:problem:captcha-rejected` | 400 | The CAPTCHA verifier refused the token. |  | | `urn:jobs-api:problem:body-too-large` | 413 | The body is larger than the server accepts. | `limit_bytes`. | | `urn:jobs-api:problem:rate-limited` | 429 | The client's rate limit was reached (`RateLimit-Policy`): retry after `Retry-After`. |  | | `urn:jobs-api:problem:timeout` | 503 | The request took longer than the server's time budget: retry after `Retry-After`. |  | | `urn:jobs-api:problem:unavailable` | 503 | A dependency (the database, object storage, the CAPTCHA verifier) is unavailable: retry after `Retry-After`. |  | | `urn:jobs-api:problem:not-configured` | 503 | A feature the operator has not configured (uploads without a bucket, webhooks without a key): `detail` names the setting. |  |
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct Problem {
    /// Problem type (see the table above); `about:blank` when the status says it all.
    #[serde(rename = "type")]
    #[validate(length(max = 2048))]
    pub r_type: String,

    /// Short summary of the problem type.
    #[serde(rename = "title")]
    #[validate(length(max = 200))]
    pub title: String,

    /// The HTTP status code.
    #[serde(rename = "status")]
    #[validate(range(min = 100u32, max = 599u32))]
    pub status: u32,

    /// Explanation of this occurrence.
    #[serde(rename = "detail")]
    #[validate(length(max = 2000))]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,

    /// This occurrence (the request path).
    #[serde(rename = "instance")]
    #[validate(length(max = 2048))]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instance: Option<String>,

    /// The request id, also sent as `X-Request-Id`.
    #[serde(rename = "request_id")]
    #[validate(length(max = 128))]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,

    /// One entry per invalid member.
    #[serde(rename = "errors")]
    #[validate(length(max = 100), nested)]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r_errors: Option<Vec<models::ProblemFieldError>>,

    /// The resource's status when a transition was refused.
    #[serde(rename = "current_status")]
    #[validate(length(max = 32))]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current_status: Option<String>,

    /// The application that already exists for this job and person.
    #[serde(rename = "existing_application_id")]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub existing_application_id: Option<uuid::Uuid>,

    /// The roles that may call the operation (`role-required`).
    #[serde(rename = "required_roles")]
    #[validate(length(max = 8))]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub required_roles: Option<Vec<String>>,

    /// The largest body the server accepts (`body-too-large`).
    #[serde(rename = "limit_bytes")]
    #[validate(range(min = 0u64, max = 9223372036854775807u64))]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit_bytes: Option<u64>,
}

impl Problem {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(r_type: String, title: String, status: u32) -> Problem {
        Problem {
            r_type,
            title,
            status,
            detail: None,
            instance: None,
            request_id: None,
            r_errors: None,
            current_status: None,
            existing_application_id: None,
            required_roles: None,
            limit_bytes: None,
        }
    }
}

/// Converts the Problem value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("type".to_string()),
            Some(self.r_type.to_string()),
            Some("title".to_string()),
            Some(self.title.to_string()),
            Some("status".to_string()),
            Some(self.status.to_string()),
            self.detail
                .as_ref()
                .map(|detail| ["detail".to_string(), detail.to_string()].join(",")),
            self.instance
                .as_ref()
                .map(|instance| ["instance".to_string(), instance.to_string()].join(",")),
            self.request_id
                .as_ref()
                .map(|request_id| ["request_id".to_string(), request_id.to_string()].join(",")),
            // Skipping errors in query parameter serialization
            self.current_status.as_ref().map(|current_status| {
                ["current_status".to_string(), current_status.to_string()].join(",")
            }),
            // Skipping existing_application_id in query parameter serialization
            self.required_roles.as_ref().map(|required_roles| {
                [
                    "required_roles".to_string(),
                    required_roles
                        .iter()
                        .map(|x| x.to_string())
                        .collect::<Vec<_>>()
                        .join(","),
                ]
                .join(",")
            }),
            self.limit_bytes
                .as_ref()
                .map(|limit_bytes| ["limit_bytes".to_string(), limit_bytes.to_string()].join(",")),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Problem value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Problem {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub r_type: Vec<String>,
            pub title: Vec<String>,
            pub status: Vec<u32>,
            pub detail: Vec<String>,
            pub instance: Vec<String>,
            pub request_id: Vec<String>,
            pub r_errors: Vec<Vec<models::ProblemFieldError>>,
            pub current_status: Vec<String>,
            pub existing_application_id: Vec<uuid::Uuid>,
            pub required_roles: Vec<Vec<String>>,
            pub limit_bytes: Vec<u64>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing Problem".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "type" => intermediate_rep.r_type.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "title" => intermediate_rep.title.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "status" => intermediate_rep.status.push(
                        <u32 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "detail" => intermediate_rep.detail.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "instance" => intermediate_rep.instance.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "request_id" => intermediate_rep.request_id.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "errors" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in Problem"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "current_status" => intermediate_rep.current_status.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "existing_application_id" => intermediate_rep.existing_application_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    "required_roles" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in Problem"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "limit_bytes" => intermediate_rep.limit_bytes.push(
                        <u64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing Problem".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Problem {
            r_type: intermediate_rep
                .r_type
                .into_iter()
                .next()
                .ok_or_else(|| "type missing in Problem".to_string())?,
            title: intermediate_rep
                .title
                .into_iter()
                .next()
                .ok_or_else(|| "title missing in Problem".to_string())?,
            status: intermediate_rep
                .status
                .into_iter()
                .next()
                .ok_or_else(|| "status missing in Problem".to_string())?,
            detail: intermediate_rep.detail.into_iter().next(),
            instance: intermediate_rep.instance.into_iter().next(),
            request_id: intermediate_rep.request_id.into_iter().next(),
            r_errors: intermediate_rep.r_errors.into_iter().next(),
            current_status: intermediate_rep.current_status.into_iter().next(),
            existing_application_id: intermediate_rep.existing_application_id.into_iter().next(),
            required_roles: intermediate_rep.required_roles.into_iter().next(),
            limit_bytes: intermediate_rep.limit_bytes.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Problem> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<Problem>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<Problem>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for Problem - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<Problem> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <Problem as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into Problem - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct ProblemFieldError {
    /// JSON Pointer (RFC 6901) to the body's member, `#/query/name` for a query parameter, or `#/header/Name` for a header.
    #[serde(rename = "pointer")]
    #[validate(length(max = 512))]
    pub pointer: String,

    /// What is wrong with it.
    #[serde(rename = "detail")]
    #[validate(length(max = 2000))]
    pub detail: String,
}

impl ProblemFieldError {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(pointer: String, detail: String) -> ProblemFieldError {
        ProblemFieldError { pointer, detail }
    }
}

/// Converts the ProblemFieldError value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ProblemFieldError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("pointer".to_string()),
            Some(self.pointer.to_string()),
            Some("detail".to_string()),
            Some(self.detail.to_string()),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ProblemFieldError value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ProblemFieldError {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub pointer: Vec<String>,
            pub detail: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ProblemFieldError".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "pointer" => intermediate_rep.pointer.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "detail" => intermediate_rep.detail.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing ProblemFieldError".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ProblemFieldError {
            pointer: intermediate_rep
                .pointer
                .into_iter()
                .next()
                .ok_or_else(|| "pointer missing in ProblemFieldError".to_string())?,
            detail: intermediate_rep
                .detail
                .into_iter()
                .next()
                .ok_or_else(|| "detail missing in ProblemFieldError".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ProblemFieldError> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ProblemFieldError>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ProblemFieldError>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ProblemFieldError - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ProblemFieldError> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ProblemFieldError as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ProblemFieldError - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// An employer as its careers page shows it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct PublicEmployer {
    /// Identifier of the employer.
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    /// The current slug.
    #[serde(rename = "slug")]
    #[validate(length(max = 50))]
    pub slug: String,

    /// The employer's name.
    #[serde(rename = "name")]
    #[validate(length(max = 200))]
    pub name: String,

    /// The employer's website (http or https only).
    #[serde(rename = "website")]
    #[validate(length(max = 2048))]
    pub website: Nullable<String>,

    /// The uploaded logo, served by this API (`null` without one).
    #[serde(rename = "logo_url")]
    #[validate(length(max = 2048))]
    pub logo_url: Nullable<String>,

    /// Brand colour, `#rrggbb`.
    #[serde(rename = "brand_color")]
    #[validate(
            regex(path = *RE_PUBLICEMPLOYER_BRAND_COLOR),
    )]
    pub brand_color: Nullable<String>,

    /// `#ffffff` or `#000000`: the text colour that reads on `brand_color`.
    #[serde(rename = "brand_text_color")]
    #[validate(
            regex(path = *RE_PUBLICEMPLOYER_BRAND_TEXT_COLOR),
    )]
    pub brand_text_color: Nullable<String>,

    /// About the employer, sanitized HTML.
    #[serde(rename = "about_html")]
    #[validate(length(max = 20000))]
    pub about_html: Nullable<String>,

    /// The hosted careers page.
    #[serde(rename = "careers_url")]
    #[validate(length(max = 2048))]
    pub careers_url: String,

    /// How many jobs the employer has published.
    #[serde(rename = "published_jobs")]
    #[validate(range(min = 0u64))]
    pub published_jobs: u64,
}

lazy_static::lazy_static! {
    static ref RE_PUBLICEMPLOYER_BRAND_COLOR: regex::Regex = regex::Regex::new("^#[0-9a-fA-F]{6}$").unwrap();
}
lazy_static::lazy_static! {
    static ref RE_PUBLICEMPLOYER_BRAND_TEXT_COLOR: regex::Regex = regex::Regex::new("^#(ffffff|000000)$").unwrap();
}

impl PublicEmployer {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        id: uuid::Uuid,
        slug: String,
        name: String,
        website: Nullable<String>,
        logo_url: Nullable<String>,
        brand_color: Nullable<String>,
        brand_text_color: Nullable<String>,
        about_html: Nullable<String>,
        careers_url: String,
        published_jobs: u64,
    ) -> PublicEmployer {
        PublicEmployer {
            id,
            slug,
            name,
            website,
            logo_url,
            brand_color,
            brand_text_color,
            about_html,
            careers_url,
            published_jobs,
        }
    }
}

/// Converts the PublicEmployer value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for PublicEmployer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping id in query parameter serialization
            Some("slug".to_string()),
            Some(self.slug.to_string()),
            Some("name".to_string()),
            Some(self.name.to_string()),
            Some("website".to_string()),
            Some(
                self.website
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
            Some("logo_url".to_string()),
            Some(
                self.logo_url
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
            Some("brand_color".to_string()),
            Some(
                self.brand_color
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
            Some("brand_text_color".to_string()),
            Some(
                self.brand_text_color
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
            Some("about_html".to_string()),
            Some(
                self.about_html
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
            Some("careers_url".to_string()),
            Some(self.careers_url.to_string()),
            Some("published_jobs".to_string()),
            Some(self.published_jobs.to_string()),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a PublicEmployer value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for PublicEmployer {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub slug: Vec<String>,
            pub name: Vec<String>,
            pub website: Vec<String>,
            pub logo_url: Vec<String>,
            pub brand_color: Vec<String>,
            pub brand_text_color: Vec<String>,
            pub about_html: Vec<String>,
            pub careers_url: Vec<String>,
            pub published_jobs: Vec<u64>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing PublicEmployer".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "slug" => intermediate_rep.slug.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "website" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in PublicEmployer"
                            .to_string(),
                    ),
                    "logo_url" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in PublicEmployer"
                            .to_string(),
                    ),
                    "brand_color" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in PublicEmployer"
                            .to_string(),
                    ),
                    "brand_text_color" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in PublicEmployer"
                            .to_string(),
                    ),
                    "about_html" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in PublicEmployer"
                            .to_string(),
                    ),
                    #[allow(clippy::redundant_clone)]
                    "careers_url" => intermediate_rep.careers_url.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "published_jobs" => intermediate_rep.published_jobs.push(
                        <u64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing PublicEmployer".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(PublicEmployer {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in PublicEmployer".to_string())?,
            slug: intermediate_rep
                .slug
                .into_iter()
                .next()
                .ok_or_else(|| "slug missing in PublicEmployer".to_string())?,
            name: intermediate_rep
                .name
                .into_iter()
                .next()
                .ok_or_else(|| "name missing in PublicEmployer".to_string())?,
            website: std::result::Result::Err(
                "Nullable types not supported in PublicEmployer".to_string(),
            )?,
            logo_url: std::result::Result::Err(
                "Nullable types not supported in PublicEmployer".to_string(),
            )?,
            brand_color: std::result::Result::Err(
                "Nullable types not supported in PublicEmployer".to_string(),
            )?,
            brand_text_color: std::result::Result::Err(
                "Nullable types not supported in PublicEmployer".to_string(),
            )?,
            about_html: std::result::Result::Err(
                "Nullable types not supported in PublicEmployer".to_string(),
            )?,
            careers_url: intermediate_rep
                .careers_url
                .into_iter()
                .next()
                .ok_or_else(|| "careers_url missing in PublicEmployer".to_string())?,
            published_jobs: intermediate_rep
                .published_jobs
                .into_iter()
                .next()
                .ok_or_else(|| "published_jobs missing in PublicEmployer".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<PublicEmployer> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<PublicEmployer>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<PublicEmployer>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for PublicEmployer - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<PublicEmployer> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <PublicEmployer as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into PublicEmployer - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// A published job, without internal fields.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct PublicJob {
    /// Identifier of the job.
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    /// The employer that posted the job.
    #[serde(rename = "employer")]
    #[validate(nested)]
    pub employer: models::EmployerSummary,

    /// The job title.
    #[serde(rename = "title")]
    #[validate(length(max = 200))]
    pub title: String,

    /// What the job is about: plain text or sanitized HTML (see `description_format`).
    #[serde(rename = "description")]
    #[validate(length(max = 12000))]
    pub description: String,

    /// How `description` is written: plain text or (sanitized) HTML.
    #[serde(rename = "description_format")]
    #[validate(nested)]
    pub description_format: models::DescriptionFormat,

    /// Department the job belongs to (free text; also a taxonomy facet).
    #[serde(rename = "department")]
    #[validate(length(max = 100))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub department: Option<Nullable<String>>,

    /// Languages, as plain names (e.g. `English`, `Dhivehi`); matched case- and accent-insensitively.
    #[serde(rename = "languages")]
    #[validate(length(max = 20))]
    pub languages: Vec<String>,

    /// Where the work happens (free text; also a taxonomy facet).
    #[serde(rename = "location")]
    #[validate(length(max = 200))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<Nullable<String>>,

    /// On site, hybrid or remote.
    #[serde(rename = "workplace_type")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workplace_type: Option<Nullable<models::WorkplaceType>>,

    /// Full time, part time, contract, temporary or internship.
    #[serde(rename = "employment_type")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub employment_type: Option<Nullable<models::EmploymentType>>,

    /// Pay range, currency and period; `min` ≤ `max`.
    #[serde(rename = "salary")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub salary: Option<Nullable<models::Salary>>,

    /// How many people are hired.
    #[serde(rename = "vacancies")]
    #[validate(range(min = 1u32, max = 10000u32))]
    pub vacancies: u32,

    /// The employer's own reference for the job.
    #[serde(rename = "reference_number")]
    #[validate(length(max = 64))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference_number: Option<Nullable<String>>,

    /// Last day applications are accepted (the job is not closed automatically).
    #[serde(rename = "closing_date")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub closing_date: Option<Nullable<chrono::naive::NaiveDate>>,

    /// When the job was (last) published.
    #[serde(rename = "published_at")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    pub published_at: chrono::DateTime<chrono::Utc>,

    /// In a search with `q`: where the query matched. Absent elsewhere.
    #[serde(rename = "highlights")]
    #[validate(nested)]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub highlights: Option<models::SearchHighlights>,
}

impl PublicJob {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        id: uuid::Uuid,
        employer: models::EmployerSummary,
        title: String,
        description: String,
        description_format: models::DescriptionFormat,
        languages: Vec<String>,
        vacancies: u32,
        published_at: chrono::DateTime<chrono::Utc>,
    ) -> PublicJob {
        PublicJob {
            id,
            employer,
            title,
            description,
            description_format,
            department: None,
            languages,
            location: None,
            workplace_type: None,
            employment_type: None,
            salary: None,
            vacancies,
            reference_number: None,
            closing_date: None,
            published_at,
            highlights: None,
        }
    }
}

/// Converts the PublicJob value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for PublicJob {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping id in query parameter serialization

            // Skipping employer in query parameter serialization
            Some("title".to_string()),
            Some(self.title.to_string()),
            Some("description".to_string()),
            Some(self.description.to_string()),
            // Skipping description_format in query parameter serialization
            self.department.as_ref().map(|department| {
                [
                    "department".to_string(),
                    department
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            Some("languages".to_string()),
            Some(
                self.languages
                    .iter()
                    .map(|x| x.to_string())
                    .collect::<Vec<_>>()
                    .join(","),
            ),
            self.location.as_ref().map(|location| {
                [
                    "location".to_string(),
                    location
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            // Skipping workplace_type in query parameter serialization

            // Skipping employment_type in query parameter serialization

            // Skipping salary in query parameter serialization
            Some("vacancies".to_string()),
            Some(self.vacancies.to_string()),
            self.reference_number.as_ref().map(|reference_number| {
                [
                    "reference_number".to_string(),
                    reference_number
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            // Skipping closing_date in query parameter serialization

            // Skipping published_at in query parameter serialization

            // Skipping highlights in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a PublicJob value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for PublicJob {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub employer: Vec<models::EmployerSummary>,
            pub title: Vec<String>,
            pub description: Vec<String>,
            pub description_format: Vec<models::DescriptionFormat>,
            pub department: Vec<String>,
            pub languages: Vec<Vec<String>>,
            pub location: Vec<String>,
            pub workplace_type: Vec<models::WorkplaceType>,
            pub employment_type: Vec<models::EmploymentType>,
            pub salary: Vec<models::Salary>,
            pub vacancies: Vec<u32>,
            pub reference_number: Vec<String>,
            pub closing_date: Vec<chrono::naive::NaiveDate>,
            pub published_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub highlights: Vec<models::SearchHighlights>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing PublicJob".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "employer" => intermediate_rep.employer.push(
                        <models::EmployerSummary as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "title" => intermediate_rep.title.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "description" => intermediate_rep.description.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "description_format" => intermediate_rep.description_format.push(
                        <models::DescriptionFormat as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    "department" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in PublicJob"
                                .to_string(),
                        );
                    }
                    "languages" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in PublicJob"
                                .to_string(),
                        );
                    }
                    "location" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in PublicJob"
                                .to_string(),
                        );
                    }
                    "workplace_type" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in PublicJob"
                                .to_string(),
                        );
                    }
                    "employment_type" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in PublicJob"
                                .to_string(),
                        );
                    }
                    "salary" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in PublicJob"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "vacancies" => intermediate_rep.vacancies.push(
                        <u32 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "reference_number" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in PublicJob"
                                .to_string(),
                        );
                    }
                    "closing_date" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in PublicJob"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "published_at" => intermediate_rep.published_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "highlights" => intermediate_rep.highlights.push(
                        <models::SearchHighlights as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing PublicJob".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(PublicJob {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in PublicJob".to_string())?,
            employer: intermediate_rep
                .employer
                .into_iter()
                .next()
                .ok_or_else(|| "employer missing in PublicJob".to_string())?,
            title: intermediate_rep
                .title
                .into_iter()
                .next()
                .ok_or_else(|| "title missing in PublicJob".to_string())?,
            description: intermediate_rep
                .description
                .into_iter()
                .next()
                .ok_or_else(|| "description missing in PublicJob".to_string())?,
            description_format: intermediate_rep
                .description_format
                .into_iter()
                .next()
                .ok_or_else(|| "description_format missing in PublicJob".to_string())?,
            department: std::result::Result::Err(
                "Nullable types not supported in PublicJob".to_string(),
            )?,
            languages: intermediate_rep
                .languages
                .into_iter()
                .next()
                .ok_or_else(|| "languages missing in PublicJob".to_string())?,
            location: std::result::Result::Err(
                "Nullable types not supported in PublicJob".to_string(),
            )?,
            workplace_type: std::result::Result::Err(
                "Nullable types not supported in PublicJob".to_string(),
            )?,
            employment_type: std::result::Result::Err(
                "Nullable types not supported in PublicJob".to_string(),
            )?,
            salary: std::result::Result::Err(
                "Nullable types not supported in PublicJob".to_string(),
            )?,
            vacancies: intermediate_rep
                .vacancies
                .into_iter()
                .next()
                .ok_or_else(|| "vacancies missing in PublicJob".to_string())?,
            reference_number: std::result::Result::Err(
                "Nullable types not supported in PublicJob".to_string(),
            )?,
            closing_date: std::result::Result::Err(
                "Nullable types not supported in PublicJob".to_string(),
            )?,
            published_at: intermediate_rep
                .published_at
                .into_iter()
                .next()
                .ok_or_else(|| "published_at missing in PublicJob".to_string())?,
            highlights: intermediate_rep.highlights.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<PublicJob> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<PublicJob>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<PublicJob>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for PublicJob - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<PublicJob> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <PublicJob as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into PublicJob - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// One change to a published job.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct PublicJobChange {
    #[serde(rename = "change")]
    #[validate(nested)]
    pub change: models::PublicJobChangeType,

    /// Identifier of the job.
    #[serde(rename = "job_id")]
    pub job_id: uuid::Uuid,

    /// Identifier of the job's employer.
    #[serde(rename = "employer_id")]
    pub employer_id: uuid::Uuid,

    /// When the change committed.
    #[serde(rename = "changed_at")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    pub changed_at: chrono::DateTime<chrono::Utc>,

    /// The job as it is now, for `published` and `updated`; `null` for tombstones.
    #[serde(rename = "job")]
    pub job: Nullable<models::PublicJob>,
}

impl PublicJobChange {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        change: models::PublicJobChangeType,
        job_id: uuid::Uuid,
        employer_id: uuid::Uuid,
        changed_at: chrono::DateTime<chrono::Utc>,
        job: Nullable<models::PublicJob>,
    ) -> PublicJobChange {
        PublicJobChange {
            change,
            job_id,
            employer_id,
            changed_at,
            job,
        }
    }
}

/// Converts the PublicJobChange value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for PublicJobChange {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping change in query parameter serialization

            // Skipping job_id in query parameter serialization

            // Skipping employer_id in query parameter serialization

            // Skipping changed_at in query parameter serialization

            // Skipping job in query parameter serialization

        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a PublicJobChange value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for PublicJobChange {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub change: Vec<models::PublicJobChangeType>,
            pub job_id: Vec<uuid::Uuid>,
            pub employer_id: Vec<uuid::Uuid>,
            pub changed_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub job: Vec<models::PublicJob>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing PublicJobChange".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "change" => intermediate_rep.change.push(
                        <models::PublicJobChangeType as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "job_id" => intermediate_rep.job_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "employer_id" => intermediate_rep.employer_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "changed_at" => intermediate_rep.changed_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    "job" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in PublicJobChange"
                            .to_string(),
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing PublicJobChange".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(PublicJobChange {
            change: intermediate_rep
                .change
                .into_iter()
                .next()
                .ok_or_else(|| "change missing in PublicJobChange".to_string())?,
            job_id: intermediate_rep
                .job_id
                .into_iter()
                .next()
                .ok_or_else(|| "job_id missing in PublicJobChange".to_string())?,
            employer_id: intermediate_rep
                .employer_id
                .into_iter()
                .next()
                .ok_or_else(|| "employer_id missing in PublicJobChange".to_string())?,
            changed_at: intermediate_rep
                .changed_at
                .into_iter()
                .next()
                .ok_or_else(|| "changed_at missing in PublicJobChange".to_string())?,
            job: std::result::Result::Err(
                "Nullable types not supported in PublicJobChange".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<PublicJobChange> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<PublicJobChange>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<PublicJobChange>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for PublicJobChange - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<PublicJobChange> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <PublicJobChange as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into PublicJobChange - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct PublicJobChangeList {
    /// Changes in commit order.
    #[serde(rename = "items")]
    #[validate(length(max = 100), nested)]
    pub items: Vec<models::PublicJobChange>,

    /// Where to resume; always present (poll with it for later changes).
    #[serde(rename = "next_cursor")]
    #[validate(length(max = 1024))]
    pub next_cursor: String,

    /// More changes are already waiting (fetch again without delay).
    #[serde(rename = "has_more")]
    pub has_more: bool,
}

impl PublicJobChangeList {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        items: Vec<models::PublicJobChange>,
        next_cursor: String,
        has_more: bool,
    ) -> PublicJobChangeList {
        PublicJobChangeList {
            items,
            next_cursor,
            has_more,
        }
    }
}

/// Converts the PublicJobChangeList value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for PublicJobChangeList {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping items in query parameter serialization
            Some("next_cursor".to_string()),
            Some(self.next_cursor.to_string()),
            Some("has_more".to_string()),
            Some(self.has_more.to_string()),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a PublicJobChangeList value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for PublicJobChangeList {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub items: Vec<Vec<models::PublicJobChange>>,
            pub next_cursor: Vec<String>,
            pub has_more: Vec<bool>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing PublicJobChangeList".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "items" => return std::result::Result::Err(
                        "Parsing a container in this style is not supported in PublicJobChangeList"
                            .to_string(),
                    ),
                    #[allow(clippy::redundant_clone)]
                    "next_cursor" => intermediate_rep.next_cursor.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "has_more" => intermediate_rep.has_more.push(
                        <bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing PublicJobChangeList".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(PublicJobChangeList {
            items: intermediate_rep
                .items
                .into_iter()
                .next()
                .ok_or_else(|| "items missing in PublicJobChangeList".to_string())?,
            next_cursor: intermediate_rep
                .next_cursor
                .into_iter()
                .next()
                .ok_or_else(|| "next_cursor missing in PublicJobChangeList".to_string())?,
            has_more: intermediate_rep
                .has_more
                .into_iter()
                .next()
                .ok_or_else(|| "has_more missing in PublicJobChangeList".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<PublicJobChangeList> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<PublicJobChangeList>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<PublicJobChangeList>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for PublicJobChangeList - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<PublicJobChangeList> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <PublicJobChangeList as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into PublicJobChangeList - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// What happened: `published`, `updated`, or the tombstones `closed` and `removed`.
/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types, clippy::large_enum_variant)]
#[repr(C)]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum PublicJobChangeType {
    #[serde(rename = "published")]
    Published,
    #[serde(rename = "updated")]
    Updated,
    #[serde(rename = "closed")]
    Closed,
    #[serde(rename = "removed")]
    Removed,
}

impl validator::Validate for PublicJobChangeType {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {
        std::result::Result::Ok(())
    }
}

impl std::fmt::Display for PublicJobChangeType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            PublicJobChangeType::Published => write!(f, "published"),
            PublicJobChangeType::Updated => write!(f, "updated"),
            PublicJobChangeType::Closed => write!(f, "closed"),
            PublicJobChangeType::Removed => write!(f, "removed"),
        }
    }
}

impl std::str::FromStr for PublicJobChangeType {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "published" => std::result::Result::Ok(PublicJobChangeType::Published),
            "updated" => std::result::Result::Ok(PublicJobChangeType::Updated),
            "closed" => std::result::Result::Ok(PublicJobChangeType::Closed),
            "removed" => std::result::Result::Ok(PublicJobChangeType::Removed),
            _ => std::result::Result::Err(format!(r#"Value not valid: {s}"#)),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct PublicJobList {
    /// This page's items, in list order.
    #[serde(rename = "items")]
    #[validate(length(max = 100), nested)]
    pub items: Vec<models::PublicJob>,

    /// Cursor of the next page; `null` on the last page.
    #[serde(rename = "next_cursor")]
    #[validate(length(max = 1024))]
    pub next_cursor: Nullable<String>,

    /// Counts of the matches by department, location and employment type.
    #[serde(rename = "facets")]
    #[validate(nested)]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub facets: Option<models::SearchFacets>,
}

impl PublicJobList {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(items: Vec<models::PublicJob>, next_cursor: Nullable<String>) -> PublicJobList {
        PublicJobList {
            items,
            next_cursor,
            facets: None,
        }
    }
}

/// Converts the PublicJobList value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for PublicJobList {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping items in query parameter serialization
            Some("next_cursor".to_string()),
            Some(
                self.next_cursor
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
            // Skipping facets in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a PublicJobList value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for PublicJobList {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub items: Vec<Vec<models::PublicJob>>,
            pub next_cursor: Vec<String>,
            pub facets: Vec<models::SearchFacets>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing PublicJobList".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "items" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in PublicJobList"
                                .to_string(),
                        );
                    }
                    "next_cursor" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in PublicJobList"
                            .to_string(),
                    ),
                    #[allow(clippy::redundant_clone)]
                    "facets" => intermediate_rep.facets.push(
                        <models::SearchFacets as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing PublicJobList".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(PublicJobList {
            items: intermediate_rep
                .items
                .into_iter()
                .next()
                .ok_or_else(|| "items missing in PublicJobList".to_string())?,
            next_cursor: std::result::Result::Err(
                "Nullable types not supported in PublicJobList".to_string(),
            )?,
            facets: intermediate_rep.facets.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<PublicJobList> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<PublicJobList>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<PublicJobList>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for PublicJobList - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<PublicJobList> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <PublicJobList as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into PublicJobList - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[serde(deny_unknown_fields)]
pub struct PublicUploadPresignRequest {
    /// What the file is: a CV or a cover letter.
    #[serde(rename = "purpose")]
    #[validate(nested)]
    pub purpose: models::UploadPurpose,

    /// The file's name as the person chose it (shown, never used as a storage key).
    #[serde(rename = "filename")]
    #[validate(
            length(min = 1, max = 255),
            regex(path = *RE_PUBLICUPLOADPRESIGNREQUEST_FILENAME),
    )]
    pub filename: String,

    /// The file's media type; the purpose's allow-list applies.
    #[serde(rename = "content_type")]
    #[validate(nested)]
    pub content_type: models::UploadContentType,

    /// Size of the file; `:complete` checks the stored object has exactly it.
    #[serde(rename = "size_bytes")]
    #[validate(range(min = 1u64, max = 9223372036854775807u64))]
    pub size_bytes: u64,
}

lazy_static::lazy_static! {
    static ref RE_PUBLICUPLOADPRESIGNREQUEST_FILENAME: regex::Regex = regex::Regex::new("^[^/\\\\\\x00-\\x1F]+$").unwrap();
}

impl PublicUploadPresignRequest {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        purpose: models::UploadPurpose,
        filename: String,
        content_type: models::UploadContentType,
        size_bytes: u64,
    ) -> PublicUploadPresignRequest {
        PublicUploadPresignRequest {
            purpose,
            filename,
            content_type,
            size_bytes,
        }
    }
}

/// Converts the PublicUploadPresignRequest value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for PublicUploadPresignRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping purpose in query parameter serialization
            Some("filename".to_string()),
            Some(self.filename.to_string()),
            // Skipping content_type in query parameter serialization
            Some("size_bytes".to_string()),
            Some(self.size_bytes.to_string()),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a PublicUploadPresignRequest value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for PublicUploadPresignRequest {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub purpose: Vec<models::UploadPurpose>,
            pub filename: Vec<String>,
            pub content_type: Vec<models::UploadContentType>,
            pub size_bytes: Vec<u64>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing PublicUploadPresignRequest".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "purpose" => intermediate_rep.purpose.push(
                        <models::UploadPurpose as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "filename" => intermediate_rep.filename.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "content_type" => intermediate_rep.content_type.push(
                        <models::UploadContentType as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "size_bytes" => intermediate_rep.size_bytes.push(
                        <u64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing PublicUploadPresignRequest".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(PublicUploadPresignRequest {
            purpose: intermediate_rep
                .purpose
                .into_iter()
                .next()
                .ok_or_else(|| "purpose missing in PublicUploadPresignRequest".to_string())?,
            filename: intermediate_rep
                .filename
                .into_iter()
                .next()
                .ok_or_else(|| "filename missing in PublicUploadPresignRequest".to_string())?,
            content_type: intermediate_rep
                .content_type
                .into_iter()
                .next()
                .ok_or_else(|| "content_type missing in PublicUploadPresignRequest".to_string())?,
            size_bytes: intermediate_rep
                .size_bytes
                .into_iter()
                .next()
                .ok_or_else(|| "size_bytes missing in PublicUploadPresignRequest".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<PublicUploadPresignRequest> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<PublicUploadPresignRequest>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<PublicUploadPresignRequest>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for PublicUploadPresignRequest - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<PublicUploadPresignRequest> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <PublicUploadPresignRequest as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into PublicUploadPresignRequest - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// A pay range: `min` ≤ `max`, in `currency`, per `period`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[serde(deny_unknown_fields)]
pub struct Salary {
    /// Lower bound in whole currency units.
    #[serde(rename = "min")]
    #[validate(range(min = 0u64, max = 1000000000u64))]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min: Option<u64>,

    /// Upper bound in whole currency units; not below `min`.
    #[serde(rename = "max")]
    #[validate(range(min = 0u64, max = 1000000000u64))]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max: Option<u64>,

    /// ISO 4217 currency code.
    #[serde(rename = "currency")]
    #[validate(
            length(min = 3, max = 3),
            regex(path = *RE_SALARY_CURRENCY),
    )]
    pub currency: String,

    /// What the amounts are per: hour, day, week, month or year.
    #[serde(rename = "period")]
    #[validate(nested)]
    pub period: models::SalaryPeriod,
}

lazy_static::lazy_static! {
    static ref RE_SALARY_CURRENCY: regex::Regex = regex::Regex::new("^[A-Z]{3}$").unwrap();
}

impl Salary {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(currency: String, period: models::SalaryPeriod) -> Salary {
        Salary {
            min: None,
            max: None,
            currency,
            period,
        }
    }
}

/// Converts the Salary value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for Salary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.min
                .as_ref()
                .map(|min| ["min".to_string(), min.to_string()].join(",")),
            self.max
                .as_ref()
                .map(|max| ["max".to_string(), max.to_string()].join(",")),
            Some("currency".to_string()),
            Some(self.currency.to_string()),
            // Skipping period in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Salary value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Salary {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub min: Vec<u64>,
            pub max: Vec<u64>,
            pub currency: Vec<String>,
            pub period: Vec<models::SalaryPeriod>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing Salary".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "min" => intermediate_rep.min.push(
                        <u64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "max" => intermediate_rep.max.push(
                        <u64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "currency" => intermediate_rep.currency.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "period" => intermediate_rep.period.push(
                        <models::SalaryPeriod as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing Salary".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Salary {
            min: intermediate_rep.min.into_iter().next(),
            max: intermediate_rep.max.into_iter().next(),
            currency: intermediate_rep
                .currency
                .into_iter()
                .next()
                .ok_or_else(|| "currency missing in Salary".to_string())?,
            period: intermediate_rep
                .period
                .into_iter()
                .next()
                .ok_or_else(|| "period missing in Salary".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Salary> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<Salary>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<Salary>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for Salary - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<Salary> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <Salary as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into Salary - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// What a salary amount is per.
/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types, clippy::large_enum_variant)]
#[repr(C)]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum SalaryPeriod {
    #[serde(rename = "hour")]
    Hour,
    #[serde(rename = "day")]
    Day,
    #[serde(rename = "week")]
    Week,
    #[serde(rename = "month")]
    Month,
    #[serde(rename = "year")]
    Year,
}

impl validator::Validate for SalaryPeriod {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {
        std::result::Result::Ok(())
    }
}

impl std::fmt::Display for SalaryPeriod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            SalaryPeriod::Hour => write!(f, "hour"),
            SalaryPeriod::Day => write!(f, "day"),
            SalaryPeriod::Week => write!(f, "week"),
            SalaryPeriod::Month => write!(f, "month"),
            SalaryPeriod::Year => write!(f, "year"),
        }
    }
}

impl std::str::FromStr for SalaryPeriod {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "hour" => std::result::Result::Ok(SalaryPeriod::Hour),
            "day" => std::result::Result::Ok(SalaryPeriod::Day),
            "week" => std::result::Result::Ok(SalaryPeriod::Week),
            "month" => std::result::Result::Ok(SalaryPeriod::Month),
            "year" => std::result::Result::Ok(SalaryPeriod::Year),
            _ => std::result::Result::Err(format!(r#"Value not valid: {s}"#)),
        }
    }
}

/// Counts of the matching jobs by department, location and employment type.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct SearchFacets {
    /// Departments among the matches, with counts.
    #[serde(rename = "departments")]
    #[validate(length(max = 1000), nested)]
    pub departments: Vec<models::FacetCount>,

    /// Languages, as plain names (e.g. `English`, `Dhivehi`); matched case- and accent-insensitively.
    #[serde(rename = "languages")]
    #[validate(length(max = 1000), nested)]
    pub languages: Vec<models::FacetCount>,

    /// Locations among the matches, with counts.
    #[serde(rename = "locations")]
    #[validate(length(max = 1000), nested)]
    pub locations: Vec<models::FacetCount>,

    /// Employment types among the matches, with counts.
    #[serde(rename = "employment_types")]
    #[validate(length(max = 100), nested)]
    pub employment_types: Vec<models::FacetCount>,
}

impl SearchFacets {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        departments: Vec<models::FacetCount>,
        languages: Vec<models::FacetCount>,
        locations: Vec<models::FacetCount>,
        employment_types: Vec<models::FacetCount>,
    ) -> SearchFacets {
        SearchFacets {
            departments,
            languages,
            locations,
            employment_types,
        }
    }
}

/// Converts the SearchFacets value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for SearchFacets {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping departments in query parameter serialization

            // Skipping languages in query parameter serialization

            // Skipping locations in query parameter serialization

            // Skipping employment_types in query parameter serialization

        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a SearchFacets value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for SearchFacets {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub departments: Vec<Vec<models::FacetCount>>,
            pub languages: Vec<Vec<models::FacetCount>>,
            pub locations: Vec<Vec<models::FacetCount>>,
            pub employment_types: Vec<Vec<models::FacetCount>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing SearchFacets".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "departments" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in SearchFacets"
                                .to_string(),
                        );
                    }
                    "languages" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in SearchFacets"
                                .to_string(),
                        );
                    }
                    "locations" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in SearchFacets"
                                .to_string(),
                        );
                    }
                    "employment_types" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in SearchFacets"
                                .to_string(),
                        );
                    }
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing SearchFacets".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(SearchFacets {
            departments: intermediate_rep
                .departments
                .into_iter()
                .next()
                .ok_or_else(|| "departments missing in SearchFacets".to_string())?,
            languages: intermediate_rep
                .languages
                .into_iter()
                .next()
                .ok_or_else(|| "languages missing in SearchFacets".to_string())?,
            locations: intermediate_rep
                .locations
                .into_iter()
                .next()
                .ok_or_else(|| "locations missing in SearchFacets".to_string())?,
            employment_types: intermediate_rep
                .employment_types
                .into_iter()
                .next()
                .ok_or_else(|| "employment_types missing in SearchFacets".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<SearchFacets> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<SearchFacets>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<SearchFacets>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for SearchFacets - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<SearchFacets> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <SearchFacets as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into SearchFacets - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// The hit's title, and about 180 characters of its description around the first match, as HTML: the text escaped, each matched word (typos and prefixes included) in `<mark>…</mark>`, `…` where the snippet cuts. Safe to insert as HTML as it is.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct SearchHighlights {
    /// The whole title, escaped, matched words marked.
    #[serde(rename = "title")]
    #[validate(length(max = 4000))]
    pub title: String,

    /// A snippet of the description as plain text, escaped, matched words marked.
    #[serde(rename = "description")]
    #[validate(length(max = 4000))]
    pub description: String,
}

impl SearchHighlights {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(title: String, description: String) -> SearchHighlights {
        SearchHighlights { title, description }
    }
}

/// Converts the SearchHighlights value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for SearchHighlights {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("title".to_string()),
            Some(self.title.to_string()),
            Some("description".to_string()),
            Some(self.description.to_string()),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a SearchHighlights value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for SearchHighlights {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub title: Vec<String>,
            pub description: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing SearchHighlights".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "title" => intermediate_rep.title.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "description" => intermediate_rep.description.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing SearchHighlights".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(SearchHighlights {
            title: intermediate_rep
                .title
                .into_iter()
                .next()
                .ok_or_else(|| "title missing in SearchHighlights".to_string())?,
            description: intermediate_rep
                .description
                .into_iter()
                .next()
                .ok_or_else(|| "description missing in SearchHighlights".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<SearchHighlights> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<SearchHighlights>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<SearchHighlights>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for SearchHighlights - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<SearchHighlights> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <SearchHighlights as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into SearchHighlights - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct Shortlist {
    /// The resource's ETag, as the `ETag` header gives it: send it as `If-Match` to change the resource, also straight from a list.
    #[serde(rename = "etag")]
    #[validate(length(max = 32))]
    pub etag: String,

    /// The job.
    #[serde(rename = "job_id")]
    pub job_id: uuid::Uuid,

    /// The shortlist's entries, ranked first.
    #[serde(rename = "entries")]
    #[validate(length(max = 500), nested)]
    pub entries: Vec<models::ShortlistEntry>,

    /// When it last changed (RFC 3339, UTC).
    #[serde(rename = "updated_at")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Nullable<chrono::DateTime<chrono::Utc>>>,
}

impl Shortlist {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        etag: String,
        job_id: uuid::Uuid,
        entries: Vec<models::ShortlistEntry>,
    ) -> Shortlist {
        Shortlist {
            etag,
            job_id,
            entries,
            updated_at: None,
        }
    }
}

/// Converts the Shortlist value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for Shortlist {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("etag".to_string()),
            Some(self.etag.to_string()),
            // Skipping job_id in query parameter serialization

            // Skipping entries in query parameter serialization

            // Skipping updated_at in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Shortlist value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Shortlist {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub etag: Vec<String>,
            pub job_id: Vec<uuid::Uuid>,
            pub entries: Vec<Vec<models::ShortlistEntry>>,
            pub updated_at: Vec<chrono::DateTime<chrono::Utc>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing Shortlist".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "etag" => intermediate_rep.etag.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "job_id" => intermediate_rep.job_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    "entries" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in Shortlist"
                                .to_string(),
                        );
                    }
                    "updated_at" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Shortlist"
                                .to_string(),
                        );
                    }
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing Shortlist".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Shortlist {
            etag: intermediate_rep
                .etag
                .into_iter()
                .next()
                .ok_or_else(|| "etag missing in Shortlist".to_string())?,
            job_id: intermediate_rep
                .job_id
                .into_iter()
                .next()
                .ok_or_else(|| "job_id missing in Shortlist".to_string())?,
            entries: intermediate_rep
                .entries
                .into_iter()
                .next()
                .ok_or_else(|| "entries missing in Shortlist".to_string())?,
            updated_at: std::result::Result::Err(
                "Nullable types not supported in Shortlist".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Shortlist> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<Shortlist>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<Shortlist>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for Shortlist - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<Shortlist> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <Shortlist as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into Shortlist - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct ShortlistEntry {
    /// The applicant (of the same employer).
    #[serde(rename = "applicant_id")]
    pub applicant_id: uuid::Uuid,

    /// The person (name and e-mail, unless erased).
    #[serde(rename = "applicant")]
    #[validate(nested)]
    pub applicant: models::ApplicantSummary,

    /// Position in the shortlist (1 first); unranked entries follow.
    #[serde(rename = "rank")]
    #[validate(range(min = 1u32, max = 1000u32))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rank: Option<Nullable<u32>>,

    /// A recruiter's score from 0 to 100.
    #[serde(rename = "score")]
    #[validate(range(min = 0u32, max = 100u32))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score: Option<Nullable<u32>>,

    /// The recruiters' notes on this entry.
    #[serde(rename = "notes")]
    #[validate(length(max = 2000))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notes: Option<Nullable<String>>,

    /// The `sub` of who added the entry.
    #[serde(rename = "added_by")]
    #[validate(length(max = 255))]
    pub added_by: String,

    /// When it was created (RFC 3339, UTC).
    #[serde(rename = "created_at")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    pub created_at: chrono::DateTime<chrono::Utc>,

    /// When it last changed (RFC 3339, UTC).
    #[serde(rename = "updated_at")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

impl ShortlistEntry {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        applicant_id: uuid::Uuid,
        applicant: models::ApplicantSummary,
        added_by: String,
        created_at: chrono::DateTime<chrono::Utc>,
        updated_at: chrono::DateTime<chrono::Utc>,
    ) -> ShortlistEntry {
        ShortlistEntry {
            applicant_id,
            applicant,
            rank: None,
            score: None,
            notes: None,
            added_by,
            created_at,
            updated_at,
        }
    }
}

/// Converts the ShortlistEntry value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ShortlistEntry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping applicant_id in query parameter serialization

            // Skipping applicant in query parameter serialization
            self.rank.as_ref().map(|rank| {
                [
                    "rank".to_string(),
                    rank.as_ref().map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.score.as_ref().map(|score| {
                [
                    "score".to_string(),
                    score.as_ref().map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.notes.as_ref().map(|notes| {
                [
                    "notes".to_string(),
                    notes.as_ref().map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            Some("added_by".to_string()),
            Some(self.added_by.to_string()),
            // Skipping created_at in query parameter serialization

            // Skipping updated_at in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ShortlistEntry value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ShortlistEntry {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub applicant_id: Vec<uuid::Uuid>,
            pub applicant: Vec<models::ApplicantSummary>,
            pub rank: Vec<u32>,
            pub score: Vec<u32>,
            pub notes: Vec<String>,
            pub added_by: Vec<String>,
            pub created_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub updated_at: Vec<chrono::DateTime<chrono::Utc>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ShortlistEntry".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "applicant_id" => intermediate_rep.applicant_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "applicant" => intermediate_rep.applicant.push(
                        <models::ApplicantSummary as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    "rank" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in ShortlistEntry"
                            .to_string(),
                    ),
                    "score" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in ShortlistEntry"
                            .to_string(),
                    ),
                    "notes" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in ShortlistEntry"
                            .to_string(),
                    ),
                    #[allow(clippy::redundant_clone)]
                    "added_by" => intermediate_rep.added_by.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "created_at" => intermediate_rep.created_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "updated_at" => intermediate_rep.updated_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing ShortlistEntry".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ShortlistEntry {
            applicant_id: intermediate_rep
                .applicant_id
                .into_iter()
                .next()
                .ok_or_else(|| "applicant_id missing in ShortlistEntry".to_string())?,
            applicant: intermediate_rep
                .applicant
                .into_iter()
                .next()
                .ok_or_else(|| "applicant missing in ShortlistEntry".to_string())?,
            rank: std::result::Result::Err(
                "Nullable types not supported in ShortlistEntry".to_string(),
            )?,
            score: std::result::Result::Err(
                "Nullable types not supported in ShortlistEntry".to_string(),
            )?,
            notes: std::result::Result::Err(
                "Nullable types not supported in ShortlistEntry".to_string(),
            )?,
            added_by: intermediate_rep
                .added_by
                .into_iter()
                .next()
                .ok_or_else(|| "added_by missing in ShortlistEntry".to_string())?,
            created_at: intermediate_rep
                .created_at
                .into_iter()
                .next()
                .ok_or_else(|| "created_at missing in ShortlistEntry".to_string())?,
            updated_at: intermediate_rep
                .updated_at
                .into_iter()
                .next()
                .ok_or_else(|| "updated_at missing in ShortlistEntry".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ShortlistEntry> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ShortlistEntry>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ShortlistEntry>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ShortlistEntry - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ShortlistEntry> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ShortlistEntry as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ShortlistEntry - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// The body of a `shortlist.entry.added` delivery: An applicant was added to a shortlist.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct ShortlistEntryAddedEvent {
    /// The event type.
    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "type")]
    pub r_type: String,

    /// When the event happened (RFC 3339, UTC, microseconds).
    #[serde(rename = "timestamp")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    pub timestamp: chrono::DateTime<chrono::Utc>,

    /// What happened, by id.
    #[serde(rename = "data")]
    #[validate(nested)]
    pub data: models::ShortlistEntryEventData,
}

impl ShortlistEntryAddedEvent {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        r_type: String,
        timestamp: chrono::DateTime<chrono::Utc>,
        data: models::ShortlistEntryEventData,
    ) -> ShortlistEntryAddedEvent {
        ShortlistEntryAddedEvent {
            r_type,
            timestamp,
            data,
        }
    }
}

/// Converts the ShortlistEntryAddedEvent value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ShortlistEntryAddedEvent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("type".to_string()),
            Some(self.r_type.to_string()),
            // Skipping timestamp in query parameter serialization

            // Skipping data in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ShortlistEntryAddedEvent value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ShortlistEntryAddedEvent {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub r_type: Vec<String>,
            pub timestamp: Vec<chrono::DateTime<chrono::Utc>>,
            pub data: Vec<models::ShortlistEntryEventData>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ShortlistEntryAddedEvent".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "type" => intermediate_rep.r_type.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "timestamp" => intermediate_rep.timestamp.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "data" => intermediate_rep.data.push(
                        <models::ShortlistEntryEventData as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing ShortlistEntryAddedEvent".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ShortlistEntryAddedEvent {
            r_type: intermediate_rep
                .r_type
                .into_iter()
                .next()
                .ok_or_else(|| "type missing in ShortlistEntryAddedEvent".to_string())?,
            timestamp: intermediate_rep
                .timestamp
                .into_iter()
                .next()
                .ok_or_else(|| "timestamp missing in ShortlistEntryAddedEvent".to_string())?,
            data: intermediate_rep
                .data
                .into_iter()
                .next()
                .ok_or_else(|| "data missing in ShortlistEntryAddedEvent".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ShortlistEntryAddedEvent> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ShortlistEntryAddedEvent>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ShortlistEntryAddedEvent>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ShortlistEntryAddedEvent - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ShortlistEntryAddedEvent> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ShortlistEntryAddedEvent as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ShortlistEntryAddedEvent - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// `shortlist.entry.added`, `updated` and `removed`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct ShortlistEntryEventData {
    /// The resource the event is about (the `object` it names).
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    /// What kind of resource `id` names.
    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "object")]
    pub object: String,

    /// The employer.
    #[serde(rename = "employer_id")]
    pub employer_id: uuid::Uuid,

    /// The job whose shortlist it is (also `id`).
    #[serde(rename = "job_id")]
    pub job_id: uuid::Uuid,

    /// The applicant of the entry.
    #[serde(rename = "applicant_id")]
    pub applicant_id: uuid::Uuid,

    /// The shortlist's version after the change.
    #[serde(rename = "version")]
    #[validate(range(min = 1u64, max = 9223372036854775807u64))]
    pub version: u64,
}

impl ShortlistEntryEventData {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        id: uuid::Uuid,
        object: String,
        employer_id: uuid::Uuid,
        job_id: uuid::Uuid,
        applicant_id: uuid::Uuid,
        version: u64,
    ) -> ShortlistEntryEventData {
        ShortlistEntryEventData {
            id,
            object,
            employer_id,
            job_id,
            applicant_id,
            version,
        }
    }
}

/// Converts the ShortlistEntryEventData value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ShortlistEntryEventData {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping id in query parameter serialization
            Some("object".to_string()),
            Some(self.object.to_string()),
            // Skipping employer_id in query parameter serialization

            // Skipping job_id in query parameter serialization

            // Skipping applicant_id in query parameter serialization
            Some("version".to_string()),
            Some(self.version.to_string()),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ShortlistEntryEventData value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ShortlistEntryEventData {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub object: Vec<String>,
            pub employer_id: Vec<uuid::Uuid>,
            pub job_id: Vec<uuid::Uuid>,
            pub applicant_id: Vec<uuid::Uuid>,
            pub version: Vec<u64>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ShortlistEntryEventData".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "object" => intermediate_rep.object.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "employer_id" => intermediate_rep.employer_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "job_id" => intermediate_rep.job_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "applicant_id" => intermediate_rep.applicant_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "version" => intermediate_rep.version.push(
                        <u64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing ShortlistEntryEventData".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ShortlistEntryEventData {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in ShortlistEntryEventData".to_string())?,
            object: intermediate_rep
                .object
                .into_iter()
                .next()
                .ok_or_else(|| "object missing in ShortlistEntryEventData".to_string())?,
            employer_id: intermediate_rep
                .employer_id
                .into_iter()
                .next()
                .ok_or_else(|| "employer_id missing in ShortlistEntryEventData".to_string())?,
            job_id: intermediate_rep
                .job_id
                .into_iter()
                .next()
                .ok_or_else(|| "job_id missing in ShortlistEntryEventData".to_string())?,
            applicant_id: intermediate_rep
                .applicant_id
                .into_iter()
                .next()
                .ok_or_else(|| "applicant_id missing in ShortlistEntryEventData".to_string())?,
            version: intermediate_rep
                .version
                .into_iter()
                .next()
                .ok_or_else(|| "version missing in ShortlistEntryEventData".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ShortlistEntryEventData> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ShortlistEntryEventData>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ShortlistEntryEventData>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ShortlistEntryEventData - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ShortlistEntryEventData> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ShortlistEntryEventData as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ShortlistEntryEventData - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[serde(deny_unknown_fields)]
pub struct ShortlistEntryInput {
    /// The applicant (of the same employer).
    #[serde(rename = "applicant_id")]
    pub applicant_id: uuid::Uuid,

    /// Position (1 first); entries without a rank follow ranked ones.
    #[serde(rename = "rank")]
    #[validate(range(min = 1u32, max = 1000u32))]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rank: Option<u32>,

    /// A recruiter's score from 0 to 100.
    #[serde(rename = "score")]
    #[validate(range(min = 0u32, max = 100u32))]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score: Option<u32>,

    /// The recruiters' notes on this entry.
    #[serde(rename = "notes")]
    #[validate(length(max = 2000))]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

impl ShortlistEntryInput {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(applicant_id: uuid::Uuid) -> ShortlistEntryInput {
        ShortlistEntryInput {
            applicant_id,
            rank: None,
            score: None,
            notes: None,
        }
    }
}

/// Converts the ShortlistEntryInput value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ShortlistEntryInput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping applicant_id in query parameter serialization
            self.rank
                .as_ref()
                .map(|rank| ["rank".to_string(), rank.to_string()].join(",")),
            self.score
                .as_ref()
                .map(|score| ["score".to_string(), score.to_string()].join(",")),
            self.notes
                .as_ref()
                .map(|notes| ["notes".to_string(), notes.to_string()].join(",")),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ShortlistEntryInput value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ShortlistEntryInput {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub applicant_id: Vec<uuid::Uuid>,
            pub rank: Vec<u32>,
            pub score: Vec<u32>,
            pub notes: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ShortlistEntryInput".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "applicant_id" => intermediate_rep.applicant_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "rank" => intermediate_rep.rank.push(
                        <u32 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "score" => intermediate_rep.score.push(
                        <u32 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "notes" => intermediate_rep.notes.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing ShortlistEntryInput".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ShortlistEntryInput {
            applicant_id: intermediate_rep
                .applicant_id
                .into_iter()
                .next()
                .ok_or_else(|| "applicant_id missing in ShortlistEntryInput".to_string())?,
            rank: intermediate_rep.rank.into_iter().next(),
            score: intermediate_rep.score.into_iter().next(),
            notes: intermediate_rep.notes.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ShortlistEntryInput> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ShortlistEntryInput>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ShortlistEntryInput>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ShortlistEntryInput - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ShortlistEntryInput> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ShortlistEntryInput as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ShortlistEntryInput - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// The body of a `shortlist.entry.removed` delivery: An applicant was removed from a shortlist.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct ShortlistEntryRemovedEvent {
    /// The event type.
    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "type")]
    pub r_type: String,

    /// When the event happened (RFC 3339, UTC, microseconds).
    #[serde(rename = "timestamp")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    pub timestamp: chrono::DateTime<chrono::Utc>,

    /// What happened, by id.
    #[serde(rename = "data")]
    #[validate(nested)]
    pub data: models::ShortlistEntryEventData,
}

impl ShortlistEntryRemovedEvent {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        r_type: String,
        timestamp: chrono::DateTime<chrono::Utc>,
        data: models::ShortlistEntryEventData,
    ) -> ShortlistEntryRemovedEvent {
        ShortlistEntryRemovedEvent {
            r_type,
            timestamp,
            data,
        }
    }
}

/// Converts the ShortlistEntryRemovedEvent value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ShortlistEntryRemovedEvent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("type".to_string()),
            Some(self.r_type.to_string()),
            // Skipping timestamp in query parameter serialization

            // Skipping data in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ShortlistEntryRemovedEvent value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ShortlistEntryRemovedEvent {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub r_type: Vec<String>,
            pub timestamp: Vec<chrono::DateTime<chrono::Utc>>,
            pub data: Vec<models::ShortlistEntryEventData>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ShortlistEntryRemovedEvent".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "type" => intermediate_rep.r_type.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "timestamp" => intermediate_rep.timestamp.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "data" => intermediate_rep.data.push(
                        <models::ShortlistEntryEventData as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing ShortlistEntryRemovedEvent".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ShortlistEntryRemovedEvent {
            r_type: intermediate_rep
                .r_type
                .into_iter()
                .next()
                .ok_or_else(|| "type missing in ShortlistEntryRemovedEvent".to_string())?,
            timestamp: intermediate_rep
                .timestamp
                .into_iter()
                .next()
                .ok_or_else(|| "timestamp missing in ShortlistEntryRemovedEvent".to_string())?,
            data: intermediate_rep
                .data
                .into_iter()
                .next()
                .ok_or_else(|| "data missing in ShortlistEntryRemovedEvent".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ShortlistEntryRemovedEvent> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ShortlistEntryRemovedEvent>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ShortlistEntryRemovedEvent>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ShortlistEntryRemovedEvent - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ShortlistEntryRemovedEvent> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ShortlistEntryRemovedEvent as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ShortlistEntryRemovedEvent - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// The body of a `shortlist.entry.updated` delivery: A shortlist entry changed.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct ShortlistEntryUpdatedEvent {
    /// The event type.
    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "type")]
    pub r_type: String,

    /// When the event happened (RFC 3339, UTC, microseconds).
    #[serde(rename = "timestamp")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    pub timestamp: chrono::DateTime<chrono::Utc>,

    /// What happened, by id.
    #[serde(rename = "data")]
    #[validate(nested)]
    pub data: models::ShortlistEntryEventData,
}

impl ShortlistEntryUpdatedEvent {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        r_type: String,
        timestamp: chrono::DateTime<chrono::Utc>,
        data: models::ShortlistEntryEventData,
    ) -> ShortlistEntryUpdatedEvent {
        ShortlistEntryUpdatedEvent {
            r_type,
            timestamp,
            data,
        }
    }
}

/// Converts the ShortlistEntryUpdatedEvent value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ShortlistEntryUpdatedEvent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("type".to_string()),
            Some(self.r_type.to_string()),
            // Skipping timestamp in query parameter serialization

            // Skipping data in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ShortlistEntryUpdatedEvent value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ShortlistEntryUpdatedEvent {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub r_type: Vec<String>,
            pub timestamp: Vec<chrono::DateTime<chrono::Utc>>,
            pub data: Vec<models::ShortlistEntryEventData>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ShortlistEntryUpdatedEvent".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "type" => intermediate_rep.r_type.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "timestamp" => intermediate_rep.timestamp.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "data" => intermediate_rep.data.push(
                        <models::ShortlistEntryEventData as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing ShortlistEntryUpdatedEvent".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ShortlistEntryUpdatedEvent {
            r_type: intermediate_rep
                .r_type
                .into_iter()
                .next()
                .ok_or_else(|| "type missing in ShortlistEntryUpdatedEvent".to_string())?,
            timestamp: intermediate_rep
                .timestamp
                .into_iter()
                .next()
                .ok_or_else(|| "timestamp missing in ShortlistEntryUpdatedEvent".to_string())?,
            data: intermediate_rep
                .data
                .into_iter()
                .next()
                .ok_or_else(|| "data missing in ShortlistEntryUpdatedEvent".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ShortlistEntryUpdatedEvent> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ShortlistEntryUpdatedEvent>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ShortlistEntryUpdatedEvent>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ShortlistEntryUpdatedEvent - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ShortlistEntryUpdatedEvent> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ShortlistEntryUpdatedEvent as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ShortlistEntryUpdatedEvent - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[serde(deny_unknown_fields)]
pub struct ShortlistReplace {
    /// The whole new list; an applicant may appear once.
    #[serde(rename = "entries")]
    #[validate(length(max = 500), nested)]
    pub entries: Vec<models::ShortlistEntryInput>,
}

impl ShortlistReplace {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(entries: Vec<models::ShortlistEntryInput>) -> ShortlistReplace {
        ShortlistReplace { entries }
    }
}

/// Converts the ShortlistReplace value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ShortlistReplace {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping entries in query parameter serialization

        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ShortlistReplace value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ShortlistReplace {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub entries: Vec<Vec<models::ShortlistEntryInput>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ShortlistReplace".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "entries" => return std::result::Result::Err(
                        "Parsing a container in this style is not supported in ShortlistReplace"
                            .to_string(),
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing ShortlistReplace".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ShortlistReplace {
            entries: intermediate_rep
                .entries
                .into_iter()
                .next()
                .ok_or_else(|| "entries missing in ShortlistReplace".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ShortlistReplace> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ShortlistReplace>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ShortlistReplace>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ShortlistReplace - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ShortlistReplace> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ShortlistReplace as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ShortlistReplace - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// The body of a `shortlist.replaced` delivery: A job's shortlist was replaced as a whole.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct ShortlistReplacedEvent {
    /// The event type.
    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "type")]
    pub r_type: String,

    /// When the event happened (RFC 3339, UTC, microseconds).
    #[serde(rename = "timestamp")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    pub timestamp: chrono::DateTime<chrono::Utc>,

    /// What happened, by id.
    #[serde(rename = "data")]
    #[validate(nested)]
    pub data: models::ShortlistReplacedEventData,
}

impl ShortlistReplacedEvent {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        r_type: String,
        timestamp: chrono::DateTime<chrono::Utc>,
        data: models::ShortlistReplacedEventData,
    ) -> ShortlistReplacedEvent {
        ShortlistReplacedEvent {
            r_type,
            timestamp,
            data,
        }
    }
}

/// Converts the ShortlistReplacedEvent value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ShortlistReplacedEvent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("type".to_string()),
            Some(self.r_type.to_string()),
            // Skipping timestamp in query parameter serialization

            // Skipping data in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ShortlistReplacedEvent value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ShortlistReplacedEvent {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub r_type: Vec<String>,
            pub timestamp: Vec<chrono::DateTime<chrono::Utc>>,
            pub data: Vec<models::ShortlistReplacedEventData>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ShortlistReplacedEvent".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "type" => intermediate_rep.r_type.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "timestamp" => intermediate_rep.timestamp.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "data" => intermediate_rep.data.push(
                        <models::ShortlistReplacedEventData as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing ShortlistReplacedEvent".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ShortlistReplacedEvent {
            r_type: intermediate_rep
                .r_type
                .into_iter()
                .next()
                .ok_or_else(|| "type missing in ShortlistReplacedEvent".to_string())?,
            timestamp: intermediate_rep
                .timestamp
                .into_iter()
                .next()
                .ok_or_else(|| "timestamp missing in ShortlistReplacedEvent".to_string())?,
            data: intermediate_rep
                .data
                .into_iter()
                .next()
                .ok_or_else(|| "data missing in ShortlistReplacedEvent".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ShortlistReplacedEvent> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ShortlistReplacedEvent>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ShortlistReplacedEvent>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ShortlistReplacedEvent - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ShortlistReplacedEvent> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ShortlistReplacedEvent as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ShortlistReplacedEvent - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// `shortlist.replaced`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct ShortlistReplacedEventData {
    /// The resource the event is about (the `object` it names).
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    /// What kind of resource `id` names.
    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "object")]
    pub object: String,

    /// The employer.
    #[serde(rename = "employer_id")]
    pub employer_id: uuid::Uuid,

    /// The job whose shortlist it is (also `id`).
    #[serde(rename = "job_id")]
    pub job_id: uuid::Uuid,

    /// Entries after the replacement.
    #[serde(rename = "entry_count")]
    #[validate(range(min = 0u32, max = 500u32))]
    pub entry_count: u32,

    /// The shortlist's version (its ETag without quotes).
    #[serde(rename = "version")]
    #[validate(range(min = 1u64, max = 9223372036854775807u64))]
    pub version: u64,
}

impl ShortlistReplacedEventData {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        id: uuid::Uuid,
        object: String,
        employer_id: uuid::Uuid,
        job_id: uuid::Uuid,
        entry_count: u32,
        version: u64,
    ) -> ShortlistReplacedEventData {
        ShortlistReplacedEventData {
            id,
            object,
            employer_id,
            job_id,
            entry_count,
            version,
        }
    }
}

/// Converts the ShortlistReplacedEventData value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ShortlistReplacedEventData {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping id in query parameter serialization
            Some("object".to_string()),
            Some(self.object.to_string()),
            // Skipping employer_id in query parameter serialization

            // Skipping job_id in query parameter serialization
            Some("entry_count".to_string()),
            Some(self.entry_count.to_string()),
            Some("version".to_string()),
            Some(self.version.to_string()),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ShortlistReplacedEventData value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ShortlistReplacedEventData {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub object: Vec<String>,
            pub employer_id: Vec<uuid::Uuid>,
            pub job_id: Vec<uuid::Uuid>,
            pub entry_count: Vec<u32>,
            pub version: Vec<u64>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ShortlistReplacedEventData".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "object" => intermediate_rep.object.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "employer_id" => intermediate_rep.employer_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "job_id" => intermediate_rep.job_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "entry_count" => intermediate_rep.entry_count.push(
                        <u32 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "version" => intermediate_rep.version.push(
                        <u64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing ShortlistReplacedEventData".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ShortlistReplacedEventData {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in ShortlistReplacedEventData".to_string())?,
            object: intermediate_rep
                .object
                .into_iter()
                .next()
                .ok_or_else(|| "object missing in ShortlistReplacedEventData".to_string())?,
            employer_id: intermediate_rep
                .employer_id
                .into_iter()
                .next()
                .ok_or_else(|| "employer_id missing in ShortlistReplacedEventData".to_string())?,
            job_id: intermediate_rep
                .job_id
                .into_iter()
                .next()
                .ok_or_else(|| "job_id missing in ShortlistReplacedEventData".to_string())?,
            entry_count: intermediate_rep
                .entry_count
                .into_iter()
                .next()
                .ok_or_else(|| "entry_count missing in ShortlistReplacedEventData".to_string())?,
            version: intermediate_rep
                .version
                .into_iter()
                .next()
                .ok_or_else(|| "version missing in ShortlistReplacedEventData".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ShortlistReplacedEventData> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ShortlistReplacedEventData>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ShortlistReplacedEventData>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ShortlistReplacedEventData - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ShortlistReplacedEventData> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ShortlistReplacedEventData as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ShortlistReplacedEventData - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// Normalized identifier of a taxonomy value (lowercase, hyphen-separated).
#[derive(Debug, Clone, PartialEq, PartialOrd, serde::Serialize, serde::Deserialize)]
pub struct Slug(pub String);

impl validator::Validate for Slug {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {
        // String alias: the stock template checked nothing here (scripts/generator).
        // Errors use the field name "" so they are reported at the member itself.

        if (self.0.chars().count() as u64) < 1 || (self.0.chars().count() as u64) > 100 {
            let mut e = validator::ValidationError::new("length");
            e.add_param("min".into(), &1u64);
            e.add_param("max".into(), &100u64);
            e.add_param("value".into(), &self.0);
            let mut errs = validator::ValidationErrors::new();
            errs.add("", e);
            return std::result::Result::Err(errs);
        }
        lazy_static::lazy_static! {
            static ref RE: regex::Regex = regex::Regex::new("^[a-z0-9]+(-[a-z0-9]+)*$").unwrap();
        }
        if !RE.is_match(&self.0) {
            let mut errs = validator::ValidationErrors::new();
            errs.add("", validator::ValidationError::new("regex"));
            return std::result::Result::Err(errs);
        }

        std::result::Result::Ok(())
    }
}

impl std::convert::From<String> for Slug {
    fn from(x: String) -> Self {
        Slug(x)
    }
}

impl std::fmt::Display for Slug {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl std::str::FromStr for Slug {
    type Err = std::string::ParseError;
    fn from_str(x: &str) -> std::result::Result<Self, Self::Err> {
        std::result::Result::Ok(Slug(x.to_string()))
    }
}

impl std::convert::From<Slug> for String {
    fn from(x: Slug) -> Self {
        x.0
    }
}

impl std::ops::Deref for Slug {
    type Target = String;
    fn deref(&self) -> &String {
        &self.0
    }
}

impl std::ops::DerefMut for Slug {
    fn deref_mut(&mut self) -> &mut String {
        &mut self.0
    }
}

/// One public submission of an application, as received.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct SubmissionRecord {
    /// Identifier of the submission (the receipt's `id`).
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    /// When the server received it (RFC 3339, UTC).
    #[serde(rename = "submitted_at")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    pub submitted_at: chrono::DateTime<chrono::Utc>,

    /// Whether an applicant token made it (its holder then sees the application under `GET /v1/me/applications`).
    #[serde(rename = "authenticated")]
    pub authenticated: bool,

    /// The cover letter sent with it; `null` when none, or erased.
    #[serde(rename = "cover_letter")]
    #[validate(length(max = 10000))]
    pub cover_letter: Nullable<String>,

    /// What was submitted, as for `submission`.
    #[serde(rename = "submission")]
    #[validate(nested)]
    pub submission: models::ApplicationSnapshot,
}

impl SubmissionRecord {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        id: uuid::Uuid,
        submitted_at: chrono::DateTime<chrono::Utc>,
        authenticated: bool,
        cover_letter: Nullable<String>,
        submission: models::ApplicationSnapshot,
    ) -> SubmissionRecord {
        SubmissionRecord {
            id,
            submitted_at,
            authenticated,
            cover_letter,
            submission,
        }
    }
}

/// Converts the SubmissionRecord value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for SubmissionRecord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping id in query parameter serialization

            // Skipping submitted_at in query parameter serialization
            Some("authenticated".to_string()),
            Some(self.authenticated.to_string()),
            Some("cover_letter".to_string()),
            Some(
                self.cover_letter
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
            // Skipping submission in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a SubmissionRecord value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for SubmissionRecord {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub submitted_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub authenticated: Vec<bool>,
            pub cover_letter: Vec<String>,
            pub submission: Vec<models::ApplicationSnapshot>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing SubmissionRecord".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(<uuid::Uuid as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "submitted_at" => intermediate_rep.submitted_at.push(<chrono::DateTime::<chrono::Utc> as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "authenticated" => intermediate_rep.authenticated.push(<bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "cover_letter" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in SubmissionRecord".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "submission" => intermediate_rep.submission.push(<models::ApplicationSnapshot as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing SubmissionRecord".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(SubmissionRecord {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in SubmissionRecord".to_string())?,
            submitted_at: intermediate_rep
                .submitted_at
                .into_iter()
                .next()
                .ok_or_else(|| "submitted_at missing in SubmissionRecord".to_string())?,
            authenticated: intermediate_rep
                .authenticated
                .into_iter()
                .next()
                .ok_or_else(|| "authenticated missing in SubmissionRecord".to_string())?,
            cover_letter: std::result::Result::Err(
                "Nullable types not supported in SubmissionRecord".to_string(),
            )?,
            submission: intermediate_rep
                .submission
                .into_iter()
                .next()
                .ok_or_else(|| "submission missing in SubmissionRecord".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<SubmissionRecord> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<SubmissionRecord>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<SubmissionRecord>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for SubmissionRecord - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<SubmissionRecord> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <SubmissionRecord as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into SubmissionRecord - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// `webhook_subscription.deleted` and `webhook_subscription.secret_rotated`: the subscription's id only.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct SubscriptionChangedEventData {
    /// The resource the event is about (the `object` it names).
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    /// What kind of resource `id` names.
    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "object")]
    pub object: String,

    /// The employer.
    #[serde(rename = "employer_id")]
    pub employer_id: uuid::Uuid,
}

impl SubscriptionChangedEventData {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        id: uuid::Uuid,
        object: String,
        employer_id: uuid::Uuid,
    ) -> SubscriptionChangedEventData {
        SubscriptionChangedEventData {
            id,
            object,
            employer_id,
        }
    }
}

/// Converts the SubscriptionChangedEventData value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for SubscriptionChangedEventData {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping id in query parameter serialization
            Some("object".to_string()),
            Some(self.object.to_string()),
            // Skipping employer_id in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a SubscriptionChangedEventData value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for SubscriptionChangedEventData {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub object: Vec<String>,
            pub employer_id: Vec<uuid::Uuid>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing SubscriptionChangedEventData".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "object" => intermediate_rep.object.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "employer_id" => intermediate_rep.employer_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing SubscriptionChangedEventData".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(SubscriptionChangedEventData {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in SubscriptionChangedEventData".to_string())?,
            object: intermediate_rep
                .object
                .into_iter()
                .next()
                .ok_or_else(|| "object missing in SubscriptionChangedEventData".to_string())?,
            employer_id: intermediate_rep
                .employer_id
                .into_iter()
                .next()
                .ok_or_else(|| "employer_id missing in SubscriptionChangedEventData".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<SubscriptionChangedEventData> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<SubscriptionChangedEventData>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<SubscriptionChangedEventData>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for SubscriptionChangedEventData - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<SubscriptionChangedEventData> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <SubscriptionChangedEventData as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into SubscriptionChangedEventData - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// `webhook_subscription.created`: a new endpoint receives the employer's events.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct SubscriptionCreatedEventData {
    /// The resource the event is about (the `object` it names).
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    /// What kind of resource `id` names.
    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "object")]
    pub object: String,

    /// The employer.
    #[serde(rename = "employer_id")]
    pub employer_id: uuid::Uuid,

    /// The events the new subscription receives.
    #[serde(rename = "events")]
    #[validate(length(max = 64), nested)]
    pub events: Vec<models::WebhookEventSelector>,
}

impl SubscriptionCreatedEventData {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        id: uuid::Uuid,
        object: String,
        employer_id: uuid::Uuid,
        events: Vec<models::WebhookEventSelector>,
    ) -> SubscriptionCreatedEventData {
        SubscriptionCreatedEventData {
            id,
            object,
            employer_id,
            events,
        }
    }
}

/// Converts the SubscriptionCreatedEventData value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for SubscriptionCreatedEventData {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping id in query parameter serialization
            Some("object".to_string()),
            Some(self.object.to_string()),
            // Skipping employer_id in query parameter serialization

            // Skipping events in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a SubscriptionCreatedEventData value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for SubscriptionCreatedEventData {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub object: Vec<String>,
            pub employer_id: Vec<uuid::Uuid>,
            pub events: Vec<Vec<models::WebhookEventSelector>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing SubscriptionCreatedEventData".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(<uuid::Uuid as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "object" => intermediate_rep.object.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "employer_id" => intermediate_rep.employer_id.push(<uuid::Uuid as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "events" => return std::result::Result::Err("Parsing a container in this style is not supported in SubscriptionCreatedEventData".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing SubscriptionCreatedEventData".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(SubscriptionCreatedEventData {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in SubscriptionCreatedEventData".to_string())?,
            object: intermediate_rep
                .object
                .into_iter()
                .next()
                .ok_or_else(|| "object missing in SubscriptionCreatedEventData".to_string())?,
            employer_id: intermediate_rep
                .employer_id
                .into_iter()
                .next()
                .ok_or_else(|| "employer_id missing in SubscriptionCreatedEventData".to_string())?,
            events: intermediate_rep
                .events
                .into_iter()
                .next()
                .ok_or_else(|| "events missing in SubscriptionCreatedEventData".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<SubscriptionCreatedEventData> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<SubscriptionCreatedEventData>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<SubscriptionCreatedEventData>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for SubscriptionCreatedEventData - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<SubscriptionCreatedEventData> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <SubscriptionCreatedEventData as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into SubscriptionCreatedEventData - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// `webhook_subscription.disabled`: delivered to the employer's other subscriptions.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct SubscriptionDisabledEventData {
    /// The resource the event is about (the `object` it names).
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    /// What kind of resource `id` names.
    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "object")]
    pub object: String,

    /// The employer.
    #[serde(rename = "employer_id")]
    pub employer_id: uuid::Uuid,

    /// Why the subscription was disabled.
    #[serde(rename = "reason")]
    #[validate(nested)]
    pub reason: models::WebhookDisabledReason,
}

impl SubscriptionDisabledEventData {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        id: uuid::Uuid,
        object: String,
        employer_id: uuid::Uuid,
        reason: models::WebhookDisabledReason,
    ) -> SubscriptionDisabledEventData {
        SubscriptionDisabledEventData {
            id,
            object,
            employer_id,
            reason,
        }
    }
}

/// Converts the SubscriptionDisabledEventData value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for SubscriptionDisabledEventData {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping id in query parameter serialization
            Some("object".to_string()),
            Some(self.object.to_string()),
            // Skipping employer_id in query parameter serialization

            // Skipping reason in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a SubscriptionDisabledEventData value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for SubscriptionDisabledEventData {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub object: Vec<String>,
            pub employer_id: Vec<uuid::Uuid>,
            pub reason: Vec<models::WebhookDisabledReason>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing SubscriptionDisabledEventData".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "object" => intermediate_rep.object.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "employer_id" => intermediate_rep.employer_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "reason" => intermediate_rep.reason.push(
                        <models::WebhookDisabledReason as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing SubscriptionDisabledEventData"
                                .to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(SubscriptionDisabledEventData {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in SubscriptionDisabledEventData".to_string())?,
            object: intermediate_rep
                .object
                .into_iter()
                .next()
                .ok_or_else(|| "object missing in SubscriptionDisabledEventData".to_string())?,
            employer_id: intermediate_rep
                .employer_id
                .into_iter()
                .next()
                .ok_or_else(|| {
                    "employer_id missing in SubscriptionDisabledEventData".to_string()
                })?,
            reason: intermediate_rep
                .reason
                .into_iter()
                .next()
                .ok_or_else(|| "reason missing in SubscriptionDisabledEventData".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<SubscriptionDisabledEventData> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<SubscriptionDisabledEventData>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<SubscriptionDisabledEventData>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for SubscriptionDisabledEventData - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<SubscriptionDisabledEventData> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <SubscriptionDisabledEventData as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into SubscriptionDisabledEventData - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// A completion for a search box.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct Suggestion {
    /// What the text is: a job title, a department or a location.
    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "kind")]
    pub kind: String,

    /// The value as published jobs spell it (search for it with `q`).
    #[serde(rename = "text")]
    #[validate(length(max = 200))]
    pub text: String,

    /// `text` as HTML: escaped, the words that matched in `<mark>`.
    #[serde(rename = "highlighted")]
    #[validate(length(max = 4000))]
    pub highlighted: String,

    /// How many published jobs have this title, department or location.
    #[serde(rename = "count")]
    #[validate(range(min = 1u64))]
    pub count: u64,
}

impl Suggestion {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(kind: String, text: String, highlighted: String, count: u64) -> Suggestion {
        Suggestion {
            kind,
            text,
            highlighted,
            count,
        }
    }
}

/// Converts the Suggestion value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for Suggestion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("kind".to_string()),
            Some(self.kind.to_string()),
            Some("text".to_string()),
            Some(self.text.to_string()),
            Some("highlighted".to_string()),
            Some(self.highlighted.to_string()),
            Some("count".to_string()),
            Some(self.count.to_string()),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Suggestion value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Suggestion {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub kind: Vec<String>,
            pub text: Vec<String>,
            pub highlighted: Vec<String>,
            pub count: Vec<u64>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing Suggestion".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "kind" => intermediate_rep.kind.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "text" => intermediate_rep.text.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "highlighted" => intermediate_rep.highlighted.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "count" => intermediate_rep.count.push(
                        <u64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing Suggestion".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Suggestion {
            kind: intermediate_rep
                .kind
                .into_iter()
                .next()
                .ok_or_else(|| "kind missing in Suggestion".to_string())?,
            text: intermediate_rep
                .text
                .into_iter()
                .next()
                .ok_or_else(|| "text missing in Suggestion".to_string())?,
            highlighted: intermediate_rep
                .highlighted
                .into_iter()
                .next()
                .ok_or_else(|| "highlighted missing in Suggestion".to_string())?,
            count: intermediate_rep
                .count
                .into_iter()
                .next()
                .ok_or_else(|| "count missing in Suggestion".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Suggestion> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<Suggestion>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<Suggestion>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for Suggestion - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<Suggestion> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <Suggestion as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into Suggestion - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct SuggestionList {
    /// The completions, best first.
    #[serde(rename = "items")]
    #[validate(length(max = 20), nested)]
    pub items: Vec<models::Suggestion>,
}

impl SuggestionList {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(items: Vec<models::Suggestion>) -> SuggestionList {
        SuggestionList { items }
    }
}

/// Converts the SuggestionList value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for SuggestionList {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping items in query parameter serialization

        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a SuggestionList value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for SuggestionList {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub items: Vec<Vec<models::Suggestion>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing SuggestionList".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "items" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in SuggestionList"
                                .to_string(),
                        );
                    }
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing SuggestionList".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(SuggestionList {
            items: intermediate_rep
                .items
                .into_iter()
                .next()
                .ok_or_else(|| "items missing in SuggestionList".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<SuggestionList> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<SuggestionList>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<SuggestionList>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for SuggestionList - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<SuggestionList> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <SuggestionList as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into SuggestionList - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct TaxonomyList {
    /// This page's items, in list order.
    #[serde(rename = "items")]
    #[validate(length(max = 100), nested)]
    pub items: Vec<models::TaxonomyTerm>,

    /// Cursor of the next page; `null` on the last page.
    #[serde(rename = "next_cursor")]
    #[validate(length(max = 1024))]
    pub next_cursor: Nullable<String>,
}

impl TaxonomyList {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(items: Vec<models::TaxonomyTerm>, next_cursor: Nullable<String>) -> TaxonomyList {
        TaxonomyList { items, next_cursor }
    }
}

/// Converts the TaxonomyList value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for TaxonomyList {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping items in query parameter serialization
            Some("next_cursor".to_string()),
            Some(
                self.next_cursor
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a TaxonomyList value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for TaxonomyList {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub items: Vec<Vec<models::TaxonomyTerm>>,
            pub next_cursor: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing TaxonomyList".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "items" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in TaxonomyList"
                                .to_string(),
                        );
                    }
                    "next_cursor" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in TaxonomyList"
                            .to_string(),
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing TaxonomyList".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(TaxonomyList {
            items: intermediate_rep
                .items
                .into_iter()
                .next()
                .ok_or_else(|| "items missing in TaxonomyList".to_string())?,
            next_cursor: std::result::Result::Err(
                "Nullable types not supported in TaxonomyList".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<TaxonomyList> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<TaxonomyList>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<TaxonomyList>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for TaxonomyList - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<TaxonomyList> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <TaxonomyList as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into TaxonomyList - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct TaxonomyTerm {
    /// Stable, URL-safe key of the value (use it in filters).
    #[serde(rename = "slug")]
    #[validate(
            length(min = 1, max = 100),
            regex(path = *RE_TAXONOMYTERM_SLUG),
    )]
    pub slug: String,

    /// The value as shown to people.
    #[serde(rename = "label")]
    #[validate(length(max = 200))]
    pub label: String,

    /// Published jobs with this value.
    #[serde(rename = "job_count")]
    #[validate(range(min = 0u64, max = 1000000000u64))]
    pub job_count: u64,
}

lazy_static::lazy_static! {
    static ref RE_TAXONOMYTERM_SLUG: regex::Regex = regex::Regex::new("^[a-z0-9]+(-[a-z0-9]+)*$").unwrap();
}

impl TaxonomyTerm {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(slug: String, label: String, job_count: u64) -> TaxonomyTerm {
        TaxonomyTerm {
            slug,
            label,
            job_count,
        }
    }
}

/// Converts the TaxonomyTerm value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for TaxonomyTerm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("slug".to_string()),
            Some(self.slug.to_string()),
            Some("label".to_string()),
            Some(self.label.to_string()),
            Some("job_count".to_string()),
            Some(self.job_count.to_string()),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a TaxonomyTerm value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for TaxonomyTerm {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub slug: Vec<String>,
            pub label: Vec<String>,
            pub job_count: Vec<u64>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing TaxonomyTerm".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "slug" => intermediate_rep.slug.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "label" => intermediate_rep.label.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "job_count" => intermediate_rep.job_count.push(
                        <u64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing TaxonomyTerm".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(TaxonomyTerm {
            slug: intermediate_rep
                .slug
                .into_iter()
                .next()
                .ok_or_else(|| "slug missing in TaxonomyTerm".to_string())?,
            label: intermediate_rep
                .label
                .into_iter()
                .next()
                .ok_or_else(|| "label missing in TaxonomyTerm".to_string())?,
            job_count: intermediate_rep
                .job_count
                .into_iter()
                .next()
                .ok_or_else(|| "job_count missing in TaxonomyTerm".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<TaxonomyTerm> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<TaxonomyTerm>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<TaxonomyTerm>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for TaxonomyTerm - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<TaxonomyTerm> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <TaxonomyTerm as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into TaxonomyTerm - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// A CV or cover letter uploaded straight to object storage, and its verification.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct Upload {
    /// Identifier of the upload.
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    /// What the file is: a CV or a cover letter.
    #[serde(rename = "purpose")]
    #[validate(nested)]
    pub purpose: models::UploadPurpose,

    /// The file's name as the person chose it (shown, never used as a storage key).
    #[serde(rename = "filename")]
    #[validate(length(max = 255))]
    pub filename: String,

    /// The file's media type; the purpose's allow-list applies.
    #[serde(rename = "content_type")]
    #[validate(nested)]
    pub content_type: models::UploadContentType,

    /// Size of the file in bytes.
    #[serde(rename = "size_bytes")]
    #[validate(range(min = 1u64))]
    pub size_bytes: u64,

    /// State of the upload.
    #[serde(rename = "status")]
    #[validate(nested)]
    pub status: models::UploadStatus,

    /// When it was created (RFC 3339, UTC).
    #[serde(rename = "created_at")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    pub created_at: chrono::DateTime<chrono::Utc>,

    /// The presigned form stops working at this time.
    #[serde(rename = "expires_at")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    pub expires_at: chrono::DateTime<chrono::Utc>,

    /// When `:complete` verified the stored file; `null` until then.
    #[serde(rename = "verified_at")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verified_at: Option<Nullable<chrono::DateTime<chrono::Utc>>>,

    /// Why `:complete` rejected the object (or why the clean-up deleted it).
    #[serde(rename = "rejection_reason")]
    #[validate(length(max = 200))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rejection_reason: Option<Nullable<String>>,

    /// SHA-256 (hex) of the verified file, which downloads serve unchanged.
    #[serde(rename = "sha256")]
    #[validate(
            regex(path = *RE_UPLOAD_SHA256),
    )]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sha256: Option<Nullable<String>>,

    /// A presigned GET of the verified object, valid for 5 minutes; only employer users see it.
    #[serde(rename = "download_url")]
    #[validate(length(max = 4096))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub download_url: Option<Nullable<String>>,
}

lazy_static::lazy_static! {
    static ref RE_UPLOAD_SHA256: regex::Regex = regex::Regex::new("^[0-9a-f]{64}$").unwrap();
}

impl Upload {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        id: uuid::Uuid,
        purpose: models::UploadPurpose,
        filename: String,
        content_type: models::UploadContentType,
        size_bytes: u64,
        status: models::UploadStatus,
        created_at: chrono::DateTime<chrono::Utc>,
        expires_at: chrono::DateTime<chrono::Utc>,
    ) -> Upload {
        Upload {
            id,
            purpose,
            filename,
            content_type,
            size_bytes,
            status,
            created_at,
            expires_at,
            verified_at: None,
            rejection_reason: None,
            sha256: None,
            download_url: None,
        }
    }
}

/// Converts the Upload value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for Upload {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping id in query parameter serialization

            // Skipping purpose in query parameter serialization
            Some("filename".to_string()),
            Some(self.filename.to_string()),
            // Skipping content_type in query parameter serialization
            Some("size_bytes".to_string()),
            Some(self.size_bytes.to_string()),
            // Skipping status in query parameter serialization

            // Skipping created_at in query parameter serialization

            // Skipping expires_at in query parameter serialization

            // Skipping verified_at in query parameter serialization
            self.rejection_reason.as_ref().map(|rejection_reason| {
                [
                    "rejection_reason".to_string(),
                    rejection_reason
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.sha256.as_ref().map(|sha256| {
                [
                    "sha256".to_string(),
                    sha256
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.download_url.as_ref().map(|download_url| {
                [
                    "download_url".to_string(),
                    download_url
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Upload value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Upload {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub purpose: Vec<models::UploadPurpose>,
            pub filename: Vec<String>,
            pub content_type: Vec<models::UploadContentType>,
            pub size_bytes: Vec<u64>,
            pub status: Vec<models::UploadStatus>,
            pub created_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub expires_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub verified_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub rejection_reason: Vec<String>,
            pub sha256: Vec<String>,
            pub download_url: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing Upload".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "purpose" => intermediate_rep.purpose.push(
                        <models::UploadPurpose as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "filename" => intermediate_rep.filename.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "content_type" => intermediate_rep.content_type.push(
                        <models::UploadContentType as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "size_bytes" => intermediate_rep.size_bytes.push(
                        <u64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "status" => intermediate_rep.status.push(
                        <models::UploadStatus as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "created_at" => intermediate_rep.created_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "expires_at" => intermediate_rep.expires_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    "verified_at" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Upload"
                                .to_string(),
                        );
                    }
                    "rejection_reason" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Upload"
                                .to_string(),
                        );
                    }
                    "sha256" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Upload"
                                .to_string(),
                        );
                    }
                    "download_url" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Upload"
                                .to_string(),
                        );
                    }
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing Upload".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Upload {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in Upload".to_string())?,
            purpose: intermediate_rep
                .purpose
                .into_iter()
                .next()
                .ok_or_else(|| "purpose missing in Upload".to_string())?,
            filename: intermediate_rep
                .filename
                .into_iter()
                .next()
                .ok_or_else(|| "filename missing in Upload".to_string())?,
            content_type: intermediate_rep
                .content_type
                .into_iter()
                .next()
                .ok_or_else(|| "content_type missing in Upload".to_string())?,
            size_bytes: intermediate_rep
                .size_bytes
                .into_iter()
                .next()
                .ok_or_else(|| "size_bytes missing in Upload".to_string())?,
            status: intermediate_rep
                .status
                .into_iter()
                .next()
                .ok_or_else(|| "status missing in Upload".to_string())?,
            created_at: intermediate_rep
                .created_at
                .into_iter()
                .next()
                .ok_or_else(|| "created_at missing in Upload".to_string())?,
            expires_at: intermediate_rep
                .expires_at
                .into_iter()
                .next()
                .ok_or_else(|| "expires_at missing in Upload".to_string())?,
            verified_at: std::result::Result::Err(
                "Nullable types not supported in Upload".to_string(),
            )?,
            rejection_reason: std::result::Result::Err(
                "Nullable types not supported in Upload".to_string(),
            )?,
            sha256: std::result::Result::Err("Nullable types not supported in Upload".to_string())?,
            download_url: std::result::Result::Err(
                "Nullable types not supported in Upload".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Upload> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<Upload>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<Upload>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for Upload - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<Upload> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <Upload as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into Upload - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// The types uploads accept: documents for `cv` and `cover_letter` (each may allow fewer), images for `logo`.
/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types, clippy::large_enum_variant)]
#[repr(C)]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum UploadContentType {
    #[serde(rename = "application/pdf")]
    ApplicationSlashPdf,
    #[serde(rename = "application/msword")]
    ApplicationSlashMsword,
    #[serde(rename = "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    ApplicationSlashVndOpenxmlformatsOfficedocumentWordprocessingmlDocument,
    #[serde(rename = "application/vnd.oasis.opendocument.text")]
    ApplicationSlashVndOasisOpendocumentText,
    #[serde(rename = "text/plain")]
    TextSlashPlain,
    #[serde(rename = "image/png")]
    ImageSlashPng,
    #[serde(rename = "image/jpeg")]
    ImageSlashJpeg,
    #[serde(rename = "image/webp")]
    ImageSlashWebp,
}

impl validator::Validate for UploadContentType {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {
        std::result::Result::Ok(())
    }
}

impl std::fmt::Display for UploadContentType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            UploadContentType::ApplicationSlashPdf => write!(f, "application/pdf"),
            UploadContentType::ApplicationSlashMsword => write!(f, "application/msword"),
            UploadContentType::ApplicationSlashVndOpenxmlformatsOfficedocumentWordprocessingmlDocument => write!(f, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            UploadContentType::ApplicationSlashVndOasisOpendocumentText => write!(f, "application/vnd.oasis.opendocument.text"),
            UploadContentType::TextSlashPlain => write!(f, "text/plain"),
            UploadContentType::ImageSlashPng => write!(f, "image/png"),
            UploadContentType::ImageSlashJpeg => write!(f, "image/jpeg"),
            UploadContentType::ImageSlashWebp => write!(f, "image/webp"),
        }
    }
}

impl std::str::FromStr for UploadContentType {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "application/pdf" => std::result::Result::Ok(UploadContentType::ApplicationSlashPdf),
            "application/msword" => std::result::Result::Ok(UploadContentType::ApplicationSlashMsword),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => std::result::Result::Ok(UploadContentType::ApplicationSlashVndOpenxmlformatsOfficedocumentWordprocessingmlDocument),
            "application/vnd.oasis.opendocument.text" => std::result::Result::Ok(UploadContentType::ApplicationSlashVndOasisOpendocumentText),
            "text/plain" => std::result::Result::Ok(UploadContentType::TextSlashPlain),
            "image/png" => std::result::Result::Ok(UploadContentType::ImageSlashPng),
            "image/jpeg" => std::result::Result::Ok(UploadContentType::ImageSlashJpeg),
            "image/webp" => std::result::Result::Ok(UploadContentType::ImageSlashWebp),
            _ => std::result::Result::Err(format!(r#"Value not valid: {s}"#)),
        }
    }
}

/// The HTTP method of a presigned upload form.
/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types, clippy::large_enum_variant)]
#[repr(C)]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum UploadMethod {
    #[serde(rename = "POST")]
    Post,
}

impl validator::Validate for UploadMethod {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {
        std::result::Result::Ok(())
    }
}

impl std::fmt::Display for UploadMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            UploadMethod::Post => write!(f, "POST"),
        }
    }
}

impl std::str::FromStr for UploadMethod {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "POST" => std::result::Result::Ok(UploadMethod::Post),
            _ => std::result::Result::Err(format!(r#"Value not valid: {s}"#)),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct UploadPresign {
    /// The upload record, `pending` until completed.
    #[serde(rename = "upload")]
    #[validate(nested)]
    pub upload: models::Upload,

    /// Where the browser POSTs the form (the bucket's URL).
    #[serde(rename = "url")]
    #[validate(
            length(max = 2048),
            regex(path = *RE_UPLOADPRESIGN_URL),
    )]
    pub url: String,

    /// The HTTP method of the upload form (always `POST`).
    #[serde(rename = "method")]
    #[validate(nested)]
    pub method: models::UploadMethod,

    /// Form fields to send before the file field, in any order.
    #[serde(rename = "fields")]
    #[validate(length(max = 20))]
    pub fields: std::collections::HashMap<String, String>,

    /// When the presigned form stops working.
    #[serde(rename = "expires_at")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    pub expires_at: chrono::DateTime<chrono::Utc>,
}

lazy_static::lazy_static! {
    static ref RE_UPLOADPRESIGN_URL: regex::Regex = regex::Regex::new("^[Hh][Tt][Tt][Pp][Ss]?://[^\\s]+$").unwrap();
}

impl UploadPresign {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        upload: models::Upload,
        url: String,
        method: models::UploadMethod,
        fields: std::collections::HashMap<String, String>,
        expires_at: chrono::DateTime<chrono::Utc>,
    ) -> UploadPresign {
        UploadPresign {
            upload,
            url,
            method,
            fields,
            expires_at,
        }
    }
}

/// Converts the UploadPresign value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for UploadPresign {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping upload in query parameter serialization
            Some("url".to_string()),
            Some(self.url.to_string()),
            // Skipping method in query parameter serialization

            // Skipping fields in query parameter serialization

            // Skipping expires_at in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a UploadPresign value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for UploadPresign {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub upload: Vec<models::Upload>,
            pub url: Vec<String>,
            pub method: Vec<models::UploadMethod>,
            pub fields: Vec<std::collections::HashMap<String, String>>,
            pub expires_at: Vec<chrono::DateTime<chrono::Utc>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing UploadPresign".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "upload" => intermediate_rep.upload.push(
                        <models::Upload as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "url" => intermediate_rep.url.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "method" => intermediate_rep.method.push(
                        <models::UploadMethod as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    "fields" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in UploadPresign"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "expires_at" => intermediate_rep.expires_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing UploadPresign".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(UploadPresign {
            upload: intermediate_rep
                .upload
                .into_iter()
                .next()
                .ok_or_else(|| "upload missing in UploadPresign".to_string())?,
            url: intermediate_rep
                .url
                .into_iter()
                .next()
                .ok_or_else(|| "url missing in UploadPresign".to_string())?,
            method: intermediate_rep
                .method
                .into_iter()
                .next()
                .ok_or_else(|| "method missing in UploadPresign".to_string())?,
            fields: intermediate_rep
                .fields
                .into_iter()
                .next()
                .ok_or_else(|| "fields missing in UploadPresign".to_string())?,
            expires_at: intermediate_rep
                .expires_at
                .into_iter()
                .next()
                .ok_or_else(|| "expires_at missing in UploadPresign".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<UploadPresign> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<UploadPresign>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<UploadPresign>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for UploadPresign - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<UploadPresign> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <UploadPresign as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into UploadPresign - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[serde(deny_unknown_fields)]
pub struct UploadPresignRequest {
    /// What the file is: a CV or a cover letter.
    #[serde(rename = "purpose")]
    #[validate(nested)]
    pub purpose: models::UploadPurpose,

    /// The file's name as the person chose it (shown, never used as a storage key).
    #[serde(rename = "filename")]
    #[validate(
            length(min = 1, max = 255),
            regex(path = *RE_UPLOADPRESIGNREQUEST_FILENAME),
    )]
    pub filename: String,

    /// The file's media type; the purpose's allow-list applies.
    #[serde(rename = "content_type")]
    #[validate(nested)]
    pub content_type: models::UploadContentType,

    /// Size of the file; `:complete` checks the stored object has exactly it.
    #[serde(rename = "size_bytes")]
    #[validate(range(min = 1u64, max = 9223372036854775807u64))]
    pub size_bytes: u64,

    /// The published job an applicant uploads for (applicants only).
    #[serde(rename = "job_id")]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub job_id: Option<uuid::Uuid>,
}

lazy_static::lazy_static! {
    static ref RE_UPLOADPRESIGNREQUEST_FILENAME: regex::Regex = regex::Regex::new("^[^/\\\\\\x00-\\x1F]+$").unwrap();
}

impl UploadPresignRequest {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        purpose: models::UploadPurpose,
        filename: String,
        content_type: models::UploadContentType,
        size_bytes: u64,
    ) -> UploadPresignRequest {
        UploadPresignRequest {
            purpose,
            filename,
            content_type,
            size_bytes,
            job_id: None,
        }
    }
}

/// Converts the UploadPresignRequest value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for UploadPresignRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping purpose in query parameter serialization
            Some("filename".to_string()),
            Some(self.filename.to_string()),
            // Skipping content_type in query parameter serialization
            Some("size_bytes".to_string()),
            Some(self.size_bytes.to_string()),
            // Skipping job_id in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a UploadPresignRequest value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for UploadPresignRequest {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub purpose: Vec<models::UploadPurpose>,
            pub filename: Vec<String>,
            pub content_type: Vec<models::UploadContentType>,
            pub size_bytes: Vec<u64>,
            pub job_id: Vec<uuid::Uuid>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing UploadPresignRequest".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "purpose" => intermediate_rep.purpose.push(
                        <models::UploadPurpose as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "filename" => intermediate_rep.filename.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "content_type" => intermediate_rep.content_type.push(
                        <models::UploadContentType as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "size_bytes" => intermediate_rep.size_bytes.push(
                        <u64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "job_id" => intermediate_rep.job_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing UploadPresignRequest".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(UploadPresignRequest {
            purpose: intermediate_rep
                .purpose
                .into_iter()
                .next()
                .ok_or_else(|| "purpose missing in UploadPresignRequest".to_string())?,
            filename: intermediate_rep
                .filename
                .into_iter()
                .next()
                .ok_or_else(|| "filename missing in UploadPresignRequest".to_string())?,
            content_type: intermediate_rep
                .content_type
                .into_iter()
                .next()
                .ok_or_else(|| "content_type missing in UploadPresignRequest".to_string())?,
            size_bytes: intermediate_rep
                .size_bytes
                .into_iter()
                .next()
                .ok_or_else(|| "size_bytes missing in UploadPresignRequest".to_string())?,
            job_id: intermediate_rep.job_id.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<UploadPresignRequest> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<UploadPresignRequest>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<UploadPresignRequest>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for UploadPresignRequest - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<UploadPresignRequest> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <UploadPresignRequest as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into UploadPresignRequest - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// What an uploaded file is for: an applicant's `cv` or `cover_letter`, or the employer's `logo` (employer users only; PNG, JPEG or WebP, at most 1 MiB).
/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types, clippy::large_enum_variant)]
#[repr(C)]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum UploadPurpose {
    #[serde(rename = "cv")]
    Cv,
    #[serde(rename = "cover_letter")]
    CoverLetter,
    #[serde(rename = "logo")]
    Logo,
}

impl validator::Validate for UploadPurpose {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {
        std::result::Result::Ok(())
    }
}

impl std::fmt::Display for UploadPurpose {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            UploadPurpose::Cv => write!(f, "cv"),
            UploadPurpose::CoverLetter => write!(f, "cover_letter"),
            UploadPurpose::Logo => write!(f, "logo"),
        }
    }
}

impl std::str::FromStr for UploadPurpose {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "cv" => std::result::Result::Ok(UploadPurpose::Cv),
            "cover_letter" => std::result::Result::Ok(UploadPurpose::CoverLetter),
            "logo" => std::result::Result::Ok(UploadPurpose::Logo),
            _ => std::result::Result::Err(format!(r#"Value not valid: {s}"#)),
        }
    }
}

/// `pending` until `:complete` checked the stored object: `verified` or `rejected`; `deleted` once erasure removed the object, or the clean-up did (never completed, rejected, or a public upload nothing named, after `JOBS_UPLOAD_UNCLAIMED_TTL`).
/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types, clippy::large_enum_variant)]
#[repr(C)]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum UploadStatus {
    #[serde(rename = "pending")]
    Pending,
    #[serde(rename = "verified")]
    Verified,
    #[serde(rename = "rejected")]
    Rejected,
    #[serde(rename = "deleted")]
    Deleted,
}

impl validator::Validate for UploadStatus {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {
        std::result::Result::Ok(())
    }
}

impl std::fmt::Display for UploadStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            UploadStatus::Pending => write!(f, "pending"),
            UploadStatus::Verified => write!(f, "verified"),
            UploadStatus::Rejected => write!(f, "rejected"),
            UploadStatus::Deleted => write!(f, "deleted"),
        }
    }
}

impl std::str::FromStr for UploadStatus {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "pending" => std::result::Result::Ok(UploadStatus::Pending),
            "verified" => std::result::Result::Ok(UploadStatus::Verified),
            "rejected" => std::result::Result::Ok(UploadStatus::Rejected),
            "deleted" => std::result::Result::Ok(UploadStatus::Deleted),
            _ => std::result::Result::Err(format!(r#"Value not valid: {s}"#)),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct WebhookAttempt {
    /// When the attempt started.
    #[serde(rename = "attempted_at")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    pub attempted_at: chrono::DateTime<chrono::Utc>,

    /// HTTP status the endpoint answered; `null` when none arrived.
    #[serde(rename = "status_code")]
    #[validate(range(min = 100u32, max = 599u32))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status_code: Option<Nullable<u32>>,

    /// How long the attempt took, in milliseconds.
    #[serde(rename = "latency_ms")]
    #[validate(range(min = 0u32))]
    pub latency_ms: u32,

    /// How the attempt ended.
    #[serde(rename = "error_class")]
    #[validate(nested)]
    pub error_class: models::WebhookErrorClass,
}

impl WebhookAttempt {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        attempted_at: chrono::DateTime<chrono::Utc>,
        latency_ms: u32,
        error_class: models::WebhookErrorClass,
    ) -> WebhookAttempt {
        WebhookAttempt {
            attempted_at,
            status_code: None,
            latency_ms,
            error_class,
        }
    }
}

/// Converts the WebhookAttempt value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for WebhookAttempt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping attempted_at in query parameter serialization
            self.status_code.as_ref().map(|status_code| {
                [
                    "status_code".to_string(),
                    status_code
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            Some("latency_ms".to_string()),
            Some(self.latency_ms.to_string()),
            // Skipping error_class in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a WebhookAttempt value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for WebhookAttempt {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub attempted_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub status_code: Vec<u32>,
            pub latency_ms: Vec<u32>,
            pub error_class: Vec<models::WebhookErrorClass>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing WebhookAttempt".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "attempted_at" => intermediate_rep.attempted_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    "status_code" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in WebhookAttempt"
                            .to_string(),
                    ),
                    #[allow(clippy::redundant_clone)]
                    "latency_ms" => intermediate_rep.latency_ms.push(
                        <u32 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "error_class" => intermediate_rep.error_class.push(
                        <models::WebhookErrorClass as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing WebhookAttempt".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(WebhookAttempt {
            attempted_at: intermediate_rep
                .attempted_at
                .into_iter()
                .next()
                .ok_or_else(|| "attempted_at missing in WebhookAttempt".to_string())?,
            status_code: std::result::Result::Err(
                "Nullable types not supported in WebhookAttempt".to_string(),
            )?,
            latency_ms: intermediate_rep
                .latency_ms
                .into_iter()
                .next()
                .ok_or_else(|| "latency_ms missing in WebhookAttempt".to_string())?,
            error_class: intermediate_rep
                .error_class
                .into_iter()
                .next()
                .ok_or_else(|| "error_class missing in WebhookAttempt".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<WebhookAttempt> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<WebhookAttempt>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<WebhookAttempt>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for WebhookAttempt - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<WebhookAttempt> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <WebhookAttempt as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into WebhookAttempt - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct WebhookDelivery {
    /// Identifier of the delivery.
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    /// The subscription.
    #[serde(rename = "subscription_id")]
    pub subscription_id: uuid::Uuid,

    /// Also the `webhook-id` header; the same across retries.
    #[serde(rename = "event_id")]
    pub event_id: uuid::Uuid,

    /// The event's type.
    #[serde(rename = "event_type")]
    #[validate(nested)]
    pub event_type: models::WebhookEventType,

    /// State of the delivery.
    #[serde(rename = "status")]
    #[validate(nested)]
    pub status: models::DeliveryStatus,

    /// How many attempts were made.
    #[serde(rename = "attempts")]
    #[validate(range(min = 0u32, max = 1000u32))]
    pub attempts: u32,

    /// HTTP status of the last attempt; `null` when none arrived (timeout, connection).
    #[serde(rename = "last_status_code")]
    #[validate(range(min = 100u32, max = 599u32))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_status_code: Option<Nullable<u32>>,

    /// What went wrong in the last attempt (never the receiver's body).
    #[serde(rename = "last_error")]
    #[validate(length(max = 500))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_error: Option<Nullable<String>>,

    /// When the next attempt is due; `null` once delivered or dead.
    #[serde(rename = "next_attempt_at")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_attempt_at: Option<Nullable<chrono::DateTime<chrono::Utc>>>,

    /// When it was created (RFC 3339, UTC).
    #[serde(rename = "created_at")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    pub created_at: chrono::DateTime<chrono::Utc>,

    /// When a 2xx answer arrived; `null` until then.
    #[serde(rename = "delivered_at")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delivered_at: Option<Nullable<chrono::DateTime<chrono::Utc>>>,

    /// The latest attempts, newest first.
    #[serde(rename = "recent_attempts")]
    #[validate(length(max = 20), nested)]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recent_attempts: Option<Vec<models::WebhookAttempt>>,
}

impl WebhookDelivery {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        id: uuid::Uuid,
        subscription_id: uuid::Uuid,
        event_id: uuid::Uuid,
        event_type: models::WebhookEventType,
        status: models::DeliveryStatus,
        attempts: u32,
        created_at: chrono::DateTime<chrono::Utc>,
    ) -> WebhookDelivery {
        WebhookDelivery {
            id,
            subscription_id,
            event_id,
            event_type,
            status,
            attempts,
            last_status_code: None,
            last_error: None,
            next_attempt_at: None,
            created_at,
            delivered_at: None,
            recent_attempts: None,
        }
    }
}

/// Converts the WebhookDelivery value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for WebhookDelivery {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping id in query parameter serialization

            // Skipping subscription_id in query parameter serialization

            // Skipping event_id in query parameter serialization

            // Skipping event_type in query parameter serialization

            // Skipping status in query parameter serialization
            Some("attempts".to_string()),
            Some(self.attempts.to_string()),
            self.last_status_code.as_ref().map(|last_status_code| {
                [
                    "last_status_code".to_string(),
                    last_status_code
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.last_error.as_ref().map(|last_error| {
                [
                    "last_error".to_string(),
                    last_error
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            // Skipping next_attempt_at in query parameter serialization

            // Skipping created_at in query parameter serialization

            // Skipping delivered_at in query parameter serialization

            // Skipping recent_attempts in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a WebhookDelivery value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for WebhookDelivery {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub subscription_id: Vec<uuid::Uuid>,
            pub event_id: Vec<uuid::Uuid>,
            pub event_type: Vec<models::WebhookEventType>,
            pub status: Vec<models::DeliveryStatus>,
            pub attempts: Vec<u32>,
            pub last_status_code: Vec<u32>,
            pub last_error: Vec<String>,
            pub next_attempt_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub created_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub delivered_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub recent_attempts: Vec<Vec<models::WebhookAttempt>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing WebhookDelivery".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "subscription_id" => intermediate_rep.subscription_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "event_id" => intermediate_rep.event_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "event_type" => intermediate_rep.event_type.push(
                        <models::WebhookEventType as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "status" => intermediate_rep.status.push(
                        <models::DeliveryStatus as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "attempts" => intermediate_rep.attempts.push(
                        <u32 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "last_status_code" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in WebhookDelivery"
                            .to_string(),
                    ),
                    "last_error" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in WebhookDelivery"
                            .to_string(),
                    ),
                    "next_attempt_at" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in WebhookDelivery"
                            .to_string(),
                    ),
                    #[allow(clippy::redundant_clone)]
                    "created_at" => intermediate_rep.created_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    "delivered_at" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in WebhookDelivery"
                            .to_string(),
                    ),
                    "recent_attempts" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in WebhookDelivery"
                                .to_string(),
                        );
                    }
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing WebhookDelivery".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(WebhookDelivery {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in WebhookDelivery".to_string())?,
            subscription_id: intermediate_rep
                .subscription_id
                .into_iter()
                .next()
                .ok_or_else(|| "subscription_id missing in WebhookDelivery".to_string())?,
            event_id: intermediate_rep
                .event_id
                .into_iter()
                .next()
                .ok_or_else(|| "event_id missing in WebhookDelivery".to_string())?,
            event_type: intermediate_rep
                .event_type
                .into_iter()
                .next()
                .ok_or_else(|| "event_type missing in WebhookDelivery".to_string())?,
            status: intermediate_rep
                .status
                .into_iter()
                .next()
                .ok_or_else(|| "status missing in WebhookDelivery".to_string())?,
            attempts: intermediate_rep
                .attempts
                .into_iter()
                .next()
                .ok_or_else(|| "attempts missing in WebhookDelivery".to_string())?,
            last_status_code: std::result::Result::Err(
                "Nullable types not supported in WebhookDelivery".to_string(),
            )?,
            last_error: std::result::Result::Err(
                "Nullable types not supported in WebhookDelivery".to_string(),
            )?,
            next_attempt_at: std::result::Result::Err(
                "Nullable types not supported in WebhookDelivery".to_string(),
            )?,
            created_at: intermediate_rep
                .created_at
                .into_iter()
                .next()
                .ok_or_else(|| "created_at missing in WebhookDelivery".to_string())?,
            delivered_at: std::result::Result::Err(
                "Nullable types not supported in WebhookDelivery".to_string(),
            )?,
            recent_attempts: intermediate_rep.recent_attempts.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<WebhookDelivery> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<WebhookDelivery>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<WebhookDelivery>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for WebhookDelivery - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<WebhookDelivery> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <WebhookDelivery as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into WebhookDelivery - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct WebhookDeliveryList {
    /// This page's items, in list order.
    #[serde(rename = "items")]
    #[validate(length(max = 100), nested)]
    pub items: Vec<models::WebhookDelivery>,

    /// Cursor of the next page; `null` on the last page.
    #[serde(rename = "next_cursor")]
    #[validate(length(max = 1024))]
    pub next_cursor: Nullable<String>,
}

impl WebhookDeliveryList {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        items: Vec<models::WebhookDelivery>,
        next_cursor: Nullable<String>,
    ) -> WebhookDeliveryList {
        WebhookDeliveryList { items, next_cursor }
    }
}

/// Converts the WebhookDeliveryList value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for WebhookDeliveryList {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping items in query parameter serialization
            Some("next_cursor".to_string()),
            Some(
                self.next_cursor
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a WebhookDeliveryList value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for WebhookDeliveryList {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub items: Vec<Vec<models::WebhookDelivery>>,
            pub next_cursor: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing WebhookDeliveryList".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "items" => return std::result::Result::Err("Parsing a container in this style is not supported in WebhookDeliveryList".to_string()),
                    "next_cursor" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in WebhookDeliveryList".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing WebhookDeliveryList".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(WebhookDeliveryList {
            items: intermediate_rep
                .items
                .into_iter()
                .next()
                .ok_or_else(|| "items missing in WebhookDeliveryList".to_string())?,
            next_cursor: std::result::Result::Err(
                "Nullable types not supported in WebhookDeliveryList".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<WebhookDeliveryList> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<WebhookDeliveryList>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<WebhookDeliveryList>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for WebhookDeliveryList - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<WebhookDeliveryList> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <WebhookDeliveryList as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into WebhookDeliveryList - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// `gone`: the endpoint answered `410 Gone`; `failing`: every attempt failed for five days.
/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types, clippy::large_enum_variant)]
#[repr(C)]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum WebhookDisabledReason {
    #[serde(rename = "gone")]
    Gone,
    #[serde(rename = "failing")]
    Failing,
}

impl validator::Validate for WebhookDisabledReason {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {
        std::result::Result::Ok(())
    }
}

impl std::fmt::Display for WebhookDisabledReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            WebhookDisabledReason::Gone => write!(f, "gone"),
            WebhookDisabledReason::Failing => write!(f, "failing"),
        }
    }
}

impl std::str::FromStr for WebhookDisabledReason {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "gone" => std::result::Result::Ok(WebhookDisabledReason::Gone),
            "failing" => std::result::Result::Ok(WebhookDisabledReason::Failing),
            _ => std::result::Result::Err(format!(r#"Value not valid: {s}"#)),
        }
    }
}

/// How an attempt ended: `ok` (2xx), `http_status` (another status; 3xx is not followed), `timeout`, `connect`, `blocked_address` (the endpoint resolved to an address deliveries may not reach), `tls`, `other`.
/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types, clippy::large_enum_variant)]
#[repr(C)]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum WebhookErrorClass {
    #[serde(rename = "ok")]
    Ok,
    #[serde(rename = "http_status")]
    HttpStatus,
    #[serde(rename = "timeout")]
    Timeout,
    #[serde(rename = "connect")]
    Connect,
    #[serde(rename = "blocked_address")]
    BlockedAddress,
    #[serde(rename = "tls")]
    Tls,
    #[serde(rename = "other")]
    Other,
}

impl validator::Validate for WebhookErrorClass {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {
        std::result::Result::Ok(())
    }
}

impl std::fmt::Display for WebhookErrorClass {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            WebhookErrorClass::Ok => write!(f, "ok"),
            WebhookErrorClass::HttpStatus => write!(f, "http_status"),
            WebhookErrorClass::Timeout => write!(f, "timeout"),
            WebhookErrorClass::Connect => write!(f, "connect"),
            WebhookErrorClass::BlockedAddress => write!(f, "blocked_address"),
            WebhookErrorClass::Tls => write!(f, "tls"),
            WebhookErrorClass::Other => write!(f, "other"),
        }
    }
}

impl std::str::FromStr for WebhookErrorClass {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "ok" => std::result::Result::Ok(WebhookErrorClass::Ok),
            "http_status" => std::result::Result::Ok(WebhookErrorClass::HttpStatus),
            "timeout" => std::result::Result::Ok(WebhookErrorClass::Timeout),
            "connect" => std::result::Result::Ok(WebhookErrorClass::Connect),
            "blocked_address" => std::result::Result::Ok(WebhookErrorClass::BlockedAddress),
            "tls" => std::result::Result::Ok(WebhookErrorClass::Tls),
            "other" => std::result::Result::Ok(WebhookErrorClass::Other),
            _ => std::result::Result::Err(format!(r#"Value not valid: {s}"#)),
        }
    }
}

/// An event type a subscription receives, or a wildcard: `*` (every event type, including types added later) or a family such as `application.*` (every type that starts with `application.`). `webhook.ping` is not selected: it is sent on request to one endpoint.
/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types, clippy::large_enum_variant)]
#[repr(C)]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum WebhookEventSelector {
    #[serde(rename = "job.created")]
    JobCreated,
    #[serde(rename = "job.updated")]
    JobUpdated,
    #[serde(rename = "job.published")]
    JobPublished,
    #[serde(rename = "job.closed")]
    JobClosed,
    #[serde(rename = "job.deleted")]
    JobDeleted,
    #[serde(rename = "application.created")]
    ApplicationCreated,
    #[serde(rename = "application.status.changed")]
    ApplicationStatusChanged,
    #[serde(rename = "application.note.added")]
    ApplicationNoteAdded,
    #[serde(rename = "application.anonymized")]
    ApplicationAnonymized,
    #[serde(rename = "application.submission.added")]
    ApplicationSubmissionAdded,
    #[serde(rename = "applicant.created")]
    ApplicantCreated,
    #[serde(rename = "applicant.updated")]
    ApplicantUpdated,
    #[serde(rename = "applicant.erased")]
    ApplicantErased,
    #[serde(rename = "shortlist.replaced")]
    ShortlistReplaced,
    #[serde(rename = "shortlist.entry.added")]
    ShortlistEntryAdded,
    #[serde(rename = "shortlist.entry.updated")]
    ShortlistEntryUpdated,
    #[serde(rename = "shortlist.entry.removed")]
    ShortlistEntryRemoved,
    #[serde(rename = "employer.updated")]
    EmployerUpdated,
    #[serde(rename = "webhook_subscription.disabled")]
    WebhookSubscriptionDisabled,
    #[serde(rename = "webhook_subscription.created")]
    WebhookSubscriptionCreated,
    #[serde(rename = "webhook_subscription.deleted")]
    WebhookSubscriptionDeleted,
    #[serde(rename = "webhook_subscription.secret_rotated")]
    WebhookSubscriptionSecretRotated,
    #[serde(rename = "*")]
    All,
    #[serde(rename = "job.*")]
    JobAll,
    #[serde(rename = "application.*")]
    ApplicationAll,
    #[serde(rename = "application.status.*")]
    ApplicationStatusAll,
    #[serde(rename = "application.note.*")]
    ApplicationNoteAll,
    #[serde(rename = "application.submission.*")]
    ApplicationSubmissionAll,
    #[serde(rename = "applicant.*")]
    ApplicantAll,
    #[serde(rename = "shortlist.*")]
    ShortlistAll,
    #[serde(rename = "shortlist.entry.*")]
    ShortlistEntryAll,
    #[serde(rename = "employer.*")]
    EmployerAll,
    #[serde(rename = "webhook_subscription.*")]
    WebhookSubscriptionAll,
}

impl validator::Validate for WebhookEventSelector {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {
        std::result::Result::Ok(())
    }
}

impl std::fmt::Display for WebhookEventSelector {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            WebhookEventSelector::JobCreated => write!(f, "job.created"),
            WebhookEventSelector::JobUpdated => write!(f, "job.updated"),
            WebhookEventSelector::JobPublished => write!(f, "job.published"),
            WebhookEventSelector::JobClosed => write!(f, "job.closed"),
            WebhookEventSelector::JobDeleted => write!(f, "job.deleted"),
            WebhookEventSelector::ApplicationCreated => write!(f, "application.created"),
            WebhookEventSelector::ApplicationStatusChanged => {
                write!(f, "application.status.changed")
            }
            WebhookEventSelector::ApplicationNoteAdded => write!(f, "application.note.added"),
            WebhookEventSelector::ApplicationAnonymized => write!(f, "application.anonymized"),
            WebhookEventSelector::ApplicationSubmissionAdded => {
                write!(f, "application.submission.added")
            }
            WebhookEventSelector::ApplicantCreated => write!(f, "applicant.created"),
            WebhookEventSelector::ApplicantUpdated => write!(f, "applicant.updated"),
            WebhookEventSelector::ApplicantErased => write!(f, "applicant.erased"),
            WebhookEventSelector::ShortlistReplaced => write!(f, "shortlist.replaced"),
            WebhookEventSelector::ShortlistEntryAdded => write!(f, "shortlist.entry.added"),
            WebhookEventSelector::ShortlistEntryUpdated => write!(f, "shortlist.entry.updated"),
            WebhookEventSelector::ShortlistEntryRemoved => write!(f, "shortlist.entry.removed"),
            WebhookEventSelector::EmployerUpdated => write!(f, "employer.updated"),
            WebhookEventSelector::WebhookSubscriptionDisabled => {
                write!(f, "webhook_subscription.disabled")
            }
            WebhookEventSelector::WebhookSubscriptionCreated => {
                write!(f, "webhook_subscription.created")
            }
            WebhookEventSelector::WebhookSubscriptionDeleted => {
                write!(f, "webhook_subscription.deleted")
            }
            WebhookEventSelector::WebhookSubscriptionSecretRotated => {
                write!(f, "webhook_subscription.secret_rotated")
            }
            WebhookEventSelector::All => write!(f, "*"),
            WebhookEventSelector::JobAll => write!(f, "job.*"),
            WebhookEventSelector::ApplicationAll => write!(f, "application.*"),
            WebhookEventSelector::ApplicationStatusAll => write!(f, "application.status.*"),
            WebhookEventSelector::ApplicationNoteAll => write!(f, "application.note.*"),
            WebhookEventSelector::ApplicationSubmissionAll => write!(f, "application.submission.*"),
            WebhookEventSelector::ApplicantAll => write!(f, "applicant.*"),
            WebhookEventSelector::ShortlistAll => write!(f, "shortlist.*"),
            WebhookEventSelector::ShortlistEntryAll => write!(f, "shortlist.entry.*"),
            WebhookEventSelector::EmployerAll => write!(f, "employer.*"),
            WebhookEventSelector::WebhookSubscriptionAll => write!(f, "webhook_subscription.*"),
        }
    }
}

impl std::str::FromStr for WebhookEventSelector {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "job.created" => std::result::Result::Ok(WebhookEventSelector::JobCreated),
            "job.updated" => std::result::Result::Ok(WebhookEventSelector::JobUpdated),
            "job.published" => std::result::Result::Ok(WebhookEventSelector::JobPublished),
            "job.closed" => std::result::Result::Ok(WebhookEventSelector::JobClosed),
            "job.deleted" => std::result::Result::Ok(WebhookEventSelector::JobDeleted),
            "application.created" => {
                std::result::Result::Ok(WebhookEventSelector::ApplicationCreated)
            }
            "application.status.changed" => {
                std::result::Result::Ok(WebhookEventSelector::ApplicationStatusChanged)
            }
            "application.note.added" => {
                std::result::Result::Ok(WebhookEventSelector::ApplicationNoteAdded)
            }
            "application.anonymized" => {
                std::result::Result::Ok(WebhookEventSelector::ApplicationAnonymized)
            }
            "application.submission.added" => {
                std::result::Result::Ok(WebhookEventSelector::ApplicationSubmissionAdded)
            }
            "applicant.created" => std::result::Result::Ok(WebhookEventSelector::ApplicantCreated),
            "applicant.updated" => std::result::Result::Ok(WebhookEventSelector::ApplicantUpdated),
            "applicant.erased" => std::result::Result::Ok(WebhookEventSelector::ApplicantErased),
            "shortlist.replaced" => {
                std::result::Result::Ok(WebhookEventSelector::ShortlistReplaced)
            }
            "shortlist.entry.added" => {
                std::result::Result::Ok(WebhookEventSelector::ShortlistEntryAdded)
            }
            "shortlist.entry.updated" => {
                std::result::Result::Ok(WebhookEventSelector::ShortlistEntryUpdated)
            }
            "shortlist.entry.removed" => {
                std::result::Result::Ok(WebhookEventSelector::ShortlistEntryRemoved)
            }
            "employer.updated" => std::result::Result::Ok(WebhookEventSelector::EmployerUpdated),
            "webhook_subscription.disabled" => {
                std::result::Result::Ok(WebhookEventSelector::WebhookSubscriptionDisabled)
            }
            "webhook_subscription.created" => {
                std::result::Result::Ok(WebhookEventSelector::WebhookSubscriptionCreated)
            }
            "webhook_subscription.deleted" => {
                std::result::Result::Ok(WebhookEventSelector::WebhookSubscriptionDeleted)
            }
            "webhook_subscription.secret_rotated" => {
                std::result::Result::Ok(WebhookEventSelector::WebhookSubscriptionSecretRotated)
            }
            "*" => std::result::Result::Ok(WebhookEventSelector::All),
            "job.*" => std::result::Result::Ok(WebhookEventSelector::JobAll),
            "application.*" => std::result::Result::Ok(WebhookEventSelector::ApplicationAll),
            "application.status.*" => {
                std::result::Result::Ok(WebhookEventSelector::ApplicationStatusAll)
            }
            "application.note.*" => {
                std::result::Result::Ok(WebhookEventSelector::ApplicationNoteAll)
            }
            "application.submission.*" => {
                std::result::Result::Ok(WebhookEventSelector::ApplicationSubmissionAll)
            }
            "applicant.*" => std::result::Result::Ok(WebhookEventSelector::ApplicantAll),
            "shortlist.*" => std::result::Result::Ok(WebhookEventSelector::ShortlistAll),
            "shortlist.entry.*" => std::result::Result::Ok(WebhookEventSelector::ShortlistEntryAll),
            "employer.*" => std::result::Result::Ok(WebhookEventSelector::EmployerAll),
            "webhook_subscription.*" => {
                std::result::Result::Ok(WebhookEventSelector::WebhookSubscriptionAll)
            }
            _ => std::result::Result::Err(format!(r#"Value not valid: {s}"#)),
        }
    }
}

/// An event type: what happened. Each has a payload schema under the contract's top-level `webhooks`.
/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types, clippy::large_enum_variant)]
#[repr(C)]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum WebhookEventType {
    #[serde(rename = "job.created")]
    JobCreated,
    #[serde(rename = "job.updated")]
    JobUpdated,
    #[serde(rename = "job.published")]
    JobPublished,
    #[serde(rename = "job.closed")]
    JobClosed,
    #[serde(rename = "job.deleted")]
    JobDeleted,
    #[serde(rename = "application.created")]
    ApplicationCreated,
    #[serde(rename = "application.status.changed")]
    ApplicationStatusChanged,
    #[serde(rename = "application.note.added")]
    ApplicationNoteAdded,
    #[serde(rename = "application.anonymized")]
    ApplicationAnonymized,
    #[serde(rename = "application.submission.added")]
    ApplicationSubmissionAdded,
    #[serde(rename = "applicant.created")]
    ApplicantCreated,
    #[serde(rename = "applicant.updated")]
    ApplicantUpdated,
    #[serde(rename = "applicant.erased")]
    ApplicantErased,
    #[serde(rename = "shortlist.replaced")]
    ShortlistReplaced,
    #[serde(rename = "shortlist.entry.added")]
    ShortlistEntryAdded,
    #[serde(rename = "shortlist.entry.updated")]
    ShortlistEntryUpdated,
    #[serde(rename = "shortlist.entry.removed")]
    ShortlistEntryRemoved,
    #[serde(rename = "employer.updated")]
    EmployerUpdated,
    #[serde(rename = "webhook_subscription.disabled")]
    WebhookSubscriptionDisabled,
    #[serde(rename = "webhook_subscription.created")]
    WebhookSubscriptionCreated,
    #[serde(rename = "webhook_subscription.deleted")]
    WebhookSubscriptionDeleted,
    #[serde(rename = "webhook_subscription.secret_rotated")]
    WebhookSubscriptionSecretRotated,
    #[serde(rename = "webhook.ping")]
    WebhookPing,
}

impl validator::Validate for WebhookEventType {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {
        std::result::Result::Ok(())
    }
}

impl std::fmt::Display for WebhookEventType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            WebhookEventType::JobCreated => write!(f, "job.created"),
            WebhookEventType::JobUpdated => write!(f, "job.updated"),
            WebhookEventType::JobPublished => write!(f, "job.published"),
            WebhookEventType::JobClosed => write!(f, "job.closed"),
            WebhookEventType::JobDeleted => write!(f, "job.deleted"),
            WebhookEventType::ApplicationCreated => write!(f, "application.created"),
            WebhookEventType::ApplicationStatusChanged => write!(f, "application.status.changed"),
            WebhookEventType::ApplicationNoteAdded => write!(f, "application.note.added"),
            WebhookEventType::ApplicationAnonymized => write!(f, "application.anonymized"),
            WebhookEventType::ApplicationSubmissionAdded => {
                write!(f, "application.submission.added")
            }
            WebhookEventType::ApplicantCreated => write!(f, "applicant.created"),
            WebhookEventType::ApplicantUpdated => write!(f, "applicant.updated"),
            WebhookEventType::ApplicantErased => write!(f, "applicant.erased"),
            WebhookEventType::ShortlistReplaced => write!(f, "shortlist.replaced"),
            WebhookEventType::ShortlistEntryAdded => write!(f, "shortlist.entry.added"),
            WebhookEventType::ShortlistEntryUpdated => write!(f, "shortlist.entry.updated"),
            WebhookEventType::ShortlistEntryRemoved => write!(f, "shortlist.entry.removed"),
            WebhookEventType::EmployerUpdated => write!(f, "employer.updated"),
            WebhookEventType::WebhookSubscriptionDisabled => {
                write!(f, "webhook_subscription.disabled")
            }
            WebhookEventType::WebhookSubscriptionCreated => {
                write!(f, "webhook_subscription.created")
            }
            WebhookEventType::WebhookSubscriptionDeleted => {
                write!(f, "webhook_subscription.deleted")
            }
            WebhookEventType::WebhookSubscriptionSecretRotated => {
                write!(f, "webhook_subscription.secret_rotated")
            }
            WebhookEventType::WebhookPing => write!(f, "webhook.ping"),
        }
    }
}

impl std::str::FromStr for WebhookEventType {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "job.created" => std::result::Result::Ok(WebhookEventType::JobCreated),
            "job.updated" => std::result::Result::Ok(WebhookEventType::JobUpdated),
            "job.published" => std::result::Result::Ok(WebhookEventType::JobPublished),
            "job.closed" => std::result::Result::Ok(WebhookEventType::JobClosed),
            "job.deleted" => std::result::Result::Ok(WebhookEventType::JobDeleted),
            "application.created" => std::result::Result::Ok(WebhookEventType::ApplicationCreated),
            "application.status.changed" => {
                std::result::Result::Ok(WebhookEventType::ApplicationStatusChanged)
            }
            "application.note.added" => {
                std::result::Result::Ok(WebhookEventType::ApplicationNoteAdded)
            }
            "application.anonymized" => {
                std::result::Result::Ok(WebhookEventType::ApplicationAnonymized)
            }
            "application.submission.added" => {
                std::result::Result::Ok(WebhookEventType::ApplicationSubmissionAdded)
            }
            "applicant.created" => std::result::Result::Ok(WebhookEventType::ApplicantCreated),
            "applicant.updated" => std::result::Result::Ok(WebhookEventType::ApplicantUpdated),
            "applicant.erased" => std::result::Result::Ok(WebhookEventType::ApplicantErased),
            "shortlist.replaced" => std::result::Result::Ok(WebhookEventType::ShortlistReplaced),
            "shortlist.entry.added" => {
                std::result::Result::Ok(WebhookEventType::ShortlistEntryAdded)
            }
            "shortlist.entry.updated" => {
                std::result::Result::Ok(WebhookEventType::ShortlistEntryUpdated)
            }
            "shortlist.entry.removed" => {
                std::result::Result::Ok(WebhookEventType::ShortlistEntryRemoved)
            }
            "employer.updated" => std::result::Result::Ok(WebhookEventType::EmployerUpdated),
            "webhook_subscription.disabled" => {
                std::result::Result::Ok(WebhookEventType::WebhookSubscriptionDisabled)
            }
            "webhook_subscription.created" => {
                std::result::Result::Ok(WebhookEventType::WebhookSubscriptionCreated)
            }
            "webhook_subscription.deleted" => {
                std::result::Result::Ok(WebhookEventType::WebhookSubscriptionDeleted)
            }
            "webhook_subscription.secret_rotated" => {
                std::result::Result::Ok(WebhookEventType::WebhookSubscriptionSecretRotated)
            }
            "webhook.ping" => std::result::Result::Ok(WebhookEventType::WebhookPing),
            _ => std::result::Result::Err(format!(r#"Value not valid: {s}"#)),
        }
    }
}

/// The body of a `webhook.ping` delivery: A test event, sent on request to one subscription through the normal delivery path.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct WebhookPingEvent {
    /// The event type.
    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "type")]
    pub r_type: String,

    /// When the event happened (RFC 3339, UTC, microseconds).
    #[serde(rename = "timestamp")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    pub timestamp: chrono::DateTime<chrono::Utc>,

    /// What happened, by id.
    #[serde(rename = "data")]
    #[validate(nested)]
    pub data: models::WebhookPingEventData,
}

impl WebhookPingEvent {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        r_type: String,
        timestamp: chrono::DateTime<chrono::Utc>,
        data: models::WebhookPingEventData,
    ) -> WebhookPingEvent {
        WebhookPingEvent {
            r_type,
            timestamp,
            data,
        }
    }
}

/// Converts the WebhookPingEvent value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for WebhookPingEvent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("type".to_string()),
            Some(self.r_type.to_string()),
            // Skipping timestamp in query parameter serialization

            // Skipping data in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a WebhookPingEvent value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for WebhookPingEvent {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub r_type: Vec<String>,
            pub timestamp: Vec<chrono::DateTime<chrono::Utc>>,
            pub data: Vec<models::WebhookPingEventData>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing WebhookPingEvent".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "type" => intermediate_rep.r_type.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "timestamp" => intermediate_rep.timestamp.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "data" => intermediate_rep.data.push(
                        <models::WebhookPingEventData as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing WebhookPingEvent".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(WebhookPingEvent {
            r_type: intermediate_rep
                .r_type
                .into_iter()
                .next()
                .ok_or_else(|| "type missing in WebhookPingEvent".to_string())?,
            timestamp: intermediate_rep
                .timestamp
                .into_iter()
                .next()
                .ok_or_else(|| "timestamp missing in WebhookPingEvent".to_string())?,
            data: intermediate_rep
                .data
                .into_iter()
                .next()
                .ok_or_else(|| "data missing in WebhookPingEvent".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<WebhookPingEvent> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<WebhookPingEvent>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<WebhookPingEvent>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for WebhookPingEvent - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<WebhookPingEvent> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <WebhookPingEvent as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into WebhookPingEvent - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// `webhook.ping`: a test event sent to one subscription on request (`:ping`).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct WebhookPingEventData {
    /// The resource the event is about (the `object` it names).
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    /// What kind of resource `id` names.
    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "object")]
    pub object: String,

    /// The employer.
    #[serde(rename = "employer_id")]
    pub employer_id: uuid::Uuid,

    /// A fixed sentence saying this is a test event.
    #[serde(rename = "message")]
    #[validate(length(max = 200))]
    pub message: String,
}

impl WebhookPingEventData {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        id: uuid::Uuid,
        object: String,
        employer_id: uuid::Uuid,
        message: String,
    ) -> WebhookPingEventData {
        WebhookPingEventData {
            id,
            object,
            employer_id,
            message,
        }
    }
}

/// Converts the WebhookPingEventData value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for WebhookPingEventData {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping id in query parameter serialization
            Some("object".to_string()),
            Some(self.object.to_string()),
            // Skipping employer_id in query parameter serialization
            Some("message".to_string()),
            Some(self.message.to_string()),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a WebhookPingEventData value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for WebhookPingEventData {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub object: Vec<String>,
            pub employer_id: Vec<uuid::Uuid>,
            pub message: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing WebhookPingEventData".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "object" => intermediate_rep.object.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "employer_id" => intermediate_rep.employer_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "message" => intermediate_rep.message.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing WebhookPingEventData".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(WebhookPingEventData {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in WebhookPingEventData".to_string())?,
            object: intermediate_rep
                .object
                .into_iter()
                .next()
                .ok_or_else(|| "object missing in WebhookPingEventData".to_string())?,
            employer_id: intermediate_rep
                .employer_id
                .into_iter()
                .next()
                .ok_or_else(|| "employer_id missing in WebhookPingEventData".to_string())?,
            message: intermediate_rep
                .message
                .into_iter()
                .next()
                .ok_or_else(|| "message missing in WebhookPingEventData".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<WebhookPingEventData> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<WebhookPingEventData>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<WebhookPingEventData>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for WebhookPingEventData - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<WebhookPingEventData> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <WebhookPingEventData as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into WebhookPingEventData - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct WebhookSubscription {
    /// Identifier of the subscription.
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    /// The endpoint deliveries are POSTed to.
    #[serde(rename = "url")]
    #[validate(
            length(max = 2048),
            regex(path = *RE_WEBHOOKSUBSCRIPTION_URL),
    )]
    pub url: String,

    /// The event types (or wildcards) delivered to this endpoint.
    #[serde(rename = "events")]
    #[validate(length(max = 64), nested)]
    pub events: Vec<models::WebhookEventSelector>,

    /// A note for the people who manage the subscription.
    #[serde(rename = "description")]
    #[validate(length(max = 500))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<Nullable<String>>,

    /// False once the endpoint answered `410 Gone` or was disabled.
    #[serde(rename = "active")]
    pub active: bool,

    /// When it was created (RFC 3339, UTC).
    #[serde(rename = "created_at")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    pub created_at: chrono::DateTime<chrono::Utc>,

    /// Why the subscription stopped: `gone` (410) or `failing` (five days of failures); `null` while active.
    #[serde(rename = "disabled_reason")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disabled_reason: Option<Nullable<models::WebhookDisabledReason>>,

    /// Start of the current run of failed attempts; `null` while healthy.
    #[serde(rename = "failing_since")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub failing_since: Option<Nullable<chrono::DateTime<chrono::Utc>>>,

    /// After a rotation, the old secret also signs until then.
    #[serde(rename = "previous_secret_expires_at")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub previous_secret_expires_at: Option<Nullable<chrono::DateTime<chrono::Utc>>>,
}

lazy_static::lazy_static! {
    static ref RE_WEBHOOKSUBSCRIPTION_URL: regex::Regex = regex::Regex::new("^[Hh][Tt][Tt][Pp][Ss]?://[^\\s]+$").unwrap();
}

impl WebhookSubscription {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        id: uuid::Uuid,
        url: String,
        events: Vec<models::WebhookEventSelector>,
        active: bool,
        created_at: chrono::DateTime<chrono::Utc>,
    ) -> WebhookSubscription {
        WebhookSubscription {
            id,
            url,
            events,
            description: None,
            active,
            created_at,
            disabled_reason: None,
            failing_since: None,
            previous_secret_expires_at: None,
        }
    }
}

/// Converts the WebhookSubscription value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for WebhookSubscription {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping id in query parameter serialization
            Some("url".to_string()),
            Some(self.url.to_string()),
            // Skipping events in query parameter serialization
            self.description.as_ref().map(|description| {
                [
                    "description".to_string(),
                    description
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            Some("active".to_string()),
            Some(self.active.to_string()),
            // Skipping created_at in query parameter serialization

            // Skipping disabled_reason in query parameter serialization

            // Skipping failing_since in query parameter serialization

            // Skipping previous_secret_expires_at in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a WebhookSubscription value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for WebhookSubscription {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub url: Vec<String>,
            pub events: Vec<Vec<models::WebhookEventSelector>>,
            pub description: Vec<String>,
            pub active: Vec<bool>,
            pub created_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub disabled_reason: Vec<models::WebhookDisabledReason>,
            pub failing_since: Vec<chrono::DateTime<chrono::Utc>>,
            pub previous_secret_expires_at: Vec<chrono::DateTime<chrono::Utc>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing WebhookSubscription".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(<uuid::Uuid as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "url" => intermediate_rep.url.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "events" => return std::result::Result::Err("Parsing a container in this style is not supported in WebhookSubscription".to_string()),
                    "description" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in WebhookSubscription".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "active" => intermediate_rep.active.push(<bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "created_at" => intermediate_rep.created_at.push(<chrono::DateTime::<chrono::Utc> as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "disabled_reason" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in WebhookSubscription".to_string()),
                    "failing_since" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in WebhookSubscription".to_string()),
                    "previous_secret_expires_at" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in WebhookSubscription".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing WebhookSubscription".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(WebhookSubscription {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in WebhookSubscription".to_string())?,
            url: intermediate_rep
                .url
                .into_iter()
                .next()
                .ok_or_else(|| "url missing in WebhookSubscription".to_string())?,
            events: intermediate_rep
                .events
                .into_iter()
                .next()
                .ok_or_else(|| "events missing in WebhookSubscription".to_string())?,
            description: std::result::Result::Err(
                "Nullable types not supported in WebhookSubscription".to_string(),
            )?,
            active: intermediate_rep
                .active
                .into_iter()
                .next()
                .ok_or_else(|| "active missing in WebhookSubscription".to_string())?,
            created_at: intermediate_rep
                .created_at
                .into_iter()
                .next()
                .ok_or_else(|| "created_at missing in WebhookSubscription".to_string())?,
            disabled_reason: std::result::Result::Err(
                "Nullable types not supported in WebhookSubscription".to_string(),
            )?,
            failing_since: std::result::Result::Err(
                "Nullable types not supported in WebhookSubscription".to_string(),
            )?,
            previous_secret_expires_at: std::result::Result::Err(
                "Nullable types not supported in WebhookSubscription".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<WebhookSubscription> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<WebhookSubscription>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<WebhookSubscription>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for WebhookSubscription - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<WebhookSubscription> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <WebhookSubscription as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into WebhookSubscription - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[serde(deny_unknown_fields)]
pub struct WebhookSubscriptionCreate {
    /// HTTPS endpoint. Plain HTTP, and hosts that are literal private, loopback or link-local addresses (or `localhost`), are refused with 422 unless the operator allowed the address (`JOBS_WEBHOOK_ALLOWED_CIDRS`). Every delivery checks the address it actually connects to again, after DNS.
    #[serde(rename = "url")]
    #[validate(
            length(max = 2048),
            regex(path = *RE_WEBHOOKSUBSCRIPTIONCREATE_URL),
    )]
    pub url: String,

    /// The event types (or wildcards) delivered to this endpoint.
    #[serde(rename = "events")]
    #[validate(length(min = 1, max = 64), nested)]
    pub events: Vec<models::WebhookEventSelector>,

    /// A note for the people who manage the subscription.
    #[serde(rename = "description")]
    #[validate(length(max = 500))]
    #[serde(default, deserialize_with = "deserialize_non_null")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_WEBHOOKSUBSCRIPTIONCREATE_URL: regex::Regex = regex::Regex::new("^[Hh][Tt][Tt][Pp][Ss]?://[^\\s]+$").unwrap();
}

impl WebhookSubscriptionCreate {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        url: String,
        events: Vec<models::WebhookEventSelector>,
    ) -> WebhookSubscriptionCreate {
        WebhookSubscriptionCreate {
            url,
            events,
            description: None,
        }
    }
}

/// Converts the WebhookSubscriptionCreate value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for WebhookSubscriptionCreate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("url".to_string()),
            Some(self.url.to_string()),
            // Skipping events in query parameter serialization
            self.description
                .as_ref()
                .map(|description| ["description".to_string(), description.to_string()].join(",")),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a WebhookSubscriptionCreate value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for WebhookSubscriptionCreate {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub url: Vec<String>,
            pub events: Vec<Vec<models::WebhookEventSelector>>,
            pub description: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing WebhookSubscriptionCreate".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "url" => intermediate_rep.url.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "events" => return std::result::Result::Err("Parsing a container in this style is not supported in WebhookSubscriptionCreate".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "description" => intermediate_rep.description.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing WebhookSubscriptionCreate".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(WebhookSubscriptionCreate {
            url: intermediate_rep
                .url
                .into_iter()
                .next()
                .ok_or_else(|| "url missing in WebhookSubscriptionCreate".to_string())?,
            events: intermediate_rep
                .events
                .into_iter()
                .next()
                .ok_or_else(|| "events missing in WebhookSubscriptionCreate".to_string())?,
            description: intermediate_rep.description.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<WebhookSubscriptionCreate> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<WebhookSubscriptionCreate>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<WebhookSubscriptionCreate>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for WebhookSubscriptionCreate - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<WebhookSubscriptionCreate> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <WebhookSubscriptionCreate as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into WebhookSubscriptionCreate - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// The body of a `webhook_subscription.created` delivery: A webhook subscription was created (a security signal for the employer's other endpoints).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct WebhookSubscriptionCreatedEvent {
    /// The event type.
    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "type")]
    pub r_type: String,

    /// When the event happened (RFC 3339, UTC, microseconds).
    #[serde(rename = "timestamp")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    pub timestamp: chrono::DateTime<chrono::Utc>,

    /// What happened, by id.
    #[serde(rename = "data")]
    #[validate(nested)]
    pub data: models::SubscriptionCreatedEventData,
}

impl WebhookSubscriptionCreatedEvent {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        r_type: String,
        timestamp: chrono::DateTime<chrono::Utc>,
        data: models::SubscriptionCreatedEventData,
    ) -> WebhookSubscriptionCreatedEvent {
        WebhookSubscriptionCreatedEvent {
            r_type,
            timestamp,
            data,
        }
    }
}

/// Converts the WebhookSubscriptionCreatedEvent value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for WebhookSubscriptionCreatedEvent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("type".to_string()),
            Some(self.r_type.to_string()),
            // Skipping timestamp in query parameter serialization

            // Skipping data in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a WebhookSubscriptionCreatedEvent value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for WebhookSubscriptionCreatedEvent {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub r_type: Vec<String>,
            pub timestamp: Vec<chrono::DateTime<chrono::Utc>>,
            pub data: Vec<models::SubscriptionCreatedEventData>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing WebhookSubscriptionCreatedEvent".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "type" => intermediate_rep.r_type.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "timestamp" => intermediate_rep.timestamp.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "data" => intermediate_rep.data.push(
                        <models::SubscriptionCreatedEventData as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing WebhookSubscriptionCreatedEvent"
                                .to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(WebhookSubscriptionCreatedEvent {
            r_type: intermediate_rep
                .r_type
                .into_iter()
                .next()
                .ok_or_else(|| "type missing in WebhookSubscriptionCreatedEvent".to_string())?,
            timestamp: intermediate_rep
                .timestamp
                .into_iter()
                .next()
                .ok_or_else(|| {
                    "timestamp missing in WebhookSubscriptionCreatedEvent".to_string()
                })?,
            data: intermediate_rep
                .data
                .into_iter()
                .next()
                .ok_or_else(|| "data missing in WebhookSubscriptionCreatedEvent".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<WebhookSubscriptionCreatedEvent> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<WebhookSubscriptionCreatedEvent>>
    for HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<WebhookSubscriptionCreatedEvent>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for WebhookSubscriptionCreatedEvent - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue>
    for header::IntoHeaderValue<WebhookSubscriptionCreatedEvent>
{
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <WebhookSubscriptionCreatedEvent as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into WebhookSubscriptionCreatedEvent - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// The body of a `webhook_subscription.deleted` delivery: A webhook subscription was deleted.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct WebhookSubscriptionDeletedEvent {
    /// The event type.
    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "type")]
    pub r_type: String,

    /// When the event happened (RFC 3339, UTC, microseconds).
    #[serde(rename = "timestamp")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    pub timestamp: chrono::DateTime<chrono::Utc>,

    /// What happened, by id.
    #[serde(rename = "data")]
    #[validate(nested)]
    pub data: models::SubscriptionChangedEventData,
}

impl WebhookSubscriptionDeletedEvent {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        r_type: String,
        timestamp: chrono::DateTime<chrono::Utc>,
        data: models::SubscriptionChangedEventData,
    ) -> WebhookSubscriptionDeletedEvent {
        WebhookSubscriptionDeletedEvent {
            r_type,
            timestamp,
            data,
        }
    }
}

/// Converts the WebhookSubscriptionDeletedEvent value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for WebhookSubscriptionDeletedEvent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("type".to_string()),
            Some(self.r_type.to_string()),
            // Skipping timestamp in query parameter serialization

            // Skipping data in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a WebhookSubscriptionDeletedEvent value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for WebhookSubscriptionDeletedEvent {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub r_type: Vec<String>,
            pub timestamp: Vec<chrono::DateTime<chrono::Utc>>,
            pub data: Vec<models::SubscriptionChangedEventData>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing WebhookSubscriptionDeletedEvent".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "type" => intermediate_rep.r_type.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "timestamp" => intermediate_rep.timestamp.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "data" => intermediate_rep.data.push(
                        <models::SubscriptionChangedEventData as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing WebhookSubscriptionDeletedEvent"
                                .to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(WebhookSubscriptionDeletedEvent {
            r_type: intermediate_rep
                .r_type
                .into_iter()
                .next()
                .ok_or_else(|| "type missing in WebhookSubscriptionDeletedEvent".to_string())?,
            timestamp: intermediate_rep
                .timestamp
                .into_iter()
                .next()
                .ok_or_else(|| {
                    "timestamp missing in WebhookSubscriptionDeletedEvent".to_string()
                })?,
            data: intermediate_rep
                .data
                .into_iter()
                .next()
                .ok_or_else(|| "data missing in WebhookSubscriptionDeletedEvent".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<WebhookSubscriptionDeletedEvent> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<WebhookSubscriptionDeletedEvent>>
    for HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<WebhookSubscriptionDeletedEvent>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for WebhookSubscriptionDeletedEvent - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue>
    for header::IntoHeaderValue<WebhookSubscriptionDeletedEvent>
{
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <WebhookSubscriptionDeletedEvent as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into WebhookSubscriptionDeletedEvent - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// The body of a `webhook_subscription.disabled` delivery: A subscription was disabled (its endpoint answered 410, or failed for five days).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct WebhookSubscriptionDisabledEvent {
    /// The event type.
    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "type")]
    pub r_type: String,

    /// When the event happened (RFC 3339, UTC, microseconds).
    #[serde(rename = "timestamp")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    pub timestamp: chrono::DateTime<chrono::Utc>,

    /// What happened, by id.
    #[serde(rename = "data")]
    #[validate(nested)]
    pub data: models::SubscriptionDisabledEventData,
}

impl WebhookSubscriptionDisabledEvent {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        r_type: String,
        timestamp: chrono::DateTime<chrono::Utc>,
        data: models::SubscriptionDisabledEventData,
    ) -> WebhookSubscriptionDisabledEvent {
        WebhookSubscriptionDisabledEvent {
            r_type,
            timestamp,
            data,
        }
    }
}

/// Converts the WebhookSubscriptionDisabledEvent value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for WebhookSubscriptionDisabledEvent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("type".to_string()),
            Some(self.r_type.to_string()),
            // Skipping timestamp in query parameter serialization

            // Skipping data in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a WebhookSubscriptionDisabledEvent value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for WebhookSubscriptionDisabledEvent {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub r_type: Vec<String>,
            pub timestamp: Vec<chrono::DateTime<chrono::Utc>>,
            pub data: Vec<models::SubscriptionDisabledEventData>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing WebhookSubscriptionDisabledEvent".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "type" => intermediate_rep.r_type.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "timestamp" => intermediate_rep.timestamp.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "data" => intermediate_rep.data.push(
                        <models::SubscriptionDisabledEventData as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing WebhookSubscriptionDisabledEvent"
                                .to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(WebhookSubscriptionDisabledEvent {
            r_type: intermediate_rep
                .r_type
                .into_iter()
                .next()
                .ok_or_else(|| "type missing in WebhookSubscriptionDisabledEvent".to_string())?,
            timestamp: intermediate_rep
                .timestamp
                .into_iter()
                .next()
                .ok_or_else(|| {
                    "timestamp missing in WebhookSubscriptionDisabledEvent".to_string()
                })?,
            data: intermediate_rep
                .data
                .into_iter()
                .next()
                .ok_or_else(|| "data missing in WebhookSubscriptionDisabledEvent".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<WebhookSubscriptionDisabledEvent> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<WebhookSubscriptionDisabledEvent>>
    for HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<WebhookSubscriptionDisabledEvent>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for WebhookSubscriptionDisabledEvent - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue>
    for header::IntoHeaderValue<WebhookSubscriptionDisabledEvent>
{
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <WebhookSubscriptionDisabledEvent as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into WebhookSubscriptionDisabledEvent - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct WebhookSubscriptionList {
    /// This page's items, in list order.
    #[serde(rename = "items")]
    #[validate(length(max = 100), nested)]
    pub items: Vec<models::WebhookSubscription>,

    /// Cursor of the next page; `null` on the last page.
    #[serde(rename = "next_cursor")]
    #[validate(length(max = 1024))]
    pub next_cursor: Nullable<String>,
}

impl WebhookSubscriptionList {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        items: Vec<models::WebhookSubscription>,
        next_cursor: Nullable<String>,
    ) -> WebhookSubscriptionList {
        WebhookSubscriptionList { items, next_cursor }
    }
}

/// Converts the WebhookSubscriptionList value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for WebhookSubscriptionList {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping items in query parameter serialization
            Some("next_cursor".to_string()),
            Some(
                self.next_cursor
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a WebhookSubscriptionList value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for WebhookSubscriptionList {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub items: Vec<Vec<models::WebhookSubscription>>,
            pub next_cursor: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing WebhookSubscriptionList".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "items" => return std::result::Result::Err("Parsing a container in this style is not supported in WebhookSubscriptionList".to_string()),
                    "next_cursor" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in WebhookSubscriptionList".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing WebhookSubscriptionList".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(WebhookSubscriptionList {
            items: intermediate_rep
                .items
                .into_iter()
                .next()
                .ok_or_else(|| "items missing in WebhookSubscriptionList".to_string())?,
            next_cursor: std::result::Result::Err(
                "Nullable types not supported in WebhookSubscriptionList".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<WebhookSubscriptionList> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<WebhookSubscriptionList>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<WebhookSubscriptionList>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for WebhookSubscriptionList - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<WebhookSubscriptionList> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <WebhookSubscriptionList as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into WebhookSubscriptionList - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// The body of a `webhook_subscription.secret_rotated` delivery: A subscription's signing secret was rotated.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct WebhookSubscriptionSecretRotatedEvent {
    /// The event type.
    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "type")]
    pub r_type: String,

    /// When the event happened (RFC 3339, UTC, microseconds).
    #[serde(rename = "timestamp")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    pub timestamp: chrono::DateTime<chrono::Utc>,

    /// What happened, by id.
    #[serde(rename = "data")]
    #[validate(nested)]
    pub data: models::SubscriptionChangedEventData,
}

impl WebhookSubscriptionSecretRotatedEvent {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        r_type: String,
        timestamp: chrono::DateTime<chrono::Utc>,
        data: models::SubscriptionChangedEventData,
    ) -> WebhookSubscriptionSecretRotatedEvent {
        WebhookSubscriptionSecretRotatedEvent {
            r_type,
            timestamp,
            data,
        }
    }
}

/// Converts the WebhookSubscriptionSecretRotatedEvent value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for WebhookSubscriptionSecretRotatedEvent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("type".to_string()),
            Some(self.r_type.to_string()),
            // Skipping timestamp in query parameter serialization

            // Skipping data in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a WebhookSubscriptionSecretRotatedEvent value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for WebhookSubscriptionSecretRotatedEvent {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub r_type: Vec<String>,
            pub timestamp: Vec<chrono::DateTime<chrono::Utc>>,
            pub data: Vec<models::SubscriptionChangedEventData>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing WebhookSubscriptionSecretRotatedEvent"
                            .to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "type" => intermediate_rep.r_type.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "timestamp" => intermediate_rep.timestamp.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "data" => intermediate_rep.data.push(
                        <models::SubscriptionChangedEventData as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing WebhookSubscriptionSecretRotatedEvent"
                                .to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(WebhookSubscriptionSecretRotatedEvent {
            r_type: intermediate_rep.r_type.into_iter().next().ok_or_else(|| {
                "type missing in WebhookSubscriptionSecretRotatedEvent".to_string()
            })?,
            timestamp: intermediate_rep
                .timestamp
                .into_iter()
                .next()
                .ok_or_else(|| {
                    "timestamp missing in WebhookSubscriptionSecretRotatedEvent".to_string()
                })?,
            data: intermediate_rep.data.into_iter().next().ok_or_else(|| {
                "data missing in WebhookSubscriptionSecretRotatedEvent".to_string()
            })?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<WebhookSubscriptionSecretRotatedEvent> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<WebhookSubscriptionSecretRotatedEvent>>
    for HeaderValue
{
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<WebhookSubscriptionSecretRotatedEvent>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for WebhookSubscriptionSecretRotatedEvent - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue>
    for header::IntoHeaderValue<WebhookSubscriptionSecretRotatedEvent>
{
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <WebhookSubscriptionSecretRotatedEvent as std::str::FromStr>::from_str(value)
                {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into WebhookSubscriptionSecretRotatedEvent - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
pub struct WebhookSubscriptionWithSecret {
    /// Identifier of the subscription.
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    /// The endpoint deliveries are POSTed to.
    #[serde(rename = "url")]
    #[validate(
            length(max = 2048),
            regex(path = *RE_WEBHOOKSUBSCRIPTIONWITHSECRET_URL),
    )]
    pub url: String,

    /// The event types (or wildcards) delivered to this endpoint.
    #[serde(rename = "events")]
    #[validate(length(max = 64), nested)]
    pub events: Vec<models::WebhookEventSelector>,

    /// A note for the people who manage the subscription.
    #[serde(rename = "description")]
    #[validate(length(max = 500))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<Nullable<String>>,

    /// False once the endpoint answered `410 Gone` or failed for five days.
    #[serde(rename = "active")]
    pub active: bool,

    /// When it was created (RFC 3339, UTC).
    #[serde(rename = "created_at")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    pub created_at: chrono::DateTime<chrono::Utc>,

    /// Why the subscription stopped: `gone` (410) or `failing` (five days of failures); `null` while active.
    #[serde(rename = "disabled_reason")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disabled_reason: Option<Nullable<models::WebhookDisabledReason>>,

    /// Start of the current run of failed attempts; `null` while healthy.
    #[serde(rename = "failing_since")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub failing_since: Option<Nullable<chrono::DateTime<chrono::Utc>>>,

    /// After a rotation, the old secret also signs until then.
    #[serde(rename = "previous_secret_expires_at")]
    #[serde(serialize_with = "crate::rfc3339::serialize")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub previous_secret_expires_at: Option<Nullable<chrono::DateTime<chrono::Utc>>>,

    /// Signing secret (`whsec_` + base64); shown only in this response.
    #[serde(rename = "secret")]
    #[validate(length(max = 128))]
    pub secret: String,
}

lazy_static::lazy_static! {
    static ref RE_WEBHOOKSUBSCRIPTIONWITHSECRET_URL: regex::Regex = regex::Regex::new("^[Hh][Tt][Tt][Pp][Ss]?://[^\\s]+$").unwrap();
}

impl WebhookSubscriptionWithSecret {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        id: uuid::Uuid,
        url: String,
        events: Vec<models::WebhookEventSelector>,
        active: bool,
        created_at: chrono::DateTime<chrono::Utc>,
        secret: String,
    ) -> WebhookSubscriptionWithSecret {
        WebhookSubscriptionWithSecret {
            id,
            url,
            events,
            description: None,
            active,
            created_at,
            disabled_reason: None,
            failing_since: None,
            previous_secret_expires_at: None,
            secret,
        }
    }
}

/// Converts the WebhookSubscriptionWithSecret value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for WebhookSubscriptionWithSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping id in query parameter serialization
            Some("url".to_string()),
            Some(self.url.to_string()),
            // Skipping events in query parameter serialization
            self.description.as_ref().map(|description| {
                [
                    "description".to_string(),
                    description
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            Some("active".to_string()),
            Some(self.active.to_string()),
            // Skipping created_at in query parameter serialization

            // Skipping disabled_reason in query parameter serialization

            // Skipping failing_since in query parameter serialization

            // Skipping previous_secret_expires_at in query parameter serialization
            Some("secret".to_string()),
            Some(self.secret.to_string()),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a WebhookSubscriptionWithSecret value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for WebhookSubscriptionWithSecret {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub url: Vec<String>,
            pub events: Vec<Vec<models::WebhookEventSelector>>,
            pub description: Vec<String>,
            pub active: Vec<bool>,
            pub created_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub disabled_reason: Vec<models::WebhookDisabledReason>,
            pub failing_since: Vec<chrono::DateTime<chrono::Utc>>,
            pub previous_secret_expires_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub secret: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing WebhookSubscriptionWithSecret".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(<uuid::Uuid as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "url" => intermediate_rep.url.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "events" => return std::result::Result::Err("Parsing a container in this style is not supported in WebhookSubscriptionWithSecret".to_string()),
                    "description" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in WebhookSubscriptionWithSecret".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "active" => intermediate_rep.active.push(<bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "created_at" => intermediate_rep.created_at.push(<chrono::DateTime::<chrono::Utc> as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "disabled_reason" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in WebhookSubscriptionWithSecret".to_string()),
                    "failing_since" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in WebhookSubscriptionWithSecret".to_string()),
                    "previous_secret_expires_at" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in WebhookSubscriptionWithSecret".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "secret" => intermediate_rep.secret.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing WebhookSubscriptionWithSecret".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(WebhookSubscriptionWithSecret {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in WebhookSubscriptionWithSecret".to_string())?,
            url: intermediate_rep
                .url
                .into_iter()
                .next()
                .ok_or_else(|| "url missing in WebhookSubscriptionWithSecret".to_string())?,
            events: intermediate_rep
                .events
                .into_iter()
                .next()
                .ok_or_else(|| "events missing in WebhookSubscriptionWithSecret".to_string())?,
            description: std::result::Result::Err(
                "Nullable types not supported in WebhookSubscriptionWithSecret".to_string(),
            )?,
            active: intermediate_rep
                .active
                .into_iter()
                .next()
                .ok_or_else(|| "active missing in WebhookSubscriptionWithSecret".to_string())?,
            created_at: intermediate_rep
                .created_at
                .into_iter()
                .next()
                .ok_or_else(|| "created_at missing in WebhookSubscriptionWithSecret".to_string())?,
            disabled_reason: std::result::Result::Err(
                "Nullable types not supported in WebhookSubscriptionWithSecret".to_string(),
            )?,
            failing_since: std::result::Result::Err(
                "Nullable types not supported in WebhookSubscriptionWithSecret".to_string(),
            )?,
            previous_secret_expires_at: std::result::Result::Err(
                "Nullable types not supported in WebhookSubscriptionWithSecret".to_string(),
            )?,
            secret: intermediate_rep
                .secret
                .into_iter()
                .next()
                .ok_or_else(|| "secret missing in WebhookSubscriptionWithSecret".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<WebhookSubscriptionWithSecret> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<WebhookSubscriptionWithSecret>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<WebhookSubscriptionWithSecret>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for WebhookSubscriptionWithSecret - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<WebhookSubscriptionWithSecret> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <WebhookSubscriptionWithSecret as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into WebhookSubscriptionWithSecret - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// Where the work is done: on site, hybrid or remote.
/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types, clippy::large_enum_variant)]
#[repr(C)]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum WorkplaceType {
    #[serde(rename = "on_site")]
    OnSite,
    #[serde(rename = "hybrid")]
    Hybrid,
    #[serde(rename = "remote")]
    Remote,
}

impl validator::Validate for WorkplaceType {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {
        std::result::Result::Ok(())
    }
}

impl std::fmt::Display for WorkplaceType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            WorkplaceType::OnSite => write!(f, "on_site"),
            WorkplaceType::Hybrid => write!(f, "hybrid"),
            WorkplaceType::Remote => write!(f, "remote"),
        }
    }
}

impl std::str::FromStr for WorkplaceType {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "on_site" => std::result::Result::Ok(WorkplaceType::OnSite),
            "hybrid" => std::result::Result::Ok(WorkplaceType::Hybrid),
            "remote" => std::result::Result::Ok(WorkplaceType::Remote),
            _ => std::result::Result::Err(format!(r#"Value not valid: {s}"#)),
        }
    }
}
