package io.pgwarden.contracts.plan;

import java.util.List;
import java.util.Optional;

/**
 * The orchestrator's planning decision, carried in every event of a request (PRD "Decision Matrix"): which steps
 * this request needs, in order. A service acts on an event only when the plan names the service's step.
 *
 * @param steps     the steps in order
 * @param rationale why these steps, in one sentence
 */
public record WorkflowPlan(List<Step> steps, String rationale) {

    public WorkflowPlan {
        steps = List.copyOf(steps);
    }

    /** A read from a question: SELECT goes schema, query, execution. */
    public static WorkflowPlan readFromQuestion() {
        return new WorkflowPlan(List.of(Step.INTENT, Step.SCHEMA, Step.QUERY, Step.EXECUTION),
                "A read runs at once in a read-only transaction.");
    }

    /** A write from a question: impact analysis and approval come before execution. */
    public static WorkflowPlan writeFromQuestion() {
        return new WorkflowPlan(
                List.of(Step.INTENT, Step.SCHEMA, Step.QUERY, Step.IMPACT, Step.APPROVAL, Step.EXECUTION),
                "A write needs an impact analysis and a human approval before it runs.");
    }

    /** A read submitted as SQL enters at the query step. */
    public static WorkflowPlan readFromSql() {
        return new WorkflowPlan(List.of(Step.QUERY, Step.EXECUTION),
                "Submitted SQL classified as a read runs at once in a read-only transaction.");
    }

    /** A write submitted as SQL enters at the query step and still needs impact analysis and approval. */
    public static WorkflowPlan writeFromSql() {
        return new WorkflowPlan(List.of(Step.QUERY, Step.IMPACT, Step.APPROVAL, Step.EXECUTION),
                "Submitted SQL classified as a write needs an impact analysis and a human approval.");
    }

    /**
     * A rollback of a committed write: execution-service checks the backup for conflicts (acting as the impact
     * step), then it is approved like any write and executed.
     */
    public static WorkflowPlan rollback() {
        return new WorkflowPlan(List.of(Step.IMPACT, Step.APPROVAL, Step.EXECUTION),
                "A rollback is a write: its conflicts are checked and a human approves it by policy.");
    }

    public boolean includes(Step step) {
        return steps.contains(step);
    }

    /** The step after {@code step}, or empty when {@code step} is the last one or not in the plan. */
    public Optional<Step> after(Step step) {
        int at = steps.indexOf(step);
        return at < 0 || at + 1 >= steps.size() ? Optional.empty() : Optional.of(steps.get(at + 1));
    }

    /** True when the step right after {@code step} is {@code next}. */
    public boolean hands(Step step, Step next) {
        return after(step).filter(next::equals).isPresent();
    }
}
