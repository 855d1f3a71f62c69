package io.pgwarden.gateway.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pgwarden.contracts.event.EventCodec;
import io.pgwarden.contracts.event.EventEnvelope;
import io.pgwarden.gateway.access.RequestAccess;
import io.pgwarden.gateway.auth.CurrentCaller;
import io.pgwarden.gateway.problem.Problem;
import io.pgwarden.gateway.tracking.LifecycleListener;
import io.pgwarden.gateway.tracking.RequestSnapshot;
import io.pgwarden.gateway.tracking.RequestTracker;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/requests/{requestId}")
@Tag(name = "Requests", description = "A request's state, answer and lifecycle events.")
public class RequestResource {

    /** The SSE event that closes every stream, carrying the request as GET /requests/{id} shows it. */
    public static final String RESULT_EVENT = "result";

    private final RequestAccess access;
    private final RequestTracker tracker;
    private final CurrentCaller caller;
    private final ObjectMapper json;

    @Inject
    public RequestResource(RequestAccess access, RequestTracker tracker, CurrentCaller caller, ObjectMapper json) {
        this.access = access;
        this.tracker = tracker;
        this.caller = caller;
        this.json = json;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A request's current state and, once ended, its answer",
            description = "Same shape as the answer of /ask. Answered from memory while the request is recent,"
                    + " from the history database otherwise (result rows capped there). Own requests only.")
    @APIResponse(responseCode = "200", description = "The request",
            content = @Content(schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "404", description = "No such request (code NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RequestView get(@PathParam("requestId") String requestId) {
        return RequestView.of(access.visibleRequest(requestId, caller.get()));
    }

    @GET
    @Path("/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    @Operation(summary = "Stream a request's lifecycle events (Server-Sent Events)",
            description = "Replays the events seen so far, then streams new ones live. Each SSE event is named by"
                    + " the event type (for example pgwarden.query.built) and its data is the CloudEvents envelope"
                    + " as JSON. After the terminal event a last event named 'result' carries the request in the"
                    + " shape of GET /requests/{id}; then the stream closes. Browsers may pass the token as"
                    + " ?token= since EventSource cannot set headers.")
    @APIResponse(responseCode = "200", description = "text/event-stream of lifecycle events",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
                    schema = @Schema(type = SchemaType.STRING,
                            description = "event: <event type>\ndata: <envelope JSON>, ... then event: result")))
    @APIResponse(responseCode = "404", description = "No such request (code NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Multi<OutboundSseEvent> events(@PathParam("requestId") String requestId, @Context Sse sse) {
        RequestSnapshot known = access.visibleRequest(requestId, caller.get());
        return Multi.createFrom().emitter(emitter -> {
            Optional<Runnable> following = tracker.subscribe(requestId, new SseRelay(emitter, sse, json));
            if (following.isPresent()) {
                emitter.onTermination(following.get());
            } else {
                // Not followed in memory any more: the history has only the outcome, not the events.
                emitter.emit(result(sse, json, known));
                emitter.complete();
            }
        });
    }

    /** Written as text here, like the envelopes, so every event's data line is plain JSON. */
    private static OutboundSseEvent result(Sse sse, ObjectMapper json, RequestSnapshot snapshot) {
        try {
            return sse.newEventBuilder()
                    .name(RESULT_EVENT)
                    .data(json.writeValueAsString(RequestView.of(snapshot)))
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("request " + snapshot.requestId() + " cannot be written as JSON", e);
        }
    }

    /** Hands each lifecycle event to the SSE stream; ends the stream with the result. */
    private record SseRelay(MultiEmitter<? super OutboundSseEvent> emitter, Sse sse, ObjectMapper json)
            implements LifecycleListener {

        @Override
        public void onEvent(EventEnvelope<?> event) {
            emitter.emit(sse.newEventBuilder()
                    .id(event.id())
                    .name(event.type())
                    .data(EventCodec.encode(event))
                    .build());
        }

        @Override
        public void onEnd(RequestSnapshot snapshot) {
            emitter.emit(result(sse, json, snapshot));
            emitter.complete();
        }
    }
}
