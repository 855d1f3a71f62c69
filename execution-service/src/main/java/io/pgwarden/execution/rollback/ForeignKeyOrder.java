package io.pgwarden.execution.rollback;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Orders tables so that referenced (parent) tables come before the tables that reference them: rows are re-inserted
 * in this order and removed in the reverse one. Cycles (and self-references) cannot be ordered; their tables keep
 * name order, which is safe because the restore runs with foreign-key triggers off and validates the keys after.
 */
public final class ForeignKeyOrder {

    private static final String EDGES = """
            SELECT format('%I.%I', cn.nspname, c.relname), format('%I.%I', pn.nspname, p.relname)
              FROM pg_constraint k
              JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace cn ON cn.oid = c.relnamespace
              JOIN pg_class p ON p.oid = k.confrelid JOIN pg_namespace pn ON pn.oid = p.relnamespace
             WHERE k.contype = 'f' AND k.conrelid <> k.confrelid
            """;

    private ForeignKeyOrder() {
    }

    public static List<String> parentsFirst(Connection connection, List<String> tables) throws SQLException {
        Set<String> wanted = new TreeSet<>(tables);
        Map<String, Set<String>> parents = new TreeMap<>();
        wanted.forEach(t -> parents.put(t, new TreeSet<>()));
        try (PreparedStatement statement = connection.prepareStatement(EDGES);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String child = rows.getString(1);
                String parent = rows.getString(2);
                if (wanted.contains(child) && wanted.contains(parent)) {
                    parents.get(child).add(parent);
                }
            }
        }
        LinkedHashSet<String> ordered = new LinkedHashSet<>();
        boolean progress = true;
        while (ordered.size() < wanted.size() && progress) {
            progress = false;
            for (String table : wanted) {
                if (!ordered.contains(table) && ordered.containsAll(parents.get(table))) {
                    ordered.add(table);
                    progress = true;
                }
            }
        }
        ordered.addAll(wanted); // tables in a cycle
        return new ArrayList<>(ordered);
    }
}
