package io.pgwarden.approval.notify;

import io.pgwarden.approval.config.ApprovalConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A Slack-compatible incoming webhook: POST of {"text": ..., "blocks": [...]} as JSON; any 2xx is delivered. */
@ApplicationScoped
public class WebhookChannel implements NotificationChannel {

    public static final String NAME = "WEBHOOK";

    private final Duration timeout;
    private final HttpClient client;

    @Inject
    public WebhookChannel(ApprovalConfig config) {
        this.timeout = config.notifications().webhook().timeout();
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void deliver(PendingNotification notification) throws DeliveryFailed {
        HttpRequest request = HttpRequest.newBuilder(URI.create(notification.recipient())).timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(notification.body())).build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new DeliveryFailed("webhook " + notification.recipient() + " unreachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailed("interrupted while calling the webhook", e);
        }
        if (response.statusCode() / 100 != 2) {
            String body = response.body() == null ? "" : response.body().strip();
            throw new DeliveryFailed("webhook " + notification.recipient() + " answered HTTP "
                    + response.statusCode() + (body.isEmpty() ? "" : ": " + abbreviate(body)), null);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}
