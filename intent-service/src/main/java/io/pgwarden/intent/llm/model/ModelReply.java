package io.pgwarden.intent.llm.model;

/**
 * The text a model answered.
 *
 * @param text     the assistant message's content
 * @param provider the provider that answered
 */
public record ModelReply(String text, String provider) {
}
