package io.pgwarden.query.domain;

import io.pgwarden.contracts.intent.Aggregate;
import io.pgwarden.contracts.schema.ColumnInfo;
import io.pgwarden.query.domain.ResolvedSpec.ResolvedOrdering;
import io.pgwarden.query.domain.describe.CommentLine;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Describes a statement twice: for the SQL comment, with names and parameter numbers only, and for the user, as
 * one plain-English sentence with the values.
 */
final class QueryDescriber {

    /** The comment line that opens the statement. */
    String comment(ResolvedSpec spec, List<String> conditionComments) {
        return comment(spec, conditionComments, List.of());
    }

    /** @param shareComments for a percentage, the conditions that pick the share's rows */
    String comment(ResolvedSpec spec, List<String> conditionComments, List<String> shareComments) {
        String table = spec.table().qualifiedName();
        StringBuilder text = new StringBuilder(commentAction(spec, table));
        if (!shareComments.isEmpty()) {
            text.append(" (").append(String.join(" and ", shareComments)).append(')');
        }
        if (spec.grouped()) {
            text.append(" per ").append(String.join(", ", groupNames(spec)));
        }
        if (!conditionComments.isEmpty()) {
            text.append(" where ").append(String.join(" and ", conditionComments));
        }
        if (!spec.orderBy().isEmpty()) {
            text.append(", ordered by ").append(spec.orderBy().stream()
                    .map(o -> o.name(spec.table()) + (o.descending() ? " descending" : ""))
                    .collect(Collectors.joining(", then ")));
        }
        if (spec.limit() != null) {
            text.append(", first ").append(spec.limit()).append(spec.limit() == 1 ? " row" : " rows");
        }
        return CommentLine.of(text.toString());
    }

    /** One sentence for the user. */
    String explanation(ResolvedSpec spec, List<String> conditionExplanations) {
        return explanation(spec, conditionExplanations, List.of());
    }

    String explanation(ResolvedSpec spec, List<String> conditionExplanations, List<String> shareExplanations) {
        String table = spec.table().name();
        List<ResolvedOrdering> requested = spec.orderBy().stream().filter(ResolvedOrdering::requested).toList();
        StringBuilder text = new StringBuilder();
        boolean ranked = spec.aggregate() == null && spec.limit() != null && requested.size() == 1;
        if (ranked) {
            ResolvedOrdering by = requested.get(0);
            text.append(spec.limit() == 1 ? "Lists the row of " : "Lists the " + spec.limit() + " rows of ")
                    .append(table).append(" with the ").append(by.descending() ? "highest " : "lowest ")
                    .append(by.name(spec.table()));
        } else {
            text.append(explanationAction(spec, table));
            if (!shareExplanations.isEmpty()) {
                text.append(" (").append(String.join(" and ", shareExplanations)).append(')');
            }
        }
        if (spec.grouped()) {
            text.append(" for each ").append(String.join(" and ", groupNames(spec)));
        }
        if (!conditionExplanations.isEmpty()) {
            text.append(" where ").append(String.join(" and ", conditionExplanations));
        }
        if (!ranked && !requested.isEmpty()) {
            text.append(", ordered by ").append(requested.stream()
                    .map(o -> o.name(spec.table()) + (o.descending() ? " from highest to lowest"
                            : " from lowest to highest"))
                    .collect(Collectors.joining(", then ")));
        }
        return CommentLine.clean(text.append('.').toString());
    }

    private static String commentAction(ResolvedSpec spec, String table) {
        Aggregate aggregate = spec.aggregate();
        if (aggregate == null) {
            return spec.columns().isEmpty() ? "Lists rows of " + table
                    : "Lists " + names(spec.columns()) + " of " + table;
        }
        String column = spec.aggregateColumn() == null ? null : spec.aggregateColumn().name();
        return switch (aggregate.function()) {
            case COUNT -> column == null ? "Counts rows of " + table
                    : "Counts non-null " + column + " values of " + table;
            case SUM -> "Sums " + column + " over rows of " + table;
            case AVG -> "Averages " + column + " over rows of " + table;
            case MIN -> "Finds the smallest " + column + " of " + table;
            case MAX -> "Finds the largest " + column + " of " + table;
            case PERCENT -> "Computes the percentage of rows of " + table + " that match";
        };
    }

    private static String explanationAction(ResolvedSpec spec, String table) {
        Aggregate aggregate = spec.aggregate();
        if (aggregate == null) {
            String what = spec.columns().isEmpty() ? "the rows" : names(spec.columns());
            if (spec.limit() == null) {
                return "Lists " + what + " of " + table;
            }
            String rows = spec.limit() == 1 ? "Lists the first row" : "Lists the first " + spec.limit() + " rows";
            return spec.columns().isEmpty() ? rows + " of " + table
                    : rows.replace("Lists the", "Lists " + what + " of the") + " of " + table;
        }
        String column = spec.aggregateColumn() == null ? null : spec.aggregateColumn().name();
        return switch (aggregate.function()) {
            case COUNT -> column == null ? "Counts the rows of " + table
                    : "Counts the rows of " + table + " that have a " + column;
            case SUM -> "Adds up " + column + " over the rows of " + table;
            case AVG -> "Averages " + column + " over the rows of " + table;
            case MIN -> "Finds the smallest " + column + " among the rows of " + table;
            case MAX -> "Finds the largest " + column + " among the rows of " + table;
            case PERCENT -> "Computes the percentage of the rows of " + table + " that match";
        };
    }

    private static List<String> groupNames(ResolvedSpec spec) {
        List<String> names = new java.util.ArrayList<>(spec.columns().stream().map(ColumnInfo::name).toList());
        spec.groupKeys().forEach(key -> names.add(key.part() == null ? key.table().name() + "." + key.column().name()
                : key.part() + " of " + key.column().name()));
        return names;
    }

    private static String names(List<ColumnInfo> columns) {
        return columns.stream().map(ColumnInfo::name).collect(Collectors.joining(", "));
    }
}
