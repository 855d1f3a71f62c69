package io.pgwarden.intent.llm.prompt;

/**
 * What the model answered, read from its JSON.
 *
 * @param sql         the statement, or null when the model says the schema cannot answer the question
 * @param explanation its one-sentence explanation, never null
 */
public record ModelAnswer(String sql, String explanation) {
}
