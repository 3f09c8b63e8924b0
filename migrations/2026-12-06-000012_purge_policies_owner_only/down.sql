ALTER POLICY idempotency_keys_purge_select ON idempotency_keys TO PUBLIC;
ALTER POLICY idempotency_keys_purge ON idempotency_keys TO PUBLIC;
