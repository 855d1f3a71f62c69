package io.pgwarden.impact.dryrun;

import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.contracts.sql.SqlParameter;
import io.pgwarden.impact.analysis.AnalysisError;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Binds parameters by their declared PostgreSQL type, so values never become SQL text. A copy of execution-service's
 * read-path binder (io.pgwarden.execution.read.ParameterBinder): the dry run must bind exactly as execution will, and
 * the two services share no code but contracts and the kit. Keep both in step.
 */
public final class ParameterBinder {

    private ParameterBinder() {
    }

    public static void bind(PreparedStatement statement, List<SqlParameter> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            bind(statement, i + 1, parameters.get(i));
        }
    }

    private static void bind(PreparedStatement statement, int index, SqlParameter parameter) throws SQLException {
        Object value = parameter.value();
        if (value == null) {
            statement.setNull(index, Types.NULL);
            return;
        }
        String text = value.toString();
        try {
            switch (baseType(parameter.type())) {
                case "int2", "int4", "int8", "smallint", "integer", "bigint" -> statement.setLong(index,
                        new BigDecimal(text).longValueExact());
                case "numeric", "decimal" -> statement.setBigDecimal(index, new BigDecimal(text));
                case "float4", "float8", "real", "double precision" -> statement.setDouble(index,
                        Double.parseDouble(text));
                case "bool", "boolean" -> statement.setBoolean(index, Boolean.parseBoolean(text));
                case "date" -> statement.setObject(index, LocalDate.parse(text));
                case "timestamptz", "timestamp with time zone" -> statement.setObject(index,
                        OffsetDateTime.parse(text));
                case "timestamp", "timestamp without time zone" -> statement.setObject(index,
                        LocalDateTime.parse(text));
                case "text", "varchar", "character varying", "bpchar", "character", "name", "citext" ->
                    statement.setString(index, text);
                default -> statement.setObject(index, text, Types.OTHER);
            }
        } catch (NumberFormatException | ArithmeticException | DateTimeParseException e) {
            throw new AnalysisError(ErrorCode.BAD_REQUEST,
                    "Parameter " + index + " (" + text + ") is not a valid " + parameter.type() + ".",
                    "Rephrase the value, for example 2024-01-31 for a date or 99.99 for a number.", e);
        }
    }

    /** "numeric(10,2)" and "character varying(80)" bind like their base types. */
    private static String baseType(String type) {
        String lower = type == null ? "text" : type.toLowerCase();
        int paren = lower.indexOf('(');
        return (paren < 0 ? lower : lower.substring(0, paren)).trim();
    }
}
