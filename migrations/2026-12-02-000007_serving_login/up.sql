-- The login the serving process connects as: not a superuser, owner of nothing, no BYPASSRLS,
-- and without privileges of its own (NOINHERIT): every transaction switches to jobs_app or
-- jobs_public (SET LOCAL ROLE via set_config), so a request that ran RESET ROLE would be left
-- with no access at all rather than with the owner's. The operator chooses how it
-- authenticates (trust on loopback in development; `ALTER ROLE jobs_api PASSWORD ...` or a
-- certificate in production). Roles are cluster-wide: creating it tolerates a concurrent
-- creator, and an existing login is left as the operator configured it.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'jobs_api') THEN
    CREATE ROLE jobs_api LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT;
  END IF;
EXCEPTION
  WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;
DO $$
BEGIN
  GRANT jobs_app TO jobs_api;
  GRANT jobs_public TO jobs_api;
EXCEPTION
  WHEN duplicate_object OR unique_violation OR invalid_grant_operation THEN NULL;
END
$$;
-- Readiness compares the applied migrations with the binary's, on the serving login.
GRANT SELECT ON __diesel_schema_migrations TO jobs_api;
