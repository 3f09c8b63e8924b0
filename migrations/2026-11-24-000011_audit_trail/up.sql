-- The audit trail is read from the outbox (append-only for jobs_app: SELECT and INSERT only).
-- Filters by entity (newest first) and by action.
CREATE INDEX outbox_events_entity_idx
    ON outbox_events (employer_id, entity_type, entity_id, occurred_at DESC, id DESC);
CREATE INDEX outbox_events_action_idx
    ON outbox_events (employer_id, event_type, occurred_at DESC, id DESC);
