package io.pgwarden.contracts.schema;

import java.util.List;

/**
 * One column.
 *
 * @param name          its name
 * @param dataType      the PostgreSQL type as {@code format_type} prints it, for example {@code numeric(10,2)}
 * @param typeCategory  the type's category: {@code text}, {@code number}, {@code boolean}, {@code date},
 *                      {@code timestamp}, {@code other}
 * @param nullable      whether it accepts NULL
 * @param comment       its comment, or null
 * @param distinctCount distinct values, exact for small tables, from pg_stats otherwise; -1 when unknown
 * @param values        for low-cardinality text columns, all their distinct values (the value lexicon); else empty
 * @param hasDefault    true when the database fills the column when an INSERT leaves it out: a default, an
 *                      identity or a generated column. Absent (false) in catalogs of producers that predate it.
 * @param defaultExpression the column default's text as {@code pg_get_expr} prints it, for example {@code now()};
 *                      null when it has none (or the producer predates it)
 * @param mostCommonValues the most common values from pg_stats, most frequent first, as text and limited; empty
 *                      when the column was never analysed, the reader may not see its statistics, or the producer
 *                      predates it
 */
public record ColumnInfo(String name, String dataType, String typeCategory, boolean nullable, String comment,
        long distinctCount, List<String> values, boolean hasDefault, String defaultExpression,
        List<String> mostCommonValues) {

    public ColumnInfo {
        values = values == null ? List.of() : List.copyOf(values);
        mostCommonValues = mostCommonValues == null ? List.of() : List.copyOf(mostCommonValues);
    }

    /** A column without statistics or default text. */
    public ColumnInfo(String name, String dataType, String typeCategory, boolean nullable, String comment,
            long distinctCount, List<String> values, boolean hasDefault) {
        this(name, dataType, typeCategory, nullable, comment, distinctCount, values, hasDefault, null, List.of());
    }

    /** A column without a default. */
    public ColumnInfo(String name, String dataType, String typeCategory, boolean nullable, String comment,
            long distinctCount, List<String> values) {
        this(name, dataType, typeCategory, nullable, comment, distinctCount, values, false);
    }

    /** True when an INSERT must give this column a value: NOT NULL and nothing fills it. */
    public boolean requiredOnInsert() {
        return !nullable && !hasDefault;
    }

    public boolean isText() {
        return "text".equals(typeCategory);
    }

    public boolean isNumber() {
        return "number".equals(typeCategory);
    }

    public boolean isTemporal() {
        return "date".equals(typeCategory) || "timestamp".equals(typeCategory);
    }
}
