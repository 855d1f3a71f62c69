package io.pgwarden.contracts.event;

import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.contracts.plan.Step;

/**
 * A step could not go on; the request ends here and nothing was changed. Emitted by whichever service failed;
 * consumed by the gateway, which shows the message and hint to the user. Topic {@code pgwarden.request.failed.v1}.
 *
 * @param step    the step that failed
 * @param code    the error category
 * @param message what went wrong, in words a user understands
 * @param hint    what the user can do next
 */
public record RequestFailed(Step step, ErrorCode code, String message, String hint) {
}
