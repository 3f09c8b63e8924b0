-- The application's queries run as `jobs_app`: not a superuser, not the owner of any table and
-- without BYPASSRLS, so row-level security applies to it. Migrations run as the connecting
-- (privileged) user, which switches to this role per transaction with SET LOCAL ROLE.
-- Roles are cluster-wide: several databases (and parallel test databases) share this one, so
-- creating it must tolerate a concurrent creator.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'jobs_app') THEN
    CREATE ROLE jobs_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT;
  END IF;
EXCEPTION
  WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;

-- Members of the connecting role may switch to jobs_app (a superuser always can).
DO $$
BEGIN
  EXECUTE format('GRANT jobs_app TO %I', current_user);
EXCEPTION
  WHEN duplicate_object OR unique_violation OR invalid_grant_operation THEN NULL;
END
$$;

GRANT USAGE ON SCHEMA public TO jobs_app;
