package io.pgwarden.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgwarden.contracts.plan.Step;
import io.pgwarden.contracts.plan.WorkflowPlan;
import org.junit.jupiter.api.Test;

class WorkflowPlanTest {

    @Test
    void aReadGoesFromQueryStraightToExecution() {
        WorkflowPlan read = WorkflowPlan.readFromQuestion();

        assertThat(read.steps()).containsExactly(Step.INTENT, Step.SCHEMA, Step.QUERY, Step.EXECUTION);
        assertThat(read.hands(Step.QUERY, Step.EXECUTION)).isTrue();
        assertThat(read.includes(Step.IMPACT)).isFalse();
    }

    @Test
    void aWriteNeverGoesFromQueryStraightToExecution() {
        for (WorkflowPlan write : new WorkflowPlan[] {WorkflowPlan.writeFromQuestion(), WorkflowPlan.writeFromSql()}) {
            assertThat(write.hands(Step.QUERY, Step.EXECUTION)).isFalse();
            assertThat(write.hands(Step.QUERY, Step.IMPACT)).isTrue();
            assertThat(write.hands(Step.APPROVAL, Step.EXECUTION)).isTrue();
        }
    }

    @Test
    void submittedSqlStartsAtTheQueryStep() {
        assertThat(WorkflowPlan.readFromSql().steps()).containsExactly(Step.QUERY, Step.EXECUTION);
        assertThat(WorkflowPlan.readFromSql().after(Step.EXECUTION)).isEmpty();
    }
}
