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
    ADD COLUMN incoming_cleared_at timestamptz;

-- Uploads verified before this migration stay where they were verified: their forms expired
-- long ago (at most 15 minutes), so nothing can write that key any more.
ALTER TABLE uploads NO FORCE ROW LEVEL SECURITY;
UPDATE uploads SET stored_key = object_key WHERE status = 'verified';
UPDATE uploads SET incoming_cleared_at = now() WHERE status <> 'pending';
ALTER TABLE uploads FORCE ROW LEVEL SECURITY;

-- The clean-up's walks: settled uploads whose incoming key is still to clear, and public
-- verified uploads by age (whether an application names them is asked per upload, through
-- the submissions of its job).
CREATE INDEX uploads_incoming_idx ON uploads (expires_at)
    WHERE incoming_cleared_at IS NULL AND status <> 'pending';
CREATE INDEX uploads_unclaimed_idx ON uploads (verified_at)
    WHERE status = 'verified' AND owner_kind <> 'employer';
CREATE INDEX uploads_rejected_idx ON uploads (created_at) WHERE status = 'rejected';
CREATE INDEX application_submissions_job_idx ON application_submissions (employer_id, job_id);
