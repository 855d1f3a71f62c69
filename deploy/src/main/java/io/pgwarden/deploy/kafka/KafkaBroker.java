package io.pgwarden.deploy.kafka;

import io.pgwarden.deploy.support.Poll;
import io.pgwarden.deploy.support.Ports;
import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A single-node Kafka (KRaft, broker and controller in one) running inside this JVM, listening on 127.0.0.1.
 * Its log directory survives a stop, so topics and committed offsets are still there on the next start.
 */
public final class KafkaBroker implements AutoCloseable {

    /** Fixed, so a log directory formatted by an earlier run is accepted as this cluster's. */
    private static final String CLUSTER_ID = new Uuid(0x7067776172640001L, 0x6b61666b61000001L).toString();

    /** Large enough for a catalog snapshot or a result page of a wide table. */
    static final int MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

    private final int port;
    private final Path logDir;
    private final Path logFile;
    private EmbeddedKafkaBroker broker;
    private KafkaLogFile kafkaLog;
    private boolean closed;

    public KafkaBroker(int port, Path logDir, Path logFile) {
        this.port = port;
        this.logDir = logDir;
        this.logFile = logFile;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public synchronized void start(Instant deadline) {
        if (closed) {
            throw new IllegalStateException("Kafka was stopped before it started");
        }
        kafkaLog = KafkaLogFile.attach(logFile);
        broker = new EmbeddedKafkaBroker()
                .withNodeId(1)
                .withKafkaHost("127.0.0.1")
                .withKafkaPort(port)
                .withControllerPort(Ports.freePort())
                .withClusterId(CLUSTER_ID)
                .withDeleteLogDirsOnClose(false)
                .withAdditionalProperties(this::configure)
                .start();
        awaitServing(deadline);
    }

    private void configure(Properties properties) {
        properties.put("log.dir", logDir.toString());
        // Services create their topics (with their partitions and compaction) through TopicProvisioner;
        // a typo in a topic name must fail, not create a stray topic.
        properties.put("auto.create.topics.enable", "false");
        properties.put("message.max.bytes", Integer.toString(MAX_MESSAGE_BYTES));
        properties.put("replica.fetch.max.bytes", Integer.toString(MAX_MESSAGE_BYTES));
        properties.put("offsets.topic.replication.factor", "1");
        properties.put("transaction.state.log.replication.factor", "1");
        properties.put("transaction.state.log.min.isr", "1");
        properties.put("share.coordinator.state.topic.replication.factor", "1");
        properties.put("share.coordinator.state.topic.min.isr", "1");
        properties.put("group.initial.rebalance.delay.ms", "0");
        // The companion turns controlled shutdown off; without it the controller keeps the stopped broker
        // registered until its session expires, and a restart on the same log directory waits for that.
        properties.put("controlled.shutdown.enable", "true");
    }

    /** The broker is usable once a client can see it in the cluster metadata. */
    private void awaitServing(Instant deadline) {
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        try (Admin admin = Admin.create(config)) {
            Poll.Outcome outcome = Poll.every(Duration.ofMillis(200)).until(() -> {
                try {
                    return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
                } catch (ExecutionException | TimeoutException notYet) {
                    return false;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }, () -> Thread.currentThread().isInterrupted(), deadline);
            if (outcome != Poll.Outcome.SATISFIED) {
                throw new IllegalStateException("Kafka on " + bootstrapServers() + " did not start serving in time; "
                        + "see " + logFile);
            }
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (broker != null) {
            broker.close();
            broker = null;
        }
        if (kafkaLog != null) {
            kafkaLog.close();
            kafkaLog = null;
        }
    }
}
