-- The hiring team works together: members (mirrors of the tokens seen, no passwords), comments
-- with mentions on applications, an assignee per application, a hiring team per job, and the
-- employer's rejection reasons. Tenancy as everywhere: employer_id on every row, FORCE ROW LEVEL
-- SECURITY, and references that carry the employer.

CREATE TABLE members (
    id            uuid PRIMARY KEY,
    employer_id   uuid NOT NULL REFERENCES employers (id),
    sub           text NOT NULL CHECK (char_length(sub) BETWEEN 1 AND 255),
    display_name  text CHECK (char_length(display_name) BETWEEN 1 AND 200),
    email         text CHECK (char_length(email) BETWEEN 3 AND 254),
    -- An admin set the name or address: the token's claims no longer overwrite them.
    profile_edited boolean NOT NULL DEFAULT false,
    roles         text[] NOT NULL DEFAULT '{}',
    status        text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'deactivated')),
    version       bigint NOT NULL DEFAULT 1,
    first_seen_at timestamptz NOT NULL DEFAULT now(),
    last_seen_at  timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    deactivated_at timestamptz,
    CONSTRAINT members_id_employer_key UNIQUE (id, employer_id),
    CONSTRAINT members_employer_sub_key UNIQUE (employer_id, sub)
);
CREATE INDEX members_employer_first_seen_idx ON members (employer_id, first_seen_at, id);

-- Every replica keeps the deactivated members in memory and reloads them when told: a
-- deactivated member's tokens stop working without a database read per request.
-- (A member is recorded active: only a change of status concerns the gate.)
CREATE FUNCTION members_notify_status() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status IS DISTINCT FROM OLD.status THEN
        PERFORM pg_notify('member_status', '');
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER members_notify_status AFTER UPDATE OF status ON members
    FOR EACH ROW EXECUTE FUNCTION members_notify_status();
CREATE INDEX members_deactivated_idx ON members (employer_id, sub) WHERE status = 'deactivated';

-- The deactivated members of every employer, for the replicas' in-memory gate: the one
-- cross-tenant read the serving role may make, and only of (employer, subject) pairs.
-- It opens its own policy with a setting only it sets, so the owner login (maintenance, the
-- dispatcher) sees members no more than any other tenant table.
-- (Set in the body: a function's own SET clause may not name a custom setting unless a
-- superuser creates it.)
CREATE FUNCTION app_deactivated_members() RETURNS TABLE (employer_id uuid, sub text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM set_config('app.member_gate', 'on', true);
    RETURN QUERY SELECT m.employer_id, m.sub FROM public.members m WHERE m.status = 'deactivated';
    PERFORM set_config('app.member_gate', '', true);
END $$;
REVOKE ALL ON FUNCTION app_deactivated_members() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_deactivated_members() TO jobs_app;

ALTER TABLE applications
    ADD COLUMN assignee_id uuid,
    ADD COLUMN rejection_reason_id uuid,
    ADD COLUMN rejection_reason_label text CHECK (char_length(rejection_reason_label) BETWEEN 1 AND 100),
    ADD CONSTRAINT applications_assignee_fkey FOREIGN KEY (assignee_id, employer_id)
        REFERENCES members (id, employer_id);
CREATE INDEX applications_job_assignee_idx
    ON applications (employer_id, job_id, assignee_id, created_at DESC, id DESC);
CREATE INDEX applications_rejection_reason_idx
    ON applications (employer_id, rejection_reason_id, created_at DESC, id DESC)
    WHERE rejection_reason_id IS NOT NULL;

CREATE TABLE application_comments (
    id             uuid PRIMARY KEY,
    employer_id    uuid NOT NULL REFERENCES employers (id),
    application_id uuid NOT NULL,
    author_id      uuid NOT NULL,
    body           text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 10000),
    body_format    text NOT NULL CHECK (body_format IN ('plain', 'markdown')),
    body_html      text NOT NULL,
    mentions       uuid[] NOT NULL DEFAULT '{}',
    -- The texts it had before its edits, newest first: [{body, body_format, replaced_at}].
    history        jsonb NOT NULL DEFAULT '[]',
    version        bigint NOT NULL DEFAULT 1,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    edited_at      timestamptz,
    CONSTRAINT application_comments_application_fkey FOREIGN KEY (application_id, employer_id)
        REFERENCES applications (id, employer_id) ON DELETE CASCADE,
    CONSTRAINT application_comments_author_fkey FOREIGN KEY (author_id, employer_id)
        REFERENCES members (id, employer_id)
);
CREATE INDEX application_comments_application_idx
    ON application_comments (employer_id, application_id, created_at, id);

-- One row per job that ever had a team: its version is the team's ETag, and locking it
-- serialises changes (as for shortlists).
CREATE TABLE job_teams (
    job_id      uuid PRIMARY KEY,
    employer_id uuid NOT NULL REFERENCES employers (id),
    version     bigint NOT NULL DEFAULT 0,
    updated_at  timestamptz,
    CONSTRAINT job_teams_job_fkey FOREIGN KEY (job_id, employer_id)
        REFERENCES jobs (id, employer_id) ON DELETE CASCADE
);
CREATE TABLE job_team_members (
    job_id      uuid NOT NULL,
    member_id   uuid NOT NULL,
    employer_id uuid NOT NULL REFERENCES employers (id),
    team_role   text NOT NULL CHECK (team_role IN ('hiring_manager', 'recruiter', 'interviewer')),
    added_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (job_id, member_id),
    CONSTRAINT job_team_members_team_fkey FOREIGN KEY (job_id)
        REFERENCES job_teams (job_id) ON DELETE CASCADE,
    CONSTRAINT job_team_members_job_fkey FOREIGN KEY (job_id, employer_id)
        REFERENCES jobs (id, employer_id) ON DELETE CASCADE,
    CONSTRAINT job_team_members_member_fkey FOREIGN KEY (member_id, employer_id)
        REFERENCES members (id, employer_id)
);
CREATE INDEX job_team_members_member_idx ON job_team_members (employer_id, member_id);

-- The employer's rejection reasons, once changed from the defaults: [{id, label}] in order.
CREATE TABLE rejection_reason_lists (
    employer_id uuid PRIMARY KEY REFERENCES employers (id),
    reasons     jsonb NOT NULL,
    required    boolean NOT NULL DEFAULT false,
    version     bigint NOT NULL DEFAULT 1,
    updated_at  timestamptz NOT NULL DEFAULT now()
);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['members', 'application_comments', 'job_teams', 'job_team_members',
                             'rejection_reason_lists'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I USING (employer_id = app_current_employer()) '
                       'WITH CHECK (employer_id = app_current_employer())', t || '_of_tenant', t);
    END LOOP;
    -- app_deactivated_members() runs as the owner: only it reads members across employers.
    EXECUTE format('CREATE POLICY members_gate_read ON members FOR SELECT TO %I '
                   'USING (current_setting(''app.member_gate'', true) = ''on'')', current_user);
END $$;

GRANT SELECT, INSERT, UPDATE ON members TO jobs_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON application_comments TO jobs_app;
GRANT SELECT, INSERT, UPDATE ON job_teams TO jobs_app;
GRANT SELECT, INSERT, DELETE ON job_team_members TO jobs_app;
GRANT SELECT, INSERT, UPDATE ON rejection_reason_lists TO jobs_app;
