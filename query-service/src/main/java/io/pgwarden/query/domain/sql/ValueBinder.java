package io.pgwarden.query.domain.sql;

import io.pgwarden.contracts.sql.SqlParameter;
import io.pgwarden.query.domain.QueryBuildException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks a value against the column's type and turns it into a parameter: whole numbers as longs, other numbers
 * as decimals, booleans, and dates and times as validated ISO text. A value that does not fit fails here, with
 * a message naming the column, rather than in the database.
 */
public final class ValueBinder {

    private static final Set<String> TRUE_TEXT = Set.of("true", "t", "yes", "y", "1");
    private static final Set<String> FALSE_TEXT = Set.of("false", "f", "no", "n", "0");
    private static final Map<SqlType, long[]> WHOLE_RANGES = Map.of(
            SqlType.INT2, new long[] {Short.MIN_VALUE, Short.MAX_VALUE},
            SqlType.INT4, new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
            SqlType.INT8, new long[] {Long.MIN_VALUE, Long.MAX_VALUE});

    private ValueBinder() {
    }

    /**
     * @param column the column the value is compared with, as {@code table.column}, for messages
     */
    public static SqlParameter bind(Object value, SqlType type, String column) {
        if (value == null) {
            throw QueryBuildException.invalid("A condition on " + column + " compares with no value; use IS_NULL.");
        }
        if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
            throw QueryBuildException.invalid("A condition on " + column
                    + " has a value that is not text, a number or true/false.");
        }
        return new SqlParameter(type.parameterType(), convert(value, type, column));
    }

    private static Object convert(Object value, SqlType type, String column) {
        switch (type) {
            case INT2:
            case INT4:
            case INT8:
                return wholeNumber(value, type, column);
            case NUMERIC:
                return decimal(value, column);
            case FLOAT4:
            case FLOAT8:
                return decimal(value, column).doubleValue();
            case BOOL:
                return bool(value, column);
            case DATE:
                return temporal(value, column, "a date like 2024-01-31", text -> LocalDate.parse(text).toString());
            case TIMESTAMP:
                return temporal(value, column, "a date and time like 2024-01-31T09:30", ValueBinder::localDateTime);
            case TIMESTAMPTZ:
                return temporal(value, column, "a point in time like 2024-01-31T09:30:00Z",
                        ValueBinder::pointInTime);
            case TIME:
                return temporal(value, column, "a time like 09:30", text -> LocalTime.parse(text).toString());
            case UUID:
                return temporal(value, column, "a UUID", text -> java.util.UUID.fromString(text).toString());
            default:
                return text(value);
        }
    }

    private static long wholeNumber(Object value, SqlType type, String column) {
        BigDecimal decimal = decimal(value, column);
        long[] range = WHOLE_RANGES.get(type);
        try {
            long whole = decimal.longValueExact();
            if (whole < range[0] || whole > range[1]) {
                throw new ArithmeticException("out of range");
            }
            return whole;
        } catch (ArithmeticException e) {
            throw QueryBuildException.invalid("'" + text(value) + "' is not a whole number that fits " + column
                    + ".");
        }
    }

    private static BigDecimal decimal(Object value, String column) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof BigInteger whole) {
            return new BigDecimal(whole);
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        try {
            // Double.toString gives the shortest text that reads back as the same double: 99.99, not 99.98999...
            return new BigDecimal(value instanceof Number number ? Double.toString(number.doubleValue())
                    : ((String) value).strip());
        } catch (NumberFormatException | ClassCastException e) {
            throw QueryBuildException.invalid("'" + text(value) + "' is not a number, and " + column
                    + " holds numbers.");
        }
    }

    private static boolean bool(Object value, String column) {
        if (value instanceof Boolean bool) {
            return bool;
        }
        String text = text(value).toLowerCase(Locale.ROOT).strip();
        if (TRUE_TEXT.contains(text)) {
            return true;
        }
        if (FALSE_TEXT.contains(text)) {
            return false;
        }
        throw QueryBuildException.invalid("'" + text(value) + "' is not true or false, and " + column
                + " holds true or false.");
    }

    private static String temporal(Object value, String column, String expected, Function<String, String> parse) {
        if (!(value instanceof String text)) {
            throw QueryBuildException.invalid("'" + value + "' is not " + expected + ", as " + column + " needs.");
        }
        try {
            return parse.apply(text.strip());
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw QueryBuildException.invalid("'" + text + "' is not " + expected + ", as " + column + " needs.");
        }
    }

    private static String localDateTime(String text) {
        return text.length() == 10 ? LocalDate.parse(text).atStartOfDay().toString()
                : LocalDateTime.parse(text).toString();
    }

    private static String pointInTime(String text) {
        if (text.length() == 10) {
            return LocalDate.parse(text).atStartOfDay().toString();
        }
        try {
            return OffsetDateTime.parse(text).toString();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(text).toString();
            } catch (DateTimeParseException notInstant) {
                return LocalDateTime.parse(text).toString();
            }
        }
    }

    private static String text(Object value) {
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : String.valueOf(value);
    }
}
