-- The idempotency purge's policies applied to every role: a session of the tenant role that
-- set app.purge_idempotency=on read every employer's expired stored responses. Row-level
-- security should not rest on a setting anyone can make: the purge runs on the owner login
-- (db::Maintenance), and now only the owner gets these policies.
DO $$
BEGIN
  EXECUTE format('ALTER POLICY idempotency_keys_purge_select ON idempotency_keys TO %I', current_user);
  EXECUTE format('ALTER POLICY idempotency_keys_purge ON idempotency_keys TO %I', current_user);
END
$$;
