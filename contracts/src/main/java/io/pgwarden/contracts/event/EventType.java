package io.pgwarden.contracts.event;

import io.pgwarden.contracts.approval.ApprovalOutcome;
import io.pgwarden.contracts.plan.Step;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every event type of the lifecycle, its topic, payload record, producer and consumers. This is the single list
 * of topics; docs/events.md is its human view and a test keeps the two in step.
 *
 * <p>Topic names follow {@code <type>.v<version>}; each topic has a dead-letter twin with the suffix
 * {@link #DLQ_SUFFIX} where a consumer parks a record it could not process, with the reason in headers.
 */
public enum EventType {
    QUESTION_ASKED("pgwarden.request.question-asked", 1, QuestionAsked.class,
            "gateway", List.of("intent-service"), false),
    SQL_SUBMITTED("pgwarden.request.sql-submitted", 1, SqlSubmitted.class,
            "gateway", List.of("query-service"), false),
    ROLLBACK_REQUESTED("pgwarden.request.rollback-requested", 1, RollbackRequested.class,
            "gateway", List.of("execution-service"), false),
    INTENT_EXTRACTED("pgwarden.intent.extracted", 1, IntentExtracted.class,
            "intent-service", List.of("schema-service", "gateway"), false),
    CLARIFICATION_NEEDED("pgwarden.intent.clarification-needed", 1, ClarificationNeeded.class,
            "intent-service", List.of("gateway"), false),
    SCHEMA_CATALOG_PUBLISHED("pgwarden.schema.catalog-published", 1, SchemaCatalogPublished.class,
            "schema-service", List.of("intent-service"), true),
    SCHEMA_CONTEXT_READY("pgwarden.schema.context-ready", 1, SchemaContextReady.class,
            "schema-service", List.of("query-service", "gateway"), false),
    QUERY_BUILT("pgwarden.query.built", 1, QueryBuilt.class,
            "query-service", List.of("execution-service", "impact-service", "gateway"), false),
    IMPACT_ASSESSED("pgwarden.impact.assessed", 1, ImpactAssessed.class,
            "impact-service (execution-service for rollbacks)", List.of("approval-service", "gateway"), false),
    APPROVAL_REQUESTED("pgwarden.approval.requested", 1, ApprovalRequested.class,
            "approval-service", List.of("gateway"), false),
    APPROVAL_ESCALATED("pgwarden.approval.escalated", 1, ApprovalEscalated.class,
            "approval-service", List.of("gateway"), false),
    APPROVAL_DECIDED("pgwarden.approval.decided", 1, ApprovalDecided.class,
            "approval-service", List.of("execution-service", "gateway"), false),
    EXECUTION_PROGRESS("pgwarden.execution.progress", 1, ExecutionProgress.class,
            "execution-service", List.of("gateway"), false),
    EXECUTION_COMPLETED("pgwarden.execution.completed", 1, ExecutionCompleted.class,
            "execution-service", List.of("gateway"), false),
    WRITE_EXECUTED("pgwarden.execution.write-executed", 1, WriteExecuted.class,
            "execution-service", List.of("gateway"), false),
    REQUEST_FAILED("pgwarden.request.failed", 1, RequestFailed.class,
            "any service (the gateway for its timeouts)", List.of("gateway", "approval-service"), false);

    public static final String DLQ_SUFFIX = ".dlq";

    private final String typeName;
    private final int version;
    private final Class<?> dataClass;
    private final String producer;
    private final List<String> consumers;
    private final boolean compacted;

    EventType(String typeName, int version, Class<?> dataClass, String producer, List<String> consumers,
            boolean compacted) {
        this.typeName = typeName;
        this.version = version;
        this.dataClass = dataClass;
        this.producer = producer;
        this.consumers = consumers;
        this.compacted = compacted;
    }

    public String typeName() {
        return typeName;
    }

    public int version() {
        return version;
    }

    public String topic() {
        return typeName + ".v" + version;
    }

    public String deadLetterTopic() {
        return topic() + DLQ_SUFFIX;
    }

    public Class<?> dataClass() {
        return dataClass;
    }

    public String producer() {
        return producer;
    }

    public List<String> consumers() {
        return consumers;
    }

    /** A compacted topic holds the latest state per key rather than a stream of requests. */
    public boolean compacted() {
        return compacted;
    }

    public static Optional<EventType> byTypeName(String typeName) {
        return Arrays.stream(values()).filter(t -> t.typeName.equals(typeName)).findFirst();
    }

    /**
     * Terminal events end a request's lifecycle (until a later step, such as a clarification, resumes it). An
     * {@link #APPROVAL_DECIDED} event ends it too unless its outcome is APPROVED: see {@link #terminal(Object)}.
     */
    public boolean terminal() {
        return this == EXECUTION_COMPLETED || this == WRITE_EXECUTED || this == REQUEST_FAILED
                || this == CLARIFICATION_NEEDED;
    }

    /** Like {@link #terminal()}, also ending a request whose approval was denied or expired. */
    public boolean terminal(Object data) {
        if (this == APPROVAL_DECIDED && data instanceof ApprovalDecided decided) {
            return decided.outcome() != ApprovalOutcome.APPROVED;
        }
        return terminal();
    }

    /** Events after which a request legitimately waits for people for hours, so no watchdog may time it out. */
    public boolean awaitsPeople() {
        return this == APPROVAL_REQUESTED || this == APPROVAL_ESCALATED;
    }

    /** The step whose service emits this event, used to report where a request is. */
    public Optional<Step> emittedBy() {
        return switch (this) {
            case INTENT_EXTRACTED, CLARIFICATION_NEEDED -> Optional.of(Step.INTENT);
            case SCHEMA_CONTEXT_READY, SCHEMA_CATALOG_PUBLISHED -> Optional.of(Step.SCHEMA);
            case QUERY_BUILT -> Optional.of(Step.QUERY);
            case IMPACT_ASSESSED -> Optional.of(Step.IMPACT);
            case APPROVAL_REQUESTED, APPROVAL_ESCALATED, APPROVAL_DECIDED -> Optional.of(Step.APPROVAL);
            case EXECUTION_COMPLETED, EXECUTION_PROGRESS, WRITE_EXECUTED -> Optional.of(Step.EXECUTION);
            default -> Optional.empty();
        };
    }
}
