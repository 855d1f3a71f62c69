package io.pgwarden.execution.read;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;

/** Turns a JDBC column value into a JSON-friendly value: numbers and booleans stay typed, the rest become text. */
final class ValueMapper {

    private ValueMapper() {
    }

    static Object read(ResultSet rows, int column, int sqlType) throws SQLException {
        return switch (sqlType) {
            case Types.SMALLINT, Types.INTEGER, Types.BIGINT -> {
                long value = rows.getLong(column);
                yield rows.wasNull() ? null : value;
            }
            case Types.NUMERIC, Types.DECIMAL -> rows.getBigDecimal(column);
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> {
                double value = rows.getDouble(column);
                yield rows.wasNull() || Double.isNaN(value) || Double.isInfinite(value) ? textOrNull(rows, column)
                        : value;
            }
            case Types.BOOLEAN, Types.BIT -> {
                boolean value = rows.getBoolean(column);
                yield rows.wasNull() ? null : value;
            }
            case Types.ARRAY -> {
                Array array = rows.getArray(column);
                yield array == null ? null : Arrays.asList((Object[]) array.getArray());
            }
            default -> rows.getString(column);
        };
    }

    private static Object textOrNull(ResultSet rows, int column) throws SQLException {
        return rows.getString(column);
    }
}
