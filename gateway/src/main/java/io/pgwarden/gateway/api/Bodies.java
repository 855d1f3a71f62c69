package io.pgwarden.gateway.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and small response bodies of the API. */
public final class Bodies {

    private Bodies() {
    }

    @Schema(name = "AskBody")
    public record Ask(
            @Schema(description = "The question in plain language, at most 2000 characters", required = true,
                    examples = "How many customers are there in each state?") String question,
            @Schema(description = "Continue this session; leave out to start a new one") String sessionId,
            @Schema(description = "false: do not answer from the read cache, run the read again (like the header"
                    + " Cache-Control: no-cache); leave out to accept a cached result up to 5 minutes old")
            Boolean cache) {
    }

    @Schema(name = "SessionQuestionBody")
    public record SessionQuestion(
            @Schema(description = "The question in plain language, at most 2000 characters", required = true,
                    examples = "Which products cost more than 100?") String question,
            @Schema(description = "false: do not answer from the read cache, run the read again (like the header"
                    + " Cache-Control: no-cache); leave out to accept a cached result up to 5 minutes old")
            Boolean cache) {
    }

    @Schema(name = "SqlBody")
    public record Sql(
            @Schema(description = "One SQL statement, at most 100000 characters; the SQL guard decides whether"
                    + " it may run", required = true, examples = "SELECT name FROM products WHERE price > 100")
            String sql,
            @Schema(description = "Continue this session; leave out to start a new one") String sessionId,
            @Schema(description = "false: do not answer from the read cache, run the read again (like the header"
                    + " Cache-Control: no-cache); leave out to accept a cached result up to 5 minutes old")
            Boolean cache) {
    }

    @Schema(name = "Accepted", description = "The request is running; follow it at the Location given.")
    public record Accepted(String requestId, String sessionId, String status) {
    }

    @Schema(name = "SessionHistory", description = "A session's requests, newest first.")
    public record SessionHistory(String sessionId, List<RequestSummary> requests) {
    }

    @Schema(name = "Caller", description = "The authenticated user.")
    public record Me(String userId, List<String> roles) {
    }

    @Schema(name = "Decision", description = "An approver's decision on a write.")
    public record Decision(
            @Schema(description = "Why; shown to the requester and kept in the audit log") String comment,
            @Schema(description = "Emergency override: needs two distinct senior approvers (manager or director);"
                    + " the first approval keeps the request open until the second") Boolean emergency) {
    }

    @Schema(name = "RollbackRequest", description = "Undo a committed write from its pre-execution backup.")
    public record Rollback(
            @Schema(description = "Restore even over rows changed since the write (they are listed first when"
                    + " false, and the rollback is refused)") Boolean applyDespiteConflicts,
            @Schema(description = "Why, in your words; kept in the audit log") String reason) {
    }

    @Schema(name = "ClarificationAnswer", description = "The answer to a clarification: one of the offered options, by"
            + " its number in the list (1 = first), or a question of your own.")
    public record Clarify(
            @Schema(description = "1-based number of the option to take") Integer option,
            @Schema(description = "Your own wording instead of an option") String question) {
    }
}
