-- Job search and taxonomy: full-text search, taxonomy slugs, and public (cross-tenant) reads.
--
-- Public reads run as `jobs_public`: a role that may only SELECT the public columns of jobs and
-- employers, never write, and to which row-level security shows published jobs only (and the
-- employers that have one). Tenant tables keep FORCE ROW LEVEL SECURITY; nothing bypasses it.

-- ---------------------------------------------------------------- text search
-- English stemming ("managers" finds "manager") without a stop-word list: job searches are
-- short and "IT" is an English stop word. Diacritics are folded first, so "Male" finds "Malé".
-- Dhivehi (Thaana) words are indexed as they are: the stemmer leaves them unchanged.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TEXT SEARCH DICTIONARY jobs_english_stem (TEMPLATE = snowball, LANGUAGE = english);
CREATE TEXT SEARCH CONFIGURATION jobs_search (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION jobs_search
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart WITH jobs_english_stem;
ALTER TEXT SEARCH CONFIGURATION jobs_search
    ALTER MAPPING FOR word, hword, hword_part WITH unaccent, jobs_english_stem;

-- ---------------------------------------------------------------- jobs: slugs and search
-- Slugs are computed by the application (domain::taxonomy::slug) on every write.
ALTER TABLE jobs
    ADD COLUMN department_slug text,
    ADD COLUMN location_slug text,
    ADD COLUMN language_slugs text[] NOT NULL DEFAULT '{}',
    ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('jobs_search', title), 'A') ||
        setweight(to_tsvector('jobs_search', description), 'B')
    ) STORED;

-- Backfill of rows written before this migration. It matches the application's rule for
-- Latin-script labels (the ones such rows have); the next edit recomputes the slugs anyway.
-- FORCE would hide every row from the owner here (no tenant is set), so lift it meanwhile.
ALTER TABLE jobs NO FORCE ROW LEVEL SECURITY;
CREATE FUNCTION pg_temp.backfill_slug(label text) RETURNS text LANGUAGE sql AS
$$ SELECT nullif(trim(BOTH '-' FROM regexp_replace(lower(unaccent(label)), '[^a-z0-9]+', '-', 'g')), '') $$;
UPDATE jobs SET
    department_slug = pg_temp.backfill_slug(department),
    location_slug = pg_temp.backfill_slug(location),
    language_slugs = ARRAY(
        SELECT s FROM (
            SELECT pg_temp.backfill_slug(l) AS s, min(n) AS n
            FROM unnest(languages) WITH ORDINALITY AS u(l, n) GROUP BY 1
        ) AS x WHERE s IS NOT NULL ORDER BY n);
ALTER TABLE jobs FORCE ROW LEVEL SECURITY;

-- ---------------------------------------------------------------- public search documents
-- PostgreSQL never uses an index for a condition whose operator is not LEAKPROOF (`@@`, `@>`)
-- on a table that row-level security filters for the querying role: on `jobs`, public
-- full-text and language searches would scan and rank every published job. So a trigger keeps,
-- for each published job and only for those, its searchable and filterable values here (all of
-- them public). Public search filters, ranks, pages and counts facets and taxonomy values on
-- this table, which the public role reads unfiltered, and then reads the page's jobs through
-- the RLS policy on `jobs` below.
CREATE TABLE job_search_documents (
    job_id          uuid PRIMARY KEY REFERENCES jobs (id) ON DELETE CASCADE,
    employer_id     uuid NOT NULL,
    published_at    timestamptz NOT NULL,
    department      text,
    department_slug text,
    location        text,
    location_slug   text,
    employment_type text,
    languages       text[] NOT NULL,
    language_slugs  text[] NOT NULL,
    search_vector   tsvector NOT NULL
);

-- Only this trigger writes the documents: it runs as the table's owner (SECURITY DEFINER), so
-- the application roles need, and have, no access to the table at all.
CREATE FUNCTION jobs_sync_search_document() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS
$$
BEGIN
    IF NEW.status = 'published' THEN
        INSERT INTO job_search_documents AS d (job_id, employer_id, published_at, department,
            department_slug, location, location_slug, employment_type, languages,
            language_slugs, search_vector)
        VALUES (NEW.id, NEW.employer_id, coalesce(NEW.published_at, now()), NEW.department,
            NEW.department_slug, NEW.location, NEW.location_slug, NEW.employment_type,
            NEW.languages, NEW.language_slugs, NEW.search_vector)
        ON CONFLICT (job_id) DO UPDATE SET
            published_at = EXCLUDED.published_at, department = EXCLUDED.department,
            department_slug = EXCLUDED.department_slug, location = EXCLUDED.location,
            location_slug = EXCLUDED.location_slug, employment_type = EXCLUDED.employment_type,
            languages = EXCLUDED.languages, language_slugs = EXCLUDED.language_slugs,
            search_vector = EXCLUDED.search_vector;
    ELSIF TG_OP = 'UPDATE' AND OLD.status = 'published' THEN
        DELETE FROM job_search_documents WHERE job_id = NEW.id;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER jobs_search_document AFTER INSERT OR UPDATE ON jobs
    FOR EACH ROW EXECUTE FUNCTION jobs_sync_search_document();

INSERT INTO job_search_documents (job_id, employer_id, published_at, department,
    department_slug, location, location_slug, employment_type, languages, language_slugs,
    search_vector)
SELECT id, employer_id, coalesce(published_at, updated_at), department, department_slug,
    location, location_slug, employment_type, languages, language_slugs, search_vector
FROM jobs WHERE status = 'published';

-- Not FORCEd: the owner is the trigger's definer. Readers get a policy each (below).
ALTER TABLE job_search_documents ENABLE ROW LEVEL SECURITY;

-- ---------------------------------------------------------------- indexes
-- Public search: full text and languages (GIN); newest first alone and per equality filter;
-- taxonomy values with their labels (index-only scans). The employer's own list uses the
-- (employer_id, …) indexes of the jobs migration, and the employers' public policy below the
-- partial index on jobs.
CREATE INDEX job_search_documents_vector_idx ON job_search_documents USING gin (search_vector);
CREATE INDEX job_search_documents_languages_idx ON job_search_documents USING gin (language_slugs);
CREATE INDEX job_search_documents_recent_idx
    ON job_search_documents (published_at DESC, job_id DESC);
CREATE INDEX job_search_documents_employer_idx
    ON job_search_documents (employer_id, published_at DESC, job_id DESC);
CREATE INDEX job_search_documents_department_idx
    ON job_search_documents (department_slug, published_at DESC, job_id DESC);
CREATE INDEX job_search_documents_location_idx
    ON job_search_documents (location_slug, published_at DESC, job_id DESC);
CREATE INDEX job_search_documents_employment_type_idx
    ON job_search_documents (employment_type, published_at DESC, job_id DESC);
CREATE INDEX job_search_documents_department_label_idx
    ON job_search_documents (department_slug, department, employer_id);
CREATE INDEX job_search_documents_location_label_idx
    ON job_search_documents (location_slug, location, employer_id);
CREATE INDEX jobs_published_employer_idx ON jobs (employer_id) WHERE status = 'published';

-- ---------------------------------------------------------------- the public role
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'jobs_public') THEN
    CREATE ROLE jobs_public NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT;
  END IF;
EXCEPTION
  WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;
-- The connecting role switches to it; so may jobs_app, for deployments that connect as that.
DO $$
BEGIN
  EXECUTE format('GRANT jobs_public TO %I', current_user);
EXCEPTION
  WHEN duplicate_object OR unique_violation OR invalid_grant_operation THEN NULL;
END
$$;
DO $$
BEGIN
  GRANT jobs_public TO jobs_app;
EXCEPTION
  WHEN duplicate_object OR unique_violation OR invalid_grant_operation THEN NULL;
END
$$;

GRANT USAGE ON SCHEMA public TO jobs_public;
-- Public columns only: no created_by, version or internal timestamps.
GRANT SELECT (id, employer_id, title, description, description_format, department,
              department_slug, languages, language_slugs, location, location_slug,
              workplace_type, employment_type, salary_min, salary_max, salary_currency,
              salary_period, vacancies, reference_number, closing_date, status, published_at)
    ON jobs TO jobs_public;
GRANT SELECT (id, name, logo_url) ON employers TO jobs_public;
GRANT SELECT ON job_search_documents TO jobs_public;

-- Tenant policies are for the tenant role: the public role never sees a tenant's drafts, even
-- if a tenant were set in its transaction.
ALTER POLICY jobs_of_tenant ON jobs TO jobs_app;
ALTER POLICY employer_is_tenant ON employers TO jobs_app;

CREATE POLICY jobs_public_read ON jobs FOR SELECT TO jobs_public
    USING (status = 'published');
CREATE POLICY employers_public_read ON employers FOR SELECT TO jobs_public
    USING (EXISTS (SELECT 1 FROM jobs j WHERE j.employer_id = employers.id AND j.status = 'published'));
CREATE POLICY search_documents_public_read ON job_search_documents FOR SELECT TO jobs_public
    USING (true);
