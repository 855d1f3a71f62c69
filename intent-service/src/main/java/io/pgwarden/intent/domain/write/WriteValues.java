package io.pgwarden.intent.domain.write;

import io.pgwarden.contracts.schema.ColumnInfo;
import io.pgwarden.contracts.schema.TableInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

/**
 * A value typed in a write question, converted to what its column holds. Unlike a filter, a new value need not be
 * in the data already: a text column takes any text, and a stored spelling is used when one matches.
 */
final class WriteValues {

    private static final Set<String> WHOLE_NUMBER_TYPES = Set.of("smallint", "integer", "bigint", "int", "int2",
            "int4", "int8", "smallserial", "serial", "bigserial");
    private static final Set<String> TRUE_WORDS = Set.of("true", "yes", "t", "y", "on");
    private static final Set<String> FALSE_WORDS = Set.of("false", "no", "f", "n", "off");

    /** The converted value, or why there is none. */
    record Converted(Object value, String problem) {

        boolean ok() {
            return problem == null;
        }
    }

    private WriteValues() {
    }

    static Converted convert(String text, BigDecimal number, TableInfo table, ColumnInfo column) {
        String label = table.name() + "." + column.name();
        String category = column.typeCategory() == null ? "other" : column.typeCategory();
        switch (category) {
            case "number": {
                BigDecimal value = number;
                if (value == null) {
                    try {
                        value = new BigDecimal(text.replace(",", "").replace("$", "").strip());
                    } catch (NumberFormatException e) {
                        return new Converted(null, "'" + text + "' is not a number, and " + label + " holds numbers.");
                    }
                }
                String type = column.dataType() == null ? "" : column.dataType().toLowerCase(Locale.ROOT);
                if (!WHOLE_NUMBER_TYPES.contains(type)) {
                    return new Converted(value, null);
                }
                try {
                    return new Converted(value.longValueExact(), null);
                } catch (ArithmeticException e) {
                    return new Converted(null, "'" + text + "' is not a whole number, and " + label
                            + " holds whole numbers.");
                }
            }
            case "boolean": {
                String key = text.toLowerCase(Locale.ROOT).strip();
                if (TRUE_WORDS.contains(key) || FALSE_WORDS.contains(key)) {
                    return new Converted(TRUE_WORDS.contains(key), null);
                }
                return new Converted(null, "'" + text + "' is not true or false, and " + label
                        + " holds true or false.");
            }
            case "date":
                try {
                    return new Converted(LocalDate.parse(text.strip()).toString(), null);
                } catch (DateTimeParseException e) {
                    return new Converted(null, "'" + text + "' is not a date like 2024-01-31, and " + label
                            + " holds dates.");
                }
            default:
                for (String stored : column.values()) {
                    if (stored.equalsIgnoreCase(text.strip())) {
                        return new Converted(stored, null);
                    }
                }
                return new Converted(text.strip(), null);
        }
    }
}
