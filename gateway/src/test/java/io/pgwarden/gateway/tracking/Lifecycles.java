package io.pgwarden.gateway.tracking;

import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.contracts.event.ClarificationNeeded;
import io.pgwarden.contracts.event.EventEnvelope;
import io.pgwarden.contracts.event.EventType;
import io.pgwarden.contracts.event.ExecutionCompleted;
import io.pgwarden.contracts.event.IntentExtracted;
import io.pgwarden.contracts.event.QueryBuilt;
import io.pgwarden.contracts.event.QuestionAsked;
import io.pgwarden.contracts.event.RequestFailed;
import io.pgwarden.contracts.event.SchemaContextReady;
import io.pgwarden.contracts.event.SqlSubmitted;
import io.pgwarden.contracts.intent.Aggregate;
import io.pgwarden.contracts.intent.Complexity;
import io.pgwarden.contracts.intent.Intent;
import io.pgwarden.contracts.intent.IntentType;
import io.pgwarden.contracts.intent.QuerySpec;
import io.pgwarden.contracts.intent.RiskLevel;
import io.pgwarden.contracts.plan.Step;
import io.pgwarden.contracts.plan.WorkflowPlan;
import io.pgwarden.contracts.schema.SchemaContext;
import io.pgwarden.contracts.sql.SqlParameter;
import io.pgwarden.contracts.sql.StatementKind;
import java.time.Instant;
import java.util.List;

/** Builds the events of one request at chosen times, as the services would emit them. */
public final class Lifecycles {

    public static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");
    public static final String SQL = "/* customers in a state */ SELECT count(*) FROM public.customers WHERE state = ?";
    public static final WorkflowPlan READ = WorkflowPlan.readFromQuestion();

    private final String requestId;
    private final String sessionId;
    private final String userId;
    private int sequence;

    public Lifecycles(String requestId, String sessionId, String userId) {
        this.requestId = requestId;
        this.sessionId = sessionId;
        this.userId = userId;
    }

    public static Lifecycles ofAlice() {
        return new Lifecycles("req-1", "session-1", "alice");
    }

    public EventEnvelope<QuestionAsked> asked(long atMillis, String question) {
        return envelope(EventType.QUESTION_ASKED, atMillis, new QuestionAsked(question));
    }

    public EventEnvelope<SqlSubmitted> sqlSubmitted(long atMillis, String sql) {
        return envelope(EventType.SQL_SUBMITTED, atMillis, new SqlSubmitted(sql));
    }

    public EventEnvelope<IntentExtracted> intent(long atMillis, String question, WorkflowPlan plan) {
        return envelope(EventType.INTENT_EXTRACTED, atMillis, new IntentExtracted(question, intent(), plan, "deterministic"));
    }

    public EventEnvelope<SchemaContextReady> schema(long atMillis, String question, WorkflowPlan plan) {
        return envelope(EventType.SCHEMA_CONTEXT_READY, atMillis, new SchemaContextReady(question, intent(), plan,
                "deterministic", new SchemaContext("sample", "fp", List.of(), List.of())));
    }

    public EventEnvelope<QueryBuilt> query(long atMillis, WorkflowPlan plan) {
        return envelope(EventType.QUERY_BUILT, atMillis, new QueryBuilt(plan, SQL,
                List.of(new SqlParameter("text", "CA")), StatementKind.READ, "counts customers in CA", "deterministic"));
    }

    public EventEnvelope<ExecutionCompleted> executed(long atMillis, long databaseMillis, int rows) {
        List<List<Object>> values = new java.util.ArrayList<>();
        for (int i = 0; i < rows; i++) {
            values.add(List.of(i, "row " + i));
        }
        return envelope(EventType.EXECUTION_COMPLETED, atMillis, new ExecutionCompleted(SQL,
                List.of(new ExecutionCompleted.ResultColumn("id", "int4"),
                        new ExecutionCompleted.ResultColumn("label", "text")),
                values, rows, false, 1000, databaseMillis, "deterministic"));
    }

    public EventEnvelope<RequestFailed> failed(long atMillis, Step step, ErrorCode code) {
        return envelope(EventType.REQUEST_FAILED, atMillis, new RequestFailed(step, code,
                "there is no column 'colour' in customers", "Ask about one of: name, state, city."));
    }

    public EventEnvelope<ClarificationNeeded> clarification(long atMillis, String question) {
        return envelope(EventType.CLARIFICATION_NEEDED, atMillis, new ClarificationNeeded(question,
                "'state' could mean a customer's state or an order's state",
                List.of(new ClarificationNeeded.ClarificationOption("customers.state", question + " by customer"))));
    }

    public <T> EventEnvelope<T> envelope(EventType type, long atMillis, T data) {
        sequence++;
        return new EventEnvelope<>(EventEnvelope.SPEC_VERSION, requestId + "-event-" + sequence, type.typeName(),
                "/pgwarden/test", T0.plusMillis(atMillis), type.version(), requestId, sessionId, userId, data);
    }

    private static Intent intent() {
        return new Intent(IntentType.SELECT, List.of("public.customers"), List.of("count"), List.of(),
                Complexity.SIMPLE, RiskLevel.LOW, new QuerySpec("public.customers", List.of(),
                        new Aggregate(Aggregate.Function.COUNT, null), List.of(), List.of(), null), 0.9);
    }
}
