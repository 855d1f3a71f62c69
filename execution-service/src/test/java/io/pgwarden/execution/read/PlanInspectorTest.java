package io.pgwarden.execution.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Plans as PostgreSQL 17 prints them with EXPLAIN (FORMAT JSON), trimmed to the fields that matter. */
class PlanInspectorTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void acceptsAPlainReadPlan() throws Exception {
        String plan = """
                [{"Plan": {"Node Type": "Limit", "Plans": [
                  {"Node Type": "Sort", "Plans": [{"Node Type": "Seq Scan", "Relation Name": "products"}]}]}}]
                """;

        assertThat(PlanInspector.forbiddenNode(JSON.readTree(plan))).isEmpty();
    }

    @Test
    void findsAWriteHiddenInAComputedSubPlan() throws Exception {
        String plan = """
                [{"Plan": {"Node Type": "CTE Scan", "Plans": [
                  {"Node Type": "ModifyTable", "Operation": "Delete", "Parent Relationship": "InitPlan",
                   "Plans": [{"Node Type": "Seq Scan", "Relation Name": "orders"}]}]}}]
                """;

        assertThat(PlanInspector.forbiddenNode(JSON.readTree(plan))).contains("ModifyTable");
    }

    @Test
    void findsARowLockFromALockingClause() throws Exception {
        String plan = """
                [{"Plan": {"Node Type": "LockRows", "Plans": [{"Node Type": "Seq Scan", "Relation Name": "orders"}]}}]
                """;

        assertThat(PlanInspector.forbiddenNode(JSON.readTree(plan))).contains("LockRows");
    }
}
