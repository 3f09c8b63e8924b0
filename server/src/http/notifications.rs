//! Notifications tag: templates, the caller's preferences, the delivery log, and the pages the
//! links in the e-mails open; thin handlers over their use cases.

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use http::Method;
use jobs_api::apis::notifications::{
    ConfirmEmailResponse, GetNotificationPreferencesResponse, ListNotificationDeliveriesResponse,
    ListNotificationTemplatesResponse, Notifications, PreviewNotificationTemplateResponse,
    ReplaceNotificationPreferencesResponse, ReplaceNotificationTemplateResponse,
    UnsubscribeOneClickResponse, UnsubscribePageResponse,
};
use jobs_api::models;
use jobs_api::types::Nullable;

use super::convert::{employer_ctx, next_cursor, or_null, wire_enum};
use super::{Api, ApiError};
use crate::domain::etag;
use crate::domain::html::escape;
use crate::domain::notification::{Audience, Delivery, mask_address};
use crate::http::middleware::identity::Caller;
use crate::usecases::notifications::{
    self as uc, PreviewInput, TemplateInput, TemplateView, VARIABLES,
};

#[async_trait]
impl Notifications<ApiError> for Api {
    type Claims = Caller;

    async fn list_notification_templates(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
    ) -> Result<ListNotificationTemplatesResponse, ApiError> {
        let ctx = employer_ctx(claims)?;
        let views = uc::list_templates(&self.services.db, &ctx).await?;
        Ok(ListNotificationTemplatesResponse::Status200_OK(
            models::NotificationTemplateList::new(views.iter().map(template_model).collect()),
        ))
    }

    async fn replace_notification_template(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        header_params: &models::ReplaceNotificationTemplateHeaderParams,
        path_params: &models::ReplaceNotificationTemplatePathParams,
        query_params: &models::ReplaceNotificationTemplateQueryParams,
        body: &models::NotificationTemplateReplace,
    ) -> Result<ReplaceNotificationTemplateResponse, ApiError> {
        let ctx = employer_ctx(claims)?;
        let view = uc::replace_template(
            &self.services.db,
            &ctx,
            &path_params.event,
            query_params.locale.as_deref(),
            &header_params.if_match,
            TemplateInput {
                enabled: body.enabled,
                subject: body.subject.clone(),
                text: body.text.clone(),
                html: body.html.clone(),
            },
        )
        .await?;
        Ok(ReplaceNotificationTemplateResponse::Status200_OK {
            e_tag: etag::of_version(view.version),
            body: template_model(&view),
        })
    }

    async fn preview_notification_template(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        path_params: &models::PreviewNotificationTemplatePathParams,
        body: &Option<models::NotificationPreviewRequest>,
    ) -> Result<PreviewNotificationTemplateResponse, ApiError> {
        let ctx = employer_ctx(claims)?;
        let input = match body {
            Some(b) => PreviewInput {
                locale: b.locale.clone(),
                subject: b.subject.clone(),
                text: b.text.clone(),
                html: b.html.clone(),
            },
            None => PreviewInput {
                locale: None,
                subject: None,
                text: None,
                html: None,
            },
        };
        let (rendered, locale) =
            uc::preview(&self.services.db, &ctx, &path_params.event, input).await?;
        Ok(PreviewNotificationTemplateResponse::Status200_OK(
            models::NotificationPreview::new(
                path_params.event.clone(),
                locale,
                rendered.subject,
                rendered.text,
                or_null(rendered.html),
            ),
        ))
    }

    async fn get_notification_preferences(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
    ) -> Result<GetNotificationPreferencesResponse, ApiError> {
        let ctx = employer_ctx(claims)?;
        let p = uc::preferences(&self.services.db, &ctx).await?;
        Ok(GetNotificationPreferencesResponse::Status200_OK {
            e_tag: etag::of_version(p.version),
            body: preferences_model(&p),
        })
    }

    async fn replace_notification_preferences(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        header_params: &models::ReplaceNotificationPreferencesHeaderParams,
        body: &models::NotificationPreferencesReplace,
    ) -> Result<ReplaceNotificationPreferencesResponse, ApiError> {
        let ctx = employer_ctx(claims)?;
        let given = &body.preferences;
        let choices: Vec<(&'static str, Delivery)> = [
            (
                crate::domain::notification::APPLICATION_CREATED,
                given.application_created,
            ),
            (
                crate::domain::notification::COMMENT_MENTIONED,
                given.application_comment_mentioned,
            ),
            (
                crate::domain::notification::APPLICATION_ASSIGNED,
                given.application_assigned,
            ),
        ]
        .into_iter()
        .filter_map(|(k, v)| v.map(|v| (k, delivery(v))))
        .collect();
        let time_zone = match &body.time_zone {
            Some(Nullable::Present(z)) => Some(z.clone()),
            _ => None,
        };
        let p = uc::replace_preferences(
            &self.services.db,
            &ctx,
            &header_params.if_match,
            choices,
            time_zone,
            body.digest_hour.map(i32::from),
        )
        .await?;
        Ok(ReplaceNotificationPreferencesResponse::Status200_OK {
            e_tag: etag::of_version(p.version),
            body: preferences_model(&p),
        })
    }

    async fn list_notification_deliveries(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        claims: &Caller,
        query_params: &models::ListNotificationDeliveriesQueryParams,
    ) -> Result<ListNotificationDeliveriesResponse, ApiError> {
        let ctx = employer_ctx(claims)?;
        let status = query_params.status.map(|s| s.to_string());
        let page = uc::deliveries(
            &self.services.db,
            &self.services.cursors,
            &ctx,
            status.as_deref(),
            query_params.cursor.as_deref(),
            query_params.limit,
        )
        .await?;
        let items =
            page.items
                .iter()
                .map(|d| {
                    Ok(models::NotificationDeliveryRecord::new(
                        d.id,
                        d.event_id,
                        d.kind.clone(),
                        mask_address(&d.to_address),
                        d.locale.clone(),
                        d.message_id.clone(),
                        d.subject.clone(),
                        wire_enum::<models::NotificationDeliveryStatus>(&d.status)?,
                        u32::try_from(d.attempts).unwrap_or(0),
                        or_null(d.last_error.clone()),
                        d.created_at,
                        or_null(d.sent_at),
                        or_null(d.next_attempt_at.filter(|_| {
                            matches!(d.status.as_str(), "pending" | "failed" | "held")
                        })),
                    ))
                })
                .collect::<Result<Vec<_>, ApiError>>()?;
        Ok(ListNotificationDeliveriesResponse::Status200_OK(
            models::NotificationDeliveryList::new(items, next_cursor(page.next_cursor)),
        ))
    }

    async fn unsubscribe_one_click(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        query_params: &models::UnsubscribeOneClickQueryParams,
    ) -> Result<UnsubscribeOneClickResponse, ApiError> {
        let link = uc::unsubscribe(
            &self.services.db,
            self.services.mail_links.as_ref(),
            &query_params.token,
        )
        .await?;
        Ok(UnsubscribeOneClickResponse::Status200_Unsubscribed(
            models::Unsubscribed::new(mask_address(&link.address), link.kind, true),
        ))
    }

    async fn unsubscribe_page(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        query_params: &models::UnsubscribePageQueryParams,
    ) -> Result<UnsubscribePageResponse, ApiError> {
        let link = uc::unsubscribe(
            &self.services.db,
            self.services.mail_links.as_ref(),
            &query_params.token,
        )
        .await?;
        let what = match link.kind.as_str() {
            "*" => "any e-mail".to_string(),
            kind => format!("“{}” e-mails", kind_label(kind)),
        };
        Ok(
            UnsubscribePageResponse::Status200_APageSayingWhatWasUnsubscribed(page(
                "Unsubscribed",
                &format!(
                    "{} will no longer receive {what} from this employer.",
                    escape(&mask_address(&link.address))
                ),
            )),
        )
    }

    async fn confirm_email(
        &self,
        _method: &Method,
        _cookies: &CookieJar,
        query_params: &models::ConfirmEmailQueryParams,
    ) -> Result<ConfirmEmailResponse, ApiError> {
        uc::confirm_email(
            &self.services.db,
            self.services.mail_links.as_ref(),
            &query_params.token,
        )
        .await?;
        Ok(
            ConfirmEmailResponse::Status200_APageSayingTheAddressIsConfirmed(page(
                "Address confirmed",
                "Thank you: your application is confirmed as yours. The employer sees that the address was confirmed.",
            )),
        )
    }
}

fn kind_label(kind: &str) -> String {
    match kind {
        "application.created" => "new application".into(),
        "application.comment.mentioned" => "mention".into(),
        "application.assigned" => "assignment".into(),
        "application.status" => "application status".into(),
        "digest.daily" => "daily digest".into(),
        other => escape(other),
    }
}

/// A small self-contained page (no script, no external request).
fn page(title: &str, message: &str) -> String {
    format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title}</title><style>body{{font-family:system-ui,sans-serif;max-width:36rem;\
         margin:4rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}}</style></head>\
         <body><main><h1>{title}</h1><p>{message}</p></main></body></html>"
    )
}

fn delivery(d: models::NotificationDelivery) -> Delivery {
    match d {
        models::NotificationDelivery::Immediate => Delivery::Immediate,
        models::NotificationDelivery::DailyDigest => Delivery::DailyDigest,
        models::NotificationDelivery::Off => Delivery::Off,
    }
}

fn delivery_model(d: Delivery) -> models::NotificationDelivery {
    match d {
        Delivery::Immediate => models::NotificationDelivery::Immediate,
        Delivery::DailyDigest => models::NotificationDelivery::DailyDigest,
        Delivery::Off => models::NotificationDelivery::Off,
    }
}

fn preferences_model(p: &uc::Preferences) -> models::NotificationPreferences {
    let mut choices = models::NotificationChoices::new();
    for (kind, d) in &p.choices {
        let v = Some(delivery_model(*d));
        match *kind {
            crate::domain::notification::APPLICATION_CREATED => choices.application_created = v,
            crate::domain::notification::COMMENT_MENTIONED => {
                choices.application_comment_mentioned = v;
            }
            crate::domain::notification::APPLICATION_ASSIGNED => choices.application_assigned = v,
            _ => {}
        }
    }
    models::NotificationPreferences::new(
        choices,
        or_null(p.time_zone.clone()),
        u8::try_from(p.digest_hour).unwrap_or(8),
        etag::of_version(p.version),
        or_null(p.updated_at),
    )
}

fn template_model(v: &TemplateView) -> models::NotificationTemplate {
    models::NotificationTemplate::new(
        v.kind.key.to_string(),
        v.locale.clone(),
        match v.kind.audience {
            Audience::Member => "member".to_string(),
            Audience::Applicant => "applicant".to_string(),
        },
        v.kind.description.to_string(),
        v.enabled,
        v.custom,
        v.source.subject.clone(),
        v.source.text.clone(),
        or_null(v.source.html.clone()),
        VARIABLES.iter().map(|s| (*s).to_string()).collect(),
        etag::of_version(v.version),
        or_null(v.updated_at),
    )
}
