//! Events tag: the employer's events, oldest first, with the bodies their webhooks carry.

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use http::Method;
use jobs_api::apis::events::{Events, ListEventsResponse};
use jobs_api::models;
use jobs_api::types::Nullable;

use super::convert::employer_ctx;
use super::{Api, ApiError};
use crate::db::FeedEvent;
use crate::http::middleware::identity::Caller;
use crate::usecases::events as uc;

#[async_trait]
impl Events<ApiError> for Api {
    type Claims = Caller;

    async fn list_events(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        query_params: &models::ListEventsQueryParams,
    ) -> Result<ListEventsResponse, ApiError> {
        let ctx = employer_ctx(claims)?;
        let selector = query_params.r#type.map(|t| t.to_string());
        let page = uc::list(
            &self.services.db,
            &self.services.cursors,
            &ctx,
            selector.as_deref(),
            query_params.since,
            query_params.cursor.as_deref(),
            query_params.limit,
        )
        .await?;
        let items = page
            .items
            .iter()
            .map(event_model)
            .collect::<Result<Vec<_>, _>>()?;
        Ok(ListEventsResponse::Status200_OK(models::EventList::new(
            items,
            match page.next_cursor {
                Some(c) => Nullable::Present(c),
                None => Nullable::Null,
            },
        )))
    }
}

/// The stored body (`type`, `timestamp`, `data`, exactly as deliveries carry it) with the
/// event's id.
fn event_model(event: &FeedEvent) -> Result<models::Event, ApiError> {
    let mut body: serde_json::Value = serde_json::from_str(&event.body)
        .map_err(|e| ApiError::Internal(anyhow::anyhow!("event {} body: {e}", event.id)))?;
    body["id"] = serde_json::Value::String(event.id.to_string());
    serde_json::from_value(body)
        .map_err(|e| ApiError::Internal(anyhow::anyhow!("event {} body: {e}", event.id)))
}
