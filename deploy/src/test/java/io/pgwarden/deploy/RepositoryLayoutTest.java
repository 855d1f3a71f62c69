package io.pgwarden.deploy;

import io.pgwarden.deploy.service.FakeServiceJar;
import io.pgwarden.deploy.service.PgwardenService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RepositoryLayoutTest {

    @TempDir
    Path dir;

    @Test
    void findsTheRepositoryRootFromAModuleDirectory() throws IOException {
        Path root = FakeServiceJar.fakeRepository(dir.resolve("checkout"));

        RepositoryLayout layout = RepositoryLayout.locate(root.resolve("deploy"));

        assertThat(layout.root()).isEqualTo(root);
        assertThat(layout.serviceJar(PgwardenService.QUERY))
                .isEqualTo(root.resolve("query-service/target/quarkus-app/quarkus-run.jar"));
        assertThat(layout.defaultWorkDir()).isEqualTo(root.resolve(".pgwarden"));
    }

    @Test
    void findsThisRepositoryFromTheTestsWorkingDirectory() {
        assertThat(RepositoryLayout.locate(Path.of("")).root().resolve("deploy/pom.xml")).isRegularFile();
    }

    @Test
    void outsideARepositoryTellsWhichVariableToSet() {
        assertThatThrownBy(() -> RepositoryLayout.locate(dir))
                .hasMessageContaining("Cannot find the pgwarden repository")
                .hasMessageContaining("set PGWARDEN_REPO_DIR");
    }
}
