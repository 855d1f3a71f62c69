package io.pgwarden.intent.llm.prompt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;

/**
 * Reads the model's reply as the JSON object the prompt asked for. Models sometimes wrap it in a Markdown fence or
 * a sentence; the outermost braces are taken. Anything else is a malformed answer, sent back as a correction.
 */
public final class ModelAnswerReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The answer, or empty when the reply is not a JSON object with a string or null {@code sql}. */
    public Optional<ModelAnswer> read(String reply) {
        if (reply == null) {
            return Optional.empty();
        }
        int open = reply.indexOf('{');
        int close = reply.lastIndexOf('}');
        if (open < 0 || close < open) {
            return Optional.empty();
        }
        JsonNode node;
        try {
            node = JSON.readTree(reply.substring(open, close + 1));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
        if (node == null || !node.isObject() || !node.has("sql")) {
            return Optional.empty();
        }
        JsonNode sql = node.get("sql");
        if (!sql.isNull() && !sql.isTextual()) {
            return Optional.empty();
        }
        JsonNode explanation = node.get("explanation");
        String text = explanation != null && explanation.isTextual() ? explanation.asText().strip() : "";
        String statement = sql.isNull() || sql.asText().isBlank() ? null : sql.asText().strip();
        return Optional.of(new ModelAnswer(statement, text));
    }
}
