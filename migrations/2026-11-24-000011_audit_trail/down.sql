DROP INDEX outbox_events_action_idx;
DROP INDEX outbox_events_entity_idx;
