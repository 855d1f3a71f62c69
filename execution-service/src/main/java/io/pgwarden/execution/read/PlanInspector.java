package io.pgwarden.execution.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;

/**
 * Reads PostgreSQL's own plan of a statement (EXPLAIN FORMAT JSON) for nodes a read must never contain: a
 * ModifyTable (the statement writes) or LockRows (it takes row locks). This is the server's word on what the statement
 * does, independent of our parser: if the guard ever misclassified a statement, the plan still tells.
 */
final class PlanInspector {

    private static final Set<String> FORBIDDEN = Set.of("ModifyTable", "LockRows");

    private PlanInspector() {
    }

    /** The first forbidden node type in the plan, if any. {@code explain} is EXPLAIN's JSON array. */
    static Optional<String> forbiddenNode(JsonNode explain) {
        Deque<JsonNode> pending = new ArrayDeque<>();
        for (JsonNode entry : explain) {
            pending.add(entry.path("Plan"));
        }
        while (!pending.isEmpty()) {
            JsonNode node = pending.poll();
            String type = node.path("Node Type").asText("");
            if (FORBIDDEN.contains(type)) {
                return Optional.of(type);
            }
            node.path("Plans").forEach(pending::add);
        }
        return Optional.empty();
    }
}
