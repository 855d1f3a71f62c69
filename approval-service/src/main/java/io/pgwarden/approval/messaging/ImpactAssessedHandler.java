package io.pgwarden.approval.messaging;

import io.pgwarden.approval.intake.ApprovalIntake;
import io.pgwarden.approval.store.Sql;
import io.pgwarden.contracts.event.EventType;
import io.pgwarden.contracts.event.ImpactAssessed;
import io.pgwarden.contracts.plan.Step;
import io.pgwarden.kit.messaging.Outcome;
import io.pgwarden.kit.messaging.StepHandler;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The approval step: a measured write whose plan hands IMPACT to APPROVAL becomes an approval request. The events
 * it causes go through the event outbox (written with the request), so the step handler itself publishes nothing
 * except a failure.
 */
@ApplicationScoped
public class ImpactAssessedHandler {

    private final StepHandler steps;
    private final ApprovalIntake intake;
    private final OutboxRelay relay;

    @Inject
    public ImpactAssessedHandler(StepHandler steps, ApprovalIntake intake, OutboxRelay relay) {
        this.steps = steps;
        this.intake = intake;
        this.relay = relay;
    }

    @Incoming("impact-assessed")
    @Blocking
    public void onImpactAssessed(String json) {
        steps.<ImpactAssessed>handle(json, EventType.IMPACT_ASSESSED, Step.APPROVAL, event -> {
            if (!event.data().plan().hands(Step.IMPACT, Step.APPROVAL)) {
                return Outcome.none();
            }
            intake.receive(event, Sql.micros(Instant.now()));
            return Outcome.none();
        });
        relay.flush();
    }
}
