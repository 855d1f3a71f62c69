package io.pgwarden.contracts.schema;

import java.util.List;

/**
 * A foreign key from the owning table to another.
 *
 * @param name              constraint name
 * @param columns           the referencing columns, in the owning table
 * @param referencedTable   the referenced table as {@code schema.table}
 * @param referencedColumns the referenced columns, in the same order
 * @param onDelete          {@code CASCADE}, {@code SET NULL}, {@code SET DEFAULT}, {@code RESTRICT} or {@code NO ACTION}
 * @param onUpdate          the same choices for updates
 */
public record ForeignKeyInfo(String name, List<String> columns, String referencedTable,
        List<String> referencedColumns, String onDelete, String onUpdate) {

    public ForeignKeyInfo {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
    }
}
