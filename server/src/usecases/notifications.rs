//! Notification settings: the employer's templates (listed, worded, previewed), each member's
//! preferences, the delivery log, and the public links in the e-mails (unsubscribe, confirm an
//! applicant's address).

use chrono::{DateTime, Utc};
use serde_json::{Value, json};

use super::{Ctx, Failure};
use crate::db::{
    Confirmation, Database, MailPosition, MailRecord, PreferenceRow, TemplateChange, TemplateRow,
};
use crate::domain::cursor::CursorCodec;
use crate::domain::etag;
use crate::domain::mail_link::{LinkSigner, Unsubscribe};
use crate::domain::notification::{self as n, Delivery, PREFERENCE_KINDS, TemplateKind};
use crate::mail::templates::{self, Rendered, Source, TemplateError};

/// The variables every template sees (also listed with each template).
pub const VARIABLES: [&str; 19] = [
    "employer.name",
    "employer.brand_color",
    "employer.careers_url",
    "job.id",
    "job.title",
    "applicant.first_name",
    "application.id",
    "application.status",
    "status",
    "member.name",
    "comment.author",
    "comment.excerpt",
    "items",
    "links.application",
    "links.job",
    "links.confirm",
    "links.unsubscribe",
    "item.subject",
    "item.kind",
];

/// One template as the list shows it.
#[derive(Debug, Clone)]
pub struct TemplateView {
    pub kind: &'static TemplateKind,
    pub locale: String,
    pub enabled: bool,
    pub custom: bool,
    pub source: Source,
    pub version: i64,
    pub updated_at: Option<DateTime<Utc>>,
}

/// A template problem as the API reports it: 422 at the part, with line and column.
fn template_failure(e: &TemplateError) -> Failure {
    let pointer = match e.part {
        "subject" => "/subject",
        "html" => "/html",
        _ => "/text",
    };
    Failure::TemplateInvalid {
        pointer,
        detail: format!(
            "does not render: {e}. Templates use minijinja syntax ({{{{ job.title }}}}) and only the documented variables."
        ),
    }
}

fn known(key: &str) -> Result<&'static TemplateKind, Failure> {
    n::template(key).ok_or(Failure::NotFound)
}

fn view(kind: &'static TemplateKind, row: Option<&TemplateRow>, locale: &str) -> TemplateView {
    let builtin = templates::default_source(kind.key).unwrap_or(Source {
        subject: String::new(),
        text: String::new(),
        html: None,
    });
    match row {
        Some(r) => {
            let custom = r.subject.is_some() && r.text_body.is_some();
            TemplateView {
                kind,
                locale: r.locale.clone(),
                enabled: r.enabled,
                custom,
                source: if custom {
                    Source {
                        subject: r.subject.clone().unwrap_or_default(),
                        text: r.text_body.clone().unwrap_or_default(),
                        html: r.html_body.clone(),
                    }
                } else {
                    builtin
                },
                version: r.version,
                updated_at: Some(r.updated_at),
            }
        }
        None => TemplateView {
            kind,
            locale: locale.to_string(),
            enabled: kind.enabled_by_default,
            custom: false,
            source: builtin,
            version: 0,
            updated_at: None,
        },
    }
}

/// Every template in English (stored or built in), and every other language stored.
pub async fn list_templates(db: &Database, ctx: &Ctx) -> Result<Vec<TemplateView>, Failure> {
    let mut tx = db.begin(&ctx.scope).await?;
    let rows = tx.notification_templates().await?;
    tx.commit().await?;
    let mut out = Vec::new();
    for kind in &n::TEMPLATES {
        let english = rows
            .iter()
            .find(|r| r.template == kind.key && r.locale == "en");
        out.push(view(kind, english, "en"));
        for r in rows
            .iter()
            .filter(|r| r.template == kind.key && r.locale != "en")
        {
            out.push(view(kind, Some(r), &r.locale));
        }
    }
    Ok(out)
}

/// What a PUT sends.
pub struct TemplateInput {
    pub enabled: bool,
    pub subject: Option<String>,
    pub text: Option<String>,
    pub html: Option<String>,
}

pub async fn replace_template(
    db: &Database,
    ctx: &Ctx,
    key: &str,
    locale: Option<&str>,
    if_match: &str,
    input: TemplateInput,
) -> Result<TemplateView, Failure> {
    let kind = known(key)?;
    let locale = canonical_locale(locale)?;
    match (&input.subject, &input.text) {
        (Some(_), None) => return Err(Failure::invalid("/text", "is required with `subject`")),
        (None, Some(_)) => return Err(Failure::invalid("/subject", "is required with `text`")),
        (None, None) if input.html.is_some() => {
            return Err(Failure::invalid(
                "/html",
                "needs `subject` and `text` (a template's wording is replaced as a whole)",
            ));
        }
        _ => {}
    }
    if let (Some(subject), Some(text)) = (&input.subject, &input.text) {
        let source = Source {
            subject: subject.clone(),
            text: text.clone(),
            html: input.html.clone(),
        };
        templates::render(&source, &sample_context(kind)).map_err(|e| template_failure(&e))?;
    }
    let mut tx = db.begin(&ctx.scope).await?;
    let current = tx
        .notification_templates()
        .await?
        .into_iter()
        .find(|r| r.template == key && r.locale == locale)
        .map_or(0, |r| r.version);
    if !etag::if_match_admits(if_match, current) {
        return Err(Failure::PreconditionFailed);
    }
    let stored = tx
        .notification_template_store(
            &TemplateChange {
                template: key,
                locale: &locale,
                enabled: input.enabled,
                subject: input.subject.as_deref(),
                text_body: input.text.as_deref(),
                html_body: input.html.as_deref(),
            },
            Some(current),
        )
        .await?
        .ok_or(Failure::PreconditionFailed)?;
    tx.record_event(ctx.event(
        "notification_template.updated",
        "employer",
        ctx.scope.employer_id(),
        json!({"template": key, "locale": locale, "enabled": input.enabled,
               "custom": input.subject.is_some(), "version": stored.version}),
    ))
    .await?;
    tx.commit().await?;
    Ok(view(kind, Some(&stored), &locale))
}

/// What a preview sends: a draft, or nothing (the stored or built-in wording).
pub struct PreviewInput {
    pub locale: Option<String>,
    pub subject: Option<String>,
    pub text: Option<String>,
    pub html: Option<String>,
}

pub async fn preview(
    db: &Database,
    ctx: &Ctx,
    key: &str,
    input: PreviewInput,
) -> Result<(Rendered, String), Failure> {
    let kind = known(key)?;
    let locale = canonical_locale(input.locale.as_deref())?;
    let source = match (input.subject, input.text) {
        (Some(subject), Some(text)) => Source {
            subject,
            text,
            html: input.html,
        },
        (Some(_), None) => return Err(Failure::invalid("/text", "is required with `subject`")),
        (None, Some(_)) => return Err(Failure::invalid("/subject", "is required with `text`")),
        (None, None) => {
            let mut tx = db.begin(&ctx.scope).await?;
            let row = tx.notification_template(key, &locale).await?;
            tx.commit().await?;
            view(kind, row.as_ref(), &locale).source
        }
    };
    let rendered =
        templates::render(&source, &sample_context(kind)).map_err(|e| template_failure(&e))?;
    Ok((rendered, locale))
}

/// The sample data of previews and of the check before a template is stored.
pub fn sample_context(kind: &TemplateKind) -> Value {
    let status = kind
        .key
        .strip_prefix("application.status.")
        .unwrap_or("interview");
    json!({
        "employer": {"name": "Reef Resort", "brand_color": "#0a7ea4",
                     "careers_url": "https://jobs.example.com/careers/reef-resort"},
        "job": {"id": "0190d2a4-5b8e-7000-8000-000000000001", "title": "Sous Chef"},
        "applicant": {"first_name": "Aishath"},
        "application": {"id": "0190d2a4-5b8e-7000-8000-000000000002", "status": status},
        "status": status,
        "member": {"name": "Mariyam"},
        "comment": {"author": "Ibrahim", "excerpt": "@Mariyam could you look at this one?"},
        "items": [{"subject": "New application for Sous Chef", "kind": "application.created"}],
        "links": {
            "application": "https://jobs.example.com/v1/applications/0190d2a4-5b8e-7000-8000-000000000002",
            "job": "https://jobs.example.com/v1/public/jobs/0190d2a4-5b8e-7000-8000-000000000001",
            "confirm": "https://jobs.example.com/v1/public/confirm-email?token=sample",
            "unsubscribe": "https://jobs.example.com/v1/public/unsubscribe?token=sample",
        },
    })
}

/// A BCP 47 tag in its usual case (`en` when absent).
fn canonical_locale(locale: Option<&str>) -> Result<String, Failure> {
    match locale {
        None => Ok("en".to_string()),
        Some(raw) => crate::domain::locale::canonical(raw).ok_or(Failure::BadParameter {
            pointer: "#/query/locale",
            detail: "must be a BCP 47 language tag such as `en`, `dv` or `pt-BR`",
        }),
    }
}

/// A member's preferences, with every kind's effective choice.
#[derive(Debug, Clone)]
pub struct Preferences {
    pub choices: Vec<(&'static str, Delivery)>,
    pub time_zone: Option<String>,
    pub digest_hour: i32,
    pub version: i64,
    pub updated_at: Option<DateTime<Utc>>,
}

fn preferences_of(row: Option<PreferenceRow>) -> Preferences {
    let (stored, time_zone, digest_hour, version, updated_at) = match row {
        Some(r) => (
            r.choices,
            r.time_zone,
            r.digest_hour,
            r.version,
            r.updated_at,
        ),
        None => (json!({}), None, 8, 0, None),
    };
    Preferences {
        choices: PREFERENCE_KINDS
            .iter()
            .map(|k| {
                (
                    *k,
                    stored[*k]
                        .as_str()
                        .and_then(Delivery::parse)
                        .unwrap_or(Delivery::Immediate),
                )
            })
            .collect(),
        time_zone,
        digest_hour,
        version,
        updated_at,
    }
}

fn member_of(ctx: &Ctx) -> Result<uuid::Uuid, Failure> {
    // Recorded by the gate on the first request; absent only when recording failed.
    ctx.member_id.ok_or(Failure::Unavailable)
}

pub async fn preferences(db: &Database, ctx: &Ctx) -> Result<Preferences, Failure> {
    let member = member_of(ctx)?;
    let mut tx = db.begin(&ctx.scope).await?;
    let row = tx.notification_preferences(member).await?;
    tx.commit().await?;
    Ok(preferences_of(row))
}

pub async fn replace_preferences(
    db: &Database,
    ctx: &Ctx,
    if_match: &str,
    choices: Vec<(&'static str, Delivery)>,
    time_zone: Option<String>,
    digest_hour: Option<i32>,
) -> Result<Preferences, Failure> {
    let member = member_of(ctx)?;
    let mut tx = db.begin(&ctx.scope).await?;
    if let Some(zone) = &time_zone
        && !tx.time_zone_known(zone).await?
    {
        return Err(Failure::invalid(
            "/time_zone",
            "is not a time zone PostgreSQL knows: use an IANA name such as `Indian/Maldives` or `Europe/Paris`",
        ));
    }
    let current = tx.notification_preferences(member).await?;
    let version = current.as_ref().map_or(0, |r| r.version);
    if !etag::if_match_admits(if_match, version) {
        return Err(Failure::PreconditionFailed);
    }
    let stored: Value = choices
        .iter()
        .map(|(k, d)| ((*k).to_string(), json!(d.as_str())))
        .collect::<serde_json::Map<_, _>>()
        .into();
    let row = tx
        .notification_preferences_store(
            member,
            &stored,
            time_zone.as_deref(),
            digest_hour.unwrap_or(8),
            Some(version),
        )
        .await?
        .ok_or(Failure::PreconditionFailed)?;
    tx.commit().await?;
    Ok(preferences_of(Some(row)))
}

/// A page of the delivery log.
pub struct DeliveryPage {
    pub items: Vec<MailRecord>,
    pub next_cursor: Option<String>,
}

pub async fn deliveries(
    db: &Database,
    cursors: &CursorCodec,
    ctx: &Ctx,
    status: Option<&str>,
    cursor: Option<&str>,
    limit: Option<u32>,
) -> Result<DeliveryPage, Failure> {
    let scope = format!("mail-deliveries|{}", status.unwrap_or(""));
    let after: Option<MailPosition> = match cursor {
        Some(c) => Some(cursors.decode(&scope, c).map_err(|_| Failure::BadCursor)?),
        None => None,
    };
    let limit = i64::from(limit.unwrap_or(20).clamp(1, 100));
    let mut tx = db.begin(&ctx.scope).await?;
    let mut items = tx.mail_deliveries(status, after, limit + 1).await?;
    tx.commit().await?;
    let next_cursor = if items.len() > usize::try_from(limit).unwrap_or(100) {
        items.truncate(usize::try_from(limit).unwrap_or(100));
        items
            .last()
            .map(|last| cursors.encode(&scope, &(last.created_at, last.id)))
    } else {
        None
    };
    Ok(DeliveryPage { items, next_cursor })
}

/// A link's signer, or 503 when the deployment has none.
fn signer(links: Option<&LinkSigner>) -> Result<&LinkSigner, Failure> {
    links.ok_or(Failure::NotConfigured(
        "E-mail links are not configured here: the server has no JOBS_WEBHOOK_SECRET_KEY to sign them with.",
    ))
}

/// Follows an unsubscribe link: the address no longer receives that kind.
pub async fn unsubscribe(
    db: &Database,
    links: Option<&LinkSigner>,
    token: &str,
) -> Result<Unsubscribe, Failure> {
    let link = signer(links)?
        .open_unsubscribe(token)
        .ok_or(Failure::Link(LinkProblem::Invalid))?;
    let mut tx = db.begin_for_signed_link(link.employer_id).await?;
    tx.mail_suppress(&link.address, &link.kind).await?;
    tx.commit().await?;
    Ok(link)
}

/// Why a link was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkProblem {
    Invalid,
    Expired,
    Used,
}

/// Follows a confirmation link: marks the submission's address confirmed (once).
pub async fn confirm_email(
    db: &Database,
    links: Option<&LinkSigner>,
    token: &str,
) -> Result<DateTime<Utc>, Failure> {
    let link = signer(links)?
        .open_confirm(token)
        .ok_or(Failure::Link(LinkProblem::Invalid))?;
    if Utc::now().timestamp() > link.expires_at {
        return Err(Failure::Link(LinkProblem::Expired));
    }
    let mut tx = db.begin_for_signed_link(link.employer_id).await?;
    let outcome = tx
        .submission_confirm_email(link.submission_id, &link.address)
        .await?;
    tx.commit().await?;
    match outcome {
        Confirmation::Confirmed(at) => Ok(at),
        Confirmation::AlreadyUsed => Err(Failure::Link(LinkProblem::Used)),
        Confirmation::Gone => Err(Failure::Link(LinkProblem::Invalid)),
    }
}
