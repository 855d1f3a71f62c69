package io.pgwarden.schema.messaging;

import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.contracts.event.EventType;
import io.pgwarden.contracts.event.IntentExtracted;
import io.pgwarden.contracts.event.SchemaContextReady;
import io.pgwarden.contracts.plan.Step;
import io.pgwarden.contracts.schema.SchemaCatalog;
import io.pgwarden.contracts.schema.SchemaContext;
import io.pgwarden.kit.error.PipelineException;
import io.pgwarden.kit.messaging.EventPublisher;
import io.pgwarden.kit.messaging.Outcome;
import io.pgwarden.kit.messaging.StepHandler;
import io.pgwarden.schema.domain.CatalogService;
import io.pgwarden.schema.domain.ContextBuilder;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Grounds an extracted intent in the live catalog and hands the schema context to the query step. */
@ApplicationScoped
public class IntentExtractedHandler {

    private final StepHandler steps;
    private final CatalogService catalogs;
    private final EventPublisher publisher;
    private final ContextBuilder contexts = new ContextBuilder();

    @Inject
    public IntentExtractedHandler(StepHandler steps, CatalogService catalogs, EventPublisher publisher) {
        this.steps = steps;
        this.catalogs = catalogs;
        this.publisher = publisher;
    }

    @Incoming("intent-extracted")
    @Blocking
    public void onIntentExtracted(String json) {
        steps.<IntentExtracted>handle(json, EventType.INTENT_EXTRACTED, Step.SCHEMA, envelope -> {
            IntentExtracted extracted = envelope.data();
            if (!extracted.plan().includes(Step.SCHEMA)) {
                return Outcome.none();
            }
            SchemaCatalog catalog = catalogs.live();
            SchemaContext context;
            try {
                context = contexts.build(extracted.intent(), catalog);
            } catch (PipelineException e) {
                if (e.code() != ErrorCode.UNKNOWN_SCHEMA_ELEMENT) {
                    throw e;
                }
                // The intent may have been grounded in a catalog a moment older or newer than ours: re-read once.
                catalogs.forget();
                context = contexts.build(extracted.intent(), catalogs.live());
            }
            return Outcome.emit(EventType.SCHEMA_CONTEXT_READY, envelope.next(EventType.SCHEMA_CONTEXT_READY,
                    publisher.source(), new SchemaContextReady(extracted.question(), extracted.intent(),
                            extracted.plan(), extracted.engine(), context)));
        });
    }
}
