package io.pgwarden.query.domain.sql;

/**
 * The PostgreSQL type a parameter is bound as, derived from the column it is compared with.
 */
public enum SqlType {
    INT2("int2"), INT4("int4"), INT8("int8"), NUMERIC("numeric"), FLOAT4("float4"), FLOAT8("float8"),
    TEXT("text"), BOOL("bool"), DATE("date"), TIMESTAMP("timestamp"), TIMESTAMPTZ("timestamptz"), TIME("time"),
    UUID("uuid"),
    /**
     * Any other type (enums, json, arrays, ...): compared as text, with the column cast to text, because a text
     * parameter does not compare with those types directly.
     */
    OTHER("text");

    private final String parameterType;

    SqlType(String parameterType) {
        this.parameterType = parameterType;
    }

    /** The type name in {@code SqlParameter.type}. */
    public String parameterType() {
        return parameterType;
    }

    public boolean isWholeNumber() {
        return this == INT2 || this == INT4 || this == INT8;
    }

    public boolean isNumber() {
        return isWholeNumber() || this == NUMERIC || this == FLOAT4 || this == FLOAT8;
    }
}
