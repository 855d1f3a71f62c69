package io.pgwarden.approval.api;

import io.pgwarden.approval.store.StoreException;
import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.kit.error.PipelineException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns refusals and failures into {@link ApiError} bodies with the error code's HTTP status. */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @ServerExceptionMapper
    public Response refused(PipelineException e) {
        return ApiError.response(e.code(), e.getMessage(), e.hint());
    }

    @ServerExceptionMapper
    public Response storeDown(StoreException e) {
        LOG.errorf(e, "approval store failure");
        return ApiError.response(ErrorCode.DEPENDENCY_DOWN,
                "The approval store (system database) is unavailable; nothing was changed.",
                "Try again shortly; an operator should check the system database.");
    }
}
