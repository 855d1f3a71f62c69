package io.pgwarden.intent.domain.resolve;

import io.pgwarden.contracts.schema.ColumnInfo;
import io.pgwarden.contracts.schema.TableInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a value typed in a question into the value a column holds: a stored spelling, a whole number, a decimal, a
 * boolean or an ISO date. A value that cannot be one is a failure to report, never something to compare anyway.
 */
final class LiteralCoercion {

    private static final Set<String> WHOLE_NUMBER_TYPES = Set.of("smallint", "integer", "bigint", "int", "int2",
            "int4", "int8", "smallserial", "serial", "bigserial");
    private static final Set<String> TRUE_WORDS = Set.of("true", "yes", "t", "y", "1");
    private static final Set<String> FALSE_WORDS = Set.of("false", "no", "f", "n", "0");
    private static final int KNOWN_VALUES_SHOWN = 10;

    /** The coerced value, or why there is none. */
    record Coerced(Object value, String problem) {

        static Coerced of(Object value) {
            return new Coerced(value, null);
        }

        static Coerced failed(String problem) {
            return new Coerced(null, problem);
        }

        boolean ok() {
            return problem == null;
        }
    }

    private LiteralCoercion() {
    }

    /**
     * @param text   the value as typed (quoted text without its quotes, or a number's digits)
     * @param number the value when it was typed as a number, else null
     */
    static Coerced coerce(String text, BigDecimal number, TableInfo table, ColumnInfo column) {
        if (!column.values().isEmpty()) {
            return storedSpelling(text, table, column);
        }
        String category = column.typeCategory() == null ? "other" : column.typeCategory();
        switch (category) {
            case "number":
                return toNumber(text, number, table, column);
            case "boolean":
                return toBoolean(text, table, column);
            case "date":
                return toDate(text, table, column);
            case "timestamp":
                return Coerced.failed("Comparing " + describe(table, column)
                        + ", a point in time, with one value is not supported yet.");
            default:
                return Coerced.of(text);
        }
    }

    /** A column with a value lexicon holds only those values: use the stored spelling, or say it is not one. */
    private static Coerced storedSpelling(String text, TableInfo table, ColumnInfo column) {
        for (String value : column.values()) {
            if (value.equalsIgnoreCase(text)) {
                return Coerced.of(value);
            }
        }
        List<String> values = column.values();
        String shown = String.join(", ", values.subList(0, Math.min(KNOWN_VALUES_SHOWN, values.size())))
                + (values.size() > KNOWN_VALUES_SHOWN ? ", ..." : "");
        return Coerced.failed("'" + text + "' is not a value of " + describe(table, column) + "; its values are: "
                + shown + ".");
    }

    private static Coerced toNumber(String text, BigDecimal number, TableInfo table, ColumnInfo column) {
        BigDecimal value = number;
        if (value == null) {
            try {
                value = new BigDecimal(text.replace(",", "").replace("$", "").strip());
            } catch (NumberFormatException e) {
                return Coerced.failed("'" + text + "' is not a number, and " + describe(table, column)
                        + " holds numbers.");
            }
        }
        String type = column.dataType() == null ? "" : column.dataType().toLowerCase(Locale.ROOT);
        if (!WHOLE_NUMBER_TYPES.contains(type)) {
            return Coerced.of(value);
        }
        try {
            return Coerced.of(value.longValueExact());
        } catch (ArithmeticException e) {
            return Coerced.failed("'" + text + "' is not a whole number, and " + describe(table, column)
                    + " holds whole numbers.");
        }
    }

    private static Coerced toBoolean(String text, TableInfo table, ColumnInfo column) {
        String key = text.toLowerCase(Locale.ROOT).strip();
        if (TRUE_WORDS.contains(key)) {
            return Coerced.of(Boolean.TRUE);
        }
        if (FALSE_WORDS.contains(key)) {
            return Coerced.of(Boolean.FALSE);
        }
        return Coerced.failed("'" + text + "' is not true or false, and " + describe(table, column)
                + " holds true or false.");
    }

    private static Coerced toDate(String text, TableInfo table, ColumnInfo column) {
        try {
            return Coerced.of(LocalDate.parse(text.strip()).toString());
        } catch (DateTimeParseException e) {
            return Coerced.failed("'" + text + "' is not a date like 2024-01-31, and " + describe(table, column)
                    + " holds dates.");
        }
    }

    static String describe(TableInfo table, ColumnInfo column) {
        return table.name() + "." + column.name();
    }
}
