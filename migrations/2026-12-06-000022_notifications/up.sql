-- Notifications by e-mail. The mailer reads the outbox after its checkpoint (nothing is added to
-- a request's transaction), decides the recipients of each event under that employer's
-- row-level security, and queues one rendered message per (event, kind, recipient): the unique
-- key is what makes "at most one e-mail per event and recipient" hold when mailers race.

-- The events the mailer reads, in feed order (tx_id, id), across employers. Partial: the other
-- events' rows are not indexed here.
CREATE INDEX outbox_events_mail_idx ON outbox_events (tx_id, id)
    WHERE event_type IN ('application.created', 'application.status.changed',
                         'application.submission.added', 'application.comment.created',
                         'application.comment.updated', 'application.assigned');

-- Where the mailer stands in the outbox: one row.
CREATE TABLE mail_checkpoint (
    only_row   boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    tx_id      bigint NOT NULL,
    event_id   uuid NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);
-- Events written before mail existed are not mailed.
INSERT INTO mail_checkpoint (tx_id, event_id)
SELECT COALESCE(max(tx_id), 0), '00000000-0000-0000-0000-000000000000' FROM outbox_events;

-- An employer's own wording for a notification, per language; the built-in text otherwise.
CREATE TABLE notification_templates (
    employer_id uuid NOT NULL REFERENCES employers (id),
    template    text NOT NULL CHECK (char_length(template) BETWEEN 1 AND 64),
    locale      text NOT NULL CHECK (char_length(locale) BETWEEN 2 AND 35),
    enabled     boolean NOT NULL,
    -- NULL: the built-in wording (an employer may only switch a template on or off).
    subject     text CHECK (char_length(subject) BETWEEN 1 AND 1000),
    text_body   text CHECK (char_length(text_body) BETWEEN 1 AND 20000),
    html_body   text CHECK (char_length(html_body) BETWEEN 1 AND 50000),
    version     bigint NOT NULL DEFAULT 1,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (employer_id, template, locale)
);

-- A member's choices per notification kind (immediate, daily_digest, off), and their time zone.
CREATE TABLE notification_preferences (
    member_id   uuid PRIMARY KEY,
    employer_id uuid NOT NULL REFERENCES employers (id),
    choices     jsonb NOT NULL DEFAULT '{}',
    time_zone   text CHECK (char_length(time_zone) BETWEEN 1 AND 64),
    digest_hour integer NOT NULL DEFAULT 8 CHECK (digest_hour BETWEEN 0 AND 23),
    version     bigint NOT NULL DEFAULT 1,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT notification_preferences_member_fkey FOREIGN KEY (member_id, employer_id)
        REFERENCES members (id, employer_id)
);

-- One message per (event, kind, recipient), rendered when it was queued so that every attempt
-- sends the same bytes under the same Message-ID. The recipient is a member or an applicant's
-- address; the log shows it masked.
CREATE TABLE mail_deliveries (
    id              uuid PRIMARY KEY,
    employer_id     uuid NOT NULL REFERENCES employers (id),
    event_id        uuid NOT NULL,
    kind            text NOT NULL,
    recipient_key   text NOT NULL,
    to_address      text NOT NULL CHECK (char_length(to_address) BETWEEN 3 AND 254),
    to_name         text,
    locale          text NOT NULL,
    message_id      text NOT NULL,
    subject         text NOT NULL,
    text_body       text NOT NULL,
    html_body       text,
    unsubscribe_url text,
    -- pending → sending → sent; failed (retried at next_attempt_at); dead; suppressed (the
    -- address unsubscribed); held (waiting for the recipient's daily digest); digested;
    -- unknown (a mailer stopped while the server had the message: not sent again).
    status          text NOT NULL DEFAULT 'pending'
                    CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'dead', 'suppressed',
                                      'held', 'digested', 'unknown')),
    attempts        integer NOT NULL DEFAULT 0,
    retries_left    integer NOT NULL DEFAULT 7,
    next_attempt_at timestamptz,
    last_error      text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    sent_at         timestamptz,
    UNIQUE (event_id, kind, recipient_key)
);
CREATE INDEX mail_deliveries_due_idx ON mail_deliveries (employer_id, next_attempt_at)
    WHERE status IN ('pending', 'failed', 'sending', 'held');
CREATE INDEX mail_deliveries_employer_created_idx
    ON mail_deliveries (employer_id, created_at DESC, id DESC);

-- Addresses that unsubscribed, per kind ('*': everything that may be unsubscribed).
CREATE TABLE mail_suppressions (
    employer_id uuid NOT NULL REFERENCES employers (id),
    address     text NOT NULL,
    kind        text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (employer_id, address, kind)
);

-- The language an application was made in (its e-mails use it), and whether the address of
-- each public submission was confirmed by following the link sent to it.
ALTER TABLE applications ADD COLUMN locale text CHECK (char_length(locale) BETWEEN 2 AND 35);
ALTER TABLE application_submissions ADD COLUMN email_confirmed_at timestamptz;

-- ---------------------------------------------------------------- tenancy
ALTER TABLE notification_templates ENABLE ROW LEVEL SECURITY;
ALTER TABLE notification_templates FORCE ROW LEVEL SECURITY;
CREATE POLICY notification_templates_of_tenant ON notification_templates TO jobs_app
    USING (employer_id = app_current_employer())
    WITH CHECK (employer_id = app_current_employer());
ALTER TABLE notification_preferences ENABLE ROW LEVEL SECURITY;
ALTER TABLE notification_preferences FORCE ROW LEVEL SECURITY;
CREATE POLICY notification_preferences_of_tenant ON notification_preferences TO jobs_app
    USING (employer_id = app_current_employer())
    WITH CHECK (employer_id = app_current_employer());
ALTER TABLE mail_deliveries ENABLE ROW LEVEL SECURITY;
ALTER TABLE mail_deliveries FORCE ROW LEVEL SECURITY;
CREATE POLICY mail_deliveries_of_tenant ON mail_deliveries TO jobs_app
    USING (employer_id = app_current_employer())
    WITH CHECK (employer_id = app_current_employer());
ALTER TABLE mail_suppressions ENABLE ROW LEVEL SECURITY;
ALTER TABLE mail_suppressions FORCE ROW LEVEL SECURITY;
CREATE POLICY mail_suppressions_of_tenant ON mail_suppressions TO jobs_app
    USING (employer_id = app_current_employer())
    WITH CHECK (employer_id = app_current_employer());

GRANT SELECT, INSERT, UPDATE, DELETE ON notification_templates TO jobs_app;
GRANT SELECT, INSERT, UPDATE ON notification_preferences TO jobs_app;
GRANT SELECT, INSERT ON mail_deliveries TO jobs_app;
GRANT UPDATE (status) ON mail_deliveries TO jobs_app;
GRANT SELECT, INSERT ON mail_suppressions TO jobs_app;
GRANT UPDATE (email_confirmed_at) ON application_submissions TO jobs_app;

-- The mailer's cross-tenant part runs on the owner login like the webhook dispatcher: it reads
-- the outbox, keeps its checkpoint, and leases and records deliveries. What an event means for
-- whom is read under the event's employer (jobs_app), never here.
ALTER TABLE mail_checkpoint ENABLE ROW LEVEL SECURITY;
ALTER TABLE mail_checkpoint FORCE ROW LEVEL SECURITY;
DO $$
BEGIN
  EXECUTE format('CREATE POLICY mail_checkpoint_mailer ON mail_checkpoint TO %I '
                 'USING (current_setting(''app.maintenance'', true) = ''on'') '
                 'WITH CHECK (current_setting(''app.maintenance'', true) = ''on'')', current_user);
  EXECUTE format('CREATE POLICY outbox_mailer_read ON outbox_events FOR SELECT TO %I '
                 'USING (current_setting(''app.maintenance'', true) = ''on'')', current_user);
  EXECUTE format('CREATE POLICY mail_deliveries_mailer ON mail_deliveries TO %I '
                 'USING (current_setting(''app.maintenance'', true) = ''on'') '
                 'WITH CHECK (current_setting(''app.maintenance'', true) = ''on'')', current_user);
  EXECUTE format('CREATE POLICY mail_suppressions_mailer ON mail_suppressions FOR SELECT TO %I '
                 'USING (current_setting(''app.maintenance'', true) = ''on'')', current_user);
END
$$;
