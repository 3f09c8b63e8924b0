DROP TRIGGER employers_matching ON employers;
DROP FUNCTION matching_setting_changed();
DROP TRIGGER jobs_matching ON jobs;
DROP FUNCTION matching_job_changed();
DROP TRIGGER applications_matching ON applications;
DROP FUNCTION matching_application_added();
DROP TRIGGER application_submissions_matching ON application_submissions;
DROP FUNCTION matching_submission_added();
DROP TRIGGER applicants_matching ON applicants;
DROP FUNCTION matching_applicant_changed();
DROP FUNCTION matching_enqueue_cv(uuid, uuid, uuid);
DROP FUNCTION matching_enqueue_job(uuid, uuid);
DROP TABLE match_queue, job_embeddings, application_matches, cv_documents;
DROP FUNCTION matching_enabled(uuid);
DELETE FROM applicant_terms WHERE kind = 'cv';
ALTER TABLE applicant_terms DROP CONSTRAINT applicant_terms_kind_check;
ALTER TABLE applicant_terms ADD CONSTRAINT applicant_terms_kind_check
    CHECK (kind IN ('skill', 'language', 'word'));
ALTER TABLE jobs DROP COLUMN skills;
