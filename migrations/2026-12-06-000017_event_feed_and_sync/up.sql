-- Incremental sync for partners: the employer's events as a feed (GET /v1/events), webhook
-- subscriptions by wildcard, and lists ordered by (updated_at, id).
--
-- Feed order. An event's position is (tx_id, id): the top-level transaction id that wrote it,
-- then its own time-ordered id. The feed lists only events whose tx_id is below the oldest
-- transaction id still running (the snapshot's xmin): every transaction below it has finished,
-- so no event can later appear before a position already read, without a lock at commit.
ALTER TABLE outbox_events ADD COLUMN tx_id bigint;
-- Rows written so far all belong to finished transactions; their own xmin orders them.
UPDATE outbox_events SET tx_id = xmin::text::bigint;
ALTER TABLE outbox_events
    ALTER COLUMN tx_id SET DEFAULT (pg_current_xact_id()::text::bigint),
    ALTER COLUMN tx_id SET NOT NULL;
CREATE INDEX outbox_events_employer_feed_idx ON outbox_events (employer_id, tx_id, id);

-- The body of an event, as its webhook deliveries and the feed carry it (one definition).
CREATE FUNCTION outbox_event_body(e outbox_events) RETURNS jsonb
LANGUAGE sql STABLE PARALLEL SAFE AS
$$ SELECT jsonb_build_object(
     'type', e.event_type,
     'timestamp', to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
     'data', e.payload || jsonb_build_object('id', e.entity_id,
                                            'object', e.entity_type,
                                            'employer_id', e.employer_id)) $$;

-- Whether a subscription's `events` select an event type: the type itself, `*`, or a family
-- (`application.*`: every type starting with `application.`).
CREATE FUNCTION event_type_selected(selectors text[], event_type text) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT EXISTS (SELECT 1 FROM unnest(selectors) AS s
                  WHERE s = event_type OR s = '*'
                     OR (right(s, 2) = '.*' AND starts_with(event_type, left(s, -1)))) $$;

CREATE OR REPLACE FUNCTION webhook_fan_out() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  queued integer;
BEGIN
  INSERT INTO webhook_deliveries (id, employer_id, subscription_id, event_id, event_type, body,
                                  retries_left, next_attempt_at, trace_parent)
  SELECT gen_random_uuid(), NEW.employer_id, s.id, NEW.id, NEW.event_type,
         outbox_event_body(NEW)::text,
         7, GREATEST(NEW.occurred_at, s.breaker_open_until), NEW.trace_parent
  FROM webhook_subscriptions s
  WHERE s.employer_id = NEW.employer_id AND s.active
    AND event_type_selected(s.events, NEW.event_type);
  GET DIAGNOSTICS queued = ROW_COUNT;
  IF queued > 0 THEN
    PERFORM pg_notify('webhook_deliveries', '');
  END IF;
  RETURN NULL;
END
$$;

-- Lists by change, oldest first: `updated_after` on jobs, applicants and applications.
CREATE INDEX jobs_employer_updated_idx ON jobs (employer_id, updated_at, id);
CREATE INDEX applicants_employer_updated_idx ON applicants (employer_id, updated_at, id);
CREATE INDEX applications_employer_updated_idx ON applications (employer_id, updated_at, id);
-- Applications across jobs, newest first.
CREATE INDEX applications_employer_created_idx
    ON applications (employer_id, created_at DESC, id DESC);
