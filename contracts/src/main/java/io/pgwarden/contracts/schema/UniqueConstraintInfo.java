package io.pgwarden.contracts.schema;

import java.util.List;

/**
 * A UNIQUE constraint (the primary key is listed separately).
 *
 * @param name    constraint name
 * @param columns its columns in key order
 */
public record UniqueConstraintInfo(String name, List<String> columns) {

    public UniqueConstraintInfo {
        columns = columns == null ? List.of() : List.copyOf(columns);
    }
}
