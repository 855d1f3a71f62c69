package io.pgwarden.intent.llm.config;

import java.time.Duration;

/**
 * One OpenAI-compatible endpoint.
 *
 * @param name    how messages name it; never the key
 * @param baseUrl the base URL, for example {@code https://api.groq.com/openai/v1}
 * @param model   the model name the endpoint knows
 * @param apiKey  the bearer key, empty for an endpoint that needs none
 * @param timeout how long one call may take
 */
public record ProviderSettings(String name, String baseUrl, String model, String apiKey, Duration timeout) {

    @Override
    public String toString() {
        return name + " at " + baseUrl;
    }
}
