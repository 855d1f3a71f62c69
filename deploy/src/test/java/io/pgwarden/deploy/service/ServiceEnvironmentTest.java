package io.pgwarden.deploy.service;

import io.pgwarden.deploy.postgres.DatabaseEndpoint;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceEnvironmentTest {

    private final ServiceEnvironment environment = new ServiceEnvironment("127.0.0.1:19092",
            new DatabaseEndpoint("jdbc:postgresql://127.0.0.1:15432/pgwarden", "pgwarden", "pgwarden"),
            new DatabaseEndpoint("jdbc:postgresql://127.0.0.1:15432/sample", "pgwarden_reader", "pgwarden_reader"),
            new DatabaseEndpoint("jdbc:postgresql://127.0.0.1:15432/sample", "pgwarden", "pgwarden"),
            "redis://127.0.0.1:16379", "s3cret", "http://127.0.0.1:8085", "http://127.0.0.1:8086");

    @Test
    void holdsTheWholeRuntimeContract() {
        assertThat(environment.forService(8083, Map.of(), Map.of())).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:19092"),
                Map.entry("PGWARDEN_SYSTEM_DB_URL", "jdbc:postgresql://127.0.0.1:15432/pgwarden"),
                Map.entry("PGWARDEN_SYSTEM_DB_USER", "pgwarden"),
                Map.entry("PGWARDEN_SYSTEM_DB_PASSWORD", "pgwarden"),
                Map.entry("PGWARDEN_TARGET_DB_URL", "jdbc:postgresql://127.0.0.1:15432/sample"),
                Map.entry("PGWARDEN_TARGET_DB_USER", "pgwarden_reader"),
                Map.entry("PGWARDEN_TARGET_DB_PASSWORD", "pgwarden_reader"),
                Map.entry("PGWARDEN_TARGET_DB_WRITER_USER", "pgwarden"),
                Map.entry("PGWARDEN_TARGET_DB_WRITER_PASSWORD", "pgwarden"),
                Map.entry("PGWARDEN_REDIS_URL", "redis://127.0.0.1:16379"),
                Map.entry("PGWARDEN_INTERNAL_TOKEN", "s3cret"),
                Map.entry("PGWARDEN_APPROVAL_URL", "http://127.0.0.1:8085"),
                Map.entry("PGWARDEN_EXECUTION_URL", "http://127.0.0.1:8086"),
                Map.entry("QUARKUS_HTTP_PORT", "8083")));
    }

    @Test
    void sharedExtrasOverrideTheContractAndOwnExtrasOverrideBoth() {
        Map<String, String> env = environment.forService(8083,
                Map.of("QUARKUS_LOG_LEVEL", "DEBUG", "PGWARDEN_REDIS_URL", "redis://elsewhere:6379"),
                Map.of("QUARKUS_LOG_LEVEL", "TRACE"));

        assertThat(env).containsEntry("QUARKUS_LOG_LEVEL", "TRACE")
                .containsEntry("PGWARDEN_REDIS_URL", "redis://elsewhere:6379");
    }
}
