DROP POLICY employers_public_profile ON employers;
REVOKE SELECT (slug, brand_color, about, logo_object_key, logo_content_type, careers_listed,
               updated_at)
    ON employers FROM jobs_public;
DROP TABLE employer_slugs;
ALTER TABLE employers
    DROP COLUMN careers_listed,
    DROP COLUMN logo_content_type,
    DROP COLUMN logo_object_key,
    DROP COLUMN logo_upload_id,
    DROP COLUMN slug;
DELETE FROM uploads WHERE purpose = 'logo';
ALTER TABLE uploads DROP CONSTRAINT uploads_purpose_check;
ALTER TABLE uploads ADD CONSTRAINT uploads_purpose_check CHECK (purpose IN ('cv', 'cover_letter'));
