package io.pgwarden.impact.analysis;

import io.pgwarden.impact.cascade.ForeignKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the rows behind a "still referenced" failure: PostgreSQL names the first parent key that is still
 * referenced, and this counts the child rows that refer to it, so the message says how much stands in the way.
 */
final class ReferencingRows {

    private static final Pattern DETAIL =
            Pattern.compile("Key \\(([^)]+)\\)=\\((.*)\\) is still referenced from table \"([^\"]+)\"");

    private ReferencingRows() {
    }

    /** For example {@code 3 rows of public.order_items refer to (id)=(5)}; empty for multi-column keys. */
    static Optional<String> describe(Connection connection, List<ForeignKey> keys, String constraint, String detail)
            throws SQLException {
        Matcher matcher = DETAIL.matcher(detail == null ? "" : detail);
        if (constraint == null || !matcher.find() || matcher.group(1).contains(",")) {
            return Optional.empty();
        }
        Optional<ForeignKey> key = keys.stream().filter(candidate -> candidate.name().equals(constraint)
                && candidate.referencingTable().endsWith("." + matcher.group(3))
                && candidate.referencingColumns().size() == 1).findFirst();
        if (key.isEmpty()) {
            return Optional.empty();
        }
        ForeignKey foreignKey = key.get();
        // names from the catalog, quoted; the key value is bound
        String sql = "SELECT count(*) FROM " + quoted(foreignKey.referencingTable()) + " WHERE "
                + identifier(foreignKey.referencingColumns().get(0)) + "::text = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, matcher.group(2));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                long count = rows.getLong(1);
                return Optional.of(count + (count == 1 ? " row" : " rows") + " of " + foreignKey.referencingTable()
                        + (count == 1 ? " refers" : " refer") + " to (" + matcher.group(1) + ")=(" + matcher.group(2) + ")");
            }
        }
    }

    private static String quoted(String table) {
        return TargetTable.quote(table);
    }

    private static String identifier(String column) {
        return '"' + column.replace("\"", "\"\"") + '"';
    }
}
