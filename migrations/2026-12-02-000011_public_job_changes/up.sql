-- Syndication: a public, commit-ordered feed of changes to published jobs, for partner boards
-- that sync instead of scraping.
--
-- Order: a position is taken at COMMIT (deferred constraint triggers) under one transaction-
-- level advisory lock, held until the transaction is visible. Positions therefore follow commit
-- order, and a reader that sees position N sees every position below it: a transaction that
-- started early but committed late gets a late position, so a follower's cursor never passes
-- over it. Waiting for the lock happens only at commit, after every row lock the transaction
-- will take, so it cannot deadlock with them.

CREATE TABLE public_job_changes (
    position    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    job_id      uuid NOT NULL,
    employer_id uuid NOT NULL,
    -- published: became public; updated: public and changed (or its employer did);
    -- closed: closed; removed: deleted, or its employer's careers page was switched off.
    change      text NOT NULL CHECK (change IN ('published', 'updated', 'closed', 'removed')),
    changed_at  timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX public_job_changes_employer_idx ON public_job_changes (employer_id, position);

-- Written only by the functions below (owner rights); read by the public role, which sees
-- ids of jobs that were public and nothing else.
ALTER TABLE public_job_changes ENABLE ROW LEVEL SECURITY;
CREATE POLICY public_job_changes_read ON public_job_changes FOR SELECT TO jobs_public
    USING (true);
GRANT SELECT ON public_job_changes TO jobs_public;
-- The public job page links the employer's site (schema.org sameAs).
GRANT SELECT (website) ON employers TO jobs_public;

-- The functions below run with the owner's rights, pinned search_path (pg_temp last, tables
-- schema-qualified: a session's temporary tables cannot stand in) and a lock_timeout of their
-- own, so a commit queued behind a large one (a careers page of many jobs) waits rather than
-- failing under the request's short lock_timeout. No role may call them directly: they run only
-- as the triggers of public.jobs and public.employers.
CREATE FUNCTION public_job_change_append(job uuid, employer uuid, kind text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
SET lock_timeout = '30s' AS
$$
BEGIN
    PERFORM pg_advisory_xact_lock(7420250001);
    INSERT INTO public.public_job_changes (job_id, employer_id, change)
    VALUES (job, employer, kind);
END
$$;
REVOKE ALL ON FUNCTION public_job_change_append(uuid, uuid, text) FROM PUBLIC;

-- The members a public reader sees change: what makes an "updated".
CREATE FUNCTION job_public_content(j public.jobs) RETURNS text[]
LANGUAGE sql STABLE AS
$$ SELECT ARRAY[j.title, j.description, j.description_format, j.department,
                array_to_string(j.languages, chr(31)), j.location, j.workplace_type,
                j.employment_type, j.salary_min::text, j.salary_max::text, j.salary_currency,
                j.salary_period, j.vacancies::text, j.reference_number, j.closing_date::text,
                j.published_at::text] $$;

-- A job's row changed: classify by its public visibility before and after.
CREATE FUNCTION jobs_record_public_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS
$$
DECLARE
    was_public boolean;
    is_public  boolean;
BEGIN
    IF TG_RELID <> 'public.jobs'::regclass THEN
        RAISE EXCEPTION 'jobs_record_public_change is the trigger of public.jobs only';
    END IF;
    was_public := TG_OP <> 'INSERT' AND OLD.status = 'published' AND OLD.employer_listed;
    is_public := TG_OP <> 'DELETE' AND NEW.status = 'published' AND NEW.employer_listed;
    IF is_public AND NOT was_public THEN
        PERFORM public_job_change_append(NEW.id, NEW.employer_id, 'published');
    ELSIF is_public AND job_public_content(OLD) IS DISTINCT FROM job_public_content(NEW) THEN
        PERFORM public_job_change_append(NEW.id, NEW.employer_id, 'updated');
    ELSIF was_public AND NOT is_public THEN
        IF TG_OP = 'UPDATE' AND NEW.status = 'closed' AND NEW.employer_listed THEN
            PERFORM public_job_change_append(OLD.id, OLD.employer_id, 'closed');
        ELSE
            PERFORM public_job_change_append(OLD.id, OLD.employer_id, 'removed');
        END IF;
    END IF;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION jobs_record_public_change() FROM PUBLIC;
CREATE CONSTRAINT TRIGGER jobs_public_change AFTER INSERT OR UPDATE OR DELETE ON jobs
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION jobs_record_public_change();

-- What the public sees of an employer on each of its jobs (name, logo, site) changed: each of
-- its public jobs is updated. The owner reads jobs through its maintenance policy, opened for
-- this statement only and restored after.
CREATE FUNCTION employers_record_public_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
SET lock_timeout = '30s' AS
$$
DECLARE
    maintenance text;
BEGIN
    IF TG_RELID <> 'public.employers'::regclass THEN
        RAISE EXCEPTION 'employers_record_public_change is the trigger of public.employers only';
    END IF;
    IF (NEW.name, NEW.logo_url, NEW.website) IS NOT DISTINCT FROM (OLD.name, OLD.logo_url, OLD.website)
       OR NOT employer_is_listed(NEW.settings) THEN
        RETURN NULL;
    END IF;
    maintenance := current_setting('app.maintenance', true);
    PERFORM pg_advisory_xact_lock(7420250001);
    PERFORM set_config('app.maintenance', 'on', true);
    INSERT INTO public.public_job_changes (job_id, employer_id, change)
    SELECT id, employer_id, 'updated' FROM public.jobs
    WHERE employer_id = NEW.id AND status = 'published' AND employer_listed
    ORDER BY published_at, id;
    PERFORM set_config('app.maintenance', coalesce(maintenance, ''), true);
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION employers_record_public_change() FROM PUBLIC;
CREATE CONSTRAINT TRIGGER employers_public_change AFTER UPDATE ON employers
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION employers_record_public_change();

-- Jobs already public when this migration runs enter the feed as published, oldest first.
ALTER TABLE jobs NO FORCE ROW LEVEL SECURITY;
INSERT INTO public_job_changes (job_id, employer_id, change, changed_at)
SELECT id, employer_id, 'published', coalesce(published_at, now()) FROM jobs
WHERE status = 'published' AND employer_listed
ORDER BY published_at, id;
ALTER TABLE jobs FORCE ROW LEVEL SECURITY;
