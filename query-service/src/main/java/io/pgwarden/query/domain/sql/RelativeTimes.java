package io.pgwarden.query.domain.sql;

import io.pgwarden.contracts.intent.Condition;
import io.pgwarden.contracts.intent.Operator;
import io.pgwarden.contracts.schema.ColumnInfo;
import io.pgwarden.contracts.sql.SqlParameter;
import io.pgwarden.query.domain.QueryBuildException;
import java.util.List;
import java.util.Map;

/**
 * Conditions relative to today ("last 7 days", "older than 6 months", "this year", "last month"). The moment is
 * computed by PostgreSQL from CURRENT_DATE, so a question means the same on any day and in the database's own
 * calendar; the amount or offset is a parameter, and the unit is written from a fixed list, never from the spec's
 * text.
 */
final class RelativeTimes {

    /** Unit name to the interval literal and the date_trunc field it is written with. */
    private static final Map<String, String[]> UNITS = Map.of(
            "day", new String[] {"1 day", "day"},
            "week", new String[] {"1 week", "week"},
            "month", new String[] {"1 month", "month"},
            "quarter", new String[] {"3 months", "quarter"},
            "year", new String[] {"1 year", "year"});

    private RelativeTimes() {
    }

    static ConditionWriter.Written write(Condition condition, ColumnInfo column, String quoted, String label,
            int firstParameter) {
        if (!column.isTemporal()) {
            throw QueryBuildException.invalid(label + " does not hold dates, so it cannot be compared with a time"
                    + " relative to today.");
        }
        List<Object> values = condition.values();
        if (values.size() != 2) {
            throw QueryBuildException.invalid("The " + condition.operator() + " condition on " + label
                    + " needs two values but has " + values.size() + ".");
        }
        String name = column.name();
        if (condition.operator() == Operator.IN_PERIOD) {
            String unit = String.valueOf(values.get(0));
            String[] sql = unit(unit, label);
            long offset = whole(values.get(1), label);
            String start = "date_trunc('" + sql[1] + "', CURRENT_DATE)";
            String interval = "INTERVAL '" + sql[0] + "'";
            return new ConditionWriter.Written(
                    quoted + " >= " + start + " + ? * " + interval + " AND " + quoted + " < " + start + " + ? * "
                            + interval,
                    List.of(new SqlParameter("int4", offset), new SqlParameter("int4", offset + 1)),
                    name + " in the " + unit + " offset by parameter " + firstParameter + " from the current one",
                    name + " is " + periodWords(unit, offset));
        }
        long amount = whole(values.get(0), label);
        String unit = String.valueOf(values.get(1));
        String[] sql = unit(unit, label);
        boolean within = condition.operator() == Operator.WITHIN_LAST;
        String symbol = within ? " >= " : " < ";
        String span = amount + " " + unit + (amount == 1 ? "" : "s");
        return new ConditionWriter.Written(quoted + symbol + "CURRENT_DATE - ? * INTERVAL '" + sql[0] + "'",
                List.of(new SqlParameter("int4", amount)),
                name + (within ? " within the last parameter " : " older than parameter ") + firstParameter + " "
                        + unit + "s",
                name + (within ? " is within the last " + span : " is more than " + span + " ago"));
    }

    private static String[] unit(String unit, String label) {
        String[] sql = UNITS.get(unit);
        if (sql == null) {
            throw QueryBuildException.invalid("'" + unit + "' is not a unit of time for " + label
                    + "; use day, week, month, quarter or year.");
        }
        return sql;
    }

    private static long whole(Object value, String label) {
        try {
            long whole = new java.math.BigDecimal(String.valueOf(value)).longValueExact();
            if (Math.abs(whole) > 100_000) {
                throw new ArithmeticException("too far");
            }
            return whole;
        } catch (NumberFormatException | ArithmeticException e) {
            throw QueryBuildException.invalid("'" + value + "' is not a whole number of periods for " + label + ".");
        }
    }

    private static String periodWords(String unit, long offset) {
        if (offset == 0) {
            return "in the current " + unit;
        }
        if (offset == -1) {
            return "in the previous " + unit;
        }
        return offset < 0 ? "in the " + unit + " " + (-offset) + " " + unit + "s ago"
                : "in the " + unit + " " + offset + " " + unit + "s from now";
    }
}
