-- Fair dispatch leases round robin across employers: the employers with due deliveries are
-- walked in id order (one index probe each, from where the last lease stopped), and each gets
-- its oldest due deliveries, up to its share.
CREATE INDEX webhook_deliveries_employer_due_idx
    ON webhook_deliveries (employer_id, next_attempt_at)
    WHERE status IN ('pending', 'failed');
