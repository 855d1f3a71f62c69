package io.pgwarden.gateway.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem document, the body of every error response, extended with the pgwarden error {@code code}
 * (an {@link io.pgwarden.contracts.error.ErrorCode} name) and a {@code hint} saying what to do next.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details, served as application/problem+json.")
public record Problem(
        @Schema(description = "URI identifying the problem type", examples = "urn:pgwarden:problem:bad-request")
        String type,
        @Schema(description = "Short summary of the problem type", examples = "Bad request")
        String title,
        @Schema(description = "HTTP status code", examples = "400")
        int status,
        @Schema(description = "What went wrong with this request", examples = "question is required")
        String detail,
        @Schema(description = "The request path the problem occurred on", examples = "/api/v1/ask")
        String instance,
        @Schema(description = "pgwarden error code (ErrorCode name)", examples = "BAD_REQUEST")
        String code,
        @Schema(description = "What the caller can do next", examples = "Send {\"question\": \"...\"}.")
        String hint) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem at(String path) {
        return new Problem(type, title, status, detail, path, code, hint);
    }
}
