-- Applying must tell a closed job (409) from an unknown or draft one (404). The public role
-- sees published jobs only; this window onto closed ones opens only while the apply path has
-- set app.public_closed = 'on' in its read-only public transaction (PublicTx::job_for_apply),
-- never in a search.
CREATE POLICY jobs_closed_for_apply ON jobs
    FOR SELECT TO jobs_public
    USING (status = 'closed' AND current_setting('app.public_closed', true) = 'on');
