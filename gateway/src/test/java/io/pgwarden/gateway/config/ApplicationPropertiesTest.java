package io.pgwarden.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgwarden.contracts.event.EventType;
import io.pgwarden.gateway.messaging.LifecycleEventConsumer;
import io.pgwarden.gateway.tracking.LifecycleEvents;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ApplicationPropertiesTest {

    private final Properties properties = load();

    @Test
    void theGatewayConsumesEveryLifecycleTopicAndNotTheCatalog() {
        Set<String> configured = Arrays.stream(
                properties.getProperty("mp.messaging.incoming." + LifecycleEventConsumer.CHANNEL + ".topics")
                        .split(","))
                .map(String::strip).collect(Collectors.toSet());

        assertThat(configured).isEqualTo(
                LifecycleEvents.FOLLOWED.stream().map(EventType::topic).collect(Collectors.toSet()));
        assertThat(configured).doesNotContain(EventType.SCHEMA_CATALOG_PUBLISHED.topic());
    }

    @Test
    void everyInstanceHasAConsumerGroupOfItsOwn() {
        assertThat(properties.getProperty("mp.messaging.incoming.lifecycle-events.group.id"))
                .isEqualTo("pgwarden-gateway-${quarkus.uuid}");
        assertThat(properties.getProperty("mp.messaging.incoming.lifecycle-events.auto.offset.reset"))
                .isEqualTo("latest");
    }

    @Test
    void theDemoTokensStandForTheDocumentedUsers() {
        assertThat(grant("analyst-token")).isEqualTo("alice [analyst]");
        assertThat(grant("lead-token")).isEqualTo("bob [analyst,team-lead]");
        assertThat(grant("manager-token")).isEqualTo("carol [analyst,manager]");
        assertThat(grant("director-token")).isEqualTo("dave [analyst,director]");
    }

    private String grant(String token) {
        String prefix = "pgwarden.auth.tokens.\"" + token + "\".";
        return properties.getProperty(prefix + "user") + " [" + properties.getProperty(prefix + "roles") + "]";
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = ApplicationPropertiesTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
