package io.pgwarden.query.messaging;

import io.pgwarden.contracts.event.EventType;
import io.pgwarden.contracts.event.QueryBuilt;
import io.pgwarden.contracts.event.SchemaContextReady;
import io.pgwarden.contracts.plan.Step;
import io.pgwarden.kit.messaging.EventPublisher;
import io.pgwarden.kit.messaging.Outcome;
import io.pgwarden.kit.messaging.StepHandler;
import io.pgwarden.query.domain.BuiltQuery;
import io.pgwarden.query.domain.StatementBuilder;
import io.pgwarden.query.generated.GeneratedQuery;
import io.pgwarden.sqlguard.Inspection;
import io.pgwarden.sqlguard.SqlGuard;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Builds the parameterised statement for a grounded intent. The built SQL passes the same guard as SQL a user
 * types: the builder is trusted no more than a person.
 */
@ApplicationScoped
public class SchemaContextReadyHandler {

    private final StepHandler steps;
    private final SqlGuard guard;
    private final EventPublisher publisher;
    private final GeneratedQuery generated;
    private final StatementBuilder builder = new StatementBuilder();

    @Inject
    public SchemaContextReadyHandler(StepHandler steps, SqlGuard guard, EventPublisher publisher) {
        this.steps = steps;
        this.guard = guard;
        this.publisher = publisher;
        this.generated = new GeneratedQuery(guard);
    }

    @Incoming("schema-context-ready")
    @Blocking
    public void onSchemaContextReady(String json) {
        steps.<SchemaContextReady>handle(json, EventType.SCHEMA_CONTEXT_READY, Step.QUERY, envelope -> {
            SchemaContextReady ready = envelope.data();
            if (!ready.plan().includes(Step.QUERY)) {
                return Outcome.none();
            }
            if (ready.intent().generated() != null) {
                // The LLM path already wrote and validated the statement; it is checked again, not rebuilt.
                return Outcome.emit(EventType.QUERY_BUILT, envelope.next(EventType.QUERY_BUILT, publisher.source(),
                        generated.build(ready.intent().generated(), ready.engine())));
            }
            BuiltQuery built = builder.build(ready.intent(), ready.context());
            Inspection inspection = ready.intent().intentType().isWrite()
                    ? guard.requireSingleStatement(built.sql())
                    : guard.requireSafeRead(built.sql());
            return Outcome.emit(EventType.QUERY_BUILT, envelope.next(EventType.QUERY_BUILT, publisher.source(),
                    new QueryBuilt(ready.plan(), built.sql(), built.parameters(), inspection.kind(),
                            built.explanation(), ready.engine())));
        });
    }
}
