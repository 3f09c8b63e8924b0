DROP POLICY IF EXISTS jobs_public_read ON jobs;
