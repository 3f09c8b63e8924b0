//! The mailer's side of the database. Cross-tenant, on the owner login (like the webhook
//! dispatcher): the outbox after the mailer's checkpoint, and leasing and recording queued
//! messages. What an event means for whom is read per employer, in a tenant transaction
//! ([`Mailbox::begin_for`]), under that employer's row-level security.
//!
//! Sending is at most once per message: a leased message is marked `sending` (committed) just
//! before the SMTP transaction; one found still `sending` after its lease ran out belonged to a
//! mailer that stopped mid-send, and is marked `unknown` instead of being sent again. A message
//! that was leased but never reached `sending` is simply leased again.

use std::time::Duration;

use chrono::{DateTime, Utc};
use diesel::QueryableByName;
use diesel::sql_types::{
    Array, BigInt, Integer, Jsonb, Nullable, Text, Timestamptz, Uuid as SqlUuid,
};
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use super::stmt::Stmt;
use super::tenant::{TenantScope, TenantTx};
use super::tx::{Access, Limits, Plans, Pool, Tx};
use super::{Database, DbError, FairShare};

/// The mailer's handle: a small pool on the owner login, and its URL for LISTEN.
#[derive(Clone)]
pub struct Mailbox {
    pool: Pool,
    limits: Limits,
    owner_url: String,
}

/// An outbox event the mailer may act on.
#[derive(Debug, Clone, QueryableByName)]
pub struct MailEvent {
    #[diesel(sql_type = SqlUuid)]
    pub id: Uuid,
    #[diesel(sql_type = BigInt)]
    pub tx_id: i64,
    #[diesel(sql_type = SqlUuid)]
    pub employer_id: Uuid,
    #[diesel(sql_type = Text)]
    pub event_type: String,
    #[diesel(sql_type = SqlUuid)]
    pub entity_id: Uuid,
    #[diesel(sql_type = Text)]
    pub actor: String,
    #[diesel(sql_type = Jsonb)]
    pub payload: serde_json::Value,
    #[diesel(sql_type = Timestamptz)]
    pub occurred_at: DateTime<Utc>,
}

/// A message to queue (rendered).
#[derive(Debug, Clone)]
pub struct NewMail {
    pub event_id: Uuid,
    pub kind: String,
    pub recipient_key: String,
    pub to_address: String,
    pub to_name: Option<String>,
    pub locale: String,
    pub message_id: String,
    pub subject: String,
    pub text_body: String,
    pub html_body: Option<String>,
    pub unsubscribe_url: Option<String>,
    /// Held for the recipient's daily digest until this time; `None`: send now.
    pub hold_until: Option<DigestAt>,
}

/// When a held message's digest is due: the next `hour` o'clock in `time_zone`.
#[derive(Debug, Clone)]
pub struct DigestAt {
    pub time_zone: String,
    pub hour: i32,
}

/// A leased message, with what sending it needs.
#[derive(Debug, Clone, QueryableByName)]
pub struct LeasedMail {
    #[diesel(sql_type = SqlUuid)]
    pub id: Uuid,
    #[diesel(sql_type = SqlUuid)]
    pub employer_id: Uuid,
    #[diesel(sql_type = Text)]
    pub kind: String,
    #[diesel(sql_type = Text)]
    pub to_address: String,
    #[diesel(sql_type = Nullable<Text>)]
    pub to_name: Option<String>,
    #[diesel(sql_type = Text)]
    pub locale: String,
    #[diesel(sql_type = Text)]
    pub message_id: String,
    #[diesel(sql_type = Text)]
    pub subject: String,
    #[diesel(sql_type = Text)]
    pub text_body: String,
    #[diesel(sql_type = Nullable<Text>)]
    pub html_body: Option<String>,
    #[diesel(sql_type = Nullable<Text>)]
    pub unsubscribe_url: Option<String>,
    #[diesel(sql_type = Integer)]
    pub attempts: i32,
    #[diesel(sql_type = Integer)]
    pub retries_left: i32,
}

/// How sending a message ended.
#[derive(Debug, Clone)]
pub enum MailOutcome {
    Sent,
    /// The address unsubscribed from this kind after the message was queued.
    Suppressed,
    /// Not sent (the server was unreachable, or refused for now): try again then.
    RetryAt(DateTime<Utc>, String),
    /// Refused for good, or out of retries.
    Dead(String),
    /// Another mailer had it (its lease was taken over): nothing to record.
    Skipped,
}

/// A held message due for its digest, grouped by recipient.
#[derive(Debug, Clone, QueryableByName)]
pub struct HeldGroup {
    #[diesel(sql_type = SqlUuid)]
    pub employer_id: Uuid,
    #[diesel(sql_type = Text)]
    pub recipient_key: String,
    #[diesel(sql_type = Array<SqlUuid>)]
    pub ids: Vec<Uuid>,
}

#[derive(QueryableByName)]
struct Due {
    #[diesel(sql_type = Nullable<Timestamptz>)]
    due: Option<DateTime<Utc>>,
}

#[derive(QueryableByName)]
struct Depth {
    #[diesel(sql_type = BigInt)]
    queued: i64,
    #[diesel(sql_type = BigInt)]
    dead: i64,
}

#[derive(QueryableByName)]
struct StatusRow {
    #[diesel(sql_type = Text)]
    status: String,
}

fn millis(d: Duration) -> i64 {
    i64::try_from(d.as_millis()).unwrap_or(i64::MAX)
}

/// A planning round: holds the checkpoint row locked, so that one mailer plans at a time.
pub struct Planning {
    tx: Tx,
    pub events: Vec<MailEvent>,
}

impl Mailbox {
    pub(super) fn new(pool: Pool, limits: Limits, owner_url: String) -> Self {
        Self {
            pool,
            limits,
            owner_url,
        }
    }

    /// A connection listening on `mail_deliveries` (a planning round that queued messages
    /// notifies it, waking the other mailers).
    pub async fn listener(&self) -> Result<AsyncPgConnection, DbError> {
        let mut conn = super::tls::establish(&self.owner_url)
            .await
            .map_err(|_| DbError::Unavailable)?;
        Stmt::new("LISTEN mail_deliveries")
            .execute(&mut conn)
            .await?;
        Ok(conn)
    }

    /// The next events after the checkpoint (at most `limit`), in feed order, when no other
    /// mailer is planning. Only events of finished transactions are read (below the
    /// snapshot's xmin), so none can later appear before the checkpoint.
    pub async fn plan_round(&self, limit: usize) -> Result<Option<Planning>, DbError> {
        let mut tx = Tx::begin(&self.pool, Access::Maintenance, self.limits).await?;
        let locked: Vec<StatusRow> =
            Stmt::new("SELECT 'locked' AS status FROM mail_checkpoint FOR UPDATE SKIP LOCKED")
                .load(tx.conn()?)
                .await?;
        if locked.is_empty() {
            tx.commit().await?;
            return Ok(None);
        }
        let events: Vec<MailEvent> = Stmt::new(
            "SELECT e.id, e.tx_id, e.employer_id, e.event_type, e.entity_id, e.actor, e.payload, \
                    e.occurred_at \
             FROM outbox_events e, mail_checkpoint c \
             WHERE e.event_type IN ('application.created', 'application.status.changed', \
                                    'application.submission.added', 'application.comment.created', \
                                    'application.comment.updated', 'application.assigned') \
               AND (e.tx_id, e.id) > (c.tx_id, c.event_id) \
               AND e.tx_id < pg_snapshot_xmin(pg_current_snapshot())::text::bigint \
             ORDER BY e.tx_id, e.id LIMIT $1",
        )
        .with::<BigInt, _>(i64::try_from(limit).unwrap_or(i64::MAX))
        .load(tx.conn()?)
        .await?;
        Ok(Some(Planning { tx, events }))
    }

    /// A tenant transaction for one event's employer: its recipients are read, and its
    /// messages queued, under that employer's row-level security.
    pub async fn begin_for(&self, db: &Database, employer_id: Uuid) -> Result<TenantTx, DbError> {
        db.begin(&TenantScope::new(employer_id)).await
    }

    /// Leases due messages for `lease`, round robin across employers, each within its share
    /// less what of it is already in flight here.
    /// Messages a stopped mailer left `sending` are marked `unknown` first (never resent).
    pub async fn lease(
        &self,
        limit: usize,
        fair: &FairShare<'_>,
        lease: Duration,
    ) -> Result<Vec<LeasedMail>, DbError> {
        if limit == 0 {
            return Ok(Vec::new());
        }
        let mut tx = Tx::begin(&self.pool, Access::Maintenance, self.limits).await?;
        Stmt::new(
            "UPDATE mail_deliveries SET status = 'unknown', \
               last_error = 'the mailer stopped while the server had the message; not sent again' \
             WHERE status = 'sending' AND next_attempt_at <= now()",
        )
        .execute(tx.conn()?)
        .await?;
        let leased: Vec<LeasedMail> = Stmt::new(
            "WITH ranked AS ( \
               SELECT id, employer_id, next_attempt_at, \
                      row_number() OVER (PARTITION BY employer_id ORDER BY next_attempt_at, id) AS rn \
               FROM mail_deliveries \
               WHERE status IN ('pending', 'failed') AND next_attempt_at <= now() \
                 AND NOT (employer_id = ANY($1)) \
             ), allowance AS ( \
               SELECT e AS employer_id, n FROM unnest($5::uuid[], $6::bigint[]) AS f(e, n) \
             ), picked AS ( \
               SELECT r.id FROM ranked r LEFT JOIN allowance a USING (employer_id) \
               WHERE r.rn <= $2 - COALESCE(a.n, 0) \
               ORDER BY r.rn, (r.employer_id <= $3), r.employer_id, r.next_attempt_at LIMIT $4) \
             SELECT d.id, d.employer_id, d.kind, d.to_address, d.to_name, d.locale, d.message_id, \
                    d.subject, d.text_body, d.html_body, d.unsubscribe_url, d.attempts, \
                    d.retries_left \
             FROM mail_deliveries d JOIN picked p ON p.id = d.id \
             WHERE d.status IN ('pending', 'failed') AND d.next_attempt_at <= now() \
             FOR UPDATE OF d SKIP LOCKED",
        )
        .with::<Array<SqlUuid>, _>(fair.full.to_vec())
        .with::<BigInt, _>(i64::try_from(fair.default_share).unwrap_or(i64::MAX))
        .with::<SqlUuid, _>(fair.after.unwrap_or(Uuid::nil()))
        .with::<BigInt, _>(i64::try_from(limit).unwrap_or(i64::MAX))
        .with::<Array<SqlUuid>, _>(fair.in_flight.keys().copied().collect::<Vec<_>>())
        .with::<Array<BigInt>, _>(
            fair.in_flight
                .values()
                .map(|n| i64::try_from(*n).unwrap_or(i64::MAX))
                .collect::<Vec<_>>(),
        )
        .load(tx.conn()?)
        .await?;
        if !leased.is_empty() {
            Stmt::new(
                "UPDATE mail_deliveries \
                 SET next_attempt_at = now() + make_interval(secs => $2::float8 / 1000) \
                 WHERE id = ANY($1)",
            )
            .with::<Array<SqlUuid>, _>(leased.iter().map(|d| d.id).collect::<Vec<_>>())
            .with::<BigInt, _>(millis(lease))
            .execute(tx.conn()?)
            .await?;
        }
        tx.commit().await?;
        Ok(leased)
    }

    /// Marks a leased message `sending` just before it is handed to the server, unless its
    /// address unsubscribed from its kind meanwhile (`suppressed`) or another mailer took it
    /// over. Returns the status it is now in.
    pub async fn start_sending(&self, id: Uuid, lease: Duration) -> Result<String, DbError> {
        let rows: Vec<StatusRow> = Tx::read_once(
            &self.pool,
            Access::Maintenance,
            self.limits,
            Plans::Auto,
            &Stmt::new(
                "UPDATE mail_deliveries d SET \
                   status = CASE WHEN EXISTS ( \
                       SELECT 1 FROM mail_suppressions s \
                       WHERE s.employer_id = d.employer_id AND s.address = lower(d.to_address) \
                         AND (s.kind = d.kind OR s.kind = '*' \
                              OR starts_with(d.kind, s.kind || '.'))) \
                     THEN 'suppressed' ELSE 'sending' END, \
                   attempts = attempts + 1, \
                   next_attempt_at = now() + make_interval(secs => $2::float8 / 1000) \
                 WHERE id = $1 AND status IN ('pending', 'failed') \
                 RETURNING status",
            )
            .with::<SqlUuid, _>(id)
            .with::<BigInt, _>(millis(lease)),
        )
        .await?;
        Ok(rows
            .into_iter()
            .next()
            .map_or_else(|| "taken".to_string(), |r| r.status))
    }

    /// Records how sending ended, for messages that finished together.
    pub async fn record(&self, outcomes: &[(Uuid, MailOutcome)]) -> Result<(), DbError> {
        let mut tx = Tx::begin(&self.pool, Access::Maintenance, self.limits).await?;
        for (id, outcome) in outcomes {
            let (status, next_at, error): (&str, Option<DateTime<Utc>>, Option<&str>) =
                match outcome {
                    MailOutcome::Sent => ("sent", None, None),
                    MailOutcome::RetryAt(at, e) => ("failed", Some(*at), Some(e)),
                    MailOutcome::Dead(e) => ("dead", None, Some(e)),
                    MailOutcome::Suppressed | MailOutcome::Skipped => continue,
                };
            Stmt::new(
                "UPDATE mail_deliveries SET status = $2, next_attempt_at = $3, last_error = $4, \
                   sent_at = CASE WHEN $2 = 'sent' THEN now() ELSE sent_at END, \
                   retries_left = CASE WHEN $2 = 'failed' THEN greatest(retries_left - 1, 0) \
                                       ELSE retries_left END \
                 WHERE id = $1 AND status = 'sending'",
            )
            .with::<SqlUuid, _>(*id)
            .with::<Text, _>(status)
            .with::<Nullable<Timestamptz>, _>(next_at)
            .with::<Nullable<Text>, _>(error.map(str::to_string))
            .execute(tx.conn()?)
            .await?;
        }
        tx.commit().await
    }

    /// When the next message comes due, leaving out `full`. (Held digests are folded at the
    /// mailer's pace, which bounds its sleep anyway.)
    pub async fn next_due(&self, full: &[Uuid]) -> Result<Option<DateTime<Utc>>, DbError> {
        let rows: Vec<Due> = Tx::read_once(
            &self.pool,
            Access::Maintenance,
            self.limits,
            Plans::Auto,
            &Stmt::new(
                "SELECT min(next_attempt_at) AS due FROM mail_deliveries \
                 WHERE status IN ('pending', 'failed') AND NOT (employer_id = ANY($1))",
            )
            .with::<Array<SqlUuid>, _>(full.to_vec()),
        )
        .await?;
        Ok(rows.into_iter().next().and_then(|r| r.due))
    }

    /// Queued and dead messages, for the metrics.
    pub async fn depth(&self) -> Result<(i64, i64), DbError> {
        let rows: Vec<Depth> = Tx::read_once(
            &self.pool,
            Access::Maintenance,
            self.limits,
            Plans::Auto,
            &Stmt::new(
                "SELECT count(*) FILTER (WHERE status IN ('pending', 'failed')) AS queued, \
                        count(*) FILTER (WHERE status = 'dead') AS dead \
                 FROM mail_deliveries",
            ),
        )
        .await?;
        Ok(rows
            .into_iter()
            .next()
            .map_or((0, 0), |d| (d.queued, d.dead)))
    }

    /// Held messages whose digest is due, by recipient (at most `limit` recipients).
    pub async fn due_digests(&self, limit: usize) -> Result<Vec<HeldGroup>, DbError> {
        Tx::read_once(
            &self.pool,
            Access::Maintenance,
            self.limits,
            Plans::Auto,
            &Stmt::new(
                "SELECT employer_id, recipient_key, array_agg(id ORDER BY created_at) AS ids \
                 FROM mail_deliveries WHERE status = 'held' AND next_attempt_at <= now() \
                 GROUP BY employer_id, recipient_key LIMIT $1",
            )
            .with::<BigInt, _>(i64::try_from(limit).unwrap_or(i64::MAX)),
        )
        .await
    }
}

impl Planning {
    /// Moves the checkpoint past the event at `last` (its tx_id and id) and ends the round (notifying the other mailers
    /// when messages were queued).
    pub async fn finish(mut self, last: Option<(i64, Uuid)>, queued: bool) -> Result<(), DbError> {
        if let Some((tx_id, id)) = last {
            Stmt::new(
                "UPDATE mail_checkpoint SET tx_id = $1, event_id = $2, updated_at = now() \
                 WHERE (tx_id, event_id) < ($1, $2)",
            )
            .with::<BigInt, _>(tx_id)
            .with::<SqlUuid, _>(id)
            .execute(self.tx.conn()?)
            .await?;
        }
        if queued {
            Stmt::new("SELECT pg_notify('mail_deliveries', '')")
                .execute(self.tx.conn()?)
                .await?;
        }
        self.tx.commit().await
    }
}

#[derive(QueryableByName)]
struct JsonRow {
    #[diesel(sql_type = Nullable<Jsonb>)]
    v: Option<serde_json::Value>,
}

impl TenantTx {
    /// What the mailer needs about an application (JSON: `employer`, `job`, `applicant`,
    /// `application`, `submission` (the first one), `team`), or `None` when it is gone.
    pub async fn mail_application(
        &mut self,
        application_id: Uuid,
        submission_id: Option<Uuid>,
    ) -> Result<Option<serde_json::Value>, DbError> {
        let rows: Vec<JsonRow> = Stmt::new(
            "SELECT jsonb_build_object( \
               'employer', jsonb_build_object('id', e.id, 'name', e.name, 'slug', e.slug, \
                                              'brand_color', e.brand_color), \
               'job', jsonb_build_object('id', j.id, 'title', j.title), \
               'applicant', jsonb_build_object('id', ap.id, 'name', ap.name, 'email', ap.email, \
                                               'consented', ap.consent_granted_at IS NOT NULL, \
                                               'erased', ap.erased_at IS NOT NULL), \
               'application', jsonb_build_object('id', a.id, 'status', a.status, \
                                                 'locale', a.locale, \
                                                 'public', a.submission IS NOT NULL, \
                                                 'assignee_id', a.assignee_id), \
               'submission', (SELECT jsonb_build_object('id', s.id, \
                                                        'anonymous', s.applicant_sub IS NULL, \
                                                        'email', s.submission->>'email', \
                                                        'name', s.submission->>'name') \
                              FROM application_submissions s \
                              WHERE s.application_id = a.id AND s.id = COALESCE($2, a.id)), \
               'team', (SELECT COALESCE(jsonb_agg(jsonb_build_object( \
                                  'id', m.id, 'name', m.display_name, 'email', m.email, \
                                  'choices', COALESCE(p.choices, '{}'), \
                                  'time_zone', p.time_zone, 'digest_hour', p.digest_hour) \
                                ORDER BY m.id), '[]') \
                        FROM job_team_members t JOIN members m ON m.id = t.member_id \
                        LEFT JOIN notification_preferences p ON p.member_id = m.id \
                        WHERE t.job_id = j.id AND m.status = 'active' AND m.email IS NOT NULL)) AS v \
             FROM applications a JOIN jobs j ON j.id = a.job_id \
             JOIN employers e ON e.id = a.employer_id \
             JOIN applicants ap ON ap.id = a.applicant_id \
             WHERE a.id = $1",
        )
        .with::<SqlUuid, _>(application_id)
        .with::<Nullable<SqlUuid>, _>(submission_id)
        .load(self.conn()?)
        .await?;
        Ok(rows.into_iter().next().and_then(|r| r.v))
    }

    /// Active members with an address, by id (JSON list: `id`, `name`, `email`, `roles`,
    /// `choices`, `time_zone`, `digest_hour`); all admins and recruiters when `ids` is `None`.
    pub async fn mail_members(
        &mut self,
        ids: Option<&[Uuid]>,
    ) -> Result<Vec<serde_json::Value>, DbError> {
        let rows: Vec<JsonRow> = Stmt::new(
            "SELECT jsonb_build_object('id', m.id, 'name', m.display_name, 'email', m.email, \
                      'sub', m.sub, 'choices', COALESCE(p.choices, '{}'), \
                      'time_zone', p.time_zone, 'digest_hour', p.digest_hour) AS v \
             FROM members m LEFT JOIN notification_preferences p ON p.member_id = m.id \
             WHERE m.status = 'active' AND m.email IS NOT NULL \
               AND CASE WHEN $2 THEN m.id = ANY($1) \
                        ELSE m.roles && ARRAY['employer_admin', 'recruiter']::text[] END \
             ORDER BY m.id",
        )
        .with::<Array<SqlUuid>, _>(ids.map(<[Uuid]>::to_vec).unwrap_or_default())
        .with::<diesel::sql_types::Bool, _>(ids.is_some())
        .load(self.conn()?)
        .await?;
        Ok(rows.into_iter().filter_map(|r| r.v).collect())
    }

    /// A comment's author and a plain-text excerpt (JSON), for a mention.
    pub async fn mail_comment(
        &mut self,
        comment_id: Uuid,
    ) -> Result<Option<serde_json::Value>, DbError> {
        let rows: Vec<JsonRow> = Stmt::new(
            "SELECT jsonb_build_object('author', COALESCE(m.display_name, 'A colleague'), \
                      'author_id', c.author_id, 'excerpt', left(c.body, 500)) AS v \
             FROM application_comments c LEFT JOIN members m ON m.id = c.author_id \
             WHERE c.id = $1",
        )
        .with::<SqlUuid, _>(comment_id)
        .load(self.conn()?)
        .await?;
        Ok(rows.into_iter().next().and_then(|r| r.v))
    }

    /// Queues messages; one already queued for the same (event, kind, recipient) is kept.
    /// Returns how many were new.
    pub async fn mail_queue(&mut self, mails: &[NewMail]) -> Result<usize, DbError> {
        let employer_id = self.employer_id();
        let mut queued = 0;
        for m in mails {
            let (time_zone, hour) = match &m.hold_until {
                Some(d) => (Some(d.time_zone.clone()), Some(d.hour)),
                None => (None, None),
            };
            queued += Stmt::new(
                "INSERT INTO mail_deliveries (id, employer_id, event_id, kind, recipient_key, \
                   to_address, to_name, locale, message_id, subject, text_body, html_body, \
                   unsubscribe_url, status, next_attempt_at) \
                 SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, \
                   CASE WHEN $14::text IS NULL THEN 'pending' ELSE 'held' END, \
                   CASE WHEN $14::text IS NULL THEN now() ELSE ( \
                     SELECT CASE WHEN at > now() THEN at ELSE at + interval '1 day' END \
                     FROM (SELECT (date_trunc('day', now() AT TIME ZONE $14) \
                                   + make_interval(hours => $15)) AT TIME ZONE $14 AS at) x) END \
                 ON CONFLICT (event_id, kind, recipient_key) DO NOTHING",
            )
            .with::<SqlUuid, _>(Uuid::now_v7())
            .with::<SqlUuid, _>(employer_id)
            .with::<SqlUuid, _>(m.event_id)
            .with::<Text, _>(m.kind.clone())
            .with::<Text, _>(m.recipient_key.clone())
            .with::<Text, _>(m.to_address.clone())
            .with::<Nullable<Text>, _>(m.to_name.clone())
            .with::<Text, _>(m.locale.clone())
            .with::<Text, _>(m.message_id.clone())
            .with::<Text, _>(m.subject.clone())
            .with::<Text, _>(m.text_body.clone())
            .with::<Nullable<Text>, _>(m.html_body.clone())
            .with::<Nullable<Text>, _>(m.unsubscribe_url.clone())
            .with::<Nullable<Text>, _>(time_zone)
            .with::<Integer, _>(hour.unwrap_or(8))
            .execute(self.conn()?)
            .await?;
        }
        Ok(queued)
    }

    /// The subjects of held messages (for a digest), oldest first.
    pub async fn mail_held(&mut self, ids: &[Uuid]) -> Result<Vec<serde_json::Value>, DbError> {
        let rows: Vec<JsonRow> = Stmt::new(
            "SELECT jsonb_build_object('subject', subject, 'kind', kind, 'to_address', to_address, \
                      'to_name', to_name, 'locale', locale, 'created_at', created_at) AS v \
             FROM mail_deliveries WHERE id = ANY($1) AND status = 'held' ORDER BY created_at, id",
        )
        .with::<Array<SqlUuid>, _>(ids.to_vec())
        .load(self.conn()?)
        .await?;
        Ok(rows.into_iter().filter_map(|r| r.v).collect())
    }

    /// The employer's name (for a digest's greeting).
    pub async fn mail_employer_name(&mut self) -> Result<String, DbError> {
        let name = self.mail_employer_text("to_jsonb(name)").await?;
        Ok(name.unwrap_or_default())
    }

    /// The language members' e-mails are written in: the employer's `default_locale` setting
    /// (members have no language of their own), else English.
    pub async fn mail_members_locale(&mut self) -> Result<String, DbError> {
        let tag = self
            .mail_employer_text("settings -> 'default_locale'")
            .await?;
        Ok(tag
            .as_deref()
            .and_then(crate::domain::locale::canonical)
            .unwrap_or_else(|| crate::domain::locale::DEFAULT.to_string()))
    }

    /// A JSON string of the employer's row (`expr`, a constant of this module), if it is one.
    async fn mail_employer_text(&mut self, expr: &'static str) -> Result<Option<String>, DbError> {
        let rows: Vec<JsonRow> =
            Stmt::new(format!("SELECT {expr} AS v FROM employers WHERE id = $1"))
                .with::<SqlUuid, _>(self.employer_id())
                .load(self.conn()?)
                .await?;
        Ok(rows
            .into_iter()
            .next()
            .and_then(|r| r.v)
            .and_then(|v| v.as_str().map(str::to_string)))
    }

    /// Marks held messages as folded into a digest.
    pub async fn mail_digested(&mut self, ids: &[Uuid]) -> Result<(), DbError> {
        Stmt::new(
            "UPDATE mail_deliveries SET status = 'digested' WHERE id = ANY($1) AND status = 'held'",
        )
        .with::<Array<SqlUuid>, _>(ids.to_vec())
        .execute(self.conn()?)
        .await?;
        Ok(())
    }
}
