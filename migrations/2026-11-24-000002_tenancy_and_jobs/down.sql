DROP TABLE outbox_events;
DROP TABLE jobs;
DROP TABLE employers;
DROP FUNCTION app_current_employer();
