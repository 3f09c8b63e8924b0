-- The role is shared by every database of the cluster; only this database's grant is undone.
REVOKE USAGE ON SCHEMA public FROM jobs_app;
