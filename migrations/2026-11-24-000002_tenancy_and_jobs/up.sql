-- Employers (tenants), their jobs, and the transactional outbox.
--
-- Tenancy is enforced twice: every query of the application filters on employer_id, and
-- row-level security refuses any row of another employer. The tenant is set per transaction
-- with set_config('app.employer_id', <uuid>, true); without it a query sees no rows.
-- FORCE makes the policies apply to the tables' owner too.

CREATE FUNCTION app_current_employer() RETURNS uuid
LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('app.employer_id', true), '')::uuid $$;

CREATE TABLE employers (
    id          uuid PRIMARY KEY,
    name        text NOT NULL,
    website     text,
    logo_url    text,
    brand_color text,
    about       text,
    settings    jsonb NOT NULL DEFAULT '{}'::jsonb,
    version     bigint NOT NULL DEFAULT 1,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE jobs (
    id                 uuid PRIMARY KEY,
    employer_id        uuid NOT NULL REFERENCES employers (id),
    title              text NOT NULL,
    description        text NOT NULL DEFAULT '',
    description_format text NOT NULL DEFAULT 'plain'
        CHECK (description_format IN ('plain', 'markdown', 'html')),
    department         text,
    languages          text[] NOT NULL DEFAULT '{}',
    location           text,
    workplace_type     text CHECK (workplace_type IN ('on_site', 'hybrid', 'remote')),
    employment_type    text CHECK (employment_type IN
        ('full_time', 'part_time', 'contract', 'temporary', 'internship', 'volunteer')),
    salary_min         bigint,
    salary_max         bigint,
    salary_currency    text,
    salary_period      text CHECK (salary_period IN ('hour', 'day', 'week', 'month', 'year')),
    vacancies          integer NOT NULL DEFAULT 1 CHECK (vacancies BETWEEN 1 AND 10000),
    reference_number   text,
    closing_date       date,
    status             text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'closed')),
    version            bigint NOT NULL DEFAULT 1,
    created_by         text NOT NULL,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    published_at       timestamptz,
    closed_at          timestamptz,
    CHECK (salary_min IS NULL OR salary_max IS NULL OR salary_min <= salary_max),
    CHECK ((salary_currency IS NULL) = (salary_period IS NULL))
);
-- The employer's job list, newest first (keyset pagination), optionally by status.
CREATE INDEX jobs_employer_created_idx ON jobs (employer_id, created_at DESC, id DESC);
CREATE INDEX jobs_employer_status_created_idx ON jobs (employer_id, status, created_at DESC, id DESC);

-- Events written in the same transaction as the change they describe; webhook delivery and
-- the audit trail read them. Append-only for the application.
CREATE TABLE outbox_events (
    id          uuid PRIMARY KEY,
    employer_id uuid NOT NULL REFERENCES employers (id),
    event_type  text NOT NULL,
    entity_type text NOT NULL,
    entity_id   uuid NOT NULL,
    actor       text NOT NULL,
    request_id  text,
    payload     jsonb NOT NULL,
    occurred_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX outbox_events_employer_occurred_idx ON outbox_events (employer_id, occurred_at DESC, id DESC);

ALTER TABLE employers ENABLE ROW LEVEL SECURITY;
ALTER TABLE employers FORCE ROW LEVEL SECURITY;
CREATE POLICY employer_is_tenant ON employers
    USING (id = app_current_employer())
    WITH CHECK (id = app_current_employer());

ALTER TABLE jobs ENABLE ROW LEVEL SECURITY;
ALTER TABLE jobs FORCE ROW LEVEL SECURITY;
CREATE POLICY jobs_of_tenant ON jobs
    USING (employer_id = app_current_employer())
    WITH CHECK (employer_id = app_current_employer());

ALTER TABLE outbox_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE outbox_events FORCE ROW LEVEL SECURITY;
CREATE POLICY outbox_of_tenant ON outbox_events
    USING (employer_id = app_current_employer())
    WITH CHECK (employer_id = app_current_employer());

GRANT EXECUTE ON FUNCTION app_current_employer() TO jobs_app;
GRANT SELECT, INSERT, UPDATE ON employers TO jobs_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON jobs TO jobs_app;
GRANT SELECT, INSERT ON outbox_events TO jobs_app;
