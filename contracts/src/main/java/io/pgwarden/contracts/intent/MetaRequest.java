package io.pgwarden.contracts.intent;

import java.util.List;

/**
 * A question about the schema itself rather than its data ("which tables are there?"). query-service answers it
 * with a read of the database's own catalog, so the answer shows only what the reading role may see.
 *
 * @param kind   what is asked
 * @param tables the tables the question names, as {@code schema.table}: none for TABLES, one for COLUMNS, one or
 *               more for RELATIONSHIPS (the foreign keys among them; for one table, its keys to and from others)
 */
public record MetaRequest(Kind kind, List<String> tables) {

    public MetaRequest {
        tables = tables == null ? List.of() : List.copyOf(tables);
    }

    public enum Kind {
        /** The tables and views the reader can see. */
        TABLES,
        /** The columns of one table, with types, nullability and defaults. */
        COLUMNS,
        /** The foreign keys that connect the named tables. */
        RELATIONSHIPS
    }
}
