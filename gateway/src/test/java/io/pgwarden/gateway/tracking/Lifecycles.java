package io.pgwarden.gateway.tracking;

import io.pgwarden.contracts.approval.ApprovalLevel;
import io.pgwarden.contracts.approval.ApprovalOutcome;
import io.pgwarden.contracts.event.ApprovalDecided;
import io.pgwarden.contracts.event.ApprovalRequested;
import io.pgwarden.contracts.event.ImpactAssessed;
import io.pgwarden.contracts.event.WriteExecuted;
import io.pgwarden.contracts.impact.ImpactMethod;
import io.pgwarden.contracts.impact.ImpactReport;
import io.pgwarden.contracts.impact.TableImpact;
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

    /** The plan every executed read of these lifecycles reports. */
    public static final ExecutionCompleted.QueryPlan PLAN = new ExecutionCompleted.QueryPlan(1243.0, 25,
            List.of("public.orders is scanned in full (≈50,000 rows) to filter on customer_id;"
                    + " an index on orders(customer_id) would avoid it"));

    public EventEnvelope<ExecutionCompleted> executed(long atMillis, long databaseMillis, int rows) {
        List<List<Object>> values = new java.util.ArrayList<>();
        for (int i = 0; i < rows; i++) {
            values.add(List.of(i, "row " + i));
        }
        return envelope(EventType.EXECUTION_COMPLETED, atMillis, new ExecutionCompleted(SQL,
                List.of(new ExecutionCompleted.ResultColumn("id", "int4"),
                        new ExecutionCompleted.ResultColumn("label", "text")),
                values, rows, false, 1000, databaseMillis, "deterministic", false, PLAN));
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

    public static final String DELETE_SQL = "DELETE FROM public.orders WHERE status = ?";

    public EventEnvelope<ImpactAssessed> impact(long atMillis) {
        return envelope(EventType.IMPACT_ASSESSED, atMillis, new ImpactAssessed(WorkflowPlan.writeFromSql(),
                DELETE_SQL, List.of(new SqlParameter("text", "cancelled")), StatementKind.DELETE,
                "deletes cancelled orders", "user", "127.0.0.1:15432/sample", impactReport(), null));
    }

    public EventEnvelope<ApprovalRequested> approvalRequested(long atMillis) {
        return envelope(EventType.APPROVAL_REQUESTED, atMillis, new ApprovalRequested("appr-1",
                ApprovalLevel.TEAM_LEAD, RiskLevel.MEDIUM, 130, "hash", T0.plusSeconds(1800), T0.plusSeconds(86400),
                "DELETE on public.orders: 130 rows in 2 tables, MEDIUM"));
    }

    public EventEnvelope<ApprovalDecided> approvalDecided(long atMillis, ApprovalOutcome outcome) {
        return envelope(EventType.APPROVAL_DECIDED, atMillis, new ApprovalDecided("appr-1", outcome,
                ApprovalLevel.TEAM_LEAD, List.of("bob"), "ok", false, false, "hash", WorkflowPlan.writeFromSql(),
                DELETE_SQL, List.of(new SqlParameter("text", "cancelled")), StatementKind.DELETE, "user",
                "127.0.0.1:15432/sample", impactReport(), null));
    }

    public EventEnvelope<WriteExecuted> writeExecuted(long atMillis) {
        return envelope(EventType.WRITE_EXECUTED, atMillis, new WriteExecuted("appr-1", DELETE_SQL,
                impactReport().tables(), 130, 42, "backup-1", 777, "0/16B3748", T0.plusMillis(atMillis), null));
    }

    public static ImpactReport impactReport() {
        return new ImpactReport(ImpactMethod.DRY_RUN, null,
                List.of(new TableImpact("public.orders", 0, 0, 30, "statement"),
                        new TableImpact("public.order_items", 0, 0, 100, "cascade")),
                130, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), false, false,
                RiskLevel.MEDIUM, List.of("130 rows"), "pre-images of 130 rows", List.of());
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
