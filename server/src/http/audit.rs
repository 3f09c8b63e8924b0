//! Audit tag: the employer's audit trail (employer_admin only).

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use http::Method;
use jobs_api::apis::audit::{Audit, ListAuditEventsResponse};
use jobs_api::models;
use jobs_api::types::Nullable;

use super::convert::{employer_ctx, nullable, wire_enum};
use super::{Api, ApiError};
use crate::db::{EventFilter, EventRecord};
use crate::http::middleware::identity::Caller;
use crate::usecases::audit as uc;

#[async_trait]
impl Audit<ApiError> for Api {
    type Claims = Caller;

    async fn list_audit_events(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        query_params: &models::ListAuditEventsQueryParams,
    ) -> Result<ListAuditEventsResponse, ApiError> {
        let ctx = employer_ctx(claims)?;
        let filter = EventFilter {
            entity_types: query_params.entity_type.map(|t| vec![t.to_string()]),
            entity_id: query_params.entity_id,
            action: query_params.action.clone(),
            since: query_params.since,
            until: query_params.until,
        };
        let page = uc::list(
            &self.services.db,
            &self.services.cursors,
            &ctx,
            filter,
            query_params.cursor.as_deref(),
            query_params.limit,
        )
        .await?;
        let items = page
            .items
            .iter()
            .map(event_model)
            .collect::<Result<Vec<_>, _>>()?;
        Ok(ListAuditEventsResponse::Status200_OK(
            models::AuditEventList::new(
                items,
                match page.next_cursor {
                    Some(c) => Nullable::Present(c),
                    None => Nullable::Null,
                },
            ),
        ))
    }
}

/// An outbox event as an audit entry. Only the names of changed members are shown: payloads
/// never carry personal data, and values stay out of the trail altogether.
fn event_model(e: &EventRecord) -> Result<models::AuditEvent, ApiError> {
    let changed_fields = e
        .payload
        .get("changed_fields")
        .and_then(|v| v.as_array())
        .map(|names| {
            names
                .iter()
                .filter_map(|n| n.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    Ok(models::AuditEvent {
        id: e.id,
        occurred_at: e.occurred_at,
        actor: e.actor.clone(),
        action: e.event_type.clone(),
        entity_type: wire_enum(&e.entity_type)?,
        entity_id: e.entity_id,
        changed_fields,
        changes: None,
        request_id: nullable(e.request_id.clone()),
    })
}
