package io.pgwarden.intent.llm.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The LLM path's configuration, under {@code pgwarden.intent.llm}. The path is off unless an API key (or
 * {@code enabled=true}, for an endpoint that needs no key) is configured, so the system runs without one.
 */
@ConfigMapping(prefix = "pgwarden.intent.llm")
public interface LlmSettings {

    /** Groq's OpenAI-compatible endpoint: the documented default. */
    String GROQ_BASE_URL = "https://api.groq.com/openai/v1";

    /** Turns the path on or off explicitly; unset means on exactly when an API key is set. */
    Optional<Boolean> enabled();

    /** The first provider's OpenAI-compatible base URL (the part before {@code /chat/completions}). */
    @WithDefault(GROQ_BASE_URL)
    String baseUrl();

    @WithDefault("llama-3.3-70b-versatile")
    String model();

    Optional<String> apiKey();

    /** How long one call to a provider may take before the next provider is tried. */
    @WithDefault("20s")
    Duration timeout();

    /** How many times an answer that fails validation is sent back to the model with the error, at most. */
    @WithDefault("2")
    int maxCorrections();

    /** How many of the session's earlier questions the prompt carries. */
    @WithDefault("5")
    int recentTurns();

    /** How long EXPLAIN of a model's statement may take on the target database. */
    @WithDefault("5s")
    Duration explainTimeout();

    /** Backup providers, tried in order when the one before fails (429, 5xx, time-out, unreachable). */
    Optional<List<Backup>> providers();

    /** One backup provider; its timeout defaults to the first provider's. */
    interface Backup {

        String baseUrl();

        String model();

        Optional<String> apiKey();

        Optional<Duration> timeout();
    }

    /** Whether questions the deterministic engine does not understand go to a model. */
    default boolean active() {
        return enabled().orElse(apiKey().filter(key -> !key.isBlank()).isPresent());
    }

    /** Every provider in the order they are tried: the first one, then the backups. */
    default List<ProviderSettings> orderedProviders() {
        List<ProviderSettings> all = new java.util.ArrayList<>();
        all.add(new ProviderSettings("provider 1 (" + model() + ")", baseUrl(), model(), apiKey().orElse(""),
                timeout()));
        List<Backup> backups = providers().orElse(List.of());
        for (int i = 0; i < backups.size(); i++) {
            Backup backup = backups.get(i);
            all.add(new ProviderSettings("provider " + (i + 2) + " (" + backup.model() + ")", backup.baseUrl(),
                    backup.model(), backup.apiKey().orElse(""), backup.timeout().orElse(timeout())));
        }
        return List.copyOf(all);
    }
}
