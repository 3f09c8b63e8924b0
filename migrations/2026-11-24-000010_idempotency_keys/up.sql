-- Idempotency keys: the first response of a create, stored in the same transaction as the
-- create itself, replayed for retries with the same key and payload. Scoped to the employer
-- plus the caller (`sub:<subject>`, or `job:<id>` for anonymous public applications).
CREATE TABLE idempotency_keys (
    employer_id      uuid NOT NULL REFERENCES employers (id),
    scope            text NOT NULL,
    key              text NOT NULL CHECK (length(key) BETWEEN 1 AND 255),
    fingerprint      bytea NOT NULL,
    response_status  integer NOT NULL,
    response_headers jsonb NOT NULL,
    response_body    bytea NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (employer_id, scope, key)
);
-- The purge walks keys by age.
CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at);

ALTER TABLE idempotency_keys ENABLE ROW LEVEL SECURITY;
ALTER TABLE idempotency_keys FORCE ROW LEVEL SECURITY;
CREATE POLICY idempotency_keys_of_tenant ON idempotency_keys
    USING (employer_id = app_current_employer())
    WITH CHECK (employer_id = app_current_employer());
-- The periodic purge runs without a tenant: it may delete expired keys of every employer and
-- nothing else. (A DELETE with a WHERE clause also needs the rows to pass a SELECT policy.)
CREATE POLICY idempotency_keys_purge_select ON idempotency_keys FOR SELECT
    USING (current_setting('app.purge_idempotency', true) = 'on'
           AND created_at < now() - interval '24 hours');
CREATE POLICY idempotency_keys_purge ON idempotency_keys FOR DELETE
    USING (current_setting('app.purge_idempotency', true) = 'on'
           AND created_at < now() - interval '24 hours');

GRANT SELECT, INSERT, DELETE ON idempotency_keys TO jobs_app;
