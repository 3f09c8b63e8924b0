DROP TABLE rejection_reason_lists;
DROP TABLE job_team_members;
DROP TABLE job_teams;
DROP TABLE application_comments;
DROP INDEX applications_rejection_reason_idx;
DROP INDEX applications_job_assignee_idx;
ALTER TABLE applications
    DROP CONSTRAINT applications_assignee_fkey,
    DROP COLUMN rejection_reason_label,
    DROP COLUMN rejection_reason_id,
    DROP COLUMN assignee_id;
DROP FUNCTION app_deactivated_members();
DROP TRIGGER members_notify_status ON members;
DROP FUNCTION members_notify_status();
DROP INDEX members_deactivated_idx;
DROP TABLE members;
