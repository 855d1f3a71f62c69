-- Cluster-wide roles of the embedded server; run as the superuser on every start, so it is idempotent.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'pgwarden') THEN
        CREATE ROLE pgwarden;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'pgwarden_reader') THEN
        CREATE ROLE pgwarden_reader;
    END IF;
END
$$;

-- CREATEDB lets end-to-end tests create their own databases.
ALTER ROLE pgwarden WITH LOGIN CREATEDB PASSWORD 'pgwarden';
ALTER ROLE pgwarden_reader WITH LOGIN PASSWORD 'pgwarden_reader';
-- Defence in depth: even if a grant slipped, a reader session cannot write.
ALTER ROLE pgwarden_reader SET default_transaction_read_only = on;

-- A rollback replays backed-up rows with triggers off (execution-service, docs/rollback.md); the writer may set this.
GRANT SET ON PARAMETER session_replication_role TO pgwarden;
