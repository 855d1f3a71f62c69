package io.pgwarden.gateway.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.pgwarden.contracts.error.ErrorCode;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place exceptions become HTTP responses: always an RFC 9457 problem document, never a stack trace.
 * Unexpected exceptions are logged with an id the user can quote.
 */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);

    @ServerExceptionMapper
    public RestResponse<Problem> problem(ProblemException e, UriInfo uri) {
        RestResponse.ResponseBuilder<Problem> response = respond(e.toProblem(), uri);
        e.headers().forEach(response::header);
        return response.build();
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unreadableJson(JsonProcessingException e, UriInfo uri) {
        return respond(Problems.of(ErrorCode.BAD_REQUEST, describeUnreadableJson(e),
                "Send a JSON object such as {\"question\": \"How many customers are there?\"}."), uri).build();
    }

    /** Quarkus maps this subtype itself (an empty 400); taking it here keeps the problem body. */
    @ServerExceptionMapper
    public RestResponse<Problem> mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> framework(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        return respond(Problems.forStatus(status, frameworkDetail(status, uri)), uri).build();
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unexpected(Throwable e, UriInfo uri) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected error on %s (incident %s)", uri.getPath(), incident);
        return respond(Problems.of(ErrorCode.INTERNAL, "An unexpected error occurred (incident " + incident + ").",
                "Try again; if it keeps failing, give the incident id to an operator."), uri).build();
    }

    /**
     * Says where the JSON is wrong without echoing Jackson's message, which names Java classes.
     */
    static String describeUnreadableJson(JsonProcessingException e) {
        if (e instanceof MismatchedInputException mismatch && mismatch.getPath().isEmpty()) {
            return "the request body must be a JSON object";
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                    .orElse("?");
            return "the request body has a wrong value for '" + field + "'";
        }
        JsonLocation location = e.getLocation();
        if (location != null && location.getLineNr() > 0) {
            return "the request body is not valid JSON (line " + location.getLineNr() + ", column "
                    + location.getColumnNr() + ")";
        }
        return "the request body is not valid JSON";
    }

    private static String frameworkDetail(int status, UriInfo uri) {
        return switch (status) {
            case 404 -> "nothing is served at " + uri.getPath();
            case 405 -> "this method is not allowed on " + uri.getPath();
            case 406 -> "the requested media type cannot be produced by " + uri.getPath();
            case 415 -> "the request body's media type is not supported by " + uri.getPath();
            default -> "the request cannot be processed (HTTP " + status + ")";
        };
    }

    private static RestResponse.ResponseBuilder<Problem> respond(Problem problem, UriInfo uri) {
        return RestResponse.ResponseBuilder.<Problem>create(problem.status())
                .entity(problem.at(uri.getPath()))
                .type(Problem.MEDIA_TYPE);
    }
}
