-- Applicants, their applications to jobs (with recruiters' notes), and per-job shortlists.
--
-- Tenancy as for jobs: employer_id on every row, FORCE ROW LEVEL SECURITY with USING and WITH
-- CHECK on app_current_employer(). In addition, every reference between these tables carries
-- the employer: the foreign keys are (id, employer_id) pairs, so the database itself refuses an
-- application or shortlist entry that joins an applicant of one employer to a job of another.

ALTER TABLE jobs ADD CONSTRAINT jobs_id_employer_key UNIQUE (id, employer_id);

CREATE TABLE applicants (
    id                     uuid PRIMARY KEY,
    employer_id            uuid NOT NULL REFERENCES employers (id),
    -- Personal data: NULL (and links empty) once the person was erased.
    name                   text,
    email                  text,
    phone                  text,
    cv_upload_id           uuid,
    cv_url                 text,
    links                  text[] NOT NULL DEFAULT '{}',
    skills                 text[] NOT NULL DEFAULT '{}',
    languages              text[] NOT NULL DEFAULT '{}',
    consent_granted_at     timestamptz,
    consent_policy_version text,
    version                bigint NOT NULL DEFAULT 1,
    created_by             text NOT NULL,
    created_at             timestamptz NOT NULL DEFAULT now(),
    updated_at             timestamptz NOT NULL DEFAULT now(),
    erased_at              timestamptz,
    CONSTRAINT applicants_id_employer_key UNIQUE (id, employer_id),
    CONSTRAINT applicants_email_normalized CHECK (email = lower(btrim(email))),
    CONSTRAINT applicants_consent_complete
        CHECK ((consent_granted_at IS NULL) = (consent_policy_version IS NULL)),
    CONSTRAINT applicants_erased_or_named CHECK (
        CASE WHEN erased_at IS NULL
             THEN name IS NOT NULL AND email IS NOT NULL
             ELSE name IS NULL AND email IS NULL AND phone IS NULL AND cv_upload_id IS NULL
                  AND cv_url IS NULL AND links = '{}'
        END)
);
-- One person (normalized e-mail) per employer. Erased rows have no e-mail and do not count.
CREATE UNIQUE INDEX applicants_employer_email_key ON applicants (employer_id, email);
-- The employer's applicant list, newest first (keyset pagination).
CREATE INDEX applicants_employer_created_idx ON applicants (employer_id, created_at DESC, id DESC)
    WHERE erased_at IS NULL;

-- The list's filters: lower-cased skills, language slugs and the words of name and skills, one
-- row each. A btree rather than GIN over arrays or a tsvector: under row-level security
-- PostgreSQL only uses an index for a condition whose operator is leakproof, which text
-- equality and ordering are and array containment and full-text matching are not (with those,
-- every filter would scan all of the employer's applicants). Collation "C" makes a prefix a
-- plain range.
CREATE TABLE applicant_terms (
    employer_id  uuid NOT NULL,
    applicant_id uuid NOT NULL,
    kind         text NOT NULL CHECK (kind IN ('skill', 'language', 'word')),
    term         text COLLATE "C" NOT NULL,
    PRIMARY KEY (applicant_id, kind, term),
    CONSTRAINT applicant_terms_applicant_fkey FOREIGN KEY (applicant_id, employer_id)
        REFERENCES applicants (id, employer_id) ON DELETE CASCADE
);
CREATE INDEX applicant_terms_lookup_idx ON applicant_terms (employer_id, kind, term, applicant_id);

CREATE TABLE applications (
    id                uuid PRIMARY KEY,
    employer_id       uuid NOT NULL REFERENCES employers (id),
    job_id            uuid NOT NULL,
    applicant_id      uuid NOT NULL,
    status            text NOT NULL DEFAULT 'new'
        CHECK (status IN ('new', 'screening', 'interview', 'offer', 'hired', 'rejected')),
    source            text NOT NULL CHECK (source IN ('public', 'internal')),
    cover_letter      text,
    -- The verified `sub` of an applicant token that applied; NULL for anonymous applications
    -- and once the person was erased.
    applicant_sub     text,
    version           bigint NOT NULL DEFAULT 1,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    status_changed_at timestamptz,
    CONSTRAINT applications_id_employer_key UNIQUE (id, employer_id),
    -- One application per job and person.
    CONSTRAINT applications_job_applicant_key UNIQUE (job_id, applicant_id),
    -- Deleting a job (an admin's explicit act, only when draft or closed) takes its
    -- applications with it.
    CONSTRAINT applications_job_fkey FOREIGN KEY (job_id, employer_id)
        REFERENCES jobs (id, employer_id) ON DELETE CASCADE,
    CONSTRAINT applications_applicant_fkey FOREIGN KEY (applicant_id, employer_id)
        REFERENCES applicants (id, employer_id)
);
CREATE INDEX applications_job_created_idx
    ON applications (employer_id, job_id, created_at DESC, id DESC);
CREATE INDEX applications_job_status_created_idx
    ON applications (employer_id, job_id, status, created_at DESC, id DESC);
CREATE INDEX applications_applicant_idx ON applications (applicant_id);
CREATE INDEX applications_applicant_sub_idx ON applications (applicant_sub, created_at DESC, id DESC)
    WHERE applicant_sub IS NOT NULL;

CREATE TABLE application_notes (
    id             uuid PRIMARY KEY,
    employer_id    uuid NOT NULL REFERENCES employers (id),
    application_id uuid NOT NULL,
    author         text NOT NULL,
    body           text NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT application_notes_application_fkey FOREIGN KEY (application_id, employer_id)
        REFERENCES applications (id, employer_id) ON DELETE CASCADE
);
CREATE INDEX application_notes_application_idx ON application_notes (application_id, created_at, id);

-- One row per job that ever had a shortlist: its version is the shortlist's ETag, and locking
-- it serialises every change to the job's entries.
CREATE TABLE shortlists (
    job_id      uuid PRIMARY KEY,
    employer_id uuid NOT NULL REFERENCES employers (id),
    version     bigint NOT NULL DEFAULT 0,
    updated_at  timestamptz,
    CONSTRAINT shortlists_job_fkey FOREIGN KEY (job_id, employer_id)
        REFERENCES jobs (id, employer_id) ON DELETE CASCADE
);

CREATE TABLE shortlist_entries (
    job_id       uuid NOT NULL,
    applicant_id uuid NOT NULL,
    employer_id  uuid NOT NULL REFERENCES employers (id),
    rank         integer CHECK (rank BETWEEN 1 AND 1000),
    score        integer CHECK (score BETWEEN 0 AND 100),
    notes        text,
    added_by     text NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (job_id, applicant_id),
    CONSTRAINT shortlist_entries_shortlist_fkey FOREIGN KEY (job_id)
        REFERENCES shortlists (job_id) ON DELETE CASCADE,
    CONSTRAINT shortlist_entries_job_fkey FOREIGN KEY (job_id, employer_id)
        REFERENCES jobs (id, employer_id) ON DELETE CASCADE,
    CONSTRAINT shortlist_entries_applicant_fkey FOREIGN KEY (applicant_id, employer_id)
        REFERENCES applicants (id, employer_id) ON DELETE CASCADE
);
CREATE INDEX shortlist_entries_applicant_idx ON shortlist_entries (applicant_id);

ALTER TABLE applicants ENABLE ROW LEVEL SECURITY;
ALTER TABLE applicants FORCE ROW LEVEL SECURITY;
CREATE POLICY applicants_of_tenant ON applicants
    USING (employer_id = app_current_employer())
    WITH CHECK (employer_id = app_current_employer());

ALTER TABLE applicant_terms ENABLE ROW LEVEL SECURITY;
ALTER TABLE applicant_terms FORCE ROW LEVEL SECURITY;
CREATE POLICY applicant_terms_of_tenant ON applicant_terms
    USING (employer_id = app_current_employer())
    WITH CHECK (employer_id = app_current_employer());

ALTER TABLE applications ENABLE ROW LEVEL SECURITY;
ALTER TABLE applications FORCE ROW LEVEL SECURITY;
CREATE POLICY applications_of_tenant ON applications
    USING (employer_id = app_current_employer())
    WITH CHECK (employer_id = app_current_employer());

ALTER TABLE application_notes ENABLE ROW LEVEL SECURITY;
ALTER TABLE application_notes FORCE ROW LEVEL SECURITY;
CREATE POLICY application_notes_of_tenant ON application_notes
    USING (employer_id = app_current_employer())
    WITH CHECK (employer_id = app_current_employer());

ALTER TABLE shortlists ENABLE ROW LEVEL SECURITY;
ALTER TABLE shortlists FORCE ROW LEVEL SECURITY;
CREATE POLICY shortlists_of_tenant ON shortlists
    USING (employer_id = app_current_employer())
    WITH CHECK (employer_id = app_current_employer());

ALTER TABLE shortlist_entries ENABLE ROW LEVEL SECURITY;
ALTER TABLE shortlist_entries FORCE ROW LEVEL SECURITY;
CREATE POLICY shortlist_entries_of_tenant ON shortlist_entries
    USING (employer_id = app_current_employer())
    WITH CHECK (employer_id = app_current_employer());

-- `GET /v1/me/applications`: an applicant reads their own applications across employers,
-- matched on the verified token `sub` set in app.applicant_sub (Database::begin_applicant),
-- plus the title of each job and the name of each employer applied to. SELECT only.
CREATE FUNCTION app_current_applicant_sub() RETURNS text
LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('app.applicant_sub', true), '') $$;

CREATE POLICY applications_of_applicant ON applications
    FOR SELECT TO jobs_app
    USING (applicant_sub = app_current_applicant_sub());
CREATE POLICY jobs_applied_to ON jobs
    FOR SELECT TO jobs_app
    USING (app_current_applicant_sub() IS NOT NULL AND EXISTS (
        SELECT 1 FROM applications a
        WHERE a.job_id = jobs.id AND a.applicant_sub = app_current_applicant_sub()));
CREATE POLICY employers_applied_to ON employers
    FOR SELECT TO jobs_app
    USING (app_current_applicant_sub() IS NOT NULL AND EXISTS (
        SELECT 1 FROM applications a
        WHERE a.employer_id = employers.id AND a.applicant_sub = app_current_applicant_sub()));

GRANT EXECUTE ON FUNCTION app_current_applicant_sub() TO jobs_app;
GRANT SELECT, INSERT, UPDATE ON applicants TO jobs_app;
GRANT SELECT, INSERT, DELETE ON applicant_terms TO jobs_app;
GRANT SELECT, INSERT, UPDATE ON applications TO jobs_app;
GRANT SELECT, INSERT, DELETE ON application_notes TO jobs_app;
GRANT SELECT, INSERT, UPDATE ON shortlists TO jobs_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON shortlist_entries TO jobs_app;
