-- Hiring analytics. Nothing here is written on a request path: views are counted in Redis (in
-- process without it) and folded into hourly rows by a background worker; the funnel is folded
-- from the outbox (the events requests already write) after a checkpoint. Every fold runs in one
-- transaction with what marks it done, so a fold run twice, or killed and rerun, counts nothing
-- twice.

-- Views of a published job per hour (public job reads, careers pages, widget opens).
CREATE TABLE job_view_hours (
    employer_id uuid NOT NULL REFERENCES employers (id),
    job_id      uuid NOT NULL,
    hour        timestamptz NOT NULL CHECK (date_trunc('hour', hour, 'UTC') = hour),
    views       bigint NOT NULL CHECK (views >= 0),
    PRIMARY KEY (employer_id, job_id, hour)
);
CREATE INDEX job_view_hours_employer_hour_idx ON job_view_hours (employer_id, hour);

-- Unique visitors of a job per UTC day: a HyperLogLog's estimate over a salted hash of client
-- address and user agent whose salt changes daily (no address or agent is kept, and a visitor
-- cannot be followed from one day to the next).
CREATE TABLE job_visitor_days (
    employer_id uuid NOT NULL REFERENCES employers (id),
    job_id      uuid NOT NULL,
    day         date NOT NULL,
    visitors    bigint NOT NULL CHECK (visitors >= 0),
    PRIMARY KEY (employer_id, job_id, day)
);
CREATE INDEX job_visitor_days_employer_day_idx ON job_visitor_days (employer_id, day);

-- Folds of view counters already added (a fold's id is written with its rows).
CREATE TABLE analytics_view_folds (
    id        uuid PRIMARY KEY,
    folded_at timestamptz NOT NULL DEFAULT now()
);

-- One row per application: where it came from and when it reached each stage, folded from
-- `application.created` and `application.status.changed`. No personal data.
CREATE TABLE analytics_applications (
    employer_id       uuid NOT NULL REFERENCES employers (id),
    application_id    uuid NOT NULL,
    job_id            uuid NOT NULL,
    -- careers_page, widget, public_api or internal
    source            text NOT NULL,
    utm_source        text,
    applied_at        timestamptz NOT NULL,
    status            text NOT NULL,
    stage_entered_at  timestamptz NOT NULL,
    screening_at      timestamptz,
    interview_at      timestamptz,
    offer_at          timestamptz,
    hired_at          timestamptz,
    rejected_at       timestamptz,
    -- Time spent in a stage, once the application left it.
    new_seconds       double precision,
    screening_seconds double precision,
    interview_seconds double precision,
    offer_seconds     double precision,
    PRIMARY KEY (employer_id, application_id)
);
CREATE INDEX analytics_applications_applied_idx
    ON analytics_applications (employer_id, applied_at) INCLUDE (job_id);
CREATE INDEX analytics_applications_job_idx
    ON analytics_applications (employer_id, job_id, applied_at);

-- The same, employer-wide per UTC day, source and campaign (`''`: none): what reports without a
-- job filter read, a few rows per day however many jobs and applications there are. Counts are
-- of the applications made that day. Kept by the funnel's fold in the same transaction as the
-- facts it summarises.
CREATE TABLE analytics_employer_days (
    employer_id     uuid NOT NULL REFERENCES employers (id),
    day             date NOT NULL,
    source          text NOT NULL,
    utm_source      text NOT NULL,
    applications    bigint NOT NULL CHECK (applications >= 0),
    screening       bigint NOT NULL CHECK (screening >= 0),
    interview       bigint NOT NULL CHECK (interview >= 0),
    offer           bigint NOT NULL CHECK (offer >= 0),
    hired           bigint NOT NULL CHECK (hired >= 0),
    rejected        bigint NOT NULL CHECK (rejected >= 0),
    offers_accepted bigint NOT NULL CHECK (offers_accepted >= 0),
    PRIMARY KEY (employer_id, day, source, utm_source)
);

-- Time spent in a stage (`new`, `screening`, `interview`, `offer`) and to hire (`hire`) by the
-- applications made that day: a histogram of seconds in buckets 1 % wide (see
-- `domain::analytics::Histogram`), as parallel arrays of bucket numbers and counts.
CREATE TABLE analytics_employer_stage_days (
    employer_id uuid NOT NULL REFERENCES employers (id),
    day         date NOT NULL,
    stage       text NOT NULL CHECK (stage IN ('new', 'screening', 'interview', 'offer', 'hire')),
    buckets     integer[] NOT NULL,
    counts      bigint[] NOT NULL CHECK (cardinality(counts) = cardinality(buckets)),
    PRIMARY KEY (employer_id, day, stage)
);

-- Views and unique visitors of all an employer's jobs per UTC day (sums of the job rows above,
-- kept with them).
CREATE TABLE employer_view_days (
    employer_id uuid NOT NULL REFERENCES employers (id),
    day         date NOT NULL,
    views       bigint NOT NULL CHECK (views >= 0),
    visitors    bigint NOT NULL CHECK (visitors >= 0),
    PRIMARY KEY (employer_id, day)
);

-- Where the funnel's fold stands in the outbox: one row. From the start: the outbox's history
-- is folded once.
CREATE TABLE analytics_checkpoint (
    only_row   boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    tx_id      bigint NOT NULL,
    event_id   uuid NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO analytics_checkpoint (tx_id, event_id)
VALUES (0, '00000000-0000-0000-0000-000000000000');

-- Employers read their own analytics (jobs_app, read only); the worker writes them on the owner
-- login in maintenance mode.
ALTER TABLE job_view_hours ENABLE ROW LEVEL SECURITY;
ALTER TABLE job_view_hours FORCE ROW LEVEL SECURITY;
CREATE POLICY job_view_hours_of_tenant ON job_view_hours FOR SELECT TO jobs_app
    USING (employer_id = app_current_employer());
ALTER TABLE job_visitor_days ENABLE ROW LEVEL SECURITY;
ALTER TABLE job_visitor_days FORCE ROW LEVEL SECURITY;
CREATE POLICY job_visitor_days_of_tenant ON job_visitor_days FOR SELECT TO jobs_app
    USING (employer_id = app_current_employer());
ALTER TABLE analytics_applications ENABLE ROW LEVEL SECURITY;
ALTER TABLE analytics_applications FORCE ROW LEVEL SECURITY;
CREATE POLICY analytics_applications_of_tenant ON analytics_applications FOR SELECT TO jobs_app
    USING (employer_id = app_current_employer());
ALTER TABLE analytics_employer_days ENABLE ROW LEVEL SECURITY;
ALTER TABLE analytics_employer_days FORCE ROW LEVEL SECURITY;
CREATE POLICY analytics_employer_days_of_tenant ON analytics_employer_days FOR SELECT TO jobs_app
    USING (employer_id = app_current_employer());
ALTER TABLE analytics_employer_stage_days ENABLE ROW LEVEL SECURITY;
ALTER TABLE analytics_employer_stage_days FORCE ROW LEVEL SECURITY;
CREATE POLICY analytics_employer_stage_days_of_tenant ON analytics_employer_stage_days FOR SELECT
    TO jobs_app USING (employer_id = app_current_employer());
ALTER TABLE employer_view_days ENABLE ROW LEVEL SECURITY;
ALTER TABLE employer_view_days FORCE ROW LEVEL SECURITY;
CREATE POLICY employer_view_days_of_tenant ON employer_view_days FOR SELECT TO jobs_app
    USING (employer_id = app_current_employer());
GRANT SELECT ON job_view_hours, job_visitor_days, analytics_applications, analytics_employer_days,
    analytics_employer_stage_days, employer_view_days TO jobs_app;

ALTER TABLE analytics_view_folds ENABLE ROW LEVEL SECURITY;
ALTER TABLE analytics_view_folds FORCE ROW LEVEL SECURITY;
ALTER TABLE analytics_checkpoint ENABLE ROW LEVEL SECURITY;
ALTER TABLE analytics_checkpoint FORCE ROW LEVEL SECURITY;
DO $$
BEGIN
  EXECUTE format('CREATE POLICY job_view_hours_worker ON job_view_hours TO %I '
                 'USING (current_setting(''app.maintenance'', true) = ''on'') '
                 'WITH CHECK (current_setting(''app.maintenance'', true) = ''on'')', current_user);
  EXECUTE format('CREATE POLICY job_visitor_days_worker ON job_visitor_days TO %I '
                 'USING (current_setting(''app.maintenance'', true) = ''on'') '
                 'WITH CHECK (current_setting(''app.maintenance'', true) = ''on'')', current_user);
  EXECUTE format('CREATE POLICY analytics_applications_worker ON analytics_applications TO %I '
                 'USING (current_setting(''app.maintenance'', true) = ''on'') '
                 'WITH CHECK (current_setting(''app.maintenance'', true) = ''on'')', current_user);
  EXECUTE format('CREATE POLICY analytics_employer_days_worker ON analytics_employer_days TO %I '
                 'USING (current_setting(''app.maintenance'', true) = ''on'') '
                 'WITH CHECK (current_setting(''app.maintenance'', true) = ''on'')', current_user);
  EXECUTE format('CREATE POLICY analytics_employer_stage_days_worker ON analytics_employer_stage_days '
                 'TO %I USING (current_setting(''app.maintenance'', true) = ''on'') '
                 'WITH CHECK (current_setting(''app.maintenance'', true) = ''on'')', current_user);
  EXECUTE format('CREATE POLICY employer_view_days_worker ON employer_view_days TO %I '
                 'USING (current_setting(''app.maintenance'', true) = ''on'') '
                 'WITH CHECK (current_setting(''app.maintenance'', true) = ''on'')', current_user);
  EXECUTE format('CREATE POLICY analytics_view_folds_worker ON analytics_view_folds TO %I '
                 'USING (current_setting(''app.maintenance'', true) = ''on'') '
                 'WITH CHECK (current_setting(''app.maintenance'', true) = ''on'')', current_user);
  EXECUTE format('CREATE POLICY analytics_checkpoint_worker ON analytics_checkpoint TO %I '
                 'USING (current_setting(''app.maintenance'', true) = ''on'') '
                 'WITH CHECK (current_setting(''app.maintenance'', true) = ''on'')', current_user);
END
$$;
