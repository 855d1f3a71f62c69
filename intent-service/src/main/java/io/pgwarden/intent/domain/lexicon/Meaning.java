package io.pgwarden.intent.domain.lexicon;

import io.pgwarden.contracts.schema.ColumnInfo;
import io.pgwarden.contracts.schema.TableInfo;

/** What a phrase of a question can refer to in the schema. */
public sealed interface Meaning {

    TableInfo table();

    /** The phrase names a table. */
    record TableRef(TableInfo table) implements Meaning {
    }

    /** The phrase names a column. */
    record ColumnRef(TableInfo table, ColumnInfo column) implements Meaning {
    }

    /** The phrase is a value stored in a column, spelled {@code stored} in the data. */
    record ValueRef(TableInfo table, ColumnInfo column, String stored) implements Meaning {
    }

    /** True when this meaning belongs to {@code other}, compared by qualified name. */
    default boolean belongsTo(TableInfo other) {
        return table().qualifiedName().equals(other.qualifiedName());
    }
}
