DROP TABLE employer_view_days;
DROP TABLE analytics_employer_stage_days;
DROP TABLE analytics_employer_days;
DROP TABLE analytics_checkpoint;
DROP TABLE analytics_applications;
DROP TABLE analytics_view_folds;
DROP TABLE job_visitor_days;
DROP TABLE job_view_hours;
