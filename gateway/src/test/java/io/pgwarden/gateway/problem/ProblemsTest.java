package io.pgwarden.gateway.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pgwarden.contracts.error.ErrorCode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProblemsTest {

    @Test
    void aProblemCarriesTheCodeItsStatusTitleAndHint() {
        Problem problem = Problems.of(ErrorCode.DEPENDENCY_DOWN, "the event broker is unavailable; retry",
                "Retry in a moment.");

        assertThat(problem).isEqualTo(new Problem("urn:pgwarden:problem:dependency-down",
                "A dependency is unavailable", 503, "the event broker is unavailable; retry", null,
                "DEPENDENCY_DOWN", "Retry in a moment."));
        assertThat(problem.at("/api/v1/ask").instance()).isEqualTo("/api/v1/ask");
    }

    @Test
    void rateLimitingIsATooManyRequestsProblemWithTheBusyCode() {
        ProblemException e = new ProblemException(ErrorCode.BUSY, 429, "more than 30 submissions in one minute",
                "Wait 12s and submit again.", Map.of("Retry-After", "12"));

        assertThat(e.toProblem()).isEqualTo(new Problem("urn:pgwarden:problem:busy", "Too many requests", 429,
                "more than 30 submissions in one minute", null, "BUSY", "Wait 12s and submit again."));
    }

    @Test
    void frameworkStatusesBecomeProblemsWithAnErrorCode() {
        assertThat(Problems.forStatus(404, "nothing is served at /x"))
                .extracting(Problem::status, Problem::code, Problem::title)
                .containsExactly(404, "NOT_FOUND", "Not found");
        assertThat(Problems.forStatus(405, "m")).extracting(Problem::type, Problem::code)
                .containsExactly("urn:pgwarden:problem:method-not-allowed", "BAD_REQUEST");
        assertThat(Problems.forStatus(415, "m").hint())
                .isEqualTo("Send the body as JSON with Content-Type: application/json.");
        assertThat(Problems.codeFor(409)).isEqualTo(ErrorCode.CONFLICT);
        assertThat(Problems.codeFor(502)).isEqualTo(ErrorCode.INTERNAL);
        assertThat(Problems.codeFor(418)).isEqualTo(ErrorCode.BAD_REQUEST);
    }

    @Test
    void unreadableJsonIsDescribedByPositionWithoutJavaClassNames() {
        JsonProcessingException broken = readFailure("{\"question\": ", Body.class);

        assertThat(ProblemExceptionMappers.describeUnreadableJson(broken))
                .isEqualTo("the request body is not valid JSON (line 1, column 14)");
    }

    @Test
    void aWrongValueIsDescribedByTheFieldItIsIn() {
        JsonProcessingException wrongType = readFailure("{\"question\": {\"a\": 1}}", Body.class);

        assertThat(ProblemExceptionMappers.describeUnreadableJson(wrongType))
                .isEqualTo("the request body has a wrong value for 'question'");
    }

    @Test
    void aBodyThatIsNotAnObjectIsSaidToNeedOne() {
        JsonProcessingException array = readFailure("[1]", Body.class);

        assertThat(ProblemExceptionMappers.describeUnreadableJson(array))
                .isEqualTo("the request body must be a JSON object");
    }

    @Test
    void aProblemDocumentLeavesOutWhatItDoesNotKnow() throws Exception {
        String json = new ObjectMapper().writeValueAsString(Problems.of(ErrorCode.NOT_FOUND, "no request", null));

        assertThat(json).isEqualTo("{\"type\":\"urn:pgwarden:problem:not-found\",\"title\":\"Not found\","
                + "\"status\":404,\"detail\":\"no request\",\"code\":\"NOT_FOUND\"}");
    }

    record Body(String question) {
    }

    private static JsonProcessingException readFailure(String json, Class<?> type) {
        try {
            new ObjectMapper().readValue(json, type);
            throw new AssertionError("expected " + json + " to be unreadable");
        } catch (JsonProcessingException e) {
            return e;
        }
    }
}
