//! Applicant matching's representations: an application's match, an applicant's CV texts.

use jobs_api::models;
use jobs_api::types::Nullable;
use uuid::Uuid;

use super::convert::or_null;

use crate::db::{CvTextRecord, MatchRecord};

/// `GET /v1/applications/{id}/match`: the stored match, or `pending` before the first.
pub fn match_model(
    application_id: Uuid,
    job_id: Uuid,
    found: Option<&MatchRecord>,
) -> models::ApplicationMatch {
    let Some(found) = found else {
        return models::ApplicationMatch {
            application_id,
            job_id,
            status: "pending".into(),
            advisory: true,
            score: Nullable::Null,
            method: Nullable::Null,
            computed_at: Nullable::Null,
            explanation: Nullable::Null,
        };
    };
    // Stored by this build's scorer in the contract's shape; an unreadable one is not shown.
    let explanation = serde_json::from_value::<models::MatchExplanation>(found.explanation.clone())
        .map_or(Nullable::Null, Nullable::Present);
    models::ApplicationMatch {
        application_id,
        job_id,
        status: "scored".into(),
        advisory: true,
        score: Nullable::Present(u32::try_from(found.score).unwrap_or(0)),
        method: Nullable::Present(found.summary().method),
        computed_at: Nullable::Present(found.computed_at),
        explanation,
    }
}

pub fn cv_text_model(record: &CvTextRecord) -> models::CvText {
    models::CvText {
        upload_id: record.upload_id,
        status: record.status.clone(),
        format: or_null(record.format.clone()),
        reason: or_null(record.reason.clone()),
        text: or_null(record.text.clone()),
        created_at: record.created_at,
        extracted_at: or_null(record.extracted_at),
    }
}
