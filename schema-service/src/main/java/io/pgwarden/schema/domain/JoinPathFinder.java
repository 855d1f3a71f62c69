package io.pgwarden.schema.domain;

import io.pgwarden.contracts.schema.ForeignKeyInfo;
import io.pgwarden.contracts.schema.JoinPath;
import io.pgwarden.contracts.schema.SchemaCatalog;
import io.pgwarden.contracts.schema.TableInfo;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Shortest foreign-key path between two tables, following keys in either direction (orders -> customers and
 * customers -> orders are both one hop). Breadth-first, so the first path found has the fewest joins; ties are
 * broken by catalog order, which keeps the answer stable.
 */
public final class JoinPathFinder {

    private final Map<String, List<JoinPath.Hop>> edges = new HashMap<>();

    public JoinPathFinder(SchemaCatalog catalog) {
        for (TableInfo table : catalog.tables()) {
            for (ForeignKeyInfo key : table.foreignKeys()) {
                String from = table.qualifiedName();
                String to = key.referencedTable();
                edges.computeIfAbsent(from, k -> new ArrayList<>())
                        .add(new JoinPath.Hop(from, key.columns(), to, key.referencedColumns()));
                if (!from.equals(to)) {
                    edges.computeIfAbsent(to, k -> new ArrayList<>())
                            .add(new JoinPath.Hop(to, key.referencedColumns(), from, key.columns()));
                }
            }
        }
    }

    public Optional<JoinPath> shortest(String from, String to) {
        if (from.equals(to)) {
            return Optional.of(new JoinPath(from, to, List.of()));
        }
        Map<String, JoinPath.Hop> cameBy = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add(from);
        cameBy.put(from, null);
        while (!queue.isEmpty()) {
            String table = queue.poll();
            for (JoinPath.Hop hop : edges.getOrDefault(table, List.of())) {
                if (cameBy.containsKey(hop.rightTable())) {
                    continue;
                }
                cameBy.put(hop.rightTable(), hop);
                if (hop.rightTable().equals(to)) {
                    return Optional.of(new JoinPath(from, to, walkBack(cameBy, to)));
                }
                queue.add(hop.rightTable());
            }
        }
        return Optional.empty();
    }

    private static List<JoinPath.Hop> walkBack(Map<String, JoinPath.Hop> cameBy, String to) {
        List<JoinPath.Hop> hops = new ArrayList<>();
        for (JoinPath.Hop hop = cameBy.get(to); hop != null; hop = cameBy.get(hop.leftTable())) {
            hops.add(hop);
        }
        Collections.reverse(hops);
        return hops;
    }
}
