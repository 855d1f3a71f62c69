package io.pgwarden.approval.api;

import io.pgwarden.contracts.error.ErrorCode;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The error body of the internal API: what went wrong and what to do, never a stack trace. */
public record ApiError(String code, String message, String hint) {

    public static Response response(ErrorCode code, String message, String hint) {
        return Response.status(code.httpStatus()).type(MediaType.APPLICATION_JSON)
                .entity(new ApiError(code.name(), message, hint)).build();
    }
}
