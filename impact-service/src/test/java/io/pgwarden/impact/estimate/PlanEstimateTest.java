package io.pgwarden.impact.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlanEstimateTest {

    @Test
    void theRowsComeFromThePlanFeedingTheModifyTableNode() {
        String json = """
                [{"Plan": {"Node Type": "ModifyTable", "Operation": "Update", "Plan Rows": 0,
                  "Plans": [{"Node Type": "Index Scan", "Plan Rows": 42}]}}]
                """;
        assertThat(PlanEstimate.parse(json)).isEqualTo(new PlanEstimate.Estimate(42, "Index Scan"));
    }

    @Test
    void aWriteInsideAWithQueryIsFoundBelowTheTopNode() {
        String json = """
                [{"Plan": {"Node Type": "CTE Scan", "Plan Rows": 7, "Plans": [
                  {"Node Type": "ModifyTable", "Plan Rows": 7, "Plans": [{"Node Type": "Seq Scan", "Plan Rows": 1234}]}
                ]}}]
                """;
        assertThat(PlanEstimate.parse(json).rows()).isEqualTo(1234);
    }
}
