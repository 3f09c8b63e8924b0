DROP TRIGGER outbox_webhook_fan_out ON outbox_events;
DROP FUNCTION webhook_fan_out();
DO $$
BEGIN
  EXECUTE format('DROP POLICY IF EXISTS outbox_dispatch_insert ON outbox_events');
END
$$;
DROP TABLE webhook_attempts;
DROP TABLE webhook_deliveries;
DROP TABLE webhook_subscriptions;
