package io.pgwarden.gateway.api;

import io.pgwarden.gateway.access.RequestAccess;
import io.pgwarden.gateway.auth.Caller;
import io.pgwarden.gateway.auth.CurrentCaller;
import io.pgwarden.gateway.problem.Problem;
import io.pgwarden.gateway.store.RequestHistory;
import io.pgwarden.gateway.submit.CacheDirective;
import io.pgwarden.gateway.submit.Submission;
import io.pgwarden.gateway.submit.Submitter;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/sessions/{sessionId}")
@Tag(name = "Sessions", description = "Conversations: ask within one without waiting, and read its history.")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    private final Submitter submitter;
    private final RequestAccess access;
    private final RequestHistory history;
    private final CurrentCaller caller;

    @Inject
    public SessionResource(Submitter submitter, RequestAccess access, RequestHistory history, CurrentCaller caller) {
        this.submitter = submitter;
        this.access = access;
        this.history = history;
        this.caller = caller;
    }

    @POST
    @Path("/questions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask a question in a session without waiting",
            description = "Publishes the question and answers at once with 202 and the requestId. Follow it with"
                    + " GET /api/v1/requests/{requestId}, its /events stream, or the session's WebSocket.")
    @APIResponse(responseCode = "202", description = "Accepted; Location names the request",
            content = @Content(schema = @Schema(implementation = Bodies.Accepted.class)))
    @APIResponse(responseCode = "429", description = "More submissions this minute than the limit (code BUSY)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<Bodies.Accepted> ask(
            @Parameter(description = "The session; a new id starts a new session") @PathParam("sessionId")
            String sessionId,
            Bodies.SessionQuestion body,
            @Parameter(description = AskResource.CACHE_CONTROL_HELP) @HeaderParam(HttpHeaders.CACHE_CONTROL)
            String cacheControl) {
        Submission submission = submitter.ask(caller.get(), body == null ? null : body.question(), sessionId,
                CacheDirective.of(cacheControl, body == null ? null : body.cache()));
        var accepted = submission.accepted();
        return RestResponse.ResponseBuilder
                .accepted(new Bodies.Accepted(accepted.requestId(), accepted.sessionId(), accepted.status().name()))
                .header(HttpHeaders.LOCATION, Answers.location(accepted.requestId()))
                .build();
    }

    @GET
    @Path("/requests")
    @Operation(summary = "A session's request history, newest first",
            description = "At most pgwarden.gateway.history.page-size requests (default 50). Only the session's"
                    + " owner (the user of its first request) may read it.")
    @APIResponse(responseCode = "200", description = "The history (empty for an unused session)",
            content = @Content(schema = @Schema(implementation = Bodies.SessionHistory.class)))
    public Bodies.SessionHistory requests(@PathParam("sessionId") String sessionId) {
        Caller me = caller.get();
        access.checkSession(sessionId, me);
        try {
            return new Bodies.SessionHistory(sessionId,
                    history.ofSession(sessionId).stream().map(RequestSummary::of).toList());
        } catch (RuntimeException e) {
            throw RequestAccess.historyDown(e);
        }
    }
}
