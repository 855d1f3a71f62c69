package io.pgwarden.contracts.event;

/**
 * A person asked a question in plain language. Emitted by the gateway; consumed by intent-service, which starts
 * planning. Topic {@code pgwarden.request.question-asked.v1}.
 *
 * @param question the question as typed, trimmed, at most 2,000 characters
 */
public record QuestionAsked(String question) {
}
