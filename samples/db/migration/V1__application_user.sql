-- The user the orders services sign in as. IAM database authentication only: a user granted
-- rds_iam cannot sign in with a password, so there is none to leak or rotate; each task's role
-- may rds-db:connect as this user and nothing else. These migrations run as the master user,
-- the owner of the schema; the services get rows, never structure.
-- ${app_user} is the DatabaseCluster's applicationUsername, passed by the MigrationRunner
-- (flyway -placeholders.app_user="$DB_APP_USERNAME").
CREATE USER ${app_user};
GRANT rds_iam TO ${app_user};
GRANT CONNECT ON DATABASE ${flyway:database} TO ${app_user};
GRANT USAGE ON SCHEMA public TO ${app_user};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app_user};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${app_user};
