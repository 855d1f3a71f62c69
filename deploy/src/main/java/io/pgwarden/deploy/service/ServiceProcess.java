package io.pgwarden.deploy.service;

import io.pgwarden.deploy.support.LogTail;
import io.pgwarden.deploy.support.Poll;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One service running as a child JVM ({@code java -jar quarkus-run.jar}), its output appended to a log file.
 * Can be started again after a stop, which is how tests simulate a crashed or restarted service.
 */
public final class ServiceProcess {

    private static final int LOG_LINES_IN_ERRORS = 40;
    private static final Duration READINESS_POLL_INTERVAL = Duration.ofMillis(250);

    private final PgwardenService service;
    private final Path jar;
    private final int port;
    private final List<String> jvmOptions;
    private final Map<String, String> environment;
    private final Path logFile;
    private Process process;
    private boolean retired;

    public ServiceProcess(PgwardenService service, Path jar, int port, List<String> jvmOptions,
            Map<String, String> environment, Path logFile) {
        this.service = service;
        this.jar = jar;
        this.port = port;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.environment = Map.copyOf(environment);
        this.logFile = logFile;
    }

    public PgwardenService service() {
        return service;
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public Path logFile() {
        return logFile;
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Launches the JVM and returns at once; {@link #awaitReady(Instant)} waits for it to serve. */
    public synchronized void launch() {
        if (retired) {
            throw new IllegalStateException(service.moduleName() + " is not started again: the system is stopping");
        }
        if (isRunning()) {
            throw new IllegalStateException(service.moduleName() + " is already running");
        }
        if (!Files.isRegularFile(jar)) {
            throw new ServiceStartException(MissingServiceJars.message(List.of(jar)));
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        try {
            Files.createDirectories(logFile.getParent());
            Files.writeString(logFile, "==== pgwarden: starting " + service.moduleName() + " on port " + port + " at "
                    + Instant.now() + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(jar.getParent().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().putAll(environment);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + service.moduleName() + " from " + jar, e);
        }
    }

    /** Blocks until GET /q/health/ready answers 200; fails fast if the process exits, or at the deadline. */
    public void awaitReady(Instant deadline) {
        ReadinessProbe probe = new ReadinessProbe(baseUri());
        Process watched;
        synchronized (this) {
            watched = process;
        }
        if (watched == null) {
            throw new IllegalStateException(service.moduleName() + " was never launched");
        }
        Poll.Outcome outcome = Poll.every(READINESS_POLL_INTERVAL).until(probe::isReady, () -> !watched.isAlive(),
                deadline);
        switch (outcome) {
            case SATISFIED -> {
            }
            case GAVE_UP -> throw new ServiceStartException(watched.isAlive()
                    ? "Interrupted while waiting for " + service.moduleName() + " to become ready"
                    : service.moduleName() + " exited with code " + watched.exitValue()
                            + " before it became ready. Last lines of " + logFile + ":" + System.lineSeparator()
                            + LogTail.of(logFile, LOG_LINES_IN_ERRORS));
            case TIMED_OUT -> throw new ServiceStartException(service.moduleName() + " did not become ready at "
                    + probe.readinessUri() + " in time. Last lines of " + logFile + ":" + System.lineSeparator()
                    + LogTail.of(logFile, LOG_LINES_IN_ERRORS));
        }
    }

    /** Asks the JVM to stop (SIGTERM, so Quarkus shuts down cleanly) without waiting; see {@link #stop}. */
    public synchronized void requestStop() {
        if (process != null) {
            process.destroy();
        }
    }

    /** Asks the JVM to stop, then kills it if it is still running after the grace period. */
    public synchronized void stop(Duration grace) {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** Stops the JVM for good: a launch racing with the system's shutdown then fails instead of leaking a JVM. */
    public synchronized void retire(Duration grace) {
        retired = true;
        stop(grace);
    }

    /** Kills the JVM at once (SIGKILL), as a crash would; for failure tests. */
    public synchronized void kill() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }
}
