package io.pgwarden.impact.cascade;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads every foreign key of the database from pg_constraint. */
public final class ForeignKeyCatalog {

    // conparentid = 0: a constraint on a partitioned table is also stored once per partition; the parent's is enough
    private static final String FOREIGN_KEYS = """
            SELECT c.conname,
                   cn.nspname || '.' || cc.relname AS referencing_table,
                   ARRAY(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(attnum, n)
                           JOIN pg_catalog.pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
                          ORDER BY k.n) AS referencing_columns,
                   pn.nspname || '.' || pc.relname AS referenced_table,
                   ARRAY(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k(attnum, n)
                           JOIN pg_catalog.pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum
                          ORDER BY k.n) AS referenced_columns,
                   c.confdeltype::text, c.confupdtype::text
              FROM pg_catalog.pg_constraint c
              JOIN pg_catalog.pg_class cc ON cc.oid = c.conrelid
              JOIN pg_catalog.pg_namespace cn ON cn.oid = cc.relnamespace
              JOIN pg_catalog.pg_class pc ON pc.oid = c.confrelid
              JOIN pg_catalog.pg_namespace pn ON pn.oid = pc.relnamespace
             WHERE c.contype = 'f' AND c.conparentid = 0
             ORDER BY referenced_table, referencing_table, c.conname
            """;

    private ForeignKeyCatalog() {
    }

    public static List<ForeignKey> load(Connection connection) throws SQLException {
        List<ForeignKey> keys = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(FOREIGN_KEYS);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                keys.add(new ForeignKey(rows.getString(1), rows.getString(2), strings(rows.getArray(3)),
                        rows.getString(4), strings(rows.getArray(5)), ForeignKey.action(rows.getString(6)),
                        ForeignKey.action(rows.getString(7))));
            }
        }
        return keys;
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
