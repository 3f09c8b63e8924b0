-- Every public submission to an application is kept. The first one creates the application
-- (and has the application's id; the application's own `submission`, `cover_letter` and
-- `applicant_sub` stay the first one's, as before); a later one by the same e-mail address to
-- the same job — the person again, or someone using their address — is added here instead of
-- being dropped. Recruiters see them all; only the `:merge` step takes one into the employer's
-- applicant record. An applicant token's own submissions are what `/v1/me/applications` lists.
CREATE TABLE application_submissions (
    id             uuid PRIMARY KEY,
    employer_id    uuid NOT NULL REFERENCES employers (id),
    application_id uuid NOT NULL,
    job_id         uuid NOT NULL,
    -- The verified `sub` of the applicant token that submitted it; NULL when anonymous, and
    -- once the person was erased or the application anonymized.
    applicant_sub  text,
    cover_letter   text,
    submission     jsonb NOT NULL,
    submitted_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT application_submissions_application_fkey FOREIGN KEY (application_id, employer_id)
        REFERENCES applications (id, employer_id) ON DELETE CASCADE
);
CREATE INDEX application_submissions_application_idx
    ON application_submissions (application_id, submitted_at DESC, id DESC);
CREATE INDEX application_submissions_applicant_sub_idx
    ON application_submissions (applicant_sub, submitted_at DESC, id DESC)
    WHERE applicant_sub IS NOT NULL;

ALTER TABLE application_submissions ENABLE ROW LEVEL SECURITY;
ALTER TABLE application_submissions FORCE ROW LEVEL SECURITY;
CREATE POLICY application_submissions_of_tenant ON application_submissions TO jobs_app
    USING (employer_id = app_current_employer())
    WITH CHECK (employer_id = app_current_employer());
CREATE POLICY application_submissions_of_applicant ON application_submissions
    FOR SELECT TO jobs_app
    USING (applicant_sub = app_current_applicant_sub());
GRANT SELECT, INSERT, UPDATE ON application_submissions TO jobs_app;

-- An applicant reads the jobs and employers of their own submissions (the first of an
-- application is one of them).
ALTER POLICY jobs_applied_to ON jobs
    USING (app_current_applicant_sub() IS NOT NULL AND EXISTS (
        SELECT 1 FROM application_submissions s
        WHERE s.job_id = jobs.id AND s.applicant_sub = app_current_applicant_sub()));
ALTER POLICY employers_applied_to ON employers
    USING (app_current_applicant_sub() IS NOT NULL AND EXISTS (
        SELECT 1 FROM application_submissions s
        WHERE s.employer_id = employers.id AND s.applicant_sub = app_current_applicant_sub()));

-- Public applications made before this migration: their one submission.
ALTER TABLE applications NO FORCE ROW LEVEL SECURITY;
ALTER TABLE application_submissions NO FORCE ROW LEVEL SECURITY;
INSERT INTO application_submissions (id, employer_id, application_id, job_id, applicant_sub,
                                     cover_letter, submission, submitted_at)
SELECT id, employer_id, id, job_id, applicant_sub, cover_letter, submission, created_at
FROM applications WHERE submission IS NOT NULL;
ALTER TABLE application_submissions FORCE ROW LEVEL SECURITY;
ALTER TABLE applications FORCE ROW LEVEL SECURITY;
