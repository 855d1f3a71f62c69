package io.pgwarden.deploy;

import io.pgwarden.deploy.postgres.DatabaseEndpoint;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** PostgreSQL, Kafka and Redis start without services, on random ports, and each does its job. */
class EmbeddedInfrastructureIT {

    private static PgwardenSystem system;

    @BeforeAll
    static void startPostgresKafkaAndRedis() {
        system = PgwardenSystem.start(SystemConfig.forTests().build());
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void theSystemDatabaseAcceptsThePgwardenLoginOverTcpWithAPassword() throws SQLException {
        DatabaseEndpoint systemDb = system.systemDatabase();
        assertThat(systemDb.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:" + system.config().postgresPort()
                + "/pgwarden");
        try (Connection connection = systemDb.open(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("""
                        SELECT current_user, current_database(), current_setting('server_version_num')::int / 10000
                        """)) {
            row.next();
            assertThat(List.of(row.getString(1), row.getString(2), row.getString(3)))
                    .containsExactly("pgwarden", "pgwarden", "17");
        }
    }

    @Test
    void aWrongPasswordIsRefused() {
        DatabaseEndpoint wrong = system.systemDatabase().as("pgwarden", "not-the-password");
        assertThatThrownBy(wrong::open)
                .hasMessageContaining("password authentication failed for user \"pgwarden\"");
    }

    @Test
    void kafkaDeliversAProducedRecordToAConsumer() throws Exception {
        String topic = "pgwarden.test.delivered.v1";
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                system.kafkaBootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, system.kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            producer.send(new ProducerRecord<>(topic, "session-1", "{\"question\":\"How many customers?\"}")).get();
        }
        List<ConsumerRecord<String, String>> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, system.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "infrastructure-it",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plusSeconds(30);
            while (received.isEmpty() && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(500)).forEach(received::add);
            }
        }
        assertThat(received).singleElement().satisfies(record -> {
            assertThat(record.key()).isEqualTo("session-1");
            assertThat(record.value()).isEqualTo("{\"question\":\"How many customers?\"}");
        });
    }

    @Test
    void kafkaIsConfiguredForServicesThatProvisionTheirOwnTopics()
            throws ExecutionException, InterruptedException {
        ConfigResource broker = new ConfigResource(ConfigResource.Type.BROKER, "1");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                system.kafkaBootstrapServers()))) {
            var config = admin.describeConfigs(Set.of(broker)).all().get().get(broker);
            assertThat(List.of(
                    config.get("auto.create.topics.enable").value(),
                    config.get("message.max.bytes").value(),
                    config.get("offsets.topic.replication.factor").value(),
                    config.get("transaction.state.log.replication.factor").value()))
                    .containsExactly("false", "16777216", "1", "1");
        }
    }

    @Test
    void redisStoresAndReturnsAValue() throws IOException {
        URI redis = URI.create(system.redisUrl());
        try (Socket socket = new Socket(redis.getHost(), redis.getPort())) {
            OutputStream out = socket.getOutputStream();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8));
            out.write(resp("SET", "pgwarden:test", "Fresno"));
            assertThat(in.readLine()).isEqualTo("+OK");
            out.write(resp("GET", "pgwarden:test"));
            assertThat(List.of(in.readLine(), in.readLine())).containsExactly("$6", "Fresno");
        }
    }

    /** A command in Redis's wire protocol: an array of bulk strings. */
    private static byte[] resp(String... parts) {
        StringBuilder command = new StringBuilder("*").append(parts.length).append("\r\n");
        for (String part : parts) {
            command.append('$').append(part.getBytes(StandardCharsets.UTF_8).length).append("\r\n")
                    .append(part).append("\r\n");
        }
        return command.toString().getBytes(StandardCharsets.UTF_8);
    }
}
