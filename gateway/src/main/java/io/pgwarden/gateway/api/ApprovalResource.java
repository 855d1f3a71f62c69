package io.pgwarden.gateway.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.pgwarden.contracts.approval.ApprovalLevel;
import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.gateway.auth.Caller;
import io.pgwarden.gateway.auth.CurrentCaller;
import io.pgwarden.gateway.internal.InternalServices;
import io.pgwarden.gateway.problem.Problem;
import io.pgwarden.gateway.problem.ProblemException;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Human decisions on writes. approval-service owns the rules (levels, separation of duties, expiry, emergency
 * override); the gateway authenticates the person and forwards who they are.
 */
@Path("/api/v1")
@Tag(name = "Approvals", description = "Writes waiting for a human decision, decisions, notifications and audit.")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class ApprovalResource {

    private final InternalServices services;
    private final CurrentCaller caller;

    @Inject
    public ApprovalResource(InternalServices services, CurrentCaller caller) {
        this.services = services;
        this.caller = caller;
    }

    @GET
    @Path("/approvals")
    @Operation(summary = "Approval requests with their impact",
            description = "state=open (default): PENDING and ESCALATED requests; state=all: also decided ones."
                    + " Approvers see every request; others see their own.")
    public JsonNode list(@QueryParam("state") @DefaultValue("open") String state) {
        Caller who = caller.get();
        JsonNode all = services.approvals("/internal/v1/approvals?state=" + encode(state), who);
        if (isApprover(who) || !all.isArray()) {
            return all;
        }
        // Someone who approves nothing sees only their own writes: others' statements may name sensitive values.
        ArrayNode own = JsonNodeFactory.instance.arrayNode();
        all.forEach(approval -> {
            if (who.userId().equals(approval.path("requester").asText())) {
                own.add(approval);
            }
        });
        return own;
    }

    @GET
    @Path("/approvals/{approvalId}")
    @Operation(summary = "One approval request: statement, impact, routing, deadlines and decisions so far")
    @APIResponse(responseCode = "404", description = "No such approval (code NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public JsonNode get(@PathParam("approvalId") String approvalId) {
        Caller who = caller.get();
        JsonNode approval = services.approvals("/internal/v1/approvals/" + encode(approvalId), who);
        if (!isApprover(who) && !who.userId().equals(approval.path("requester").asText())) {
            throw new ProblemException(ErrorCode.FORBIDDEN, "approval " + approvalId + " is another user's write",
                    "Approvers (team-lead, manager, director) see every approval; you see your own.");
        }
        return approval;
    }

    @POST
    @Path("/approvals/{approvalId}/approve")
    @Operation(summary = "Approve a write",
            description = "Refused (403) for your own request or below the required level; refused (409) when the"
                    + " request was already decided or has expired. An emergency override needs a second, distinct"
                    + " senior approver.")
    @APIResponse(responseCode = "200", description = "The approval request after the decision")
    @APIResponse(responseCode = "403", description = "Not allowed to decide (code FORBIDDEN)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already decided or expired (code CONFLICT)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public JsonNode approve(@PathParam("approvalId") String approvalId, Bodies.Decision body) {
        return decide(approvalId, "APPROVE", body);
    }

    @POST
    @Path("/approvals/{approvalId}/deny")
    @Operation(summary = "Deny a write; nothing runs and the requester sees the comment")
    @APIResponse(responseCode = "200", description = "The approval request after the decision")
    @APIResponse(responseCode = "403", description = "Not allowed to decide (code FORBIDDEN)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already decided or expired (code CONFLICT)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public JsonNode deny(@PathParam("approvalId") String approvalId, Bodies.Decision body) {
        return decide(approvalId, "DENY", body);
    }

    @GET
    @Path("/notifications")
    @Operation(summary = "Your in-app notifications: approvals to decide, escalations, decisions on your writes")
    public JsonNode notifications() {
        var who = caller.get();
        return services.approvals("/internal/v1/notifications?user=" + encode(who.userId()) + "&roles="
                + encode(String.join(",", who.roles())), who);
    }

    @GET
    @Path("/audit/verify")
    @Operation(summary = "Verify the audit log's hash chain",
            description = "Walks the append-only audit log and reports whether any row was edited or deleted, and"
                    + " the first row where the chain breaks.")
    public JsonNode verifyAudit() {
        Caller who = caller.get();
        if (!isApprover(who)) {
            throw new ProblemException(ErrorCode.FORBIDDEN, "verifying the audit log is for approvers",
                    "Ask a team lead, manager or director, or an operator.");
        }
        return services.approvals("/internal/v1/audit/verify", who);
    }

    private static boolean isApprover(Caller who) {
        return Arrays.stream(ApprovalLevel.values()).anyMatch(level -> who.roles().contains(level.role()));
    }

    private JsonNode decide(String approvalId, String decision, Bodies.Decision body) {
        Map<String, Object> forwarded = new LinkedHashMap<>();
        forwarded.put("decision", decision);
        forwarded.put("comment", body == null ? null : body.comment());
        forwarded.put("emergency", body != null && Boolean.TRUE.equals(body.emergency()));
        return services.approvals("/internal/v1/approvals/" + encode(approvalId) + "/decisions", caller.get(),
                forwarded);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
