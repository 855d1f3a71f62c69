package io.pgwarden.gateway.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.contracts.event.RollbackRequested;
import io.pgwarden.gateway.access.RequestAccess;
import io.pgwarden.gateway.auth.Caller;
import io.pgwarden.gateway.auth.CurrentCaller;
import io.pgwarden.gateway.internal.InternalServices;
import io.pgwarden.gateway.problem.Problem;
import io.pgwarden.gateway.problem.ProblemException;
import io.pgwarden.gateway.submit.Submitter;
import io.pgwarden.gateway.tracking.RequestSnapshot;
import io.pgwarden.gateway.tracking.RequestStatus;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** What a requester can do with their own write: undo it once committed, or cancel it while it runs. */
@Path("/api/v1/requests/{requestId}")
@Tag(name = "Writes", description = "Rollback of a committed write and cancellation of a running one.")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class WriteActionsResource {

    private static final int MAX_REASON = 500;

    private final RequestAccess access;
    private final Submitter submitter;
    private final Answers answers;
    private final InternalServices services;
    private final CurrentCaller caller;

    @Inject
    public WriteActionsResource(RequestAccess access, Submitter submitter, Answers answers,
            InternalServices services, CurrentCaller caller) {
        this.access = access;
        this.submitter = submitter;
        this.answers = answers;
        this.services = services;
        this.caller = caller;
    }

    @POST
    @Path("/rollback")
    @Operation(summary = "Undo a committed write from its pre-execution backup",
            description = "Starts a new request: execution-service checks the backup for rows changed since (and"
                    + " refuses unless applyDespiteConflicts is true), then the restore is approved like any write,"
                    + " restored in one transaction and verified by checksums. Answers 202 with the new request,"
                    + " usually awaiting approval.")
    @APIResponse(responseCode = "202", description = "The rollback request, as GET /requests/{id} shows it",
            content = @Content(schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "409", description = "The request is not a committed write (code CONFLICT)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CompletionStage<RestResponse<RequestView>> rollback(@PathParam("requestId") String requestId,
            Bodies.Rollback body) {
        Caller who = caller.get();
        RequestSnapshot original = access.visibleRequest(requestId, who);
        String backupId = original.write() == null || original.write().outcome() == null ? null
                : original.write().outcome().backupId();
        if (original.status() != RequestStatus.COMPLETED || backupId == null) {
            throw new ProblemException(ErrorCode.CONFLICT,
                    "request " + requestId + " is not a committed write with a backup (status " + original.status()
                            + ")",
                    "Only a write that completed can be rolled back; GET /api/v1/requests/" + requestId
                            + " shows where it stands.");
        }
        String reason = body == null || body.reason() == null ? null : body.reason().strip();
        if (reason != null && reason.length() > MAX_REASON) {
            throw new ProblemException(ErrorCode.BAD_REQUEST,
                    "the reason has " + reason.length() + " characters; at most " + MAX_REASON + " are kept",
                    "Shorten the reason.");
        }
        boolean override = body != null && Boolean.TRUE.equals(body.applyDespiteConflicts());
        return answers.awaitOutcome(submitter.rollback(who, original.sessionId(),
                new RollbackRequested(requestId, backupId, override, reason)));
    }

    @POST
    @Path("/cancel")
    @Operation(summary = "Cancel a write while it runs",
            description = "Cancels the statement in the database; its transaction rolls back, so nothing of it"
                    + " stays. A write still awaiting approval is withdrawn by denying it instead.")
    @APIResponse(responseCode = "409", description = "The request is not a running write (code CONFLICT)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public JsonNode cancel(@PathParam("requestId") String requestId) {
        Caller who = caller.get();
        RequestSnapshot request = access.visibleRequest(requestId, who);
        String approvalId = request.write() == null || request.write().approval() == null ? null
                : request.write().approval().approvalId();
        if (request.status() != RequestStatus.RUNNING || approvalId == null) {
            throw new ProblemException(ErrorCode.CONFLICT,
                    "request " + requestId + " is not an approved write that is running (status "
                            + request.status() + ")",
                    request.status() == RequestStatus.AWAITING_APPROVAL
                            ? "It has not started; an approver can deny it."
                            : "Nothing to cancel.");
        }
        return services.execution("/api/v1/executions/" + URLEncoder.encode(approvalId, StandardCharsets.UTF_8)
                + "/cancel", who, Map.of("requestId", requestId));
    }
}
