package io.pgwarden.intent.llm.model;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.pgwarden.intent.llm.config.ProviderSettings;

/**
 * Builds the chat model of one OpenAI-compatible provider. Inside the service, langchain4j picks the
 * quarkus-langchain4j builder (its Quarkus REST client) through its service loader; the builder calls are the same.
 */
public final class ChatModels {

    private ChatModels() {
    }

    public static ChatModel build(ProviderSettings provider) {
        return OpenAiChatModel.builder()
                .baseUrl(provider.baseUrl())
                // Some local OpenAI-compatible servers need no key, but the client insists on one.
                .apiKey(provider.apiKey().isBlank() ? "none" : provider.apiKey())
                .modelName(provider.model())
                .timeout(provider.timeout())
                // The backup list is the retry: a provider that fails hands over at once.
                .maxRetries(0)
                // The same question should get the same statement.
                .temperature(0.0)
                .responseFormat("json_object")
                .build();
    }
}
