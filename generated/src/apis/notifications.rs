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
pub enum ConfirmEmailResponse {
    /// A page saying the address is confirmed.
    Status200_APageSayingTheAddressIsConfirmed(String),
    /// Bad request
    Status400_BadRequest(models::Problem),
    /// Gone (a link that was used or has expired)
    Status410_Gone(models::Problem),
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
pub enum GetNotificationPreferencesResponse {
    /// OK
    Status200_OK {
        body: models::NotificationPreferences,
        e_tag: String,
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
pub enum ListNotificationDeliveriesResponse {
    /// OK
    Status200_OK(models::NotificationDeliveryList),
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
pub enum ListNotificationTemplatesResponse {
    /// OK
    Status200_OK(models::NotificationTemplateList),
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
pub enum PreviewNotificationTemplateResponse {
    /// OK
    Status200_OK(models::NotificationPreview),
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
pub enum ReplaceNotificationPreferencesResponse {
    /// OK
    Status200_OK {
        body: models::NotificationPreferences,
        e_tag: String,
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
    /// Precondition failed
    Status412_PreconditionFailed(models::Problem),
    /// Content too large
    Status413_ContentTooLarge(models::Problem),
    /// Unsupported media type
    Status415_UnsupportedMediaType(models::Problem),
    /// Unprocessable content
    Status422_UnprocessableContent(models::Problem),
    /// Precondition required
    Status428_PreconditionRequired(models::Problem),
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
pub enum ReplaceNotificationTemplateResponse {
    /// OK
    Status200_OK {
        body: models::NotificationTemplate,
        e_tag: String,
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
    /// Not found
    Status404_NotFound(models::Problem),
    /// Precondition failed
    Status412_PreconditionFailed(models::Problem),
    /// Content too large
    Status413_ContentTooLarge(models::Problem),
    /// Unsupported media type
    Status415_UnsupportedMediaType(models::Problem),
    /// Unprocessable content
    Status422_UnprocessableContent(models::Problem),
    /// Precondition required
    Status428_PreconditionRequired(models::Problem),
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
pub enum UnsubscribeOneClickResponse {
    /// Unsubscribed.
    Status200_Unsubscribed(models::Unsubscribed),
    /// Bad request
    Status400_BadRequest(models::Problem),
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
pub enum UnsubscribePageResponse {
    /// A page saying what was unsubscribed.
    Status200_APageSayingWhatWasUnsubscribed(String),
    /// Bad request
    Status400_BadRequest(models::Problem),
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

/// Notifications
#[async_trait]
#[allow(clippy::ptr_arg)]
pub trait Notifications<E: std::fmt::Debug + Send + Sync + 'static = ()>:
    super::ErrorHandler<E>
{
    type Claims;

    /// Confirm an applicant's address (the link in an e-mail).
    ///
    /// ConfirmEmail - GET /v1/public/confirm-email
    async fn confirm_email(
        &self,

        method: &Method,
        cookies: &CookieJar,
        query_params: &models::ConfirmEmailQueryParams,
    ) -> Result<ConfirmEmailResponse, E>;

    /// The caller's notification preferences.
    ///
    /// GetNotificationPreferences - GET /v1/me/notification-preferences
    async fn get_notification_preferences(
        &self,

        method: &Method,
        cookies: &CookieJar,
        claims: &Self::Claims,
    ) -> Result<GetNotificationPreferencesResponse, E>;

    /// The e-mail delivery log.
    ///
    /// ListNotificationDeliveries - GET /v1/notifications/deliveries
    async fn list_notification_deliveries(
        &self,

        method: &Method,
        cookies: &CookieJar,
        claims: &Self::Claims,
        query_params: &models::ListNotificationDeliveriesQueryParams,
    ) -> Result<ListNotificationDeliveriesResponse, E>;

    /// The notification templates.
    ///
    /// ListNotificationTemplates - GET /v1/notification-templates
    async fn list_notification_templates(
        &self,

        method: &Method,
        cookies: &CookieJar,
        claims: &Self::Claims,
    ) -> Result<ListNotificationTemplatesResponse, E>;

    /// Render a template with sample data.
    ///
    /// PreviewNotificationTemplate - POST /v1/notification-templates/{event}:preview
    async fn preview_notification_template(
        &self,

        method: &Method,
        cookies: &CookieJar,
        claims: &Self::Claims,
        path_params: &models::PreviewNotificationTemplatePathParams,
        body: &Option<models::NotificationPreviewRequest>,
    ) -> Result<PreviewNotificationTemplateResponse, E>;

    /// Replace the caller's notification preferences.
    ///
    /// ReplaceNotificationPreferences - PUT /v1/me/notification-preferences
    async fn replace_notification_preferences(
        &self,

        method: &Method,
        cookies: &CookieJar,
        claims: &Self::Claims,
        header_params: &models::ReplaceNotificationPreferencesHeaderParams,
        body: &models::NotificationPreferencesReplace,
    ) -> Result<ReplaceNotificationPreferencesResponse, E>;

    /// Word a template, or turn it on or off.
    ///
    /// ReplaceNotificationTemplate - PUT /v1/notification-templates/{event}
    async fn replace_notification_template(
        &self,

        method: &Method,
        cookies: &CookieJar,
        claims: &Self::Claims,
        header_params: &models::ReplaceNotificationTemplateHeaderParams,
        path_params: &models::ReplaceNotificationTemplatePathParams,
        query_params: &models::ReplaceNotificationTemplateQueryParams,
        body: &models::NotificationTemplateReplace,
    ) -> Result<ReplaceNotificationTemplateResponse, E>;

    /// One-click unsubscribe (RFC 8058).
    ///
    /// UnsubscribeOneClick - POST /v1/public/unsubscribe
    async fn unsubscribe_one_click(
        &self,

        method: &Method,
        cookies: &CookieJar,
        query_params: &models::UnsubscribeOneClickQueryParams,
    ) -> Result<UnsubscribeOneClickResponse, E>;

    /// Unsubscribe (the link in an e-mail).
    ///
    /// UnsubscribePage - GET /v1/public/unsubscribe
    async fn unsubscribe_page(
        &self,

        method: &Method,
        cookies: &CookieJar,
        query_params: &models::UnsubscribePageQueryParams,
    ) -> Result<UnsubscribePageResponse, E>;
}
