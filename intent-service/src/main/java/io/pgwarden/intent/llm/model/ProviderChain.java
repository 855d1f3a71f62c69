package io.pgwarden.intent.llm.model;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * The configured providers in order. A provider that fails (rate limit, server error, time-out, unreachable, an
 * answer that is not a chat completion) hands the same conversation to the next one; only when every provider
 * failed does the call fail, listing why each did.
 */
public final class ProviderChain {

    private static final Logger LOG = Logger.getLogger(ProviderChain.class);

    private final List<Provider> providers;

    public ProviderChain(List<Provider> providers) {
        if (providers.isEmpty()) {
            throw new IllegalArgumentException("at least one provider");
        }
        this.providers = List.copyOf(providers);
    }

    /** @throws ModelUnavailableException when no provider answered with text */
    public ModelReply ask(List<ChatMessage> conversation) {
        List<String> failures = new ArrayList<>();
        for (Provider provider : providers) {
            try {
                ChatResponse response = provider.model().chat(conversation);
                AiMessage message = response == null ? null : response.aiMessage();
                if (message == null || message.text() == null || message.text().isBlank()) {
                    failures.add(provider.name() + ": answered with no text");
                    continue;
                }
                return new ModelReply(message.text(), provider.name());
            } catch (RuntimeException e) {
                String reason = describe(e);
                LOG.warnf("%s failed (%s); trying the next provider if there is one", provider.name(), reason);
                failures.add(provider.name() + ": " + reason);
            }
        }
        throw new ModelUnavailableException(failures);
    }

    /** One phrase for why a call failed: the HTTP status when there was one, a time-out, or the cause's message. */
    static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HttpException http) {
                return switch (http.statusCode()) {
                    case 429 -> "rate limited (HTTP 429)";
                    case 401, 403 -> "the key was not accepted (HTTP " + http.statusCode() + ")";
                    default -> "HTTP " + http.statusCode();
                };
            }
            if (t instanceof dev.langchain4j.exception.TimeoutException || t instanceof HttpTimeoutException
                    || t instanceof SocketTimeoutException || t instanceof java.util.concurrent.TimeoutException
                    || t.getClass().getSimpleName().toLowerCase(Locale.ROOT).contains("timeout")) {
                return "timed out";
            }
            if (t instanceof ConnectException) {
                return "unreachable";
            }
        }
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + firstLine(message));
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        String line = newline < 0 ? text : text.substring(0, newline);
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
