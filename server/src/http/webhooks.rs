//! Webhooks tag: thin handlers over `usecases::webhooks`.

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use http::Method;
use jobs_api::apis::webhooks::{
    CreateWebhookSubscriptionResponse, DeleteWebhookSubscriptionResponse,
    GetWebhookSubscriptionResponse, ListWebhookDeliveriesResponse,
    ListWebhookSubscriptionsResponse, PingWebhookSubscriptionResponse,
    RedeliverWebhookDeliveryResponse, RotateWebhookSecretResponse, Webhooks,
};
use jobs_api::models;
use jobs_api::types::Nullable;

use super::convert::{employer_ctx, nullable};
use super::{Api, ApiError, idempotency};
use crate::db::{DeliveryRecord, SubscriptionRecord};
use crate::http::middleware::identity::Caller;
use crate::usecases::webhooks::{self as uc, NewSubscriptionInput, Revealed};

#[async_trait]
impl Webhooks<ApiError> for Api {
    type Claims = Caller;

    async fn create_webhook_subscription(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        header_params: &models::CreateWebhookSubscriptionHeaderParams,
        body: &models::WebhookSubscriptionCreate,
    ) -> Result<CreateWebhookSubscriptionResponse, ApiError> {
        let ctx = employer_ctx(claims)?;
        let key = idempotency::claim(
            format!("sub:{}", ctx.sub),
            &header_params.idempotency_key,
            "createWebhookSubscription",
            body,
        )?;
        let input = NewSubscriptionInput {
            url: body.url.clone(),
            events: body.events.iter().map(ToString::to_string).collect(),
            description: body.description.clone(),
        };
        let created = uc::create(
            &self.services.db,
            &self.services.webhooks,
            &ctx,
            input,
            &key,
            |revealed| {
                // The stored response never holds the secret (a replay opens it again).
                let mut stored = with_secret(revealed);
                stored.secret = String::new();
                idempotency::stored(
                    http::StatusCode::CREATED,
                    &[(
                        "location",
                        &format!("/v1/webhooks/subscriptions/{}", revealed.record.id),
                    )],
                    &stored,
                )
            },
        )
        .await?;
        let revealed = idempotency::fresh(created)?;
        Ok(CreateWebhookSubscriptionResponse::Status201_Created {
            location: format!("/v1/webhooks/subscriptions/{}", revealed.record.id),
            body: with_secret(&revealed),
        })
    }

    async fn delete_webhook_subscription(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        path_params: &models::DeleteWebhookSubscriptionPathParams,
    ) -> Result<DeleteWebhookSubscriptionResponse, ApiError> {
        let ctx = employer_ctx(claims)?;
        uc::delete(&self.services.db, &ctx, path_params.id).await?;
        Ok(DeleteWebhookSubscriptionResponse::Status204_Deleted)
    }

    async fn get_webhook_subscription(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        path_params: &models::GetWebhookSubscriptionPathParams,
    ) -> Result<GetWebhookSubscriptionResponse, ApiError> {
        let ctx = employer_ctx(claims)?;
        let record = uc::get(&self.services.db, &ctx, path_params.id).await?;
        Ok(GetWebhookSubscriptionResponse::Status200_OK(
            subscription_model(&record),
        ))
    }

    async fn list_webhook_deliveries(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        path_params: &models::ListWebhookDeliveriesPathParams,
        query_params: &models::ListWebhookDeliveriesQueryParams,
    ) -> Result<ListWebhookDeliveriesResponse, ApiError> {
        let ctx = employer_ctx(claims)?;
        let status = query_params.status.map(|s| s.to_string());
        let page = uc::deliveries(
            &self.services.db,
            &self.services.cursors,
            &ctx,
            path_params.id,
            status.as_deref(),
            query_params.cursor.as_deref(),
            query_params.limit,
        )
        .await?;
        Ok(ListWebhookDeliveriesResponse::Status200_OK(
            models::WebhookDeliveryList::new(
                page.items.iter().map(delivery_model).collect(),
                match page.next_cursor {
                    Some(c) => Nullable::Present(c),
                    None => Nullable::Null,
                },
            ),
        ))
    }

    async fn list_webhook_subscriptions(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        query_params: &models::ListWebhookSubscriptionsQueryParams,
    ) -> Result<ListWebhookSubscriptionsResponse, ApiError> {
        let ctx = employer_ctx(claims)?;
        let page = uc::list(
            &self.services.db,
            &self.services.cursors,
            &ctx,
            query_params.cursor.as_deref(),
            query_params.limit,
        )
        .await?;
        Ok(ListWebhookSubscriptionsResponse::Status200_OK(
            models::WebhookSubscriptionList::new(
                page.items.iter().map(subscription_model).collect(),
                match page.next_cursor {
                    Some(c) => Nullable::Present(c),
                    None => Nullable::Null,
                },
            ),
        ))
    }

    async fn redeliver_webhook_delivery(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        path_params: &models::RedeliverWebhookDeliveryPathParams,
    ) -> Result<RedeliverWebhookDeliveryResponse, ApiError> {
        let ctx = employer_ctx(claims)?;
        let record = uc::redeliver(
            &self.services.db,
            &ctx,
            path_params.id,
            path_params.delivery_id,
        )
        .await?;
        Ok(RedeliverWebhookDeliveryResponse::Status202_Accepted(
            delivery_model(&record),
        ))
    }

    async fn ping_webhook_subscription(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        path_params: &models::PingWebhookSubscriptionPathParams,
    ) -> Result<PingWebhookSubscriptionResponse, ApiError> {
        let ctx = employer_ctx(claims)?;
        let record = uc::ping(
            &self.services.db,
            &self.services.webhooks,
            &ctx,
            path_params.id,
        )
        .await?;
        Ok(PingWebhookSubscriptionResponse::Status202_Accepted(
            delivery_model(&record),
        ))
    }

    async fn rotate_webhook_secret(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        path_params: &models::RotateWebhookSecretPathParams,
    ) -> Result<RotateWebhookSecretResponse, ApiError> {
        let ctx = employer_ctx(claims)?;
        let revealed = uc::rotate(
            &self.services.db,
            &self.services.webhooks,
            &ctx,
            path_params.id,
        )
        .await?;
        Ok(
            RotateWebhookSecretResponse::Status200_TheSubscriptionWithItsNewSecret(with_secret(
                &revealed,
            )),
        )
    }
}

fn events(record: &SubscriptionRecord) -> Vec<models::WebhookEventSelector> {
    record
        .events
        .iter()
        .filter_map(|e| e.parse().ok())
        .collect()
}

fn disabled_reason(record: &SubscriptionRecord) -> Option<Nullable<models::WebhookDisabledReason>> {
    nullable(
        record
            .disabled_reason
            .as_deref()
            .and_then(|r| r.parse().ok()),
    )
}

fn subscription_model(record: &SubscriptionRecord) -> models::WebhookSubscription {
    let mut m = models::WebhookSubscription::new(
        record.id,
        record.url.clone(),
        events(record),
        record.active,
        record.created_at,
    );
    m.description = nullable(record.description.clone());
    m.disabled_reason = disabled_reason(record);
    m.failing_since = nullable(record.failing_since);
    m.previous_secret_expires_at = nullable(record.previous_secret_expires_at);
    m
}

fn with_secret(revealed: &Revealed) -> models::WebhookSubscriptionWithSecret {
    let record = &revealed.record;
    let mut m = models::WebhookSubscriptionWithSecret::new(
        record.id,
        record.url.clone(),
        events(record),
        record.active,
        record.created_at,
        revealed.secret.reveal().to_string(),
    );
    m.description = nullable(record.description.clone());
    m.disabled_reason = disabled_reason(record);
    m.failing_since = nullable(record.failing_since);
    m.previous_secret_expires_at = nullable(record.previous_secret_expires_at);
    m
}

#[derive(serde::Deserialize)]
struct AttemptRow {
    attempted_at: chrono::DateTime<chrono::Utc>,
    status_code: Option<i32>,
    latency_ms: i64,
    error_class: String,
}

fn delivery_model(record: &DeliveryRecord) -> models::WebhookDelivery {
    let mut m = models::WebhookDelivery::new(
        record.id,
        record.subscription_id,
        record.event_id,
        record
            .event_type
            .parse()
            .unwrap_or(models::WebhookEventType::JobUpdated),
        record
            .status
            .parse()
            .unwrap_or(models::DeliveryStatus::Pending),
        u32::try_from(record.attempts).unwrap_or(0),
        record.created_at,
    );
    m.last_status_code = nullable(record.last_status_code.map(|c| c as u32));
    m.last_error = nullable(record.last_error.clone());
    m.next_attempt_at = nullable(record.next_attempt_at);
    m.delivered_at = nullable(record.delivered_at);
    let attempts: Vec<AttemptRow> =
        serde_json::from_value(record.recent_attempts.clone()).unwrap_or_default();
    m.recent_attempts = Some(
        attempts
            .into_iter()
            .map(|a| {
                let mut attempt = models::WebhookAttempt::new(
                    a.attempted_at,
                    u32::try_from(a.latency_ms).unwrap_or(0),
                    a.error_class
                        .parse()
                        .unwrap_or(models::WebhookErrorClass::Other),
                );
                attempt.status_code = nullable(a.status_code.map(|c| c as u32));
                attempt
            })
            .collect(),
    );
    m
}
