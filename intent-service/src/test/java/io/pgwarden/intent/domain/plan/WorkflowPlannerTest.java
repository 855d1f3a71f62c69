package io.pgwarden.intent.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgwarden.contracts.intent.Complexity;
import io.pgwarden.contracts.intent.Intent;
import io.pgwarden.contracts.intent.IntentType;
import io.pgwarden.contracts.intent.RiskLevel;
import io.pgwarden.contracts.plan.WorkflowPlan;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WorkflowPlannerTest {

    private final WorkflowPlanner planner = new WorkflowPlanner();

    private static Intent intent(IntentType type) {
        return new Intent(type, List.of("public.t"), List.of(), List.of(), Complexity.SIMPLE, RiskLevel.LOW, null, 1.0);
    }

    @ParameterizedTest
    @EnumSource(value = IntentType.class, names = {"SELECT", "META"})
    void sendsReadsStraightToExecution(IntentType type) {
        assertThat(planner.plan(intent(type))).isEqualTo(new Route.Planned(WorkflowPlan.readFromQuestion()));
    }

    @ParameterizedTest
    @EnumSource(value = IntentType.class, names = {"INSERT", "UPDATE", "DELETE"})
    void sendsWritesThroughImpactAnalysisAndApproval(IntentType type) {
        assertThat(planner.plan(intent(type))).isEqualTo(new Route.Planned(WorkflowPlan.writeFromQuestion()));
    }

    @ParameterizedTest
    @EnumSource(value = IntentType.class, names = {"DDL"})
    void refusesSchemaChanges(IntentType type) {
        assertThat(planner.plan(intent(type))).isEqualTo(
                new Route.Refused(WorkflowPlanner.DDL_REFUSAL, WorkflowPlanner.DDL_HINT));
        assertThat(WorkflowPlanner.DDL_REFUSAL).isEqualTo("Schema changes (DDL) are not supported; ask a DBA.");
    }
}
