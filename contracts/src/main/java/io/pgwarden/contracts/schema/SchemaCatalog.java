package io.pgwarden.contracts.schema;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The target database's structure as schema-service read it from the system catalogs.
 *
 * @param databaseId   a stable name for the target database (host, port and database name)
 * @param fingerprint  a hash of the structure; it changes when any table, column or key changes
 * @param discoveredAt when the catalog was read
 * @param tables       the user tables and views, system schemas and pgwarden's own schemas excluded
 */
public record SchemaCatalog(String databaseId, String fingerprint, Instant discoveredAt, List<TableInfo> tables) {

    public SchemaCatalog {
        tables = List.copyOf(tables);
    }

    /** Finds a table by {@code schema.table} or, when unambiguous, by bare name. */
    public Optional<TableInfo> table(String name) {
        for (TableInfo table : tables) {
            if (table.qualifiedName().equals(name)) {
                return Optional.of(table);
            }
        }
        List<TableInfo> byBareName = tables.stream().filter(t -> t.name().equals(name)).toList();
        return byBareName.size() == 1 ? Optional.of(byBareName.get(0)) : Optional.empty();
    }
}
