-- Who may use the sample database: its owner pgwarden (writes, later) and pgwarden_reader (reads).
-- Runs as pgwarden after the load, in the same transaction.
REVOKE ALL ON DATABASE sample FROM PUBLIC;
GRANT CONNECT ON DATABASE sample TO pgwarden_reader;
GRANT USAGE ON SCHEMA public TO pgwarden_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO pgwarden_reader;
-- Tables pgwarden creates later (a restored backup, a test fixture) are readable too.
ALTER DEFAULT PRIVILEGES FOR ROLE pgwarden IN SCHEMA public GRANT SELECT ON TABLES TO pgwarden_reader;
