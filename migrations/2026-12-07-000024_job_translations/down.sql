CREATE OR REPLACE FUNCTION job_public_content(j public.jobs) RETURNS text[]
LANGUAGE sql STABLE AS
$$ SELECT ARRAY[j.title, j.description, j.description_format, j.department,
                array_to_string(j.languages, chr(31)), j.location, j.workplace_type,
                j.employment_type, j.salary_min::text, j.salary_max::text, j.salary_currency,
                j.salary_period, j.vacancies::text, j.reference_number, j.closing_date::text,
                j.published_at::text] $$;
REVOKE SELECT (locale, translations) ON jobs FROM jobs_public;
ALTER TABLE jobs DROP COLUMN translations, DROP COLUMN locale;
