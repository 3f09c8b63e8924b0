-- Uploads are immutable once verified. The browser's form writes `object_key` (the incoming
-- key) and keeps working until it expires; `:complete` reads the object once, checks exactly
-- those bytes, writes them to `stored_key` (a key no form can write), records their SHA-256
-- and the store's ETag and version, and deletes the incoming key. Downloads serve only
-- `stored_key`. Whatever is posted to the incoming key later is deleted once the form has
-- expired (`incoming_cleared_at`), and pending, rejected and unreferenced public uploads expire
-- (JOBS_UPLOAD_UNCLAIMED_TTL).
ALTER TABLE uploads
    ADD COLUMN stored_key text UNIQUE,
    ADD COLUMN sha256 text CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    ADD COLUMN store_etag text,
    ADD COLUMN store_version text,
    ADD COLUMN incoming_cleared_at timestamptz,
    -- A public upload found named by a record when its TTL ran out: not looked at again until
    -- a record stops naming it (the triggers below clear it).
    ADD COLUMN claimed_at timestamptz;

-- Uploads verified before this migration stay where they were verified: their forms expired
-- long ago (at most 15 minutes), so nothing can write that key any more.
ALTER TABLE uploads NO FORCE ROW LEVEL SECURITY;
UPDATE uploads SET stored_key = object_key WHERE status = 'verified';
UPDATE uploads SET incoming_cleared_at = now() WHERE status <> 'pending';
ALTER TABLE uploads FORCE ROW LEVEL SECURITY;

-- The clean-up's walks: settled uploads whose incoming key is still to clear, public verified
-- uploads not yet found named, rejected ones by age; and whether a record names an upload.
CREATE INDEX uploads_incoming_idx ON uploads (expires_at)
    WHERE incoming_cleared_at IS NULL AND status <> 'pending';
CREATE INDEX uploads_unclaimed_idx ON uploads (employer_id, verified_at)
    WHERE status = 'verified' AND owner_kind <> 'employer' AND claimed_at IS NULL;
CREATE INDEX uploads_rejected_idx ON uploads (created_at) WHERE status = 'rejected';
CREATE INDEX applicants_cv_upload_idx ON applicants (employer_id, cv_upload_id)
    WHERE cv_upload_id IS NOT NULL;
CREATE INDEX application_submissions_cv_upload_idx
    ON application_submissions (employer_id, (submission ->> 'cv_upload_id'))
    WHERE submission ->> 'cv_upload_id' IS NOT NULL;
CREATE INDEX application_submissions_cover_letter_upload_idx
    ON application_submissions (employer_id, (submission ->> 'cover_letter_upload_id'))
    WHERE submission ->> 'cover_letter_upload_id' IS NOT NULL;

-- A record that stops naming an upload (an edit, retention's anonymization) hands it back to
-- the clean-up, which deletes it once nothing names it. Invoker's rights: a tenant's change
-- reaches only that tenant's uploads.
CREATE FUNCTION uploads_unclaim(ids uuid[]) RETURNS void LANGUAGE sql AS
$$ UPDATE uploads SET claimed_at = NULL WHERE id = ANY(ids) AND claimed_at IS NOT NULL $$;
CREATE FUNCTION applicants_unclaim_cv() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    IF OLD.cv_upload_id IS NOT NULL AND OLD.cv_upload_id IS DISTINCT FROM NEW.cv_upload_id THEN
        PERFORM uploads_unclaim(ARRAY[OLD.cv_upload_id]);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER applicants_unclaim_cv AFTER UPDATE OF cv_upload_id ON applicants
    FOR EACH ROW EXECUTE FUNCTION applicants_unclaim_cv();
CREATE FUNCTION application_submissions_unclaim() RETURNS trigger LANGUAGE plpgsql AS
$$
DECLARE
    gone uuid[];
BEGIN
    SELECT array_agg(v::uuid) INTO gone FROM unnest(ARRAY[
        OLD.submission ->> 'cv_upload_id', OLD.submission ->> 'cover_letter_upload_id']) AS v
    WHERE v IS NOT NULL AND v NOT IN (coalesce(NEW.submission ->> 'cv_upload_id', ''),
                                      coalesce(NEW.submission ->> 'cover_letter_upload_id', ''));
    IF gone IS NOT NULL THEN
        PERFORM uploads_unclaim(gone);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER application_submissions_unclaim AFTER UPDATE OF submission
    ON application_submissions FOR EACH ROW EXECUTE FUNCTION application_submissions_unclaim();
GRANT EXECUTE ON FUNCTION uploads_unclaim(uuid[]) TO jobs_app;
