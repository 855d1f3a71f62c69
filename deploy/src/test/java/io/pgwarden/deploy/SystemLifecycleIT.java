package io.pgwarden.deploy;

import io.pgwarden.deploy.service.FakeServiceJar;
import io.pgwarden.deploy.service.PgwardenService;
import io.pgwarden.deploy.service.ReadinessProbe;
import io.pgwarden.deploy.support.Directories;
import io.pgwarden.deploy.support.Ports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The harness starts all seven services (stand-ins with the same jar layout as the real ones) against the
 * embedded infrastructure, hands each the runtime contract, and stops and restarts single services.
 */
class SystemLifecycleIT {

    @TempDir
    static Path repository;

    private static PgwardenSystem system;

    @BeforeAll
    static void startEverything() throws IOException {
        FakeServiceJar.fakeRepository(repository);
        system = PgwardenSystem.start(SystemConfig.forTests()
                .repository(repository)
                .allServices()
                .loadSampleDatabase(false)
                .serviceJvmOptions(List.of("-Xmx32m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"))
                .environment("PGWARDEN_SHARED_SETTING", "for everyone")
                .environment(PgwardenService.INTENT, "PGWARDEN_INTENT_ONLY", "for intent")
                .build());
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void everyServiceIsReadyOnItsOwnPort() {
        assertThat(Arrays.stream(PgwardenService.values())
                .map(service -> new ReadinessProbe(system.serviceUrl(service)).isReady()))
                .containsOnly(true).hasSize(7);
        assertThat(Arrays.stream(PgwardenService.values()).map(system::serviceUrl).distinct()).hasSize(7);
    }

    @Test
    void everyServiceGetsTheRuntimeContract() throws Exception {
        for (PgwardenService service : PgwardenService.values()) {
            URI base = system.serviceUrl(service);
            assertThat(List.of(
                    env(base, "KAFKA_BOOTSTRAP_SERVERS"),
                    env(base, "PGWARDEN_SYSTEM_DB_URL"), env(base, "PGWARDEN_SYSTEM_DB_USER"),
                    env(base, "PGWARDEN_SYSTEM_DB_PASSWORD"),
                    env(base, "PGWARDEN_TARGET_DB_URL"), env(base, "PGWARDEN_TARGET_DB_USER"),
                    env(base, "PGWARDEN_TARGET_DB_PASSWORD"),
                    env(base, "PGWARDEN_TARGET_DB_WRITER_USER"), env(base, "PGWARDEN_TARGET_DB_WRITER_PASSWORD"),
                    env(base, "PGWARDEN_REDIS_URL"), env(base, "QUARKUS_HTTP_PORT"),
                    env(base, "PGWARDEN_SHARED_SETTING")))
                    .as(service.moduleName())
                    .containsExactly(
                            system.kafkaBootstrapServers(),
                            "jdbc:postgresql://127.0.0.1:" + system.config().postgresPort() + "/pgwarden",
                            "pgwarden", "pgwarden",
                            "jdbc:postgresql://127.0.0.1:" + system.config().postgresPort() + "/sample",
                            "pgwarden_reader", "pgwarden_reader",
                            "pgwarden", "pgwarden",
                            system.redisUrl(), Integer.toString(system.config().servicePort(service)),
                            "for everyone");
        }
    }

    @Test
    void extraEnvironmentForOneServiceReachesOnlyThatService() throws Exception {
        assertThat(env(system.serviceUrl(PgwardenService.INTENT), "PGWARDEN_INTENT_ONLY")).isEqualTo("for intent");
        assertThat(env(system.serviceUrl(PgwardenService.QUERY), "PGWARDEN_INTENT_ONLY")).isEqualTo("(unset)");
    }

    @Test
    void aStoppedServiceIsDownUntilStartedAgainWhileTheOthersKeepRunning() {
        system.stopService(PgwardenService.QUERY);
        assertThat(system.isRunning(PgwardenService.QUERY)).isFalse();
        assertThat(new ReadinessProbe(system.serviceUrl(PgwardenService.QUERY)).isReady()).isFalse();
        assertThat(new ReadinessProbe(system.serviceUrl(PgwardenService.SCHEMA)).isReady()).isTrue();

        system.startService(PgwardenService.QUERY);
        assertThat(new ReadinessProbe(system.serviceUrl(PgwardenService.QUERY)).isReady()).isTrue();
    }

    @Test
    void aKilledServiceCanBeRestarted() {
        system.killService(PgwardenService.APPROVAL);
        assertThat(new ReadinessProbe(system.serviceUrl(PgwardenService.APPROVAL)).isReady()).isFalse();

        system.restartService(PgwardenService.APPROVAL);
        assertThat(system.isRunning(PgwardenService.APPROVAL)).isTrue();
        assertThat(new ReadinessProbe(system.serviceUrl(PgwardenService.APPROVAL)).isReady()).isTrue();
    }

    @Test
    void eachServiceLogsToItsOwnFileInTheWorkDir() throws IOException {
        Path log = system.logFile(PgwardenService.EXECUTION);
        assertThat(log).isEqualTo(system.config().workDir().resolve("logs/execution-service.log"));
        assertThat(Files.readString(log)).contains("fake service listening on "
                + system.config().servicePort(PgwardenService.EXECUTION));
    }

    @Test
    void aSecondSystemShowsItsBannerAndOnCloseFreesEveryPortAndDeletesItsWorkDir() throws IOException {
        Path otherRepository = Files.createTempDirectory("pgwarden-fake-repo-");
        FakeServiceJar.fakeRepository(otherRepository);
        SystemConfig config = SystemConfig.forTests().repository(otherRepository)
                .services(PgwardenService.GATEWAY).loadSampleDatabase(false)
                .serviceJvmOptions(List.of("-Xmx32m")).build();
        try (PgwardenSystem second = PgwardenSystem.start(config)) {
            assertThat(new ReadinessProbe(second.gatewayUrl()).isReady()).isTrue();
            assertThat(DemoBanner.render(second))
                    .contains("Gateway            " + second.gatewayUrl())
                    .contains("OpenAPI            " + second.gatewayUrl() + "/q/openapi")
                    .contains("analyst-token    user alice  roles analyst")
                    .contains("director-token   user dave   roles analyst, director")
                    .contains("curl -s " + second.gatewayUrl() + "/api/v1/ask -H 'Authorization: Bearer "
                            + "analyst-token' -H 'Content-Type: application/json' -d '{\"question\": "
                            + "\"Show me all customers from California\"}'");
        } finally {
            Directories.deleteRecursively(otherRepository);
        }

        assertThat(List.of(config.postgresPort(), config.kafkaPort(), config.redisPort(),
                config.servicePort(PgwardenService.GATEWAY)))
                .allSatisfy(port -> assertThat(Ports.isFree(port)).as("port %d is free", port).isTrue());
        assertThat(config.workDir()).doesNotExist();
    }

    private static String env(URI base, String name) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(base.resolve("/env/" + name)).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 404 ? "(unset)" : response.body();
    }
}
