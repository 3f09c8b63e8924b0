-- A narrow, read-only window on published jobs for callers without an employer (public apply,
-- public search). It opens only in a transaction that set app.public = 'on' (transaction-local,
-- see Database::begin_public), only for SELECT, and only on published rows: drafts and closed
-- jobs stay invisible, and no row can be written through it.
-- Written to be re-runnable, so that another migration creating the same policy merges cleanly.
DROP POLICY IF EXISTS jobs_public_read ON jobs;
CREATE POLICY jobs_public_read ON jobs
    FOR SELECT TO jobs_app
    USING (status = 'published' AND current_setting('app.public', true) = 'on');
