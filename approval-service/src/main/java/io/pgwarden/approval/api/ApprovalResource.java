package io.pgwarden.approval.api;

import io.pgwarden.approval.decision.Decision;
import io.pgwarden.approval.decision.DecisionRequest;
import io.pgwarden.approval.decision.DecisionService;
import io.pgwarden.approval.messaging.OutboxRelay;
import io.pgwarden.approval.store.ApprovalRecord;
import io.pgwarden.approval.store.ApprovalStore;
import io.pgwarden.approval.store.Sql;
import io.pgwarden.approval.store.Transactions;
import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.kit.error.PipelineException;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The internal approval API the gateway calls: list and read requests, and decide on them. */
@Path("/internal/v1/approvals")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class ApprovalResource {

    private static final int LIST_LIMIT = 200;

    private final Transactions transactions;
    private final ApprovalStore store;
    private final DecisionService decisions;
    private final OutboxRelay relay;

    @Inject
    public ApprovalResource(Transactions transactions, ApprovalStore store, DecisionService decisions,
            OutboxRelay relay) {
        this.transactions = transactions;
        this.store = store;
        this.decisions = decisions;
        this.relay = relay;
    }

    /** The body of a decision. */
    public record DecisionBody(String decision, String comment, Boolean emergency) {
    }

    @GET
    public List<ApprovalView> list(@QueryParam("state") String state) {
        String which = state == null ? "open" : state.strip().toLowerCase(Locale.ROOT);
        if (!which.equals("open") && !which.equals("all")) {
            throw new PipelineException(ErrorCode.BAD_REQUEST, "state must be open or all, not " + state + ".",
                    "Use ?state=open for requests waiting for a decision, ?state=all for every request.");
        }
        return transactions.inTransaction(connection -> {
            List<ApprovalView> views = new ArrayList<>();
            for (ApprovalRecord record : store.list(connection, which.equals("open"), LIST_LIMIT)) {
                views.add(view(connection, record));
            }
            return views;
        });
    }

    @GET
    @Path("/{approvalId}")
    public ApprovalView get(@PathParam("approvalId") String approvalId) {
        return transactions.inTransaction(connection -> found(connection, store.find(connection, approvalId),
                "There is no approval request " + approvalId + "."));
    }

    @GET
    @Path("/by-request/{requestId}")
    public ApprovalView byRequest(@PathParam("requestId") String requestId) {
        return transactions.inTransaction(connection -> found(connection,
                store.findByRequest(connection, requestId),
                "Request " + requestId + " has no approval request (yet, or it is not a write)."));
    }

    @POST
    @Path("/{approvalId}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    public ApprovalView decide(@PathParam("approvalId") String approvalId, @HeaderParam(Actors.USER) String user,
            @HeaderParam(Actors.ROLES) String roles, DecisionBody body) {
        DecisionRequest request = parse(body);
        DecisionService.Decided decided = decisions.decide(approvalId, Actors.of(user, roles), request,
                Sql.micros(Instant.now()));
        relay.flush();
        return ApprovalView.of(decided.record(), decided.votes());
    }

    private static DecisionRequest parse(DecisionBody body) {
        if (body == null || body.decision() == null) {
            throw new PipelineException(ErrorCode.BAD_REQUEST, "The decision is missing.",
                    "Send {\"decision\": \"APPROVE\" or \"DENY\", \"comment\": \"...\", \"emergency\": false}.");
        }
        Decision decision;
        try {
            decision = Decision.valueOf(body.decision().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new PipelineException(ErrorCode.BAD_REQUEST,
                    "decision must be APPROVE or DENY, not " + body.decision() + ".",
                    "Send {\"decision\": \"APPROVE\"} or {\"decision\": \"DENY\", \"comment\": \"why\"}.");
        }
        return new DecisionRequest(decision, body.comment(), Boolean.TRUE.equals(body.emergency()));
    }

    private ApprovalView found(Connection connection, Optional<ApprovalRecord> record, String missing)
            throws SQLException {
        if (record.isEmpty()) {
            throw new PipelineException(ErrorCode.NOT_FOUND, missing,
                    "Check the id; GET /internal/v1/approvals lists the open requests.");
        }
        return view(connection, record.get());
    }

    private ApprovalView view(Connection connection, ApprovalRecord record) throws SQLException {
        return ApprovalView.of(record, store.votes(connection, record.approvalId()));
    }
}
