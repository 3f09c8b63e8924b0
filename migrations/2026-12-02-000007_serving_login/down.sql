-- The login is shared by every database of the cluster: only this database's grant to it is
-- undone (its role memberships stay for the other databases).
REVOKE SELECT ON __diesel_schema_migrations FROM jobs_api;
