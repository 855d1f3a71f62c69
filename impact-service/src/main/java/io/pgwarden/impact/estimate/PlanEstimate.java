package io.pgwarden.impact.estimate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pgwarden.impact.analysis.WriteStatement;
import io.pgwarden.kit.jdbc.ParameterBinder;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The planner's idea of how many rows a write touches: EXPLAIN (FORMAT JSON), without ANALYZE, so nothing runs.
 * The ModifyTable node's own row estimate is 0 unless the statement returns rows; the rows it will modify are the
 * estimate of the plan feeding it.
 */
public final class PlanEstimate {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PlanEstimate() {
    }

    /**
     * @param rows the estimated rows the statement inserts, updates or deletes in its target table
     * @param scan how the planner finds them, for example {@code Index Scan} or {@code Seq Scan}
     */
    public record Estimate(long rows, String scan) {
    }

    public static Estimate explain(Connection connection, WriteStatement write) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("EXPLAIN (FORMAT JSON) " + write.sql())) {
            ParameterBinder.bind(statement, write.parameters());
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return parse(rows.getString(1));
            }
        }
    }

    static Estimate parse(String explainJson) {
        JsonNode plan;
        try {
            plan = JSON.readTree(explainJson).path(0).path("Plan");
        } catch (IOException e) {
            throw new IllegalStateException("EXPLAIN returned unreadable JSON", e);
        }
        JsonNode modify = modifyTable(plan).orElseThrow(
                () -> new IllegalStateException("EXPLAIN of a write has no ModifyTable node"));
        JsonNode source = modify.path("Plans").path(0);
        if (source.isMissingNode()) {
            return new Estimate(modify.path("Plan Rows").asLong(0), "none");
        }
        return new Estimate(source.path("Plan Rows").asLong(0), source.path("Node Type").asText("unknown"));
    }

    /** The first ModifyTable node, depth first: a WITH query puts the write below the top node. */
    private static Optional<JsonNode> modifyTable(JsonNode node) {
        if ("ModifyTable".equals(node.path("Node Type").asText())) {
            return Optional.of(node);
        }
        for (JsonNode child : node.path("Plans")) {
            Optional<JsonNode> found = modifyTable(child);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
