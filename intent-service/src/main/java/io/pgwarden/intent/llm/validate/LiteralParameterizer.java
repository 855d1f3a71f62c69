package io.pgwarden.intent.llm.validate;

import io.pgwarden.contracts.sql.SqlParameter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.DateTimeLiteralExpression;
import net.sf.jsqlparser.expression.DoubleValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.IntervalExpression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.util.deparser.ExpressionDeParser;
import net.sf.jsqlparser.util.deparser.SelectDeParser;
import net.sf.jsqlparser.util.deparser.StatementDeParser;

/**
 * Rewrites a model's statement so that its values travel as {@code ?} parameters, never as SQL text, like every
 * statement pgwarden builds. Each placeholder keeps the type the literal had in PostgreSQL:
 * <ul>
 * <li>a quoted string becomes a parameter of type {@code unknown} (bound untyped), so PostgreSQL infers its type
 * from where it stands exactly as it does for a quoted literal ({@code order_date >= '2024-01-01'} still compares
 * dates);</li>
 * <li>a whole number becomes {@code CAST(? AS integer)} (or {@code bigint}, {@code numeric} when larger) and a
 * decimal {@code CAST(? AS numeric)}, the types PostgreSQL gives those literals;</li>
 * <li>{@code DATE '...'}, {@code TIMESTAMP '...'} and {@code INTERVAL '...'} become casts of an untyped parameter.</li>
 * </ul>
 * Positions and counts ({@code ORDER BY 1}, {@code GROUP BY 2}, {@code LIMIT 10}) stay literals: as parameters they
 * would change the meaning. Strings with a prefix ({@code E'...'}, {@code U&'...'}) stay literals too, since their
 * text is not their value; the guard has already judged them.
 */
final class LiteralParameterizer {

    /** Untyped: PostgreSQL infers the type from context, as for a quoted literal. */
    static final String UNKNOWN = "unknown";

    record Parameterized(String sql, List<SqlParameter> parameters) {
    }

    Parameterized parameterize(Statement statement, Set<Expression> keptLiterals) {
        StringBuilder out = new StringBuilder();
        List<SqlParameter> parameters = new ArrayList<>();
        ExpressionDeParser expressions = new Placeholders(keptLiterals, parameters);
        SelectDeParser selects = new SelectDeParser(expressions, out);
        expressions.setSelectVisitor(selects);
        expressions.setBuilder(out);
        StatementDeParser statements = new StatementDeParser(expressions, selects, out);
        statement.accept(statements, null);
        return new Parameterized(out.toString(), List.copyOf(parameters));
    }

    private static final class Placeholders extends ExpressionDeParser {

        private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
        private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
        private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
        private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

        private final Set<Expression> kept;
        private final List<SqlParameter> parameters;

        Placeholders(Set<Expression> kept, List<SqlParameter> parameters) {
            this.kept = kept;
            this.parameters = parameters;
        }

        @Override
        public <S> StringBuilder visit(StringValue value, S context) {
            String prefix = value.getPrefix();
            if (kept.contains(value) || (prefix != null && !prefix.isEmpty())) {
                return super.visit(value, context);
            }
            parameters.add(new SqlParameter(UNKNOWN, value.getNotExcapedValue()));
            return builder.append('?');
        }

        @Override
        public <S> StringBuilder visit(LongValue value, S context) {
            if (kept.contains(value)) {
                return super.visit(value, context);
            }
            BigInteger number = value.getBigIntegerValue();
            if (number.compareTo(INT_MIN) >= 0 && number.compareTo(INT_MAX) <= 0) {
                parameters.add(new SqlParameter("int4", number.longValue()));
                return builder.append("CAST(? AS integer)");
            }
            if (number.compareTo(LONG_MIN) >= 0 && number.compareTo(LONG_MAX) <= 0) {
                parameters.add(new SqlParameter("int8", number.longValue()));
                return builder.append("CAST(? AS bigint)");
            }
            parameters.add(new SqlParameter("numeric", new BigDecimal(number)));
            return builder.append("CAST(? AS numeric)");
        }

        @Override
        public <S> StringBuilder visit(DoubleValue value, S context) {
            if (kept.contains(value)) {
                return super.visit(value, context);
            }
            parameters.add(new SqlParameter("numeric", new BigDecimal(value.toString())));
            return builder.append("CAST(? AS numeric)");
        }

        @Override
        public <S> StringBuilder visit(DateTimeLiteralExpression literal, S context) {
            String text = literal.getValue();
            if (kept.contains(literal) || text == null || !isQuoted(text)) {
                return super.visit(literal, context);
            }
            parameters.add(new SqlParameter(UNKNOWN, unquote(text)));
            return builder.append("CAST(? AS ").append(literal.getType().name().replace('_', ' ')).append(')');
        }

        /** {@code DATE '2024-01-31'} (a type name before a string) is read as an implicit cast; write it as CAST. */
        @Override
        public <S> StringBuilder visit(CastExpression cast, S context) {
            if (cast.isImplicitCast() && cast.getLeftExpression() instanceof StringValue value
                    && !kept.contains(value) && (value.getPrefix() == null || value.getPrefix().isEmpty())) {
                parameters.add(new SqlParameter(UNKNOWN, value.getNotExcapedValue()));
                return builder.append("CAST(? AS ").append(cast.getColDataType()).append(')');
            }
            return super.visit(cast, context);
        }

        @Override
        public <S> StringBuilder visit(IntervalExpression interval, S context) {
            String text = interval.getParameter();
            if (kept.contains(interval) || interval.getExpression() != null || interval.getIntervalType() != null
                    || text == null || !isQuoted(text)) {
                return super.visit(interval, context);
            }
            parameters.add(new SqlParameter(UNKNOWN, unquote(text)));
            return builder.append("CAST(? AS interval)");
        }

        private static boolean isQuoted(String text) {
            return text.length() >= 2 && text.startsWith("'") && text.endsWith("'");
        }

        private static String unquote(String text) {
            return text.substring(1, text.length() - 1).replace("''", "'");
        }
    }
}
