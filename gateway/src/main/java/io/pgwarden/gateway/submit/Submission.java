package io.pgwarden.gateway.submit;

import io.pgwarden.gateway.tracking.RequestSnapshot;
import java.util.concurrent.CompletableFuture;

/**
 * A request that entered the pipeline.
 *
 * @param accepted the request as submitted (RUNNING)
 * @param end      completes with the final snapshot when the request ends; shared, so callers must not complete it
 */
public record Submission(RequestSnapshot accepted, CompletableFuture<RequestSnapshot> end) {
}
