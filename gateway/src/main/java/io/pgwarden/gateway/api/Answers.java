package io.pgwarden.gateway.api;

import io.pgwarden.gateway.config.GatewayConfig;
import io.pgwarden.gateway.submit.Submission;
import io.pgwarden.gateway.tracking.RequestSnapshot;
import io.pgwarden.gateway.tracking.RequestTracker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Turns a submission into the HTTP answer: the outcome when the request ends within the wait, else 202 with the
 * request as it stands and where to poll; a write that starts waiting for an approval answers 202 at once, with its
 * impact and the approval to wait for. Waiting holds no thread.
 */
@ApplicationScoped
public class Answers {

    private final RequestTracker tracker;
    private final GatewayConfig config;

    @Inject
    public Answers(RequestTracker tracker, GatewayConfig config) {
        this.tracker = tracker;
        this.config = config;
    }

    public CompletionStage<RestResponse<RequestView>> awaitOutcome(Submission submission) {
        String requestId = submission.accepted().requestId();
        // A copy, because completing the shared future on timeout would end the request for everyone else.
        return submission.end().copy()
                .completeOnTimeout(null, config.answerWait().toMillis(), TimeUnit.MILLISECONDS)
                .thenApply(settled -> settled != null && settled.status().done() ? RestResponse.ok(RequestView.of(settled))
                        : stillRunning(tracker.snapshot(requestId).orElse(settled != null ? settled
                                : submission.accepted())));
    }

    public static RestResponse<RequestView> stillRunning(RequestSnapshot snapshot) {
        return RestResponse.ResponseBuilder.<RequestView>accepted(RequestView.of(snapshot))
                .header(HttpHeaders.LOCATION, location(snapshot.requestId()))
                .build();
    }

    /**
     * Relative (RFC 9110 allows it): an absolute one would need the HTTP request, which a wait that ran out no
     * longer has at hand.
     */
    public static String location(String requestId) {
        return "/api/v1/requests/" + requestId;
    }
}
