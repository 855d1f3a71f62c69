package io.pgwarden.deploy.service;

import io.pgwarden.deploy.support.Ports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Child JVMs are launched with the given environment, awaited, logged, stopped and restarted. */
class ServiceProcessTest {

    @TempDir
    Path dir;

    private ServiceProcess process;

    @AfterEach
    void stopChild() {
        if (process != null) {
            process.kill();
        }
    }

    @Test
    void aReadyServiceGetsItsEnvironmentAndLogsToItsFile() throws Exception {
        process = fakeService(Map.of("PGWARDEN_REDIS_URL", "redis://127.0.0.1:1"));
        process.launch();
        process.awaitReady(Instant.now().plusSeconds(30));

        assertThat(get(process.baseUri().resolve("/env/PGWARDEN_REDIS_URL"))).isEqualTo("redis://127.0.0.1:1");
        assertThat(Files.readString(process.logFile())).contains("==== pgwarden: starting gateway on port")
                .contains("fake service listening on " + process.baseUri().getPort());
    }

    @Test
    void aStoppedServiceCanBeStartedAgain() throws Exception {
        process = fakeService(Map.of());
        process.launch();
        process.awaitReady(Instant.now().plusSeconds(30));
        process.stop(Duration.ofSeconds(10));
        assertThat(process.isRunning()).isFalse();
        assertThat(new ReadinessProbe(process.baseUri()).isReady()).isFalse();

        process.launch();
        process.awaitReady(Instant.now().plusSeconds(30));
        assertThat(process.isRunning()).isTrue();
    }

    @Test
    void aServiceThatExitsFailsAtOnceNamingItselfAndQuotingItsLog() throws IOException {
        process = fakeService(Map.of("FAKE_SERVICE_MODE", "crash", "KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:1"));
        process.launch();
        Instant began = Instant.now();
        assertThatThrownBy(() -> process.awaitReady(Instant.now().plusSeconds(60)))
                .isInstanceOf(ServiceStartException.class)
                .hasMessageContaining("gateway exited with code 3 before it became ready")
                .hasMessageContaining("fake service: cannot reach Kafka at 127.0.0.1:1");
        assertThat(Duration.between(began, Instant.now())).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void aServiceThatNeverBecomesReadyFailsAtTheDeadline() throws IOException {
        process = fakeService(Map.of("FAKE_SERVICE_MODE", "never-ready"));
        process.launch();
        assertThatThrownBy(() -> process.awaitReady(Instant.now().plusSeconds(5)))
                .isInstanceOf(ServiceStartException.class)
                .hasMessageContaining("gateway did not become ready at " + process.baseUri() + "/q/health/ready")
                .hasMessageContaining("fake service listening on");
    }

    @Test
    void aMissingJarIsReportedWithTheBuildCommand() {
        process = new ServiceProcess(PgwardenService.GATEWAY, dir.resolve("gateway/target/quarkus-app/quarkus-run.jar"),
                Ports.freePort(), List.of(), Map.of(), dir.resolve("gateway.log"));
        assertThatThrownBy(process::launch)
                .isInstanceOf(ServiceStartException.class)
                .hasMessageContaining(dir.resolve("gateway/target/quarkus-app/quarkus-run.jar").toString())
                .hasMessageContaining("./mvnw -DskipTests install");
    }

    private ServiceProcess fakeService(Map<String, String> environment) throws IOException {
        Path jar = dir.resolve("gateway/target/quarkus-app/quarkus-run.jar");
        FakeServiceJar.writeTo(jar);
        int port = Ports.freePort();
        Map<String, String> env = new java.util.HashMap<>(environment);
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        return new ServiceProcess(PgwardenService.GATEWAY, jar, port, List.of("-Xmx32m", "-XX:TieredStopAtLevel=1"),
                env, dir.resolve("logs/gateway.log"));
    }

    private static String get(URI uri) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
