package io.pgwarden.gateway.api;

import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.contracts.event.ClarificationNeeded.ClarificationOption;
import io.pgwarden.gateway.access.RequestAccess;
import io.pgwarden.gateway.auth.Caller;
import io.pgwarden.gateway.auth.CurrentCaller;
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
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The user's answer to a clarification continues the same request, so one question has one history entry. */
@Path("/api/v1/requests/{requestId}/clarify")
@Tag(name = "Ask")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class ClarifyResource {

    private final RequestAccess access;
    private final Submitter submitter;
    private final Answers answers;
    private final CurrentCaller caller;

    @Inject
    public ClarifyResource(RequestAccess access, Submitter submitter, Answers answers, CurrentCaller caller) {
        this.access = access;
        this.submitter = submitter;
        this.answers = answers;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Answer a clarification and continue the same request",
            description = "For a request that ended NEEDS_CLARIFICATION: {\"option\": n} takes the n-th offered"
                    + " option (1 = first), {\"question\": \"...\"} asks in your own words. The request runs again"
                    + " under the same requestId and answers like /ask.")
    @APIResponse(responseCode = "200", description = "The request ended",
            content = @Content(schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "400", description = "No such option, or neither option nor question (BAD_REQUEST)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The request is not waiting for a clarification (CONFLICT)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CompletionStage<RestResponse<RequestView>> clarify(@PathParam("requestId") String requestId,
            Bodies.Clarify body) {
        Caller who = caller.get();
        RequestSnapshot waiting = access.visibleRequest(requestId, who);
        if (waiting.status() != RequestStatus.NEEDS_CLARIFICATION || waiting.clarification() == null) {
            throw new ProblemException(ErrorCode.CONFLICT,
                    "request " + requestId + " is not waiting for a clarification (status " + waiting.status() + ")",
                    "Ask a new question with POST /api/v1/ask.");
        }
        return answers.awaitOutcome(submitter.clarify(who, waiting, chosenQuestion(waiting, body)));
    }

    private static String chosenQuestion(RequestSnapshot waiting, Bodies.Clarify body) {
        List<ClarificationOption> options = waiting.clarification().options();
        if (body != null && body.question() != null && !body.question().isBlank()) {
            return body.question();
        }
        if (body != null && body.option() != null && body.option() >= 1 && body.option() <= options.size()) {
            return options.get(body.option() - 1).question();
        }
        String offered = IntStream.range(0, options.size())
                .mapToObj(i -> (i + 1) + " = " + options.get(i).label())
                .collect(Collectors.joining(", "));
        throw new ProblemException(ErrorCode.BAD_REQUEST,
                "choose one of the " + options.size() + " options (" + offered + ") or give a question",
                "Send {\"option\": 1} for the first option, or {\"question\": \"...\"} in your own words.");
    }
}
