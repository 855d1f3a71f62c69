package io.pgwarden.deploy.service;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** The one message shown when service jars are missing: says which, and the command that builds them. */
public final class MissingServiceJars {

    private MissingServiceJars() {
    }

    public static String message(List<Path> missingJars) {
        return "Service jar(s) not built yet:" + System.lineSeparator()
                + missingJars.stream().map(jar -> "  " + jar).collect(Collectors.joining(System.lineSeparator()))
                + System.lineSeparator()
                + "Build them first with `./mvnw -DskipTests install` from the repository root "
                + "(or start everything with `./mvnw -Pdemo -DskipTests package`, which builds before it runs).";
    }
}
