package io.pgwarden.execution.rollback;

import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.kit.error.PipelineException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks, after a restore that ran with foreign-key triggers off, that every foreign key with a restored table on
 * either side still holds: no child row points at a parent that is not there. A whole-table anti-join per
 * constraint, so its cost grows with those tables (docs/rollback.md).
 */
final class ForeignKeyValidation {

    private static final String CONSTRAINTS = """
            SELECT k.conname, format('%I.%I', cn.nspname, c.relname), format('%I.%I', pn.nspname, p.relname),
                   array(SELECT quote_ident(a.attname) FROM unnest(k.conkey) WITH ORDINALITY AS u(n, i)
                           JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.n ORDER BY u.i),
                   array(SELECT quote_ident(a.attname) FROM unnest(k.confkey) WITH ORDINALITY AS u(n, i)
                           JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.n ORDER BY u.i)
              FROM pg_constraint k
              JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace cn ON cn.oid = c.relnamespace
              JOIN pg_class p ON p.oid = k.confrelid JOIN pg_namespace pn ON pn.oid = p.relnamespace
             WHERE k.contype = 'f'
            """;

    private ForeignKeyValidation() {
    }

    static void requireValid(Connection connection, List<String> tables) throws SQLException {
        Set<String> restored = new TreeSet<>(tables);
        List<String> broken = new ArrayList<>();
        List<String[]> checks = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(CONSTRAINTS);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String child = rows.getString(2);
                String parent = rows.getString(3);
                if (restored.contains(child) || restored.contains(parent)) {
                    checks.add(new String[] {rows.getString(1), child, parent,
                        orphanQuery(child, parent, names(rows.getArray(4)), names(rows.getArray(5)))});
                }
            }
        }
        for (String[] check : checks) {
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery(check[3])) {
                if (rows.next()) {
                    broken.add(check[1] + " → " + check[2] + " (" + check[0] + ")");
                }
            }
        }
        if (!broken.isEmpty()) {
            throw new PipelineException(ErrorCode.CONFLICT,
                    "Restoring would leave rows pointing at rows that no longer exist: " + String.join(", ", broken)
                            + ". Nothing was restored.",
                    "Rows the restore depends on were deleted after the original change. Restore those first, or"
                            + " ask an operator about point-in-time recovery (docs/rollback.md).");
        }
    }

    private static List<String> names(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }

    private static String orphanQuery(String child, String parent, List<String> childColumns,
            List<String> parentColumns) {
        StringBuilder notNull = new StringBuilder();
        StringBuilder match = new StringBuilder();
        for (int i = 0; i < childColumns.size(); i++) {
            if (i > 0) {
                notNull.append(" AND ");
                match.append(" AND ");
            }
            notNull.append("c.").append(childColumns.get(i)).append(" IS NOT NULL");
            match.append("p.").append(parentColumns.get(i)).append(" = c.").append(childColumns.get(i));
        }
        return "SELECT 1 FROM " + child + " c WHERE " + notNull + " AND NOT EXISTS (SELECT 1 FROM " + parent
                + " p WHERE " + match + ") LIMIT 1";
    }
}
