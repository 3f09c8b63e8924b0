-- The public surface: what an application stores, sanitized job descriptions, careers pages
-- that can be switched off, idempotent responses that erasure can find, and maintenance work
-- that crosses tenants.

-- ---------------------------------------------------------------- maintenance policies
-- Cross-tenant housekeeping (re-sanitizing descriptions, finding employers with a retention
-- period) runs on the migration owner's connection. FORCE ROW LEVEL SECURITY applies to the
-- owner too, so it gets policies of its own, open only while its transaction has set
-- app.maintenance = 'on'. They name the owner (current_user), never the application roles.
DO $$
BEGIN
  EXECUTE format('CREATE POLICY jobs_maintenance_read ON jobs FOR SELECT TO %I '
                 'USING (current_setting(''app.maintenance'', true) = ''on'')', current_user);
  EXECUTE format('CREATE POLICY jobs_maintenance_update ON jobs FOR UPDATE TO %I '
                 'USING (current_setting(''app.maintenance'', true) = ''on'') '
                 'WITH CHECK (current_setting(''app.maintenance'', true) = ''on'')', current_user);
  EXECUTE format('CREATE POLICY employers_maintenance ON employers FOR SELECT TO %I '
                 'USING (current_setting(''app.maintenance'', true) = ''on'')', current_user);
END
$$;

-- ---------------------------------------------------------------- sanitized descriptions
-- The sanitizer policy a description was last cleaned with (0: never). At start-up the
-- server re-sanitizes HTML descriptions cleaned with an older policy than its own, so rows
-- written before sanitizing existed (or under a laxer policy) are cleaned too.
ALTER TABLE jobs ADD COLUMN description_policy smallint NOT NULL DEFAULT 0;

-- ---------------------------------------------------------------- URLs: http(s) only
-- Links of other schemes (javascript:, data:) were accepted before; they go.
ALTER TABLE applicants NO FORCE ROW LEVEL SECURITY;
ALTER TABLE employers NO FORCE ROW LEVEL SECURITY;
-- The same rule as the contract's pattern: a scheme, then a host, no whitespace.
CREATE FUNCTION pg_temp.web_url(u text) RETURNS boolean LANGUAGE sql AS
$$ SELECT u ~* '^https?://[^\s/?#]+[^\s]*$' $$;
UPDATE applicants SET cv_url = NULL WHERE NOT pg_temp.web_url(cv_url);
UPDATE applicants SET links = ARRAY(SELECT l FROM unnest(links) AS l WHERE pg_temp.web_url(l))
    WHERE EXISTS (SELECT 1 FROM unnest(links) AS l WHERE NOT pg_temp.web_url(l));
UPDATE employers SET website = NULL WHERE NOT pg_temp.web_url(website);
UPDATE employers SET logo_url = NULL WHERE NOT pg_temp.web_url(logo_url);
ALTER TABLE applicants FORCE ROW LEVEL SECURITY;
ALTER TABLE employers FORCE ROW LEVEL SECURITY;

-- ---------------------------------------------------------------- applications
-- What a person submitted with a public application, as they wrote it (name, e-mail, phone,
-- skills, languages, links, CV reference, consent). The employer's applicant record is never
-- changed by an application; recruiters merge a submission deliberately.
ALTER TABLE applications
    ADD COLUMN submission jsonb,
    ADD COLUMN anonymized_at timestamptz;
-- Retention: final applications by the time they became final.
CREATE INDEX applications_final_idx ON applications (employer_id, status_changed_at)
    WHERE status IN ('hired', 'rejected') AND anonymized_at IS NULL;

-- ---------------------------------------------------------------- idempotency keys
-- The resource a stored response describes, so that erasing a person also removes the
-- responses that carry their data.
ALTER TABLE idempotency_keys ADD COLUMN entity_id uuid;
CREATE INDEX idempotency_keys_entity_idx ON idempotency_keys (employer_id, entity_id)
    WHERE entity_id IS NOT NULL;
-- Responses stored before this migration: every stored create response carries its resource's
-- `id`, so erasure finds those too.
CREATE FUNCTION pg_temp.response_id(body bytea) RETURNS uuid LANGUAGE plpgsql AS
$$
BEGIN
    RETURN (convert_from(body, 'UTF8')::jsonb ->> 'id')::uuid;
EXCEPTION WHEN others THEN
    RETURN NULL;
END
$$;
ALTER TABLE idempotency_keys NO FORCE ROW LEVEL SECURITY;
UPDATE idempotency_keys SET entity_id = pg_temp.response_id(response_body);
ALTER TABLE idempotency_keys FORCE ROW LEVEL SECURITY;

-- ---------------------------------------------------------------- careers pages
-- `settings.careers_page_enabled = false` hides an employer's jobs from the public. The flag is
-- copied onto each job (the public policies cannot read employers from jobs and jobs from
-- employers without recursing): set on insert from the employer, and rewritten for all of the
-- employer's jobs when the setting changes. Both triggers run with the invoker's rights, so
-- under a tenant transaction they touch that tenant's rows only.
ALTER TABLE jobs ADD COLUMN employer_listed boolean NOT NULL DEFAULT true;

CREATE FUNCTION employer_is_listed(settings jsonb) RETURNS boolean
LANGUAGE sql IMMUTABLE AS
$$ SELECT coalesce((settings ->> 'careers_page_enabled')::boolean, true) $$;

-- FOR SHARE waits for a concurrent change of the setting (whose UPDATE then sees this job);
-- an employer row that cannot be read hides the job rather than listing it.
CREATE FUNCTION jobs_take_employer_listed() RETURNS trigger
LANGUAGE plpgsql AS
$$
BEGIN
    NEW.employer_listed := coalesce(
        (SELECT employer_is_listed(e.settings) FROM employers e WHERE e.id = NEW.employer_id
         FOR SHARE),
        false);
    RETURN NEW;
END
$$;
CREATE TRIGGER jobs_employer_listed BEFORE INSERT ON jobs
    FOR EACH ROW EXECUTE FUNCTION jobs_take_employer_listed();

CREATE FUNCTION employers_propagate_listed() RETURNS trigger
LANGUAGE plpgsql AS
$$
BEGIN
    IF employer_is_listed(NEW.settings) IS DISTINCT FROM employer_is_listed(OLD.settings) THEN
        UPDATE jobs SET employer_listed = employer_is_listed(NEW.settings)
        WHERE employer_id = NEW.id;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER employers_listed AFTER UPDATE OF settings ON employers
    FOR EACH ROW EXECUTE FUNCTION employers_propagate_listed();

GRANT EXECUTE ON FUNCTION employer_is_listed(jsonb) TO jobs_app, jobs_public;
GRANT SELECT (employer_listed) ON jobs TO jobs_public;

-- Search documents exist for listed, published jobs only.
CREATE OR REPLACE FUNCTION jobs_sync_search_document() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS
$$
BEGIN
    IF NEW.status = 'published' AND NEW.employer_listed THEN
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
    ELSIF TG_OP = 'UPDATE' THEN
        DELETE FROM job_search_documents WHERE job_id = NEW.id;
    END IF;
    RETURN NULL;
END
$$;

-- Employers that had already switched their careers page off.
ALTER TABLE jobs NO FORCE ROW LEVEL SECURITY;
ALTER TABLE employers NO FORCE ROW LEVEL SECURITY;
UPDATE jobs j SET employer_listed = false
    FROM employers e WHERE e.id = j.employer_id AND NOT employer_is_listed(e.settings);
ALTER TABLE jobs FORCE ROW LEVEL SECURITY;
ALTER TABLE employers FORCE ROW LEVEL SECURITY;

ALTER POLICY jobs_public_read ON jobs USING (status = 'published' AND employer_listed);
ALTER POLICY employers_public_read ON employers USING (EXISTS (
    SELECT 1 FROM jobs j
    WHERE j.employer_id = employers.id AND j.status = 'published' AND j.employer_listed));
ALTER POLICY jobs_closed_for_apply ON jobs
    USING (status = 'closed' AND employer_listed
           AND current_setting('app.public_closed', true) = 'on');
