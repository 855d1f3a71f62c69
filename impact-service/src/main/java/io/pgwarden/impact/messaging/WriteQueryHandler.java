package io.pgwarden.impact.messaging;

import io.pgwarden.contracts.event.EventType;
import io.pgwarden.contracts.event.ImpactAssessed;
import io.pgwarden.contracts.event.QueryBuilt;
import io.pgwarden.contracts.plan.Step;
import io.pgwarden.impact.service.TargetImpact;
import io.pgwarden.kit.messaging.EventPublisher;
import io.pgwarden.kit.messaging.Outcome;
import io.pgwarden.kit.messaging.StepHandler;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Measures every write whose plan hands it from the query step to impact analysis, and hands the measurement on to
 * approval (impact.assessed), or ends the request when the write cannot succeed or may not run.
 */
@ApplicationScoped
public class WriteQueryHandler {

    private final StepHandler steps;
    private final TargetImpact impact;
    private final EventPublisher publisher;

    @Inject
    public WriteQueryHandler(StepHandler steps, TargetImpact impact, EventPublisher publisher) {
        this.steps = steps;
        this.impact = impact;
        this.publisher = publisher;
    }

    // Writes of different requests are analysed side by side; each holds one target connection at most.
    @Incoming("query-built")
    @Blocking(ordered = false)
    public void onQueryBuilt(String json) {
        steps.<QueryBuilt>handle(json, EventType.QUERY_BUILT, Step.IMPACT, envelope -> {
            QueryBuilt query = envelope.data();
            if (!query.plan().hands(Step.QUERY, Step.IMPACT)) {
                return Outcome.none();
            }
            TargetImpact.Assessed assessed = impact.assess(query.sql(), query.parameters());
            ImpactAssessed event = new ImpactAssessed(query.plan(), assessed.write().sql(), query.parameters(),
                    assessed.write().kind(), query.explanation(), query.engine(), impact.database(),
                    assessed.analysis().report(), null);
            return Outcome.emit(EventType.IMPACT_ASSESSED,
                    envelope.next(EventType.IMPACT_ASSESSED, publisher.source(), event));
        });
    }
}
