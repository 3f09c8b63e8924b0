-- Uploads: CVs and cover letters that browsers send straight to object storage with a
-- presigned POST. A row is `pending` until `:complete` checked the stored object (`verified`
-- or `rejected`); `deleted` once erasure or clean-up removed the object.

CREATE TABLE uploads (
    id               uuid PRIMARY KEY,
    employer_id      uuid NOT NULL REFERENCES employers (id),
    purpose          text NOT NULL CHECK (purpose IN ('cv', 'cover_letter')),
    filename         text NOT NULL,
    content_type     text NOT NULL,
    size_bytes       bigint NOT NULL CHECK (size_bytes > 0),
    object_key       text NOT NULL UNIQUE,
    status           text NOT NULL DEFAULT 'pending'
                     CHECK (status IN ('pending', 'verified', 'rejected', 'deleted')),
    rejection_reason text,
    -- Who started it: an employer user, an applicant (token subject) or nobody (anonymous).
    owner_kind       text NOT NULL CHECK (owner_kind IN ('employer', 'applicant', 'anonymous')),
    owner_sub        text,
    job_id           uuid,
    created_at       timestamptz NOT NULL DEFAULT now(),
    expires_at       timestamptz NOT NULL,
    verified_at      timestamptz
);
CREATE INDEX uploads_pending_idx ON uploads (created_at) WHERE status = 'pending';

ALTER TABLE uploads ENABLE ROW LEVEL SECURITY;
ALTER TABLE uploads FORCE ROW LEVEL SECURITY;
CREATE POLICY uploads_of_tenant ON uploads TO jobs_app
    USING (employer_id = app_current_employer())
    WITH CHECK (employer_id = app_current_employer());
GRANT SELECT, INSERT, UPDATE ON uploads TO jobs_app;

-- Completing an applicant's or anonymous upload starts from its id alone: this tells which
-- employer's tenant transaction may look at it, and nothing else (employer users' uploads are
-- never found this way). It runs as the owner, whose row-level policy for it opens only while
-- the function itself has set app.upload_lookup.
CREATE FUNCTION upload_employer(upload uuid) RETURNS uuid
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS
$$
DECLARE
  found uuid;
BEGIN
  PERFORM set_config('app.upload_lookup', 'on', true);
  SELECT employer_id INTO found FROM uploads WHERE id = upload AND owner_kind <> 'employer';
  PERFORM set_config('app.upload_lookup', '', true);
  RETURN found;
END
$$;
REVOKE ALL ON FUNCTION upload_employer(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION upload_employer(uuid) TO jobs_public;

-- Clean-up of stale pending uploads runs on the owner login across employers.
DO $$
BEGIN
  EXECUTE format('CREATE POLICY uploads_maintenance ON uploads TO %I '
                 'USING (current_setting(''app.maintenance'', true) = ''on'') '
                 'WITH CHECK (current_setting(''app.maintenance'', true) = ''on'')', current_user);
  EXECUTE format('CREATE POLICY uploads_lookup ON uploads FOR SELECT TO %I '
                 'USING (current_setting(''app.upload_lookup'', true) = ''on'')', current_user);
END
$$;
