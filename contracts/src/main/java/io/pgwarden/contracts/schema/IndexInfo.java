package io.pgwarden.contracts.schema;

import java.util.List;

/**
 * One index of a table, including those behind primary keys and unique constraints.
 *
 * @param name    index name
 * @param columns the indexed columns in key order; an expression key appears as its text, for example
 *                {@code lower(email)}
 * @param unique  whether it enforces uniqueness
 * @param method  the access method: {@code btree}, {@code hash}, {@code gin}, {@code gist}, {@code brin}, ...
 */
public record IndexInfo(String name, List<String> columns, boolean unique, String method) {

    public IndexInfo {
        columns = columns == null ? List.of() : List.copyOf(columns);
    }
}
