package io.pgwarden.kit.messaging;

import io.pgwarden.contracts.event.EventType;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Creates every lifecycle topic and its dead-letter twin if missing, before the consumers start, so that no topic is
 * auto-created with the wrong settings (the catalog topic must be compacted). Idempotent: every service runs it;
 * turn it off with {@code pgwarden.kafka.provision-topics=false} where topics are managed elsewhere.
 */
@ApplicationScoped
public class TopicProvisioner {

    private static final Logger LOG = Logger.getLogger(TopicProvisioner.class);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @ConfigProperty(name = "pgwarden.kafka.provision-topics", defaultValue = "true")
    boolean enabled;
    @ConfigProperty(name = "pgwarden.kafka.partitions", defaultValue = "3")
    int partitions;
    @ConfigProperty(name = "pgwarden.kafka.replication-factor", defaultValue = "1")
    short replicationFactor;

    void provision(@Observes @Priority(1) StartupEvent startup) {
        if (!enabled) {
            return;
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (EventType type : EventType.values()) {
                if (!existing.contains(type.topic())) {
                    NewTopic topic = new NewTopic(type.topic(), partitions, replicationFactor);
                    if (type.compacted()) {
                        topic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
                                TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(16 * 1024 * 1024)));
                    }
                    missing.add(topic);
                }
                if (!existing.contains(type.deadLetterTopic())) {
                    missing.add(new NewTopic(type.deadLetterTopic(), 1, replicationFactor));
                }
            }
            if (!missing.isEmpty()) {
                createIgnoringRaces(admin, missing);
                LOG.infof("created %d Kafka topics", missing.size());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while provisioning Kafka topics", e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Kafka at " + bootstrapServers + " is unreachable; cannot provision topics."
                    + " Check kafka.bootstrap.servers (env KAFKA_BOOTSTRAP_SERVERS).", e);
        }
    }

    /** Several services start together and race to create the same topics; losing that race is fine. */
    private static void createIgnoringRaces(Admin admin, List<NewTopic> topics)
            throws InterruptedException, ExecutionException, java.util.concurrent.TimeoutException {
        var futures = admin.createTopics(topics).values();
        for (var entry : futures.entrySet()) {
            try {
                entry.getValue().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
                    throw e;
                }
            }
        }
    }
}
