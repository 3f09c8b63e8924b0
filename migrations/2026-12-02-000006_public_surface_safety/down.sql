ALTER POLICY jobs_closed_for_apply ON jobs
    USING (status = 'closed' AND current_setting('app.public_closed', true) = 'on');
ALTER POLICY employers_public_read ON employers USING (EXISTS (
    SELECT 1 FROM jobs j WHERE j.employer_id = employers.id AND j.status = 'published'));
ALTER POLICY jobs_public_read ON jobs USING (status = 'published');

CREATE OR REPLACE FUNCTION jobs_sync_search_document() RETURNS trigger
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

-- Hidden employers' published jobs become searchable again.
ALTER TABLE jobs NO FORCE ROW LEVEL SECURITY;
INSERT INTO job_search_documents (job_id, employer_id, published_at, department,
    department_slug, location, location_slug, employment_type, languages, language_slugs,
    search_vector)
SELECT id, employer_id, coalesce(published_at, updated_at), department, department_slug,
    location, location_slug, employment_type, languages, language_slugs, search_vector
FROM jobs WHERE status = 'published'
ON CONFLICT (job_id) DO NOTHING;
ALTER TABLE jobs FORCE ROW LEVEL SECURITY;

REVOKE SELECT (employer_listed) ON jobs FROM jobs_public;
DROP TRIGGER employers_listed ON employers;
DROP FUNCTION employers_propagate_listed();
DROP TRIGGER jobs_employer_listed ON jobs;
DROP FUNCTION jobs_take_employer_listed();
DROP FUNCTION employer_is_listed(jsonb);
ALTER TABLE jobs DROP COLUMN employer_listed;

DROP INDEX idempotency_keys_entity_idx;
ALTER TABLE idempotency_keys DROP COLUMN entity_id;

DROP INDEX applications_final_idx;
ALTER TABLE applications DROP COLUMN anonymized_at, DROP COLUMN submission;

ALTER TABLE jobs DROP COLUMN description_policy;

DROP POLICY employers_maintenance ON employers;
DROP POLICY jobs_maintenance_update ON jobs;
DROP POLICY jobs_maintenance_read ON jobs;
