DROP INDEX applications_employer_created_idx;
DROP INDEX applications_employer_updated_idx;
DROP INDEX applicants_employer_updated_idx;
DROP INDEX jobs_employer_updated_idx;

CREATE OR REPLACE FUNCTION webhook_fan_out() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  queued integer;
BEGIN
  INSERT INTO webhook_deliveries (id, employer_id, subscription_id, event_id, event_type, body,
                                  retries_left, next_attempt_at, trace_parent)
  SELECT gen_random_uuid(), NEW.employer_id, s.id, NEW.id, NEW.event_type,
         jsonb_build_object(
           'type', NEW.event_type,
           'timestamp', to_char(NEW.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
           'data', NEW.payload || jsonb_build_object('id', NEW.entity_id,
                                                     'object', NEW.entity_type,
                                                     'employer_id', NEW.employer_id))::text,
         7, GREATEST(NEW.occurred_at, s.breaker_open_until), NEW.trace_parent
  FROM webhook_subscriptions s
  WHERE s.employer_id = NEW.employer_id AND s.active AND NEW.event_type = ANY (s.events);
  GET DIAGNOSTICS queued = ROW_COUNT;
  IF queued > 0 THEN
    PERFORM pg_notify('webhook_deliveries', '');
  END IF;
  RETURN NULL;
END
$$;

DROP FUNCTION event_type_selected(text[], text);
DROP FUNCTION outbox_event_body(outbox_events);
DROP INDEX outbox_events_employer_feed_idx;
ALTER TABLE outbox_events DROP COLUMN tx_id;
