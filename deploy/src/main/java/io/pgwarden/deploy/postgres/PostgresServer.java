package io.pgwarden.deploy.postgres;

import io.pgwarden.deploy.support.Directories;
import io.pgwarden.deploy.support.LogTail;
import io.pgwarden.deploy.support.Poll;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One PostgreSQL server from the unpacked binaries: creates the cluster on first start (initdb), runs the
 * {@code postgres} process listening on 127.0.0.1 only, and stops it with a fast shutdown.
 */
public final class PostgresServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(PostgresServer.class.getName());
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(60);
    private static final int LOG_LINES_IN_ERRORS = 30;

    private final PostgresBinaries binaries;
    private final RootlessCommand rootless;
    private final Path dataDir;
    private final int port;
    private final boolean durable;
    private final Path logFile;
    private Process server;
    private boolean closed;

    /**
     * @param durable false for throw-away clusters (tests): runs without fsync, which makes loads much faster
     */
    public PostgresServer(PostgresBinaries binaries, RootlessCommand rootless, Path dataDir, int port,
            boolean durable, Path logFile) {
        this.binaries = binaries;
        this.rootless = rootless;
        this.dataDir = dataDir;
        this.port = port;
        this.durable = durable;
        this.logFile = logFile;
    }

    public int port() {
        return port;
    }

    public DatabaseEndpoint superuser(String database) {
        return DatabaseEndpoint.local(port, database, PostgresAccounts.SUPERUSER, PostgresAccounts.SUPERUSER_PASSWORD);
    }

    public synchronized void start(Instant deadline) {
        if (closed) {
            throw new IllegalStateException("PostgreSQL was stopped before it started");
        }
        try {
            Files.createDirectories(logFile.getParent());
            stopServerLeftByEarlierRun();
            if (!Files.isRegularFile(dataDir.resolve("PG_VERSION"))) {
                initializeCluster();
            }
            launch();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start PostgreSQL in " + dataDir, e);
        }
        awaitAcceptingConnections(deadline);
    }

    private void stopServerLeftByEarlierRun() throws IOException {
        if (!Files.exists(dataDir.resolve("postmaster.pid"))) {
            return;
        }
        if (run(List.of(program("pg_ctl"), "status", "-D", dataDir.toString())) == 0) {
            LOG.log(Level.INFO, "Stopping the PostgreSQL server an earlier run left in {0}", dataDir);
            run(stopCommand());
        }
    }

    private void initializeCluster() throws IOException {
        Directories.deleteRecursively(dataDir); // what a crashed initdb left behind
        Files.createDirectories(dataDir.getParent());
        Path passwordFile = dataDir.resolveSibling("superuser-password");
        Files.writeString(passwordFile, PostgresAccounts.SUPERUSER_PASSWORD);
        Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));
        try {
            List<String> initdb = List.of(program("initdb"),
                    "--pgdata=" + dataDir,
                    "--username=" + PostgresAccounts.SUPERUSER,
                    "--pwfile=" + passwordFile,
                    "--auth=scram-sha-256",
                    "--encoding=UTF8",
                    "--locale=C",
                    "--no-instructions",
                    // an empty cluster is cheap to recreate; waiting for the disk is not worth it
                    "--no-sync");
            int exit = run(initdb);
            if (exit != 0) {
                throw new IllegalStateException("initdb failed with exit code " + exit + rootless.hint()
                        + ". Last lines of " + logFile + ":" + System.lineSeparator()
                        + LogTail.of(logFile, LOG_LINES_IN_ERRORS));
            }
        } finally {
            Files.deleteIfExists(passwordFile);
        }
    }

    private void launch() throws IOException {
        List<String> command = new ArrayList<>(List.of(program("postgres"),
                "-D", dataDir.toString(),
                "-p", Integer.toString(port),
                "-c", "listen_addresses=127.0.0.1",
                // no Unix socket: its default directory may not exist or be shared with a system PostgreSQL
                "-c", "unix_socket_directories=",
                // seven services with a connection pool each, plus tests
                "-c", "max_connections=300",
                "-c", "synchronous_commit=off"));
        if (!durable) {
            command.addAll(List.of("-c", "fsync=off", "-c", "full_page_writes=off"));
        }
        server = new ProcessBuilder(rootless.wrap(command))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
    }

    private void awaitAcceptingConnections(Instant deadline) {
        DatabaseEndpoint endpoint = superuser(PostgresAccounts.MAINTENANCE_DATABASE);
        Poll.Outcome outcome = Poll.every(Duration.ofMillis(100))
                .until(() -> canConnect(endpoint), () -> !server.isAlive(), deadline);
        if (outcome != Poll.Outcome.SATISFIED) {
            String what = server.isAlive() ? "did not accept connections in time"
                    : "exited with code " + server.exitValue();
            throw new IllegalStateException("PostgreSQL on port " + port + " " + what + rootless.hint()
                    + ". Last lines of " + logFile + ":" + System.lineSeparator()
                    + LogTail.of(logFile, LOG_LINES_IN_ERRORS));
        }
    }

    private static boolean canConnect(DatabaseEndpoint endpoint) {
        try (Connection ignored = endpoint.open()) {
            return true;
        } catch (SQLException notYet) {
            return false;
        }
    }

    /** Fast shutdown: disconnects clients and stops cleanly, so the next start needs no recovery. */
    @Override
    public synchronized void close() {
        closed = true;
        if (server == null) {
            return;
        }
        try {
            run(stopCommand());
            if (!server.waitFor(10, TimeUnit.SECONDS)) {
                server.destroyForcibly();
                server.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "pg_ctl stop failed, killing PostgreSQL", e);
            server.destroyForcibly();
        } catch (InterruptedException e) {
            server.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        server = null;
    }

    private List<String> stopCommand() {
        return List.of(program("pg_ctl"), "stop", "-D", dataDir.toString(), "-m", "fast", "-w", "-t", "30");
    }

    private String program(String name) {
        return binaries.program(name).toString();
    }

    /** Runs one of PostgreSQL's programs to completion, its output appended to the server log. */
    private int run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(rootless.wrap(command))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
        try {
            if (!process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command.get(0) + " did not finish in " + COMMAND_TIMEOUT);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + command.get(0), e);
        }
    }
}
