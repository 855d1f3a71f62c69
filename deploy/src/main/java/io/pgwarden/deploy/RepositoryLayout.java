package io.pgwarden.deploy;

import io.pgwarden.deploy.service.PgwardenService;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where things are in a checkout of the pgwarden repository. */
public record RepositoryLayout(Path root) {

    public RepositoryLayout {
        root = root.toAbsolutePath().normalize();
    }

    /**
     * Walks up from {@code start} to the repository root: the directory with the Maven Wrapper and the deploy
     * module. Maven runs the launcher from the root, and tests from deploy/, so both find the same root.
     */
    public static RepositoryLayout locate(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isRegularFile(dir.resolve("deploy/pom.xml"))) {
                return new RepositoryLayout(dir);
            }
        }
        throw new IllegalStateException("Cannot find the pgwarden repository (a directory with mvnw and "
                + "deploy/pom.xml) at or above " + start.toAbsolutePath()
                + "; set PGWARDEN_REPO_DIR (or -Dpgwarden.repo-dir) to the repository root.");
    }

    public Path serviceJar(PgwardenService service) {
        return root.resolve(service.moduleName()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** Git-ignored; holds the PostgreSQL cluster, Kafka's log directory and the services' logs between runs. */
    public Path defaultWorkDir() {
        return root.resolve(".pgwarden");
    }
}
