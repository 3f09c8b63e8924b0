//! Webhooks tag. Not implemented yet: every operation answers 501 problem+json
//! until the issue that builds it lands.

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use http::Method;
use jobs_api::apis::webhooks::{
    CreateWebhookSubscriptionResponse, DeleteWebhookSubscriptionResponse,
    GetWebhookSubscriptionResponse, ListWebhookDeliveriesResponse,
    ListWebhookSubscriptionsResponse, RedeliverWebhookDeliveryResponse, Webhooks,
};
use jobs_api::models;

use super::{Api, ApiError};
use crate::http::middleware::identity::Caller;

#[async_trait]
impl Webhooks<ApiError> for Api {
    type Claims = Caller;

    async fn create_webhook_subscription(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        _claims: &Caller,
        _header_params: &models::CreateWebhookSubscriptionHeaderParams,
        _body: &models::WebhookSubscriptionCreate,
    ) -> Result<CreateWebhookSubscriptionResponse, ApiError> {
        Err(ApiError::NotImplemented)
    }

    async fn delete_webhook_subscription(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        _claims: &Caller,
        _path_params: &models::DeleteWebhookSubscriptionPathParams,
    ) -> Result<DeleteWebhookSubscriptionResponse, ApiError> {
        Err(ApiError::NotImplemented)
    }

    async fn get_webhook_subscription(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        _claims: &Caller,
        _path_params: &models::GetWebhookSubscriptionPathParams,
    ) -> Result<GetWebhookSubscriptionResponse, ApiError> {
        Err(ApiError::NotImplemented)
    }

    async fn list_webhook_deliveries(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        _claims: &Caller,
        _path_params: &models::ListWebhookDeliveriesPathParams,
        _query_params: &models::ListWebhookDeliveriesQueryParams,
    ) -> Result<ListWebhookDeliveriesResponse, ApiError> {
        Err(ApiError::NotImplemented)
    }

    async fn list_webhook_subscriptions(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        _claims: &Caller,
        _query_params: &models::ListWebhookSubscriptionsQueryParams,
    ) -> Result<ListWebhookSubscriptionsResponse, ApiError> {
        Err(ApiError::NotImplemented)
    }

    async fn redeliver_webhook_delivery(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        _claims: &Caller,
        _path_params: &models::RedeliverWebhookDeliveryPathParams,
    ) -> Result<RedeliverWebhookDeliveryResponse, ApiError> {
        Err(ApiError::NotImplemented)
    }
}
