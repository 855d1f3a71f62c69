package io.pgwarden.query.domain.write;

import io.pgwarden.contracts.intent.Condition;
import io.pgwarden.contracts.schema.ColumnInfo;
import io.pgwarden.contracts.schema.ForeignKeyInfo;
import io.pgwarden.contracts.schema.SchemaContext;
import io.pgwarden.contracts.schema.TableInfo;
import io.pgwarden.contracts.sql.SqlParameter;
import io.pgwarden.query.domain.QueryBuildException;
import io.pgwarden.query.domain.sql.ConditionWriter;
import io.pgwarden.query.domain.sql.Identifiers;
import java.util.ArrayList;
import java.util.List;

/**
 * The WHERE clause of an UPDATE or DELETE. A condition on the target table is written as it is for a read; a
 * condition on a table the target references through a one-column foreign key picks rows through that key:
 * {@code "category_id" IN (SELECT "id" FROM "public"."categories" WHERE "name" = ?)}.
 */
final class RowFilter {

    /**
     * @param sql          the predicates joined with AND, empty when there is no condition (every row)
     * @param parameters   their parameters, in order
     * @param comment      the predicates for the SQL comment (names and parameter numbers)
     * @param explanation  the predicates in plain English, with values
     */
    record Written(String sql, List<SqlParameter> parameters, String comment, String explanation) {

        boolean everyRow() {
            return sql.isEmpty();
        }
    }

    private final ConditionWriter writer = new ConditionWriter();

    Written write(List<Condition> conditions, TableInfo target, SchemaContext context, int firstParameter) {
        List<String> predicates = new ArrayList<>();
        List<SqlParameter> parameters = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        List<String> explanations = new ArrayList<>();
        for (Condition condition : conditions) {
            int next = firstParameter + parameters.size();
            if (condition.table().equals(target.qualifiedName())) {
                ConditionWriter.Written written = writer.write(condition, target,
                        column(target, condition.column()), next);
                predicates.add(written.sql());
                parameters.addAll(written.parameters());
                comments.add(written.comment());
                explanations.add(written.explanation());
                continue;
            }
            TableInfo other = context.table(condition.table()).orElseThrow(() -> QueryBuildException.unknown(
                    "The table " + condition.table() + " is not in this request's schema context."));
            ForeignKeyInfo key = keyTo(target, other);
            ConditionWriter.Written written = writer.write(condition, other, column(other, condition.column()), next);
            String local = Identifiers.quote(key.columns().get(0));
            predicates.add(local + " IN (SELECT " + Identifiers.quote(key.referencedColumns().get(0)) + " FROM "
                    + Identifiers.quote(other.schema(), other.name()) + " WHERE " + written.sql() + ")");
            parameters.addAll(written.parameters());
            comments.add(key.columns().get(0) + " in " + other.name() + " rows where " + written.comment());
            explanations.add(key.columns().get(0) + " points to " + other.name() + " where "
                    + written.explanation());
        }
        return new Written(String.join("\n  AND ", predicates), parameters, String.join(" and ", comments),
                String.join(" and ", explanations));
    }

    /** The one single-column foreign key from {@code target} to {@code other}; none or several cannot be used. */
    private static ForeignKeyInfo keyTo(TableInfo target, TableInfo other) {
        List<ForeignKeyInfo> keys = target.foreignKeys().stream()
                .filter(k -> k.referencedTable().equals(other.qualifiedName()) && k.columns().size() == 1)
                .toList();
        if (keys.size() != 1) {
            throw QueryBuildException.invalid("A change of " + target.qualifiedName() + " can be filtered by "
                    + other.qualifiedName() + " only through exactly one single-column foreign key between them, and"
                    + " there " + (keys.isEmpty() ? "is none." : "are " + keys.size() + "."));
        }
        return keys.get(0);
    }

    static ColumnInfo column(TableInfo table, String name) {
        return table.column(name).orElseThrow(() -> QueryBuildException.unknown(
                "The table " + table.qualifiedName() + " has no column " + name + "."));
    }
}
