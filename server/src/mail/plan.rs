//! What one outbox event means for whom: the recipients, their choices, the template in their
//! language, rendered into the messages to queue. Read in a tenant transaction of the event's
//! employer (row-level security as for its requests).

use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use super::templates::{self, Rendered, Source};
use crate::db::{DbError, DigestAt, MailEvent, NewMail, TenantTx};
use crate::domain::mail_link::{CONFIRM_VALID_SECS, Confirm, LinkSigner, Unsubscribe};
use crate::domain::notification::{
    self as n, APPLICATION_ASSIGNED, APPLICATION_CREATED, COMMENT_MENTIONED, DAILY_DIGEST,
    Delivery, EMAIL_CONFIRMATION, first_name,
};

/// The unsubscribe kind of every status e-mail (one choice for all of them).
pub const STATUS_KIND: &str = "application.status";

#[derive(Clone)]
pub struct Planner {
    pub signer: LinkSigner,
    pub public_url: String,
    /// The domain of Message-IDs (the From address's).
    pub id_domain: String,
}

/// A recipient of a member notification.
struct MemberTo {
    id: String,
    name: String,
    email: String,
    choice: Delivery,
    hold: DigestAt,
}

impl Planner {
    pub async fn plan(&self, tx: &mut TenantTx, e: &MailEvent) -> Result<Vec<NewMail>, DbError> {
        match e.event_type.as_str() {
            "application.created" => self.application_created(tx, e).await,
            "application.submission.added" => {
                let submission = uuid_at(&e.payload, "submission_id");
                match tx.mail_application(e.entity_id, submission).await? {
                    Some(ctx) => Ok(self.confirmation(tx, e, &ctx).await?.into_iter().collect()),
                    None => Ok(Vec::new()),
                }
            }
            "application.status.changed" => self.status_changed(tx, e).await,
            "application.comment.created" | "application.comment.updated" => {
                self.mentioned(tx, e).await
            }
            "application.assigned" => self.assigned(tx, e).await,
            _ => Ok(Vec::new()),
        }
    }

    async fn application_created(
        &self,
        tx: &mut TenantTx,
        e: &MailEvent,
    ) -> Result<Vec<NewMail>, DbError> {
        let Some(ctx) = tx.mail_application(e.entity_id, None).await? else {
            return Ok(Vec::new());
        };
        let team = ctx["team"].as_array().cloned().unwrap_or_default();
        // The hiring team hears by default; without a team, the admins and recruiters who
        // chose to.
        let (members, default) = if team.is_empty() {
            (tx.mail_members(None).await?, Delivery::Off)
        } else {
            (team, Delivery::Immediate)
        };
        let mut out = Vec::new();
        for m in members
            .iter()
            .filter_map(|m| member_to(m, APPLICATION_CREATED, default))
        {
            let context = self.context(&ctx, Some(&m), None, None, &m.email, APPLICATION_CREATED);
            if let Some(mail) = self
                .member_mail(tx, e.id, APPLICATION_CREATED, &m, &context)
                .await?
            {
                out.push(mail);
            }
        }
        out.extend(self.confirmation(tx, e, &ctx).await?);
        Ok(out)
    }

    /// After a public application without an applicant token: the link that confirms the
    /// address it gave.
    async fn confirmation(
        &self,
        tx: &mut TenantTx,
        e: &MailEvent,
        ctx: &Value,
    ) -> Result<Option<NewMail>, DbError> {
        let s = &ctx["submission"];
        let (Some(submission_id), Some(address)) = (uuid_at(s, "id"), s["email"].as_str()) else {
            return Ok(None);
        };
        if !ctx["application"]["public"].as_bool().unwrap_or(false)
            || !s["anonymous"].as_bool().unwrap_or(false)
        {
            return Ok(None);
        }
        let token = self.signer.confirm(&Confirm {
            employer_id: tx.employer_id(),
            submission_id,
            address: address.to_string(),
            expires_at: e.occurred_at.timestamp() + CONFIRM_VALID_SECS,
        });
        let confirm = format!("{}/v1/public/confirm-email?token={token}", self.public_url);
        let locale = locale_of(ctx);
        let mut context = self.context(ctx, None, None, None, address, "");
        context["links"]["confirm"] = json!(confirm);
        context["applicant"]["first_name"] = json!(first_name(s["name"].as_str().unwrap_or("")));
        let Some((rendered, locale)) = render(tx, EMAIL_CONFIRMATION, &locale, &context).await?
        else {
            return Ok(None);
        };
        Ok(Some(self.new_mail(
            e.id,
            EMAIL_CONFIRMATION,
            &format!("submission:{submission_id}"),
            address,
            s["name"].as_str(),
            &locale,
            rendered,
            None,
            None,
        )))
    }

    async fn status_changed(
        &self,
        tx: &mut TenantTx,
        e: &MailEvent,
    ) -> Result<Vec<NewMail>, DbError> {
        let Some(to) = e.payload["to"].as_str() else {
            return Ok(Vec::new());
        };
        let key = format!("application.status.{to}");
        if n::template(&key).is_none() {
            return Ok(Vec::new());
        }
        let Some(ctx) = tx.mail_application(e.entity_id, None).await? else {
            return Ok(Vec::new());
        };
        let applicant = &ctx["applicant"];
        // Only a person who consented, is not erased, and did not unsubscribe.
        let Some(address) = applicant["email"].as_str() else {
            return Ok(Vec::new());
        };
        if applicant["erased"].as_bool().unwrap_or(true)
            || !applicant["consented"].as_bool().unwrap_or(false)
            || tx.mail_suppressed(address, STATUS_KIND).await?
        {
            return Ok(Vec::new());
        }
        let locale = locale_of(&ctx);
        let mut context = self.context(&ctx, None, None, Some(to), address, STATUS_KIND);
        context["applicant"]["first_name"] =
            json!(first_name(applicant["name"].as_str().unwrap_or("")));
        let Some((rendered, locale)) = render(tx, &key, &locale, &context).await? else {
            return Ok(Vec::new());
        };
        let applicant_id = applicant["id"].as_str().unwrap_or_default();
        Ok(vec![self.new_mail(
            e.id,
            &key,
            &format!("applicant:{applicant_id}"),
            address,
            applicant["name"].as_str(),
            &locale,
            rendered,
            Some(self.unsubscribe_url(tx.employer_id(), address, STATUS_KIND)),
            None,
        )])
    }

    async fn mentioned(&self, tx: &mut TenantTx, e: &MailEvent) -> Result<Vec<NewMail>, DbError> {
        let author = uuid_at(&e.payload, "author_id");
        let mentions: Vec<Uuid> = e.payload["mentions"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().and_then(|s| s.parse().ok()))
                    .filter(|id| Some(*id) != author)
                    .collect()
            })
            .unwrap_or_default();
        let (Some(comment_id), Some(application_id)) = (
            uuid_at(&e.payload, "comment_id"),
            uuid_at(&e.payload, "application_id"),
        ) else {
            return Ok(Vec::new());
        };
        if mentions.is_empty() {
            return Ok(Vec::new());
        }
        let (Some(ctx), Some(comment)) = (
            tx.mail_application(application_id, None).await?,
            tx.mail_comment(comment_id).await?,
        ) else {
            return Ok(Vec::new());
        };
        let members = tx.mail_members(Some(&mentions)).await?;
        let mut out = Vec::new();
        for m in members
            .iter()
            .filter_map(|m| member_to(m, COMMENT_MENTIONED, Delivery::Immediate))
        {
            let context = self.context(
                &ctx,
                Some(&m),
                Some(&comment),
                None,
                &m.email,
                COMMENT_MENTIONED,
            );
            // Keyed by the comment, not the event: an edit does not mention anyone twice.
            if let Some(mail) = self
                .member_mail(tx, comment_id, COMMENT_MENTIONED, &m, &context)
                .await?
            {
                out.push(mail);
            }
        }
        Ok(out)
    }

    async fn assigned(&self, tx: &mut TenantTx, e: &MailEvent) -> Result<Vec<NewMail>, DbError> {
        let Some(assignee) = uuid_at(&e.payload, "assignee_id") else {
            return Ok(Vec::new());
        };
        let Some(ctx) = tx.mail_application(e.entity_id, None).await? else {
            return Ok(Vec::new());
        };
        let members = tx.mail_members(Some(&[assignee])).await?;
        let mut out = Vec::new();
        for m in members
            .iter()
            .filter(|m| m["sub"].as_str() != Some(e.actor.as_str()))
        {
            let Some(m) = member_to(m, APPLICATION_ASSIGNED, Delivery::Immediate) else {
                continue;
            };
            let context = self.context(&ctx, Some(&m), None, None, &m.email, APPLICATION_ASSIGNED);
            if let Some(mail) = self
                .member_mail(tx, e.id, APPLICATION_ASSIGNED, &m, &context)
                .await?
            {
                out.push(mail);
            }
        }
        Ok(out)
    }

    /// A daily digest of held messages for one member.
    pub async fn digest(
        &self,
        tx: &mut TenantTx,
        first_id: Uuid,
        recipient_key: &str,
        held: &[Value],
    ) -> Result<Option<NewMail>, DbError> {
        let Some(first) = held.first() else {
            return Ok(None);
        };
        let Some(address) = first["to_address"].as_str() else {
            return Ok(None);
        };
        let name = first["to_name"].as_str().unwrap_or("");
        let items: Vec<Value> = held
            .iter()
            .map(|h| json!({"subject": h["subject"], "kind": h["kind"]}))
            .collect();
        let employer = tx.mail_employer_name().await?;
        let mut context = self.context(
            &json!({"employer": {"name": employer}}),
            None,
            None,
            None,
            address,
            DAILY_DIGEST,
        );
        context["member"] = json!({"name": name});
        context["items"] = json!(items);
        let members_locale = tx.mail_members_locale().await?;
        let Some((rendered, locale)) = render(tx, DAILY_DIGEST, &members_locale, &context).await?
        else {
            return Ok(None);
        };
        Ok(Some(self.new_mail(
            first_id,
            DAILY_DIGEST,
            recipient_key,
            address,
            Some(name),
            &locale,
            rendered,
            Some(self.unsubscribe_url(tx.employer_id(), address, DAILY_DIGEST)),
            None,
        )))
    }

    async fn member_mail(
        &self,
        tx: &mut TenantTx,
        event_id: Uuid,
        key: &str,
        m: &MemberTo,
        context: &Value,
    ) -> Result<Option<NewMail>, DbError> {
        if tx.mail_suppressed(&m.email, key).await? {
            return Ok(None);
        }
        let members_locale = tx.mail_members_locale().await?;
        let Some((rendered, locale)) = render(tx, key, &members_locale, context).await? else {
            return Ok(None);
        };
        let hold = (m.choice == Delivery::DailyDigest).then(|| m.hold.clone());
        Ok(Some(self.new_mail(
            event_id,
            key,
            &format!("member:{}", m.id),
            &m.email,
            Some(&m.name),
            &locale,
            rendered,
            Some(self.unsubscribe_url(tx.employer_id(), &m.email, key)),
            hold,
        )))
    }

    /// The variables every template sees (the same names in all of them; what does not apply
    /// to a template is empty).
    fn context(
        &self,
        ctx: &Value,
        member: Option<&MemberTo>,
        comment: Option<&Value>,
        status: Option<&str>,
        address: &str,
        unsubscribe_kind: &str,
    ) -> Value {
        let employer = &ctx["employer"];
        let application_id = ctx["application"]["id"].as_str().unwrap_or_default();
        let job_id = ctx["job"]["id"].as_str().unwrap_or_default();
        let employer_id = employer["id"]
            .as_str()
            .and_then(|s| s.parse().ok())
            .unwrap_or(Uuid::nil());
        json!({
            "employer": {
                "name": employer["name"].as_str().unwrap_or_default(),
                "brand_color": employer["brand_color"].as_str().unwrap_or_default(),
                "careers_url": employer["slug"].as_str()
                    .map(|s| format!("{}/careers/{s}", self.public_url)).unwrap_or_default(),
            },
            "job": {"id": job_id, "title": ctx["job"]["title"].as_str().unwrap_or_default()},
            "applicant": {
                "first_name": first_name(ctx["applicant"]["name"].as_str().unwrap_or_default()),
            },
            "application": {
                "id": application_id,
                "status": ctx["application"]["status"].as_str().unwrap_or_default(),
            },
            "status": status.unwrap_or_else(|| ctx["application"]["status"].as_str().unwrap_or_default()),
            "member": {"name": member.map(|m| m.name.as_str()).unwrap_or_default()},
            "comment": {
                "author": comment.and_then(|c| c["author"].as_str()).unwrap_or_default(),
                "excerpt": comment.and_then(|c| c["excerpt"].as_str()).unwrap_or_default(),
            },
            "items": [],
            "links": {
                "application": if application_id.is_empty() { String::new() }
                    else { format!("{}/v1/applications/{application_id}", self.public_url) },
                "job": if job_id.is_empty() { String::new() }
                    else { format!("{}/v1/public/jobs/{job_id}", self.public_url) },
                "confirm": "",
                "unsubscribe": if unsubscribe_kind.is_empty() { String::new() }
                    else { self.unsubscribe_url(employer_id, address, unsubscribe_kind) },
            },
        })
    }

    fn unsubscribe_url(&self, employer_id: Uuid, address: &str, kind: &str) -> String {
        let token = self.signer.unsubscribe(&Unsubscribe {
            employer_id,
            address: address.to_lowercase(),
            kind: kind.to_string(),
        });
        format!("{}/v1/public/unsubscribe?token={token}", self.public_url)
    }

    #[allow(clippy::too_many_arguments)]
    fn new_mail(
        &self,
        event_id: Uuid,
        kind: &str,
        recipient_key: &str,
        address: &str,
        name: Option<&str>,
        locale: &str,
        rendered: Rendered,
        unsubscribe_url: Option<String>,
        hold_until: Option<DigestAt>,
    ) -> NewMail {
        NewMail {
            event_id,
            kind: kind.to_string(),
            recipient_key: recipient_key.to_string(),
            to_address: address.to_string(),
            to_name: name
                .map(|n| n::header_text(n, 200))
                .filter(|n| !n.is_empty()),
            locale: locale.to_string(),
            message_id: message_id(event_id, kind, recipient_key, &self.id_domain),
            subject: rendered.subject,
            text_body: rendered.text,
            html_body: rendered.html,
            unsubscribe_url,
            hold_until,
        }
    }
}

/// The Message-ID of the message for (event, kind, recipient): the same whichever mailer
/// queues it, so a receiver that sees it twice can tell.
pub fn message_id(event_id: Uuid, kind: &str, recipient_key: &str, domain: &str) -> String {
    let digest = Sha256::digest(format!("{kind}\0{recipient_key}").as_bytes());
    let short: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
    format!("<{event_id}.{short}@{domain}>")
}

/// Renders a template for a locale: the employer's wording in that language, else in English,
/// else the built-in one. `None` when the template is switched off. A stored template that no
/// longer renders falls back to the built-in wording rather than losing the message.
pub async fn render(
    tx: &mut TenantTx,
    key: &str,
    locale: &str,
    context: &Value,
) -> Result<Option<(Rendered, String)>, DbError> {
    let Some(kind) = n::template(key) else {
        return Ok(None);
    };
    let stored = tx.notification_template(key, locale).await?;
    let enabled = stored
        .as_ref()
        .map_or(kind.enabled_by_default, |t| t.enabled);
    if !enabled {
        return Ok(None);
    }
    let builtin = templates::default_source(key);
    let (source, used_locale) = match &stored {
        Some(t) => match (&t.subject, &t.text_body) {
            (Some(subject), Some(text)) => (
                Some(Source {
                    subject: subject.clone(),
                    text: text.clone(),
                    html: t.html_body.clone(),
                }),
                t.locale.clone(),
            ),
            _ => (builtin.clone(), "en".to_string()),
        },
        None => (builtin.clone(), "en".to_string()),
    };
    let Some(source) = source else {
        return Ok(None);
    };
    match templates::render(&source, context) {
        Ok(r) => Ok(Some((r, used_locale))),
        Err(err) => {
            tracing::warn!(template = key, error = %err, "a stored template does not render; the built-in wording is sent");
            Ok(builtin
                .and_then(|b| templates::render(&b, context).ok())
                .map(|r| (r, "en".to_string())))
        }
    }
}

fn member_to(m: &Value, kind: &str, default: Delivery) -> Option<MemberTo> {
    let choice = m["choices"][kind]
        .as_str()
        .and_then(Delivery::parse)
        .unwrap_or(default);
    if choice == Delivery::Off {
        return None;
    }
    Some(MemberTo {
        id: m["id"].as_str()?.to_string(),
        name: m["name"].as_str().unwrap_or_default().to_string(),
        email: m["email"].as_str()?.to_string(),
        choice,
        hold: DigestAt {
            time_zone: m["time_zone"].as_str().unwrap_or("UTC").to_string(),
            hour: m["digest_hour"]
                .as_i64()
                .and_then(|h| i32::try_from(h).ok())
                .unwrap_or(8),
        },
    })
}

fn locale_of(ctx: &Value) -> String {
    ctx["application"]["locale"]
        .as_str()
        .unwrap_or("en")
        .to_string()
}

fn uuid_at(v: &Value, key: &str) -> Option<Uuid> {
    v[key].as_str().and_then(|s| s.parse().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_id_is_fixed_by_event_kind_and_recipient() {
        let e = Uuid::nil();
        let a = message_id(e, "k", "member:1", "example.com");
        assert_eq!(a, message_id(e, "k", "member:1", "example.com"));
        assert_ne!(a, message_id(e, "k", "member:2", "example.com"));
        assert!(a.starts_with('<') && a.ends_with("@example.com>"));
    }
}
