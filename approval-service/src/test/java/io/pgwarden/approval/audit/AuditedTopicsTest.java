package io.pgwarden.approval.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgwarden.contracts.event.EventType;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class AuditedTopicsTest {

    @Test
    void theAuditConsumerSubscribesToExactlyTheAuditedTopics() throws Exception {
        Properties properties = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            properties.load(in);
        }

        String[] subscribed = properties.getProperty("mp.messaging.incoming.audit-events.topics").split(",");

        assertThat(Arrays.stream(subscribed).map(String::strip).toList()).containsExactlyInAnyOrderElementsOf(
                LifecycleAudit.AUDITED.stream().map(EventType::topic).toList());
    }
}
