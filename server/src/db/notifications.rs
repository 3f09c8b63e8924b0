//! Notification settings an employer's members keep through the API: templates, each member's
//! preferences, the delivery log, and what the public links in the e-mails change
//! (unsubscribing an address, confirming a submission's address).

use chrono::{DateTime, Utc};
use diesel::QueryableByName;
use diesel::sql_types::{
    BigInt, Bool, Integer, Jsonb, Nullable, Text, Timestamptz, Uuid as SqlUuid,
};
use diesel_async::RunQueryDsl;
use uuid::Uuid;

use super::stmt::Stmt;
use super::tenant::{TenantScope, TenantTx};
use super::{Database, DbError};

/// An employer's own template for one key and language.
#[derive(Debug, Clone, QueryableByName)]
pub struct TemplateRow {
    #[diesel(sql_type = Text)]
    pub template: String,
    #[diesel(sql_type = Text)]
    pub locale: String,
    #[diesel(sql_type = Bool)]
    pub enabled: bool,
    #[diesel(sql_type = Nullable<Text>)]
    pub subject: Option<String>,
    #[diesel(sql_type = Nullable<Text>)]
    pub text_body: Option<String>,
    #[diesel(sql_type = Nullable<Text>)]
    pub html_body: Option<String>,
    #[diesel(sql_type = BigInt)]
    pub version: i64,
    #[diesel(sql_type = Timestamptz)]
    pub updated_at: DateTime<Utc>,
}

/// What a PUT stores (absent texts: the built-in ones).
#[derive(Debug, Clone)]
pub struct TemplateChange<'a> {
    pub template: &'a str,
    pub locale: &'a str,
    pub enabled: bool,
    pub subject: Option<&'a str>,
    pub text_body: Option<&'a str>,
    pub html_body: Option<&'a str>,
}

/// A member's stored preferences.
#[derive(Debug, Clone, QueryableByName)]
pub struct PreferenceRow {
    #[diesel(sql_type = Jsonb)]
    pub choices: serde_json::Value,
    #[diesel(sql_type = Nullable<Text>)]
    pub time_zone: Option<String>,
    #[diesel(sql_type = Integer)]
    pub digest_hour: i32,
    #[diesel(sql_type = BigInt)]
    pub version: i64,
    #[diesel(sql_type = Nullable<Timestamptz>)]
    pub updated_at: Option<DateTime<Utc>>,
}

/// One queued message, as the delivery log shows it.
#[derive(Debug, Clone, QueryableByName)]
pub struct MailRecord {
    #[diesel(sql_type = SqlUuid)]
    pub id: Uuid,
    #[diesel(sql_type = SqlUuid)]
    pub event_id: Uuid,
    #[diesel(sql_type = Text)]
    pub kind: String,
    #[diesel(sql_type = Text)]
    pub to_address: String,
    #[diesel(sql_type = Text)]
    pub locale: String,
    #[diesel(sql_type = Text)]
    pub message_id: String,
    #[diesel(sql_type = Text)]
    pub subject: String,
    #[diesel(sql_type = Text)]
    pub status: String,
    #[diesel(sql_type = Integer)]
    pub attempts: i32,
    #[diesel(sql_type = Nullable<Text>)]
    pub last_error: Option<String>,
    #[diesel(sql_type = Timestamptz)]
    pub created_at: DateTime<Utc>,
    #[diesel(sql_type = Nullable<Timestamptz>)]
    pub sent_at: Option<DateTime<Utc>>,
    #[diesel(sql_type = Nullable<Timestamptz>)]
    pub next_attempt_at: Option<DateTime<Utc>>,
}

/// Where a page of the delivery log starts (newest first).
pub type MailPosition = (DateTime<Utc>, Uuid);

#[derive(QueryableByName)]
struct Confirmed {
    #[diesel(sql_type = Nullable<Timestamptz>)]
    before: Option<DateTime<Utc>>,
    #[diesel(sql_type = Timestamptz)]
    now: DateTime<Utc>,
}

#[derive(QueryableByName)]
struct ZoneOk {
    #[diesel(sql_type = Bool)]
    ok: bool,
}

/// What following a confirmation link did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confirmation {
    /// Confirmed now.
    Confirmed(DateTime<Utc>),
    /// The link was used before (single use).
    AlreadyUsed,
    /// The submission is gone (erased or anonymized).
    Gone,
}

const TEMPLATE_COLUMNS: &str =
    "template, locale, enabled, subject, text_body, html_body, version, updated_at";

impl Database {
    /// A tenant transaction for the employer a verified link (unsubscribe, confirmation) was
    /// signed for: the link is the caller's only authority, and it names one employer.
    pub async fn begin_for_signed_link(&self, employer_id: Uuid) -> Result<TenantTx, DbError> {
        self.begin(&TenantScope::new(employer_id)).await
    }
}

impl TenantTx {
    pub async fn notification_templates(&mut self) -> Result<Vec<TemplateRow>, DbError> {
        Stmt::new(format!(
            "SELECT {TEMPLATE_COLUMNS} FROM notification_templates WHERE employer_id = $1 \
             ORDER BY template, locale"
        ))
        .with::<SqlUuid, _>(self.employer_id())
        .load(self.conn()?)
        .await
        .map_err(Into::into)
    }

    /// The employer's template for a key in `locale`, else in English.
    pub async fn notification_template(
        &mut self,
        template: &str,
        locale: &str,
    ) -> Result<Option<TemplateRow>, DbError> {
        let rows: Vec<TemplateRow> = Stmt::new(format!(
            "SELECT {TEMPLATE_COLUMNS} FROM notification_templates \
             WHERE employer_id = $1 AND template = $2 AND locale IN ($3, 'en') \
             ORDER BY locale = $3 DESC LIMIT 1"
        ))
        .with::<SqlUuid, _>(self.employer_id())
        .with::<Text, _>(template.to_string())
        .with::<Text, _>(locale.to_string())
        .load(self.conn()?)
        .await?;
        Ok(rows.into_iter().next())
    }

    /// Stores a template when its stored version is still `expected` (a first one is simply
    /// inserted: the caller read that none was stored), or whatever it is when `expected` is
    /// `None`. `None` otherwise.
    pub async fn notification_template_store(
        &mut self,
        change: &TemplateChange<'_>,
        expected: Option<i64>,
    ) -> Result<Option<TemplateRow>, DbError> {
        self.employer_ensure().await?;
        let rows: Vec<TemplateRow> = Stmt::new(format!(
            "INSERT INTO notification_templates AS t (employer_id, template, locale, enabled, \
               subject, text_body, html_body) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) \
             ON CONFLICT (employer_id, template, locale) DO UPDATE SET \
               enabled = excluded.enabled, subject = excluded.subject, \
               text_body = excluded.text_body, html_body = excluded.html_body, \
               version = t.version + 1, updated_at = now() \
             WHERE $8::bigint IS NULL OR t.version = $8 \
             RETURNING {TEMPLATE_COLUMNS}"
        ))
        .with::<SqlUuid, _>(self.employer_id())
        .with::<Text, _>(change.template.to_string())
        .with::<Text, _>(change.locale.to_string())
        .with::<Bool, _>(change.enabled)
        .with::<Nullable<Text>, _>(change.subject.map(str::to_string))
        .with::<Nullable<Text>, _>(change.text_body.map(str::to_string))
        .with::<Nullable<Text>, _>(change.html_body.map(str::to_string))
        .with::<Nullable<BigInt>, _>(expected)
        .load(self.conn()?)
        .await?;
        Ok(rows.into_iter().next())
    }

    pub async fn notification_preferences(
        &mut self,
        member_id: Uuid,
    ) -> Result<Option<PreferenceRow>, DbError> {
        let rows: Vec<PreferenceRow> = Stmt::new(
            "SELECT choices, time_zone, digest_hour, version, updated_at \
             FROM notification_preferences WHERE member_id = $1",
        )
        .with::<SqlUuid, _>(member_id)
        .load(self.conn()?)
        .await?;
        Ok(rows.into_iter().next())
    }

    /// Stores a member's preferences when the version is still `expected` (0: none yet).
    pub async fn notification_preferences_store(
        &mut self,
        member_id: Uuid,
        choices: &serde_json::Value,
        time_zone: Option<&str>,
        digest_hour: i32,
        expected: Option<i64>,
    ) -> Result<Option<PreferenceRow>, DbError> {
        let rows: Vec<PreferenceRow> = Stmt::new(
            "INSERT INTO notification_preferences AS p (member_id, employer_id, choices, \
               time_zone, digest_hour) \
             VALUES ($1, $2, $3, $4, $5) \
             ON CONFLICT (member_id) DO UPDATE SET choices = excluded.choices, \
               time_zone = excluded.time_zone, digest_hour = excluded.digest_hour, \
               version = p.version + 1, updated_at = now() \
             WHERE $6::bigint IS NULL OR p.version = $6 \
             RETURNING choices, time_zone, digest_hour, version, updated_at",
        )
        .with::<SqlUuid, _>(member_id)
        .with::<SqlUuid, _>(self.employer_id())
        .with::<Jsonb, _>(choices.clone())
        .with::<Nullable<Text>, _>(time_zone.map(str::to_string))
        .with::<Integer, _>(digest_hour)
        .with::<Nullable<BigInt>, _>(expected)
        .load(self.conn()?)
        .await?;
        Ok(rows.into_iter().next())
    }

    /// Whether PostgreSQL knows a time zone name.
    pub async fn time_zone_known(&mut self, name: &str) -> Result<bool, DbError> {
        let rows: Vec<ZoneOk> =
            Stmt::new("SELECT EXISTS (SELECT 1 FROM pg_timezone_names WHERE name = $1) AS ok")
                .with::<Text, _>(name.to_string())
                .load(self.conn()?)
                .await?;
        Ok(<[ZoneOk]>::first(&rows).is_some_and(|r| r.ok))
    }

    /// A page of the delivery log, newest first, optionally of one status.
    pub async fn mail_deliveries(
        &mut self,
        status: Option<&str>,
        after: Option<MailPosition>,
        limit: i64,
    ) -> Result<Vec<MailRecord>, DbError> {
        let (at, id) = after.unzip();
        Stmt::new(
            "SELECT id, event_id, kind, to_address, locale, message_id, subject, status, attempts, \
                    last_error, created_at, sent_at, next_attempt_at \
             FROM mail_deliveries WHERE employer_id = $1 \
               AND ($2::text IS NULL OR status = $2) \
               AND ($3::timestamptz IS NULL OR (created_at, id) < ($3, $4)) \
             ORDER BY created_at DESC, id DESC LIMIT $5",
        )
        .with::<SqlUuid, _>(self.employer_id())
        .with::<Nullable<Text>, _>(status.map(str::to_string))
        .with::<Nullable<Timestamptz>, _>(at)
        .with::<SqlUuid, _>(id.unwrap_or(Uuid::nil()))
        .with::<BigInt, _>(limit)
        .load(self.conn()?)
        .await
        .map_err(Into::into)
    }

    /// Adds an address to the suppression list for `kind` (`*`: everything).
    pub async fn mail_suppress(&mut self, address: &str, kind: &str) -> Result<(), DbError> {
        Stmt::new(
            "INSERT INTO mail_suppressions (employer_id, address, kind) VALUES ($1, lower($2), $3) \
             ON CONFLICT DO NOTHING",
        )
        .with::<SqlUuid, _>(self.employer_id())
        .with::<Text, _>(address.to_string())
        .with::<Text, _>(kind.to_string())
        .execute(self.conn()?)
        .await?;
        Ok(())
    }

    /// Whether an address is suppressed for `kind`.
    pub async fn mail_suppressed(&mut self, address: &str, kind: &str) -> Result<bool, DbError> {
        let rows: Vec<ZoneOk> = Stmt::new(
            "SELECT EXISTS (SELECT 1 FROM mail_suppressions WHERE employer_id = $1 \
               AND address = lower($2) \
               AND (kind = $3 OR kind = '*' OR starts_with($3, kind || '.'))) AS ok",
        )
        .with::<SqlUuid, _>(self.employer_id())
        .with::<Text, _>(address.to_string())
        .with::<Text, _>(kind.to_string())
        .load(self.conn()?)
        .await?;
        Ok(<[ZoneOk]>::first(&rows).is_some_and(|r| r.ok))
    }

    /// Marks a submission's address confirmed (once; the link is single-use).
    pub async fn submission_confirm_email(
        &mut self,
        submission_id: Uuid,
        address: &str,
    ) -> Result<Confirmation, DbError> {
        let rows: Vec<Confirmed> = Stmt::new(
            "WITH s AS (SELECT id, email_confirmed_at FROM application_submissions \
                        WHERE id = $1 AND lower(submission->>'email') = lower($2) FOR UPDATE), \
                  u AS (UPDATE application_submissions SET email_confirmed_at = now() \
                        WHERE id IN (SELECT id FROM s WHERE email_confirmed_at IS NULL)) \
             SELECT email_confirmed_at AS before, now() AS now FROM s",
        )
        .with::<SqlUuid, _>(submission_id)
        .with::<Text, _>(address.to_string())
        .load(self.conn()?)
        .await?;
        Ok(match rows.into_iter().next() {
            None => Confirmation::Gone,
            Some(Confirmed {
                before: Some(_), ..
            }) => Confirmation::AlreadyUsed,
            Some(Confirmed { before: None, now }) => Confirmation::Confirmed(now),
        })
    }
}
