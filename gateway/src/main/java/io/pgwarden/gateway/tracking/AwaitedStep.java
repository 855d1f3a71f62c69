package io.pgwarden.gateway.tracking;

import io.pgwarden.contracts.event.EventEnvelope;
import io.pgwarden.contracts.event.EventType;
import io.pgwarden.contracts.event.IntentExtracted;
import io.pgwarden.contracts.event.QueryBuilt;
import io.pgwarden.contracts.event.SchemaContextReady;
import io.pgwarden.contracts.plan.Step;
import io.pgwarden.contracts.plan.WorkflowPlan;
import java.util.List;
import java.util.Optional;

/** Which step a running request is waiting for, judged from the last event it produced. */
public final class AwaitedStep {

    private AwaitedStep() {
    }

    public static Optional<Step> after(List<EventEnvelope<?>> events) {
        if (events.isEmpty()) {
            return Optional.empty();
        }
        List<EventEnvelope<?>> ordered = StepTimings.inLifecycleOrder(events);
        EventEnvelope<?> last = ordered.get(ordered.size() - 1);
        Optional<EventType> type = LifecycleEvents.typeOf(last);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        return switch (type.get()) {
            case QUESTION_ASKED -> Optional.of(Step.INTENT);
            case SQL_SUBMITTED -> Optional.of(Step.QUERY);
            case ROLLBACK_REQUESTED -> Optional.of(Step.IMPACT);
            case IMPACT_ASSESSED -> Optional.of(Step.APPROVAL);
            case APPROVAL_DECIDED, EXECUTION_PROGRESS -> Optional.of(Step.EXECUTION);
            case INTENT_EXTRACTED, SCHEMA_CONTEXT_READY, QUERY_BUILT -> {
                Step reported = type.get().emittedBy().orElseThrow();
                yield planOf(last).map(plan -> plan.after(reported)).orElseGet(() -> usualNext(reported));
            }
            default -> Optional.empty();
        };
    }

    private static Optional<WorkflowPlan> planOf(EventEnvelope<?> event) {
        Object data = event.data();
        if (data instanceof IntentExtracted extracted) {
            return Optional.ofNullable(extracted.plan());
        }
        if (data instanceof SchemaContextReady ready) {
            return Optional.ofNullable(ready.plan());
        }
        if (data instanceof QueryBuilt built) {
            return Optional.ofNullable(built.plan());
        }
        return Optional.empty();
    }

    /** The read path's order, for events that carry no plan. */
    private static Optional<Step> usualNext(Step reported) {
        return switch (reported) {
            case INTENT -> Optional.of(Step.SCHEMA);
            case SCHEMA -> Optional.of(Step.QUERY);
            case QUERY -> Optional.of(Step.EXECUTION);
            default -> Optional.empty();
        };
    }
}
