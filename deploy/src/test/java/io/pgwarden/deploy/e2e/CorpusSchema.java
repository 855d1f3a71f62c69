package io.pgwarden.deploy.e2e;

import io.pgwarden.deploy.postgres.DatabaseEndpoint;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Gives the shop sample database the shape the SQL guard's statement corpus expects (sql-guard's
 * src/test/resources/sql-corpus/README.md): the corpus names customers(name, data), orders(total, note,
 * created_at) and two tables of its own, where the shop has first_name/last_name, total_amount and order_date.
 * Columns are added beside the shop's (generated from them where possible, so reads return real rows) instead of
 * a second schema, because the statements name their tables without a schema and the reader's search_path is
 * public. Run as the database owner, before the fingerprint is taken; the system under test is a throwaway one.
 */
final class CorpusSchema {

    // search_path first: the owner's "$user" schema (pgwarden, where execution-service keeps its write ledger) would
    // otherwise receive the new tables, out of the reader's sight.
    private static final String STATEMENTS = """
            SET search_path = public;
            ALTER TABLE customers
                ADD COLUMN name text GENERATED ALWAYS AS (first_name || ' ' || last_name) STORED,
                ADD COLUMN data jsonb;
            UPDATE customers
               SET data = jsonb_build_object('city', city, 'vip', id % 7 = 0, 'tags', jsonb_build_array(state, city),
                                             'address', jsonb_build_object('zip', lpad((id * 37 % 100000)::text, 5, '0')));
            ALTER TABLE orders
                ADD COLUMN total numeric(10, 2) GENERATED ALWAYS AS (total_amount) STORED,
                ADD COLUMN created_at timestamptz GENERATED ALWAYS AS (order_date) STORED,
                ADD COLUMN note text;
            CREATE TABLE "Sales Report" ("Order Total" numeric);
            INSERT INTO "Sales Report" VALUES (10.50), (20.00);
            CREATE TABLE settings_report (lo_limit integer, pg_sleep_minutes integer);
            INSERT INTO settings_report VALUES (1, 5);
            GRANT SELECT ON "Sales Report", settings_report TO pgwarden_reader;
            """;

    private CorpusSchema() {
    }

    static void addTo(DatabaseEndpoint owner) throws SQLException {
        try (Connection connection = owner.open(); Statement statement = connection.createStatement()) {
            statement.execute(STATEMENTS);
        }
    }
}
