DROP POLICY jobs_closed_for_apply ON jobs;
