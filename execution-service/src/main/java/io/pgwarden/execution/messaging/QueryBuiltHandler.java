package io.pgwarden.execution.messaging;

import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.contracts.event.EventType;
import io.pgwarden.contracts.event.ExecutionCompleted;
import io.pgwarden.contracts.event.QueryBuilt;
import io.pgwarden.contracts.plan.Step;
import io.pgwarden.contracts.sql.StatementKind;
import io.pgwarden.execution.read.ReadExecutor;
import io.pgwarden.execution.read.ReadResult;
import io.pgwarden.kit.error.PipelineException;
import io.pgwarden.kit.messaging.EventPublisher;
import io.pgwarden.kit.messaging.Outcome;
import io.pgwarden.kit.messaging.StepHandler;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Runs a built query when the plan hands it straight from the query step to execution, which only a read's plan
 * does. A write reaches execution only through an approval (a later step), never from here.
 */
@ApplicationScoped
public class QueryBuiltHandler {

    private final StepHandler steps;
    private final ReadExecutor reads;
    private final EventPublisher publisher;

    @Inject
    public QueryBuiltHandler(StepHandler steps, ReadExecutor reads, EventPublisher publisher) {
        this.steps = steps;
        this.reads = reads;
        this.publisher = publisher;
    }

    // Reads of different requests run side by side; ReadAdmission bounds how many, per user and in total.
    @Incoming("query-built")
    @Blocking(ordered = false)
    public void onQueryBuilt(String json) {
        steps.<QueryBuilt>handle(json, EventType.QUERY_BUILT, Step.EXECUTION, envelope -> {
            QueryBuilt query = envelope.data();
            if (!query.plan().hands(Step.QUERY, Step.EXECUTION)) {
                return Outcome.none();
            }
            if (query.kind() != StatementKind.READ) {
                throw new PipelineException(ErrorCode.REFUSED_BY_POLICY,
                        "A " + query.kind() + " statement reached execution without impact analysis and approval;"
                                + " it was not run.",
                        "Submit it again; writes always go through impact analysis and approval.");
            }
            ReadResult result = reads.execute(envelope.userId(), query.sql(), query.parameters(),
                    envelope.cachecontrol());
            return Outcome.emit(EventType.EXECUTION_COMPLETED, envelope.next(EventType.EXECUTION_COMPLETED,
                    publisher.source(), new ExecutionCompleted(query.sql(), result.columns(), result.rows(),
                            result.rows().size(), result.truncated(), result.rowLimit(), result.executionMillis(),
                            query.engine(), result.cached(), result.plan())));
        });
    }
}
