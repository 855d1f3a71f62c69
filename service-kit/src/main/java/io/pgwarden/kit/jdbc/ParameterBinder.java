package io.pgwarden.kit.jdbc;

import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.contracts.sql.SqlParameter;
import io.pgwarden.kit.error.PipelineException;
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
 * Binds a statement's parameters by their declared PostgreSQL type, so values never become SQL text. One binder for
 * every service that runs user statements (the read path, impact-service's dry run, execution-service's approved
 * writes): a write must bind a value exactly as the dry run that measured it did.
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
            throw new PipelineException(ErrorCode.BAD_REQUEST,
                    "Parameter " + index + " (" + text + ") is not a valid " + parameter.type() + ".",
                    "Submit it again with a valid value.", e);
        }
    }

    private static String baseType(String type) {
        String lower = type == null ? "text" : type.toLowerCase();
        int paren = lower.indexOf('(');
        return (paren < 0 ? lower : lower.substring(0, paren)).trim();
    }
}
