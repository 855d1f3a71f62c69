package io.pgwarden.contracts.impact;

/**
 * One foreign key reached from the statement's target table, walking the graph of references.
 *
 * @param constraint      the constraint name
 * @param referencingTable the child table (schema-qualified) that holds the foreign key
 * @param referencedTable the parent table (schema-qualified) it points at
 * @param action          what PostgreSQL does to child rows: {@code CASCADE}, {@code SET NULL}, {@code SET DEFAULT},
 *                        {@code RESTRICT} or {@code NO ACTION}
 * @param depth           1 for a direct child of the target table, 2 for a grandchild, and so on
 */
public record ForeignKeyEffect(String constraint, String referencingTable, String referencedTable, String action,
        int depth) {
}
