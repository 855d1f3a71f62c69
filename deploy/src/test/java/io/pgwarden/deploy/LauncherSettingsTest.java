package io.pgwarden.deploy;

import io.pgwarden.deploy.postgres.DatabaseEndpoint;
import io.pgwarden.deploy.service.FakeServiceJar;
import io.pgwarden.deploy.service.PgwardenService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LauncherSettingsTest {

    @TempDir
    Path repository;

    @Test
    void environmentVariableNamesAreTheKeysInUpperCaseWithUnderscores() {
        assertThat(List.of(
                LauncherSettings.environmentVariable("pg.port"),
                LauncherSettings.environmentVariable("intent-service.port"),
                LauncherSettings.environmentVariable("target-db.writer-user"),
                LauncherSettings.systemProperty("pg.port")))
                .containsExactly("PGWARDEN_PG_PORT", "PGWARDEN_INTENT_SERVICE_PORT", "PGWARDEN_TARGET_DB_WRITER_USER",
                        "pgwarden.pg.port");
    }

    @Test
    void withNothingSetEverythingHasItsDocumentedDefault() throws IOException {
        SystemConfig config = settings(Map.of(), new Properties()).toBuilder().build();

        assertThat(List.of(config.postgresPort(), config.kafkaPort(), config.redisPort()))
                .containsExactly(15432, 19092, 16379);
        assertThat(EnumSet.allOf(PgwardenService.class).stream().map(config::servicePort))
                .containsExactly(8080, 8081, 8082, 8083, 8084, 8085, 8086);
        assertThat(config.services()).containsExactlyElementsOf(EnumSet.allOf(PgwardenService.class));
        assertThat(config.workDir()).isEqualTo(repository.resolve(".pgwarden"));
        assertThat(config.loadSampleDatabase()).isTrue();
        assertThat(config.freshWorkDir()).isFalse();
        assertThat(config.targetDatabase()).isEmpty();
        assertThat(config.readyTimeout()).isEqualTo(Duration.ofSeconds(120));
        assertThat(config.serviceJvmOptions())
                .containsExactly("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m");
    }

    @Test
    void aSystemPropertyWinsOverTheEnvironmentVariable() throws IOException {
        Properties properties = new Properties();
        properties.setProperty("pgwarden.pg.port", "25432");
        SystemConfig config = settings(Map.of("PGWARDEN_PG_PORT", "35432", "PGWARDEN_KAFKA_PORT", "29092"),
                properties).toBuilder().build();

        assertThat(List.of(config.postgresPort(), config.kafkaPort())).containsExactly(25432, 29092);
    }

    @Test
    void servicePortsServiceSelectionAndTimeoutsAreRead() throws IOException {
        SystemConfig config = settings(Map.of(
                "PGWARDEN_GATEWAY_PORT", "9080",
                "PGWARDEN_EXECUTION_SERVICE_PORT", "9086",
                "PGWARDEN_SERVICES", "gateway, query-service",
                "PGWARDEN_READY_TIMEOUT_SECONDS", "45",
                "PGWARDEN_SERVICE_JVM_OPTS", "-Xmx512m  -XX:+UseSerialGC",
                "PGWARDEN_LOAD_SAMPLE", "false",
                "PGWARDEN_FRESH", "yes"), new Properties()).toBuilder().build();

        assertThat(List.of(config.servicePort(PgwardenService.GATEWAY),
                config.servicePort(PgwardenService.EXECUTION))).containsExactly(9080, 9086);
        assertThat(config.services()).containsExactly(PgwardenService.GATEWAY, PgwardenService.QUERY);
        assertThat(config.readyTimeout()).isEqualTo(Duration.ofSeconds(45));
        assertThat(config.serviceJvmOptions()).containsExactly("-Xmx512m", "-XX:+UseSerialGC");
        assertThat(config.loadSampleDatabase()).isFalse();
        assertThat(config.freshWorkDir()).isTrue();
    }

    @Test
    void noneSelectsOnlyTheInfrastructure() {
        assertThat(LauncherSettings.parseServices("none")).isEmpty();
        assertThat(LauncherSettings.parseServices("all")).hasSize(7);
    }

    @Test
    void anUnknownServiceNameIsRefusedWithTheKnownNames() {
        assertThatThrownBy(() -> LauncherSettings.parseServices("gateway,quarry-service"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown service 'quarry-service'; known services: [gateway, intent-service, "
                        + "schema-service, query-service, impact-service, approval-service, execution-service]");
    }

    @Test
    void badNumbersAndFlagsAreRefusedNamingTheVariable() throws IOException {
        assertThatThrownBy(() -> settings(Map.of("PGWARDEN_REDIS_PORT", "six"), new Properties()).toBuilder())
                .hasMessage("PGWARDEN_REDIS_PORT must be a number, not 'six'");
        assertThatThrownBy(() -> settings(Map.of("PGWARDEN_REDIS_PORT", "70000"), new Properties()).toBuilder())
                .hasMessage("PGWARDEN_REDIS_PORT must be a port number, not 70000");
        assertThatThrownBy(() -> settings(Map.of("PGWARDEN_FRESH", "maybe"), new Properties()).toBuilder())
                .hasMessage("PGWARDEN_FRESH must be true or false, not 'maybe'");
    }

    @Test
    void anotherTargetDatabaseReplacesTheSampleForReadsAndWrites() throws IOException {
        SystemConfig config = settings(Map.of(
                "PGWARDEN_TARGET_DB_URL", "jdbc:postgresql://db.internal:5432/shop",
                "PGWARDEN_TARGET_DB_USER", "shop_reader",
                "PGWARDEN_TARGET_DB_PASSWORD", "secret",
                "PGWARDEN_TARGET_DB_WRITER_USER", "shop_writer",
                "PGWARDEN_TARGET_DB_WRITER_PASSWORD", "other-secret"), new Properties()).toBuilder().build();

        assertThat(config.targetDatabase()).contains(
                new DatabaseEndpoint("jdbc:postgresql://db.internal:5432/shop", "shop_reader", "secret"));
        assertThat(config.targetDatabaseWriter()).contains(
                new DatabaseEndpoint("jdbc:postgresql://db.internal:5432/shop", "shop_writer", "other-secret"));
    }

    @Test
    void withoutWriterSettingsTheTargetsOwnLoginIsUsedForWrites() throws IOException {
        SystemConfig config = settings(Map.of(
                "PGWARDEN_TARGET_DB_URL", "jdbc:postgresql://db.internal:5432/shop",
                "PGWARDEN_TARGET_DB_USER", "shop_owner",
                "PGWARDEN_TARGET_DB_PASSWORD", "secret"), new Properties()).toBuilder().build();

        assertThat(config.targetDatabaseWriter()).contains(
                new DatabaseEndpoint("jdbc:postgresql://db.internal:5432/shop", "shop_owner", "secret"));
    }

    @Test
    void aTargetUrlWithoutItsLoginIsRefused() throws IOException {
        assertThatThrownBy(() -> settings(Map.of("PGWARDEN_TARGET_DB_URL", "jdbc:postgresql://db:5432/shop"),
                new Properties()).toBuilder())
                .hasMessage("PGWARDEN_TARGET_DB_URL is set, so PGWARDEN_TARGET_DB_USER must be set too.");
    }

    private LauncherSettings settings(Map<String, String> environment, Properties properties) throws IOException {
        FakeServiceJar.fakeRepository(repository);
        Properties withRepository = new Properties();
        withRepository.putAll(properties);
        withRepository.setProperty("pgwarden.repo-dir", repository.toString());
        return new LauncherSettings(environment, withRepository);
    }
}
