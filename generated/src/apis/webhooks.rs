use async_trait::async_trait;
use axum::extract::*;
use axum_extra::extract::CookieJar;
use bytes::Bytes;
use http::Method;
use serde::{Deserialize, Serialize};

use crate::{models, types::*};

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
#[allow(clippy::large_enum_variant)]
pub enum CreateWebhookSubscriptionResponse {
    /// Created
    Status201_Created {
        body: models::WebhookSubscriptionWithSecret,
        location: String,
    },
    /// Bad request
    Status400_BadRequest(models::Problem),
    /// Unauthorized
    Status401_Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// Forbidden
    Status403_Forbidden(models::Problem),
    /// Conflict
    Status409_Conflict(models::Problem),
    /// Content too large
    Status413_ContentTooLarge(models::Problem),
    /// Unsupported media type
    Status415_UnsupportedMediaType(models::Problem),
    /// Unprocessable content
    Status422_UnprocessableContent(models::Problem),
    /// Too many requests
    Status429_TooManyRequests {
        body: models::Problem,
        retry_after: u32,
        rate_limit_policy: Option<String>,
        rate_limit: Option<String>,
    },
    /// Service unavailable
    Status503_ServiceUnavailable(models::Problem),
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
#[allow(clippy::large_enum_variant)]
pub enum DeleteWebhookSubscriptionResponse {
    /// Deleted
    Status204_Deleted,
    /// Bad request
    Status400_BadRequest(models::Problem),
    /// Unauthorized
    Status401_Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// Forbidden
    Status403_Forbidden(models::Problem),
    /// Not found
    Status404_NotFound(models::Problem),
    /// Too many requests
    Status429_TooManyRequests {
        body: models::Problem,
        retry_after: u32,
        rate_limit_policy: Option<String>,
        rate_limit: Option<String>,
    },
    /// Service unavailable
    Status503_ServiceUnavailable(models::Problem),
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
#[allow(clippy::large_enum_variant)]
pub enum GetWebhookSubscriptionResponse {
    /// OK
    Status200_OK(models::WebhookSubscription),
    /// Bad request
    Status400_BadRequest(models::Problem),
    /// Unauthorized
    Status401_Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// Forbidden
    Status403_Forbidden(models::Problem),
    /// Not found
    Status404_NotFound(models::Problem),
    /// Too many requests
    Status429_TooManyRequests {
        body: models::Problem,
        retry_after: u32,
        rate_limit_policy: Option<String>,
        rate_limit: Option<String>,
    },
    /// Service unavailable
    Status503_ServiceUnavailable(models::Problem),
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
#[allow(clippy::large_enum_variant)]
pub enum ListWebhookDeliveriesResponse {
    /// OK
    Status200_OK(models::WebhookDeliveryList),
    /// Bad request
    Status400_BadRequest(models::Problem),
    /// Unauthorized
    Status401_Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// Forbidden
    Status403_Forbidden(models::Problem),
    /// Not found
    Status404_NotFound(models::Problem),
    /// Too many requests
    Status429_TooManyRequests {
        body: models::Problem,
        retry_after: u32,
        rate_limit_policy: Option<String>,
        rate_limit: Option<String>,
    },
    /// Service unavailable
    Status503_ServiceUnavailable(models::Problem),
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
#[allow(clippy::large_enum_variant)]
pub enum ListWebhookSubscriptionsResponse {
    /// OK
    Status200_OK(models::WebhookSubscriptionList),
    /// Bad request
    Status400_BadRequest(models::Problem),
    /// Unauthorized
    Status401_Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// Forbidden
    Status403_Forbidden(models::Problem),
    /// Too many requests
    Status429_TooManyRequests {
        body: models::Problem,
        retry_after: u32,
        rate_limit_policy: Option<String>,
        rate_limit: Option<String>,
    },
    /// Service unavailable
    Status503_ServiceUnavailable(models::Problem),
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
#[allow(clippy::large_enum_variant)]
pub enum PingWebhookSubscriptionResponse {
    /// Accepted
    Status202_Accepted(models::WebhookDelivery),
    /// Bad request
    Status400_BadRequest(models::Problem),
    /// Unauthorized
    Status401_Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// Forbidden
    Status403_Forbidden(models::Problem),
    /// Not found
    Status404_NotFound(models::Problem),
    /// Conflict
    Status409_Conflict(models::Problem),
    /// Too many requests
    Status429_TooManyRequests {
        body: models::Problem,
        retry_after: u32,
        rate_limit_policy: Option<String>,
        rate_limit: Option<String>,
    },
    /// Service unavailable
    Status503_ServiceUnavailable(models::Problem),
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
#[allow(clippy::large_enum_variant)]
pub enum RedeliverWebhookDeliveryResponse {
    /// Accepted
    Status202_Accepted(models::WebhookDelivery),
    /// Bad request
    Status400_BadRequest(models::Problem),
    /// Unauthorized
    Status401_Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// Forbidden
    Status403_Forbidden(models::Problem),
    /// Not found
    Status404_NotFound(models::Problem),
    /// Conflict
    Status409_Conflict(models::Problem),
    /// Too many requests
    Status429_TooManyRequests {
        body: models::Problem,
        retry_after: u32,
        rate_limit_policy: Option<String>,
        rate_limit: Option<String>,
    },
    /// Service unavailable
    Status503_ServiceUnavailable(models::Problem),
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
#[allow(clippy::large_enum_variant)]
pub enum RotateWebhookSecretResponse {
    /// The subscription with its new secret.
    Status200_TheSubscriptionWithItsNewSecret(models::WebhookSubscriptionWithSecret),
    /// Bad request
    Status400_BadRequest(models::Problem),
    /// Unauthorized
    Status401_Unauthorized {
        body: models::Problem,
        www_authenticate: String,
    },
    /// Forbidden
    Status403_Forbidden(models::Problem),
    /// Not found
    Status404_NotFound(models::Problem),
    /// Too many requests
    Status429_TooManyRequests {
        body: models::Problem,
        retry_after: u32,
        rate_limit_policy: Option<String>,
        rate_limit: Option<String>,
    },
    /// Service unavailable
    Status503_ServiceUnavailable(models::Problem),
}

/// Webhooks
#[async_trait]
#[allow(clippy::ptr_arg)]
pub trait Webhooks<E: std::fmt::Debug + Send + Sync + 'static = ()>:
    super::ErrorHandler<E>
{
    type Claims;

    /// Create a webhook subscription.
    ///
    /// CreateWebhookSubscription - POST /v1/webhooks/subscriptions
    async fn create_webhook_subscription(
        &self,

        method: &Method,
        cookies: &CookieJar,
        claims: &Self::Claims,
        header_params: &models::CreateWebhookSubscriptionHeaderParams,
        body: &models::WebhookSubscriptionCreate,
    ) -> Result<CreateWebhookSubscriptionResponse, E>;

    /// Delete a webhook subscription.
    ///
    /// DeleteWebhookSubscription - DELETE /v1/webhooks/subscriptions/{id}
    async fn delete_webhook_subscription(
        &self,

        method: &Method,
        cookies: &CookieJar,
        claims: &Self::Claims,
        path_params: &models::DeleteWebhookSubscriptionPathParams,
    ) -> Result<DeleteWebhookSubscriptionResponse, E>;

    /// Get a webhook subscription.
    ///
    /// GetWebhookSubscription - GET /v1/webhooks/subscriptions/{id}
    async fn get_webhook_subscription(
        &self,

        method: &Method,
        cookies: &CookieJar,
        claims: &Self::Claims,
        path_params: &models::GetWebhookSubscriptionPathParams,
    ) -> Result<GetWebhookSubscriptionResponse, E>;

    /// List a subscription's deliveries.
    ///
    /// ListWebhookDeliveries - GET /v1/webhooks/subscriptions/{id}/deliveries
    async fn list_webhook_deliveries(
        &self,

        method: &Method,
        cookies: &CookieJar,
        claims: &Self::Claims,
        path_params: &models::ListWebhookDeliveriesPathParams,
        query_params: &models::ListWebhookDeliveriesQueryParams,
    ) -> Result<ListWebhookDeliveriesResponse, E>;

    /// List webhook subscriptions.
    ///
    /// ListWebhookSubscriptions - GET /v1/webhooks/subscriptions
    async fn list_webhook_subscriptions(
        &self,

        method: &Method,
        cookies: &CookieJar,
        claims: &Self::Claims,
        query_params: &models::ListWebhookSubscriptionsQueryParams,
    ) -> Result<ListWebhookSubscriptionsResponse, E>;

    /// Send a test event to a subscription.
    ///
    /// PingWebhookSubscription - POST /v1/webhooks/subscriptions/{id}:ping
    async fn ping_webhook_subscription(
        &self,

        method: &Method,
        cookies: &CookieJar,
        claims: &Self::Claims,
        path_params: &models::PingWebhookSubscriptionPathParams,
    ) -> Result<PingWebhookSubscriptionResponse, E>;

    /// Send a delivery again.
    ///
    /// RedeliverWebhookDelivery - POST /v1/webhooks/subscriptions/{id}/deliveries/{deliveryId}:redeliver
    async fn redeliver_webhook_delivery(
        &self,

        method: &Method,
        cookies: &CookieJar,
        claims: &Self::Claims,
        path_params: &models::RedeliverWebhookDeliveryPathParams,
    ) -> Result<RedeliverWebhookDeliveryResponse, E>;

    /// Rotate a subscription's signing secret.
    ///
    /// RotateWebhookSecret - POST /v1/webhooks/subscriptions/{id}:rotate-secret
    async fn rotate_webhook_secret(
        &self,

        method: &Method,
        cookies: &CookieJar,
        claims: &Self::Claims,
        path_params: &models::RotateWebhookSecretPathParams,
    ) -> Result<RotateWebhookSecretResponse, E>;
}
