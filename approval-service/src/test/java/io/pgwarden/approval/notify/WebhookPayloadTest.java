package io.pgwarden.approval.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.pgwarden.contracts.event.EventCodec;
import org.junit.jupiter.api.Test;

class WebhookPayloadTest {

    @Test
    void carriesTextForPlainClientsAndBlocksForRichOnes() throws Exception {
        String json = WebhookPayload.of(new NotificationMessage(NotificationTopic.REQUESTED, "Approval needed",
                "DELETE ...\nmore"), "approval-9");

        JsonNode payload = EventCodec.mapper().readTree(json);
        assertThat(payload.path("text").asText()).isEqualTo("Approval needed");
        assertThat(payload.path("blocks").isArray()).isTrue();
        assertThat(payload.path("blocks").get(0).path("type").asText()).isEqualTo("header");
        assertThat(payload.path("blocks").get(1).path("text").path("text").asText()).contains("DELETE ...");
        assertThat(payload.path("blocks").get(2).toString()).contains("approval-9");
    }
}
