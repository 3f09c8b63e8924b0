-- Careers pages: an employer's public profile under a slug, its logo from a verified upload,
-- and every slug it held (links to an older one redirect).

ALTER TABLE uploads DROP CONSTRAINT uploads_purpose_check;
ALTER TABLE uploads ADD CONSTRAINT uploads_purpose_check
    CHECK (purpose IN ('cv', 'cover_letter', 'logo'));

ALTER TABLE employers
    ADD COLUMN slug text UNIQUE
        CHECK (slug ~ '^[a-z0-9]([a-z0-9-]{0,48}[a-z0-9])?$' AND slug !~ '--'),
    -- The logo: a verified upload of purpose `logo`, its object and type copied here so that
    -- the public context (which cannot read uploads) can serve it.
    ADD COLUMN logo_upload_id uuid,
    ADD COLUMN logo_object_key text,
    ADD COLUMN logo_content_type text,
    ADD COLUMN careers_listed boolean GENERATED ALWAYS AS (employer_is_listed(settings)) STORED;

-- Every slug an employer has held, the current one included. A slug is never handed to another
-- employer, so nobody can take over an old link.
CREATE TABLE employer_slugs (
    slug        text PRIMARY KEY,
    employer_id uuid NOT NULL REFERENCES employers (id),
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX employer_slugs_employer_idx ON employer_slugs (employer_id);
ALTER TABLE employer_slugs ENABLE ROW LEVEL SECURITY;
ALTER TABLE employer_slugs FORCE ROW LEVEL SECURITY;
CREATE POLICY employer_slugs_of_tenant ON employer_slugs TO jobs_app
    USING (employer_id = app_current_employer())
    WITH CHECK (employer_id = app_current_employer());
GRANT SELECT, INSERT ON employer_slugs TO jobs_app;
-- Slugs are public (they are in links); the public context resolves old ones.
CREATE POLICY employer_slugs_public_read ON employer_slugs FOR SELECT TO jobs_public USING (true);
GRANT SELECT ON employer_slugs TO jobs_public;

-- The public profile: an employer with a slug and its careers page on, jobs or not.
GRANT SELECT (slug, brand_color, about, logo_object_key, logo_content_type, careers_listed,
              updated_at)
    ON employers TO jobs_public;
CREATE POLICY employers_public_profile ON employers FOR SELECT TO jobs_public
    USING (slug IS NOT NULL AND careers_listed);
