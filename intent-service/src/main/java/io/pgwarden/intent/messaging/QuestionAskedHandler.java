package io.pgwarden.intent.messaging;

import io.pgwarden.contracts.event.ClarificationNeeded;
import io.pgwarden.contracts.event.EventEnvelope;
import io.pgwarden.contracts.event.EventType;
import io.pgwarden.contracts.event.IntentExtracted;
import io.pgwarden.contracts.event.QuestionAsked;
import io.pgwarden.contracts.plan.Step;
import io.pgwarden.contracts.schema.SchemaCatalog;
import io.pgwarden.intent.catalog.CatalogHolder;
import io.pgwarden.intent.domain.DeterministicEngine;
import io.pgwarden.intent.domain.Understanding;
import io.pgwarden.intent.llm.LlmEngine;
import io.pgwarden.intent.llm.LlmPath;
import io.pgwarden.intent.memory.SessionMemory;
import io.pgwarden.kit.error.PipelineException;
import io.pgwarden.kit.messaging.EventPublisher;
import io.pgwarden.kit.messaging.Outcome;
import io.pgwarden.kit.messaging.StepHandler;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Turns a question into an intent and a workflow plan, a clarification, or a clear failure. */
@ApplicationScoped
public class QuestionAskedHandler {

    private final StepHandler steps;
    private final CatalogHolder catalogs;
    private final SessionMemory memory;
    private final EventPublisher publisher;
    private final LlmPath llm;
    private final DeterministicEngine engine = new DeterministicEngine();

    @Inject
    public QuestionAskedHandler(StepHandler steps, CatalogHolder catalogs, SessionMemory memory,
            EventPublisher publisher, LlmPath llm) {
        this.steps = steps;
        this.catalogs = catalogs;
        this.memory = memory;
        this.publisher = publisher;
        this.llm = llm;
    }

    @Incoming("question-asked")
    @Blocking
    public void onQuestionAsked(String json) {
        steps.<QuestionAsked>handle(json, EventType.QUESTION_ASKED, Step.INTENT, envelope -> {
            String question = envelope.data().question();
            SchemaCatalog catalog = catalogs.require();
            Understanding understanding = llm.whenNotUnderstood(engine.understand(question, catalog,
                    memory.turns(envelope.sessionId())), question, catalog, envelope.sessionId());
            memory.remember(envelope.sessionId(), question,
                    understanding instanceof Understanding.Understood understood ? understood.intent() : null);
            return outcome(envelope, question, understanding);
        });
    }

    private Outcome outcome(EventEnvelope<QuestionAsked> envelope, String question, Understanding understanding) {
        if (understanding instanceof Understanding.Understood understood) {
            return Outcome.emit(EventType.INTENT_EXTRACTED, envelope.next(EventType.INTENT_EXTRACTED,
                    publisher.source(),
                    new IntentExtracted(question, understood.intent(), understood.plan(),
                            understood.intent().generated() != null ? LlmEngine.NAME : DeterministicEngine.NAME)));
        }
        if (understanding instanceof Understanding.NeedsClarification clarification) {
            return Outcome.emit(EventType.CLARIFICATION_NEEDED, envelope.next(EventType.CLARIFICATION_NEEDED,
                    publisher.source(),
                    new ClarificationNeeded(question, clarification.reason(), clarification.options())));
        }
        Understanding.Failure failure = (Understanding.Failure) understanding;
        throw new PipelineException(failure.code(), failure.message(), failure.hint());
    }
}
