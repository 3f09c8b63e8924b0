DROP POLICY outbox_mailer_read ON outbox_events;
ALTER TABLE application_submissions DROP COLUMN email_confirmed_at;
ALTER TABLE applications DROP COLUMN locale;
DROP TABLE mail_suppressions;
DROP TABLE mail_deliveries;
DROP TABLE notification_preferences;
DROP TABLE notification_templates;
DROP TABLE mail_checkpoint;
DROP INDEX outbox_events_mail_idx;
