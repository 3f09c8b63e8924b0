-- Fair dispatch leases round robin across employers: the employers with queued deliveries are
-- walked in id order (one index probe each, from where the last lease stopped), each is
-- checked for a due delivery (one more probe), and each gets its oldest due deliveries, up to
-- its share. A delivery behind an open circuit breaker is not due: opening the breaker (and a
-- half-open probe) moves the endpoint's queued deliveries to the end of the cool-down, and a
-- new delivery to such an endpoint is queued for then.
CREATE INDEX webhook_deliveries_employer_due_idx
    ON webhook_deliveries (employer_id, next_attempt_at)
    WHERE status IN ('pending', 'failed');

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
