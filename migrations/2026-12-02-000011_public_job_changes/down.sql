DROP TRIGGER employers_public_change ON employers;
DROP FUNCTION employers_record_public_change();
DROP TRIGGER jobs_public_change ON jobs;
DROP FUNCTION jobs_record_public_change();
DROP FUNCTION job_public_content(jobs);
DROP FUNCTION public_job_change_append(uuid, uuid, text);
REVOKE SELECT (website) ON employers FROM jobs_public;
DROP TABLE public_job_changes;
