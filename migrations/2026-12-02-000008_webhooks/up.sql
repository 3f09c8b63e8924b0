-- Webhooks: per-employer subscriptions, and one delivery row per (event, subscription) made in
-- the same transaction as the event, so an event is never lost between the write and the
-- queue. The dispatcher (owner login, maintenance policies) leases due deliveries with
-- FOR UPDATE SKIP LOCKED and is woken by NOTIFY webhook_deliveries.

CREATE TABLE webhook_subscriptions (
    id                   uuid PRIMARY KEY,
    employer_id          uuid NOT NULL REFERENCES employers (id),
    url                  text NOT NULL,
    events               text[] NOT NULL,
    description          text,
    active               boolean NOT NULL DEFAULT true,
    -- Why it stopped: 'gone' (the endpoint answered 410) or 'failing' (failed for days).
    disabled_reason      text,
    -- AES-256-GCM sealed whsec_ secrets (nonce || ciphertext || tag); the previous one keeps
    -- signing until previous_secret_expires_at after a rotation.
    secret               bytea NOT NULL,
    previous_secret      bytea,
    previous_secret_expires_at timestamptz,
    -- Health: consecutive failed attempts, since when, and the circuit breaker.
    consecutive_failures integer NOT NULL DEFAULT 0,
    failing_since        timestamptz,
    breaker_open_until   timestamptz,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX webhook_subscriptions_employer_idx
    ON webhook_subscriptions (employer_id, created_at DESC, id DESC);

CREATE TABLE webhook_deliveries (
    id              uuid PRIMARY KEY,
    employer_id     uuid NOT NULL REFERENCES employers (id),
    subscription_id uuid NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
    -- The outbox event: also the webhook-id header, the same for every attempt.
    event_id        uuid NOT NULL,
    event_type      text NOT NULL,
    -- The exact body sent ({type, timestamp, data}), fixed when the event happened.
    body            text NOT NULL,
    status          text NOT NULL DEFAULT 'pending'
                    CHECK (status IN ('pending', 'succeeded', 'failed', 'dead')),
    attempts        integer NOT NULL DEFAULT 0,
    -- Retries still allowed after the next failure (0: the next failure is the last).
    retries_left    integer NOT NULL,
    -- When the next attempt is due; while an attempt runs, the end of its lease.
    next_attempt_at timestamptz,
    last_status_code integer,
    last_error      text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    delivered_at    timestamptz,
    UNIQUE (subscription_id, event_id)
);
CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (next_attempt_at)
    WHERE status IN ('pending', 'failed');
CREATE INDEX webhook_deliveries_subscription_idx
    ON webhook_deliveries (subscription_id, created_at DESC, id DESC);

-- One row per attempt: the delivery log.
CREATE TABLE webhook_attempts (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    delivery_id  uuid NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
    employer_id  uuid NOT NULL REFERENCES employers (id),
    attempted_at timestamptz NOT NULL,
    status_code  integer,
    latency_ms   integer NOT NULL,
    -- 'ok', 'http_status', 'redirect', 'timeout', 'connect', 'blocked_address', 'tls', 'other'
    error_class  text NOT NULL
);
CREATE INDEX webhook_attempts_delivery_idx ON webhook_attempts (delivery_id, id DESC);

-- ---------------------------------------------------------------- tenancy
ALTER TABLE webhook_subscriptions ENABLE ROW LEVEL SECURITY;
ALTER TABLE webhook_subscriptions FORCE ROW LEVEL SECURITY;
CREATE POLICY webhook_subscriptions_of_tenant ON webhook_subscriptions TO jobs_app
    USING (employer_id = app_current_employer())
    WITH CHECK (employer_id = app_current_employer());
ALTER TABLE webhook_deliveries ENABLE ROW LEVEL SECURITY;
ALTER TABLE webhook_deliveries FORCE ROW LEVEL SECURITY;
CREATE POLICY webhook_deliveries_of_tenant ON webhook_deliveries TO jobs_app
    USING (employer_id = app_current_employer())
    WITH CHECK (employer_id = app_current_employer());
ALTER TABLE webhook_attempts ENABLE ROW LEVEL SECURITY;
ALTER TABLE webhook_attempts FORCE ROW LEVEL SECURITY;
CREATE POLICY webhook_attempts_of_tenant ON webhook_attempts TO jobs_app
    USING (employer_id = app_current_employer())
    WITH CHECK (employer_id = app_current_employer());

GRANT SELECT, INSERT, UPDATE, DELETE ON webhook_subscriptions TO jobs_app;
GRANT SELECT, INSERT, UPDATE ON webhook_deliveries TO jobs_app;
GRANT SELECT ON webhook_attempts TO jobs_app;

-- The dispatcher runs on the owner login across employers, like the other maintenance work.
DO $$
BEGIN
  EXECUTE format('CREATE POLICY webhook_subscriptions_dispatch ON webhook_subscriptions TO %I '
                 'USING (current_setting(''app.maintenance'', true) = ''on'') '
                 'WITH CHECK (current_setting(''app.maintenance'', true) = ''on'')', current_user);
  EXECUTE format('CREATE POLICY webhook_deliveries_dispatch ON webhook_deliveries TO %I '
                 'USING (current_setting(''app.maintenance'', true) = ''on'') '
                 'WITH CHECK (current_setting(''app.maintenance'', true) = ''on'')', current_user);
  EXECUTE format('CREATE POLICY webhook_attempts_dispatch ON webhook_attempts TO %I '
                 'USING (current_setting(''app.maintenance'', true) = ''on'') '
                 'WITH CHECK (current_setting(''app.maintenance'', true) = ''on'')', current_user);
  -- Disabling a failing subscription records an event, like any other change.
  EXECUTE format('CREATE POLICY outbox_dispatch_insert ON outbox_events FOR INSERT TO %I '
                 'WITH CHECK (current_setting(''app.maintenance'', true) = ''on'')', current_user);
END
$$;

-- ---------------------------------------------------------------- fan-out
-- Every outbox event becomes a delivery for each active subscription of its employer that
-- asked for its type, in the inserting transaction (under its row-level security). The body
-- carries the event's ids and states, never more than the employer's own API shows.
CREATE FUNCTION webhook_fan_out() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  queued integer;
BEGIN
  INSERT INTO webhook_deliveries (id, employer_id, subscription_id, event_id, event_type, body,
                                  retries_left, next_attempt_at)
  SELECT gen_random_uuid(), NEW.employer_id, s.id, NEW.id, NEW.event_type,
         jsonb_build_object(
           'type', NEW.event_type,
           'timestamp', to_char(NEW.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
           'data', NEW.payload || jsonb_build_object('id', NEW.entity_id,
                                                     'object', NEW.entity_type,
                                                     'employer_id', NEW.employer_id))::text,
         7, NEW.occurred_at
  FROM webhook_subscriptions s
  WHERE s.employer_id = NEW.employer_id AND s.active AND NEW.event_type = ANY (s.events);
  GET DIAGNOSTICS queued = ROW_COUNT;
  IF queued > 0 THEN
    PERFORM pg_notify('webhook_deliveries', '');
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER outbox_webhook_fan_out AFTER INSERT ON outbox_events
    FOR EACH ROW EXECUTE FUNCTION webhook_fan_out();
