package io.pgwarden.query.domain.sql;

import io.pgwarden.contracts.schema.ColumnInfo;
import java.util.Locale;
import java.util.Map;

/** Maps a column's type, as {@code format_type} prints it ({@code numeric(10,2)}), to a parameter type. */
public final class ColumnTypes {

    private static final Map<String, SqlType> BY_NAME = Map.ofEntries(
            Map.entry("smallint", SqlType.INT2), Map.entry("int2", SqlType.INT2),
            Map.entry("integer", SqlType.INT4), Map.entry("int", SqlType.INT4), Map.entry("int4", SqlType.INT4),
            Map.entry("bigint", SqlType.INT8), Map.entry("int8", SqlType.INT8),
            Map.entry("numeric", SqlType.NUMERIC), Map.entry("decimal", SqlType.NUMERIC),
            Map.entry("real", SqlType.FLOAT4), Map.entry("float4", SqlType.FLOAT4),
            Map.entry("double precision", SqlType.FLOAT8), Map.entry("float8", SqlType.FLOAT8),
            Map.entry("text", SqlType.TEXT), Map.entry("character varying", SqlType.TEXT),
            Map.entry("varchar", SqlType.TEXT), Map.entry("character", SqlType.TEXT), Map.entry("char", SqlType.TEXT),
            Map.entry("bpchar", SqlType.TEXT), Map.entry("citext", SqlType.TEXT), Map.entry("name", SqlType.TEXT),
            Map.entry("boolean", SqlType.BOOL), Map.entry("bool", SqlType.BOOL), Map.entry("date", SqlType.DATE),
            Map.entry("timestamp without time zone", SqlType.TIMESTAMP), Map.entry("timestamp", SqlType.TIMESTAMP),
            Map.entry("timestamp with time zone", SqlType.TIMESTAMPTZ),
            Map.entry("timestamptz", SqlType.TIMESTAMPTZ), Map.entry("time without time zone", SqlType.TIME),
            Map.entry("time", SqlType.TIME), Map.entry("uuid", SqlType.UUID));

    private ColumnTypes() {
    }

    public static SqlType of(ColumnInfo column) {
        String type = column.dataType() == null ? "" : column.dataType().toLowerCase(Locale.ROOT);
        if (type.endsWith("[]")) {
            return SqlType.OTHER;
        }
        // "character varying(120)" and "timestamp(3) without time zone" lose their modifiers.
        String base = type.replaceAll("\\([^)]*\\)", "").replaceAll("\\s+", " ").strip();
        return BY_NAME.getOrDefault(base, SqlType.OTHER);
    }
}
