package io.pgwarden.schema.store;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads all distinct values of a low-cardinality text column, the value lexicon that lets "customers from
 * California" find {@code customers.state}. A column with more values than the limit contributes none.
 */
@ApplicationScoped
public class ColumnValueSampler {

    public List<String> distinctValues(Connection connection, String schema, String table, String column, int limit)
            throws SQLException {
        // Identifiers come from the catalog, not from users, and are still quoted: names may hold any character.
        String sql = "SELECT DISTINCT " + Identifiers.quote(column) + "::text FROM " + Identifiers.quote(schema) + "."
                + Identifiers.quote(table) + " WHERE " + Identifiers.quote(column) + " IS NOT NULL ORDER BY 1 LIMIT ?";
        Savepoint savepoint = connection.setSavepoint();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, limit + 1);
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            connection.releaseSavepoint(savepoint);
            return values.size() > limit ? List.of() : values;
        } catch (SQLException e) {
            // A view that fails to evaluate or a timeout on one column must not cost the whole catalog.
            connection.rollback(savepoint);
            return List.of();
        }
    }
}
