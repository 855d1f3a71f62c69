package io.pgwarden.deploy;

import io.pgwarden.deploy.postgres.DatabaseEndpoint;
import io.pgwarden.deploy.service.PgwardenService;
import io.pgwarden.deploy.support.Ports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything that can vary between two runs of the system: ports, directories, which services run and with which
 * extra environment, and which target database they query. The launcher and the end-to-end tests build one each.
 */
public final class SystemConfig {

    public static final int DEFAULT_POSTGRES_PORT = 15432;
    public static final int DEFAULT_KAFKA_PORT = 19092;
    public static final int DEFAULT_REDIS_PORT = 16379;
    public static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(120);
    /** Small, fast-starting JVMs: seven of them share two cores with PostgreSQL and Kafka. */
    public static final List<String> DEFAULT_SERVICE_JVM_OPTIONS =
            List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m");

    private final RepositoryLayout repository;
    private final Path workDir;
    private final boolean temporaryWorkDir;
    private final boolean freshWorkDir;
    private final int postgresPort;
    private final int kafkaPort;
    private final int redisPort;
    private final Set<PgwardenService> services;
    private final Map<PgwardenService, Integer> servicePorts;
    private final Map<String, String> sharedEnvironment;
    private final Map<PgwardenService, Map<String, String>> serviceEnvironment;
    private final boolean loadSampleDatabase;
    private final DatabaseEndpoint targetDatabase;
    private final DatabaseEndpoint targetDatabaseWriter;
    private final Duration readyTimeout;
    private final List<String> serviceJvmOptions;

    private SystemConfig(Builder builder) {
        this.repository = builder.repository != null ? builder.repository
                : RepositoryLayout.locate(Path.of(System.getProperty("user.dir")));
        this.temporaryWorkDir = builder.temporaryWorkDir;
        this.workDir = builder.temporaryWorkDir ? createTemporaryWorkDir()
                : Optional.ofNullable(builder.workDir).orElse(repository.defaultWorkDir()).toAbsolutePath().normalize();
        this.freshWorkDir = builder.freshWorkDir;
        this.postgresPort = resolve(builder.postgresPort);
        this.kafkaPort = resolve(builder.kafkaPort);
        this.redisPort = resolve(builder.redisPort);
        this.services = Collections.unmodifiableSet(EnumSet.copyOf(builder.services));
        EnumMap<PgwardenService, Integer> ports = new EnumMap<>(PgwardenService.class);
        for (PgwardenService service : PgwardenService.values()) {
            ports.put(service, resolve(builder.servicePorts.getOrDefault(service, service.defaultPort())));
        }
        this.servicePorts = Collections.unmodifiableMap(ports);
        this.sharedEnvironment = Map.copyOf(builder.sharedEnvironment);
        EnumMap<PgwardenService, Map<String, String>> perService = new EnumMap<>(PgwardenService.class);
        builder.serviceEnvironment.forEach((service, env) -> perService.put(service, Map.copyOf(env)));
        this.serviceEnvironment = Collections.unmodifiableMap(perService);
        this.loadSampleDatabase = builder.loadSampleDatabase;
        this.targetDatabase = builder.targetDatabase;
        this.targetDatabaseWriter = builder.targetDatabaseWriter;
        this.readyTimeout = builder.readyTimeout;
        this.serviceJvmOptions = List.copyOf(builder.serviceJvmOptions);
    }

    /** Defaults: the documented ports, work dir .pgwarden/ in the repository, all seven services, sample loaded. */
    public static Builder builder() {
        return new Builder();
    }

    /** For tests: free random ports and a temporary work dir deleted on close; add services as needed. */
    public static Builder forTests() {
        return new Builder().randomPorts().temporaryWorkDir().noServices();
    }

    private static int resolve(int port) {
        return port == 0 ? Ports.freePort() : port;
    }

    private static Path createTemporaryWorkDir() {
        try {
            return Files.createTempDirectory("pgwarden-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary work directory", e);
        }
    }

    public RepositoryLayout repository() {
        return repository;
    }

    public Path workDir() {
        return workDir;
    }

    public Path logDir() {
        return workDir.resolve("logs");
    }

    /** A temporary work dir is deleted when the system stops, and its PostgreSQL skips fsync. */
    public boolean temporaryWorkDir() {
        return temporaryWorkDir;
    }

    /** Whether to delete the work dir's data before starting, for a run from scratch. */
    public boolean freshWorkDir() {
        return freshWorkDir;
    }

    public int postgresPort() {
        return postgresPort;
    }

    public int kafkaPort() {
        return kafkaPort;
    }

    public int redisPort() {
        return redisPort;
    }

    public Set<PgwardenService> services() {
        return services;
    }

    public int servicePort(PgwardenService service) {
        return servicePorts.get(service);
    }

    public Map<String, String> sharedEnvironment() {
        return sharedEnvironment;
    }

    public Map<String, String> serviceEnvironment(PgwardenService service) {
        return serviceEnvironment.getOrDefault(service, Map.of());
    }

    public boolean loadSampleDatabase() {
        return loadSampleDatabase;
    }

    /** The target database the services read from, when it is not the embedded sample database. */
    public Optional<DatabaseEndpoint> targetDatabase() {
        return Optional.ofNullable(targetDatabase);
    }

    /** The login used for writes to the target database, when it is not the embedded pgwarden role. */
    public Optional<DatabaseEndpoint> targetDatabaseWriter() {
        return Optional.ofNullable(targetDatabaseWriter);
    }

    public Duration readyTimeout() {
        return readyTimeout;
    }

    public List<String> serviceJvmOptions() {
        return serviceJvmOptions;
    }

    /** Collects settings; unset ports keep their documented defaults, and 0 means "pick a free port". */
    public static final class Builder {
        private RepositoryLayout repository;
        private Path workDir;
        private boolean temporaryWorkDir;
        private boolean freshWorkDir;
        private int postgresPort = DEFAULT_POSTGRES_PORT;
        private int kafkaPort = DEFAULT_KAFKA_PORT;
        private int redisPort = DEFAULT_REDIS_PORT;
        private final EnumSet<PgwardenService> services = EnumSet.allOf(PgwardenService.class);
        private final EnumMap<PgwardenService, Integer> servicePorts = new EnumMap<>(PgwardenService.class);
        private final Map<String, String> sharedEnvironment = new LinkedHashMap<>();
        private final EnumMap<PgwardenService, Map<String, String>> serviceEnvironment =
                new EnumMap<>(PgwardenService.class);
        private boolean loadSampleDatabase = true;
        private DatabaseEndpoint targetDatabase;
        private DatabaseEndpoint targetDatabaseWriter;
        private Duration readyTimeout = DEFAULT_READY_TIMEOUT;
        private List<String> serviceJvmOptions = DEFAULT_SERVICE_JVM_OPTIONS;

        private Builder() {
        }

        public Builder repository(Path root) {
            this.repository = new RepositoryLayout(root);
            return this;
        }

        public Builder workDir(Path workDir) {
            this.workDir = workDir;
            this.temporaryWorkDir = false;
            return this;
        }

        public Builder temporaryWorkDir() {
            this.temporaryWorkDir = true;
            return this;
        }

        public Builder freshWorkDir(boolean fresh) {
            this.freshWorkDir = fresh;
            return this;
        }

        public Builder postgresPort(int port) {
            this.postgresPort = port;
            return this;
        }

        public Builder kafkaPort(int port) {
            this.kafkaPort = port;
            return this;
        }

        public Builder redisPort(int port) {
            this.redisPort = port;
            return this;
        }

        public Builder servicePort(PgwardenService service, int port) {
            servicePorts.put(service, port);
            return this;
        }

        /** Every port, infrastructure and services, becomes a free random one. */
        public Builder randomPorts() {
            postgresPort = 0;
            kafkaPort = 0;
            redisPort = 0;
            for (PgwardenService service : PgwardenService.values()) {
                servicePorts.put(service, 0);
            }
            return this;
        }

        /** Runs exactly these services (in addition to PostgreSQL, Kafka and Redis, which always run). */
        public Builder services(Set<PgwardenService> selected) {
            services.clear();
            services.addAll(selected);
            return this;
        }

        public Builder services(PgwardenService... selected) {
            return services(Set.of(selected));
        }

        public Builder allServices() {
            return services(EnumSet.allOf(PgwardenService.class));
        }

        /** Infrastructure only: PostgreSQL, Kafka and Redis. */
        public Builder noServices() {
            services.clear();
            return this;
        }

        /** An environment variable for every service; applied after the defaults, so it can override them. */
        public Builder environment(String name, String value) {
            sharedEnvironment.put(name, value);
            return this;
        }

        /** An environment variable for one service; applied last, so it overrides the shared ones. */
        public Builder environment(PgwardenService service, String name, String value) {
            serviceEnvironment.computeIfAbsent(service, s -> new LinkedHashMap<>()).put(name, value);
            return this;
        }

        public Builder loadSampleDatabase(boolean load) {
            this.loadSampleDatabase = load;
            return this;
        }

        /** Points the services' reads at another database instead of the embedded sample. */
        public Builder targetDatabase(DatabaseEndpoint reader) {
            this.targetDatabase = reader;
            return this;
        }

        /** Login for writes to that other database (same URL as the reader's). */
        public Builder targetDatabaseWriter(DatabaseEndpoint writer) {
            this.targetDatabaseWriter = writer;
            return this;
        }

        public Builder readyTimeout(Duration timeout) {
            this.readyTimeout = timeout;
            return this;
        }

        public Builder serviceJvmOptions(List<String> options) {
            this.serviceJvmOptions = List.copyOf(options);
            return this;
        }

        public SystemConfig build() {
            return new SystemConfig(this);
        }
    }
}
