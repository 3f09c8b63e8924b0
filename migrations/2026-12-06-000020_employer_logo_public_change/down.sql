CREATE OR REPLACE FUNCTION employers_record_public_change() RETURNS trigger
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
    PERFORM pg_notify('public_job_changes', '');
    PERFORM set_config('app.maintenance', coalesce(maintenance, ''), true);
    RETURN NULL;
END
$$;
