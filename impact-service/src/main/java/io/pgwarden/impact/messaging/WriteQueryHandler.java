package io.pgwarden.impact.messaging;

import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.contracts.event.EventType;
import io.pgwarden.contracts.event.QueryBuilt;
import io.pgwarden.contracts.plan.Step;
import io.pgwarden.kit.error.PipelineException;
import io.pgwarden.kit.messaging.Outcome;
import io.pgwarden.kit.messaging.StepHandler;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Receives every write whose plan hands it from the query step to impact analysis. Until impact analysis and
 * approval exist, a write is refused here with a clear message, so no write can run unanalysed and no request
 * waits forever.
 */
@ApplicationScoped
public class WriteQueryHandler {

    private final StepHandler steps;

    @Inject
    public WriteQueryHandler(StepHandler steps) {
        this.steps = steps;
    }

    @Incoming("query-built")
    @Blocking
    public void onQueryBuilt(String json) {
        steps.<QueryBuilt>handle(json, EventType.QUERY_BUILT, Step.IMPACT, envelope -> {
            QueryBuilt query = envelope.data();
            if (!query.plan().hands(Step.QUERY, Step.IMPACT)) {
                return Outcome.none();
            }
            throw new PipelineException(ErrorCode.REFUSED_BY_POLICY,
                    "This " + query.kind() + " statement changes data, and this version of pgwarden does not yet"
                            + " run writes: impact analysis and approval are not enabled. Nothing was changed.",
                    "Ask a read-only question, or have a DBA run the change with their own tools.");
        });
    }
}
