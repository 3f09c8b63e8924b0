DROP POLICY search_documents_public_read ON job_search_documents;
DROP POLICY employers_public_read ON employers;
DROP POLICY jobs_public_read ON jobs;
ALTER POLICY employer_is_tenant ON employers TO public;
ALTER POLICY jobs_of_tenant ON jobs TO public;
REVOKE SELECT ON employers FROM jobs_public;
REVOKE SELECT ON jobs FROM jobs_public;
-- The role is shared by every database of the cluster; only this database's grants are undone.
REVOKE USAGE ON SCHEMA public FROM jobs_public;

DROP TRIGGER jobs_search_document ON jobs;
DROP FUNCTION jobs_sync_search_document();
DROP TABLE job_search_documents;

DROP INDEX jobs_published_employer_idx;

ALTER TABLE jobs
    DROP COLUMN search_vector,
    DROP COLUMN language_slugs,
    DROP COLUMN location_slug,
    DROP COLUMN department_slug;

DROP TEXT SEARCH CONFIGURATION jobs_search;
DROP TEXT SEARCH DICTIONARY jobs_english_stem;
-- Created by the up migration (IF NOT EXISTS): the last object that used it is gone.
DROP EXTENSION IF EXISTS unaccent;
