package io.pgwarden.gateway.api;

import io.pgwarden.gateway.auth.CurrentCaller;
import io.pgwarden.gateway.problem.Problem;
import io.pgwarden.gateway.submit.CacheDirective;
import io.pgwarden.gateway.submit.Submitter;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1")
@Tag(name = "Ask", description = "Questions in plain language and submitted SQL, answered when ready.")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AskResource {

    /** Shared by the endpoints that accept a read-cache opt-out. */
    static final String CACHE_CONTROL_HELP = "no-cache: do not answer from the read cache (results up to 5 minutes"
            + " old), run the read again; no-store: also do not keep this result";

    private final Submitter submitter;
    private final Answers answers;
    private final CurrentCaller caller;

    @Inject
    public AskResource(Submitter submitter, Answers answers, CurrentCaller caller) {
        this.submitter = submitter;
        this.answers = answers;
        this.caller = caller;
    }

    @POST
    @Path("/ask")
    @Blocking
    @Operation(summary = "Ask a question and wait for the answer",
            description = "Publishes the question and waits (pgwarden.gateway.answer-wait, default 30s) for the"
                    + " request to end. Ends with status COMPLETED (rows), FAILED (error) or NEEDS_CLARIFICATION"
                    + " (options to ask instead). If the wait runs out, answers 202 with status RUNNING and a"
                    + " Location to poll.")
    @APIResponse(responseCode = "200", description = "The request ended",
            content = @Content(schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "202", description = "Still running; poll the Location",
            content = @Content(schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "429", description = "More submissions this minute than the limit (code BUSY)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CompletionStage<RestResponse<RequestView>> ask(Bodies.Ask body,
            @Parameter(description = CACHE_CONTROL_HELP) @HeaderParam(HttpHeaders.CACHE_CONTROL) String cacheControl) {
        Bodies.Ask ask = body == null ? new Bodies.Ask(null, null, null) : body;
        return answers.awaitOutcome(submitter.ask(caller.get(), ask.question(), ask.sessionId(),
                CacheDirective.of(cacheControl, ask.cache())));
    }

    @POST
    @Path("/sql")
    @Blocking
    @Operation(summary = "Submit SQL and wait for the answer",
            description = "Publishes the statement; it enters the lifecycle at the query step and passes the same"
                    + " SQL guard as generated SQL. Waits and answers like /ask.")
    @APIResponse(responseCode = "200", description = "The request ended",
            content = @Content(schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "202", description = "Still running; poll the Location",
            content = @Content(schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "429", description = "More submissions this minute than the limit (code BUSY)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CompletionStage<RestResponse<RequestView>> sql(Bodies.Sql body,
            @Parameter(description = CACHE_CONTROL_HELP) @HeaderParam(HttpHeaders.CACHE_CONTROL) String cacheControl) {
        Bodies.Sql sql = body == null ? new Bodies.Sql(null, null, null) : body;
        return answers.awaitOutcome(submitter.submitSql(caller.get(), sql.sql(), sql.sessionId(),
                CacheDirective.of(cacheControl, sql.cache())));
    }
}
