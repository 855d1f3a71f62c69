package io.pgwarden.deploy;

import io.pgwarden.deploy.postgres.DatabaseEndpoint;
import io.pgwarden.deploy.postgres.PostgresAccounts;
import io.pgwarden.deploy.service.PgwardenService;
import io.pgwarden.deploy.service.ServiceEnvironment;
import io.pgwarden.deploy.service.ServiceProcess;
import io.pgwarden.deploy.support.Directories;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The whole pgwarden system on one machine: embedded PostgreSQL, Kafka and Redis, and the services as child JVMs.
 * The launcher runs one with default settings; end-to-end tests start one per test class with
 * {@link SystemConfig#forTests()}, call the URLs it exposes, and stop or restart single services.
 */
public final class PgwardenSystem implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(PgwardenSystem.class.getName());
    private static final Duration SERVICE_STOP_GRACE = Duration.ofSeconds(20);

    private final SystemConfig config;
    private final EmbeddedInfrastructure infrastructure;
    private final Map<PgwardenService, ServiceProcess> services = new EnumMap<>(PgwardenService.class);
    // A fresh secret per system: only the gateway (and tests holding this system) can call the internal APIs.
    private final String internalToken = java.util.UUID.randomUUID().toString();
    private Thread shutdownHook;
    private boolean closed;

    private PgwardenSystem(SystemConfig config) {
        this.config = config;
        this.infrastructure = new EmbeddedInfrastructure(config);
    }

    /** Starts everything the config asks for and returns once every service reports ready. */
    public static PgwardenSystem start(SystemConfig config) {
        PgwardenSystem system = new PgwardenSystem(config);
        try {
            system.startAll();
            return system;
        } catch (RuntimeException | Error e) {
            system.close();
            throw e;
        }
    }

    private void startAll() {
        PreStartChecks.requireServiceJars(config);
        PreStartChecks.requirePortsFree(config);
        prepareWorkDir();
        registerShutdownHook();
        Instant deadline = Instant.now().plus(config.readyTimeout());
        infrastructure.start(deadline);
        startServices(config.services().stream().toList(), deadline);
    }

    private void prepareWorkDir() {
        try {
            if (config.freshWorkDir()) {
                LOG.log(Level.INFO, "Deleting {0} for a fresh start", config.workDir());
                Directories.deleteRecursively(config.workDir());
            }
            Files.createDirectories(config.logDir());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the work directory " + config.workDir(), e);
        }
    }

    /** All JVMs are launched first and then awaited, so their start-ups overlap. */
    private void startServices(List<PgwardenService> selected, Instant deadline) {
        for (PgwardenService service : selected) {
            process(service).launch();
        }
        for (PgwardenService service : selected) {
            long began = System.nanoTime();
            process(service).awaitReady(deadline);
            LOG.log(Level.INFO, "{0} ready on {1} (+{2} ms)", service.moduleName(), serviceUrl(service),
                    (System.nanoTime() - began) / 1_000_000);
        }
    }

    private synchronized ServiceProcess process(PgwardenService service) {
        if (closed) {
            throw new IllegalStateException("The system is stopped; start a new one");
        }
        return services.computeIfAbsent(service, s -> new ServiceProcess(s,
                config.repository().serviceJar(s),
                config.servicePort(s),
                config.serviceJvmOptions(),
                serviceEnvironment().forService(config.servicePort(s), config.sharedEnvironment(),
                        config.serviceEnvironment(s)),
                logFile(s)));
    }

    private ServiceEnvironment serviceEnvironment() {
        return new ServiceEnvironment(kafkaBootstrapServers(), systemDatabase(), targetDatabase(),
                targetDatabaseWriter(), redisUrl(), internalToken,
                serviceUrl(PgwardenService.APPROVAL).toString(), serviceUrl(PgwardenService.EXECUTION).toString());
    }

    /** The shared secret of the internal APIs (approval-service, execution-service), for tests that call them. */
    public String internalToken() {
        return internalToken;
    }

    public SystemConfig config() {
        return config;
    }

    public URI serviceUrl(PgwardenService service) {
        return URI.create("http://127.0.0.1:" + config.servicePort(service));
    }

    public URI gatewayUrl() {
        return serviceUrl(PgwardenService.GATEWAY);
    }

    public URI openApiUrl() {
        return gatewayUrl().resolve("/q/openapi");
    }

    public String kafkaBootstrapServers() {
        return "127.0.0.1:" + config.kafkaPort();
    }

    public String redisUrl() {
        return "redis://127.0.0.1:" + config.redisPort();
    }

    /** The services' own database (each service keeps its tables in its own schema there). */
    public DatabaseEndpoint systemDatabase() {
        return DatabaseEndpoint.local(config.postgresPort(), PostgresAccounts.SYSTEM_DATABASE,
                PostgresAccounts.OWNER, PostgresAccounts.OWNER_PASSWORD);
    }

    /** The database users ask about, with the read-only login the services use for reads. */
    public DatabaseEndpoint targetDatabase() {
        return config.targetDatabase().orElseGet(() -> DatabaseEndpoint.local(config.postgresPort(),
                PostgresAccounts.SAMPLE_DATABASE, PostgresAccounts.READER, PostgresAccounts.READER_PASSWORD));
    }

    /** The target database with the login used for approved writes. */
    public DatabaseEndpoint targetDatabaseWriter() {
        DatabaseEndpoint writer = config.targetDatabaseWriter()
                .orElseGet(() -> targetDatabase().as(PostgresAccounts.OWNER, PostgresAccounts.OWNER_PASSWORD));
        return targetDatabase().as(writer.user(), writer.password());
    }

    /** A superuser login to any database of the embedded server, for test set-up that needs more rights. */
    public DatabaseEndpoint postgresSuperuser(String database) {
        return DatabaseEndpoint.local(config.postgresPort(), database, PostgresAccounts.SUPERUSER,
                PostgresAccounts.SUPERUSER_PASSWORD);
    }

    public Path logFile(PgwardenService service) {
        return config.logDir().resolve(service.moduleName() + ".log");
    }

    public synchronized boolean isRunning(PgwardenService service) {
        ServiceProcess process = services.get(service);
        return process != null && process.isRunning();
    }

    /** Starts one service (again, or for the first time) and waits until it is ready. */
    public void startService(PgwardenService service) {
        startServices(List.of(service), Instant.now().plus(config.readyTimeout()));
    }

    /** Stops one service gracefully (SIGTERM, then SIGKILL after 20 s); the rest keep running. */
    public void stopService(PgwardenService service) {
        process(service).stop(SERVICE_STOP_GRACE);
    }

    /** Kills one service at once, as a crash would. */
    public void killService(PgwardenService service) {
        process(service).kill();
    }

    public void restartService(PgwardenService service) {
        stopService(service);
        startService(service);
    }

    /** Drops and reloads the embedded sample database, ending open connections to it. */
    public void resetSampleDatabase() {
        try {
            infrastructure.sampleDatabase().reload();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reload the sample database: " + e.getMessage(), e);
        }
    }

    /**
     * Stops the services, then Redis, Kafka and PostgreSQL; deletes a temporary work dir. Safe to call twice;
     * a second caller waits until the first has finished, so it never returns while something still runs.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        removeShutdownHook();
        long began = System.nanoTime();
        LOG.log(Level.DEBUG, "Stopping the services, Redis, Kafka and PostgreSQL");
        List<ServiceProcess> running = List.copyOf(services.values());
        running.forEach(ServiceProcess::requestStop);
        running.forEach(process -> process.retire(SERVICE_STOP_GRACE));
        infrastructure.close();
        if (config.temporaryWorkDir()) {
            try {
                Directories.deleteRecursively(config.workDir());
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Cannot delete " + config.workDir(), e);
            }
        }
        LOG.log(Level.DEBUG, "Stopped ({0} ms)", (System.nanoTime() - began) / 1_000_000);
    }

    /** Ctrl-C, or a test JVM that exits without closing, still stops every child process. */
    private void registerShutdownHook() {
        shutdownHook = new Thread(this::close, "pgwarden-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    private void removeShutdownHook() {
        if (shutdownHook == null || Thread.currentThread() == shutdownHook) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shutdownAlreadyRunning) {
            // the hook is running or about to; close() is idempotent
        }
    }
}
