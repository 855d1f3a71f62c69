package io.pgwarden.gateway.submit;

import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.gateway.config.GatewayConfig;
import io.pgwarden.gateway.problem.ProblemException;
import java.util.Optional;
import java.util.regex.Pattern;

/** What a submission must look like before it enters the pipeline. */
public final class SubmissionRules {

    /** Session ids travel as Kafka keys and in URLs: keep them short and plain. */
    private static final Pattern SESSION_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

    private final int questionLength;
    private final int sqlLength;

    public SubmissionRules(int questionLength, int sqlLength) {
        this.questionLength = questionLength;
        this.sqlLength = sqlLength;
    }

    public static SubmissionRules from(GatewayConfig.Limits limits) {
        return new SubmissionRules(limits.questionLength(), limits.sqlLength());
    }

    /** @return the question, trimmed */
    public String question(String question) {
        if (question == null || question.isBlank()) {
            throw badRequest("question is required",
                    "Send {\"question\": \"...\"}, for example {\"question\": \"How many customers are there?\"}.");
        }
        String trimmed = question.strip();
        if (trimmed.length() > questionLength) {
            throw badRequest("question is " + trimmed.length() + " characters long; at most " + questionLength
                    + " are accepted", "Shorten the question, or split it into several questions.");
        }
        return trimmed;
    }

    /** @return the SQL, trimmed (the guard in query-service decides what it may do) */
    public String sql(String sql) {
        if (sql == null || sql.isBlank()) {
            throw badRequest("sql is required", "Send {\"sql\": \"SELECT ...\"}.");
        }
        String trimmed = sql.strip();
        if (trimmed.length() > sqlLength) {
            throw badRequest("sql is " + trimmed.length() + " characters long; at most " + sqlLength
                    + " are accepted", "Submit one shorter statement.");
        }
        return trimmed;
    }

    /** @return the session id when given and valid, empty when not given (a new session starts) */
    public Optional<String> sessionId(String sessionId) {
        if (sessionId == null) {
            return Optional.empty();
        }
        if (!SESSION_ID.matcher(sessionId).matches()) {
            throw badRequest("sessionId must be 1 to 128 letters, digits or . _ : - (starting with a letter or digit)",
                    "Leave sessionId out to start a new session, or reuse the sessionId of an earlier answer.");
        }
        return Optional.of(sessionId);
    }

    private static ProblemException badRequest(String detail, String hint) {
        return new ProblemException(ErrorCode.BAD_REQUEST, detail, hint);
    }
}
