-- Job postings in more than one language. A job's main title and description are written in
-- `locale` (a canonical BCP 47 tag); `translations` maps other tags to the same text in that
-- language: {"dv": {"title", "description", "description_format", "detected_locale",
-- "version", "updated_at"}}. They live on the job's row, so a public read, the changes feed and
-- the search index get them with the job, and an edit of a translation is an edit of a
-- published job like any other (the public change trigger compares them below).
ALTER TABLE jobs
    ADD COLUMN locale text NOT NULL DEFAULT 'en'
        CONSTRAINT jobs_locale_tag CHECK (locale ~ '^[a-z]{2,8}(-[A-Za-z0-9]{1,8})*$'),
    ADD COLUMN translations jsonb NOT NULL DEFAULT '{}'::jsonb
        CONSTRAINT jobs_translations_object CHECK (jsonb_typeof(translations) = 'object');

GRANT SELECT (locale, translations) ON jobs TO jobs_public;

-- What a public change compares: the locale and translations are public content too.
CREATE OR REPLACE FUNCTION job_public_content(j public.jobs) RETURNS text[]
LANGUAGE sql STABLE AS
$$ SELECT ARRAY[j.title, j.description, j.description_format, j.department,
                array_to_string(j.languages, chr(31)), j.location, j.workplace_type,
                j.employment_type, j.salary_min::text, j.salary_max::text, j.salary_currency,
                j.salary_period, j.vacancies::text, j.reference_number, j.closing_date::text,
                j.published_at::text, j.locale, j.translations::text] $$;
