ALTER POLICY employers_applied_to ON employers
    USING (app_current_applicant_sub() IS NOT NULL AND EXISTS (
        SELECT 1 FROM applications a
        WHERE a.employer_id = employers.id AND a.applicant_sub = app_current_applicant_sub()));
ALTER POLICY jobs_applied_to ON jobs
    USING (app_current_applicant_sub() IS NOT NULL AND EXISTS (
        SELECT 1 FROM applications a
        WHERE a.job_id = jobs.id AND a.applicant_sub = app_current_applicant_sub()));
DROP TABLE application_submissions;
