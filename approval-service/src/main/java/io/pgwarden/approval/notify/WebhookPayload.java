package io.pgwarden.approval.notify;

import io.pgwarden.approval.store.Json;
import java.util.List;
import java.util.Map;

/**
 * The JSON body of an incoming-webhook message as Slack (and compatible tools: Mattermost, Rocket.Chat) take it:
 * {@code text} for clients that show no blocks, {@code blocks} for those that do.
 */
public final class WebhookPayload {

    private WebhookPayload() {
    }

    public static String of(NotificationMessage message, String approvalId) {
        return Json.write(Map.of(
                "text", message.subject(),
                "blocks", List.of(
                        Map.of("type", "header", "text", Map.of("type", "plain_text", "text",
                                clip(message.subject(), 150))),
                        Map.of("type", "section", "text", Map.of("type", "mrkdwn", "text",
                                "```" + clip(message.text(), 2900) + "```")),
                        Map.of("type", "context", "elements", List.of(Map.of("type", "mrkdwn", "text",
                                "approval " + approvalId + " · " + message.topic().name().toLowerCase()))))));
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }
}
