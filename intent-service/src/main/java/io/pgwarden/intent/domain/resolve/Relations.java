package io.pgwarden.intent.domain.resolve;

import io.pgwarden.contracts.schema.ForeignKeyInfo;
import io.pgwarden.contracts.schema.SchemaCatalog;
import io.pgwarden.contracts.schema.TableInfo;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How tables are linked by foreign keys: how many hops apart two tables are (either direction), and whether a
 * table reaches another only through keys it holds (many-to-one all the way, so joining does not repeat its rows).
 * schema-service computes the actual path; the engine only needs to know that one exists.
 */
final class Relations {

    /** Joins further than this are not read into a question: the link would be too loose to be meant. */
    static final int MAX_HOPS = 3;

    /** For each table, the tables its own keys refer to. */
    private final Map<String, Set<String>> forward = new HashMap<>();
    /** For each table, the tables linked to it by a key either way. */
    private final Map<String, Set<String>> either = new HashMap<>();

    Relations(SchemaCatalog catalog) {
        for (TableInfo table : catalog.tables()) {
            for (ForeignKeyInfo key : table.foreignKeys()) {
                String from = table.qualifiedName();
                String to = key.referencedTable();
                forward.computeIfAbsent(from, k -> new HashSet<>()).add(to);
                either.computeIfAbsent(from, k -> new HashSet<>()).add(to);
                either.computeIfAbsent(to, k -> new HashSet<>()).add(from);
            }
        }
    }

    /** Hops between two different tables following keys either way, or -1 when further than MAX_HOPS. */
    int distance(TableInfo from, TableInfo to) {
        return search(from, to, false);
    }

    /** Hops from {@code from} to {@code to} following only keys the tables on the way hold, or -1. */
    int manyToOne(TableInfo from, TableInfo to) {
        return search(from, to, true);
    }

    /** The foreign key of {@code table} on exactly {@code column}, if it has one. */
    static ForeignKeyInfo keyOn(TableInfo table, String column) {
        for (ForeignKeyInfo key : table.foreignKeys()) {
            if (key.columns().equals(List.of(column))) {
                return key;
            }
        }
        return null;
    }

    private int search(TableInfo from, TableInfo to, boolean forwardOnly) {
        if (from.qualifiedName().equals(to.qualifiedName())) {
            return -1;
        }
        Map<String, Set<String>> links = forwardOnly ? forward : either;
        Map<String, Integer> hops = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        hops.put(from.qualifiedName(), 0);
        queue.add(from.qualifiedName());
        while (!queue.isEmpty()) {
            String current = queue.poll();
            int depth = hops.get(current);
            if (depth == MAX_HOPS) {
                continue;
            }
            for (String next : links.getOrDefault(current, Set.of())) {
                if (hops.containsKey(next)) {
                    continue;
                }
                if (next.equals(to.qualifiedName())) {
                    return depth + 1;
                }
                hops.put(next, depth + 1);
                queue.add(next);
            }
        }
        return -1;
    }
}
