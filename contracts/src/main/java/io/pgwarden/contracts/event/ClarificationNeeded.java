package io.pgwarden.contracts.event;

import java.util.List;

/**
 * The question was ambiguous; the user is asked to choose. Emitted by intent-service; consumed by the gateway,
 * which shows the options. Topic {@code pgwarden.intent.clarification-needed.v1}.
 *
 * @param question the question as asked
 * @param reason   what was ambiguous, in words a user understands
 * @param options  concrete choices; each can be asked as a new question
 */
public record ClarificationNeeded(String question, String reason, List<ClarificationOption> options) {

    /**
     * @param label    what the user sees, for example "customers.state (a customer's state)"
     * @param question the question rephrased with this choice made, ready to ask again
     */
    public record ClarificationOption(String label, String question) {
    }
}
