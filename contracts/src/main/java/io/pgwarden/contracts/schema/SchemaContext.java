package io.pgwarden.contracts.schema;

import java.util.List;
import java.util.Optional;

/**
 * The part of the catalog one request needs: the tables it touches, checked against the live database, and the
 * join paths between them.
 *
 * @param databaseId  the target database
 * @param fingerprint the catalog fingerprint the context was cut from
 * @param tables      the tables the intent touches
 * @param joins       join paths from the main table to each other table
 */
public record SchemaContext(String databaseId, String fingerprint, List<TableInfo> tables, List<JoinPath> joins) {

    public SchemaContext {
        tables = List.copyOf(tables);
        joins = List.copyOf(joins);
    }

    public Optional<TableInfo> table(String qualifiedName) {
        return tables.stream().filter(t -> t.qualifiedName().equals(qualifiedName)).findFirst();
    }
}
