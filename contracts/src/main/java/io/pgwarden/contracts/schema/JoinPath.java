package io.pgwarden.contracts.schema;

import java.util.List;

/**
 * The shortest foreign-key path between two tables.
 *
 * @param from  the starting table, {@code schema.table}
 * @param to    the target table, {@code schema.table}
 * @param steps each hop, following a foreign key in either direction
 */
public record JoinPath(String from, String to, List<Hop> steps) {

    public JoinPath {
        steps = List.copyOf(steps);
    }

    /**
     * One join: {@code leftTable.leftColumns = rightTable.rightColumns}.
     */
    public record Hop(String leftTable, List<String> leftColumns, String rightTable, List<String> rightColumns) {

        public Hop {
            leftColumns = List.copyOf(leftColumns);
            rightColumns = List.copyOf(rightColumns);
        }
    }
}
