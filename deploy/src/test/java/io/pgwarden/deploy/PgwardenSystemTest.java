package io.pgwarden.deploy;

import io.pgwarden.deploy.service.FakeServiceJar;
import io.pgwarden.deploy.service.PgwardenService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Start-up problems that can be found before anything starts are reported at once, with what to do. */
class PgwardenSystemTest {

    @TempDir
    Path repository;

    @Test
    void refusesToStartWhenAServiceJarIsNotBuilt() throws IOException {
        FakeServiceJar.fakeRepository(repository);
        Files.delete(repository.resolve("schema-service/target/quarkus-app/quarkus-run.jar"));
        SystemConfig config = SystemConfig.forTests().repository(repository).allServices().build();

        assertThatThrownBy(() -> PgwardenSystem.start(config))
                .hasMessageContaining("Service jar(s) not built yet:")
                .hasMessageContaining(repository.resolve("schema-service/target/quarkus-app/quarkus-run.jar").toString())
                .hasMessageContaining("./mvnw -DskipTests install");
    }

    @Test
    void refusesToStartWhenAPortIsTaken() throws IOException {
        FakeServiceJar.fakeRepository(repository);
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            SystemConfig config = SystemConfig.forTests().repository(repository)
                    .services(PgwardenService.GATEWAY)
                    .servicePort(PgwardenService.GATEWAY, taken.getLocalPort()).build();

            assertThatThrownBy(() -> PgwardenSystem.start(config))
                    .hasMessageContaining("Port(s) already in use")
                    .hasMessageContaining(taken.getLocalPort() + " for gateway (PGWARDEN_GATEWAY_PORT)");
        }
    }
}
