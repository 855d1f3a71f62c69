package io.pgwarden.deploy;

import io.pgwarden.deploy.kafka.KafkaBroker;
import io.pgwarden.deploy.postgres.DatabaseProvisioner;
import io.pgwarden.deploy.postgres.PostgresBinaries;
import io.pgwarden.deploy.postgres.PostgresServer;
import io.pgwarden.deploy.postgres.RootlessCommand;
import io.pgwarden.deploy.postgres.SampleDatabase;
import io.pgwarden.deploy.redis.RedisServer;

import java.lang.System.Logger.Level;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** PostgreSQL (with the pgwarden roles, system database and sample database), Kafka and Redis. */
final class EmbeddedInfrastructure implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(EmbeddedInfrastructure.class.getName());

    private final SystemConfig config;
    private PostgresServer postgres;
    private SampleDatabase sample;
    private KafkaBroker kafka;
    private RedisServer redis;
    private boolean closed;

    EmbeddedInfrastructure(SystemConfig config) {
        this.config = config;
    }

    /** The three start side by side, since none needs the others; returns when all three serve. */
    void start(Instant deadline) {
        ExecutorService starters = Executors.newFixedThreadPool(3, runnable -> {
            Thread thread = new Thread(runnable, "pgwarden-infrastructure-start");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Void>> started = starters.invokeAll(List.of(
                    timed("PostgreSQL", () -> startPostgres(deadline)),
                    timed("Kafka", () -> startKafka(deadline)),
                    timed("Redis", this::startRedis)));
            for (Future<Void> future : started) {
                future.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting PostgreSQL, Kafka and Redis", e);
        } finally {
            starters.shutdownNow();
        }
    }

    private static Callable<Void> timed(String what, Callable<String> start) {
        return () -> {
            long began = System.nanoTime();
            String where = start.call();
            LOG.log(Level.INFO, "{0} ready on {1} ({2} ms)", what, where, (System.nanoTime() - began) / 1_000_000);
            return null;
        };
    }

    private String startPostgres(Instant deadline) throws SQLException {
        PostgresBinaries binaries = PostgresBinaries.unpackInto(PostgresBinaries.defaultCacheRoot());
        PostgresServer server = new PostgresServer(binaries, RootlessCommand.forCurrentUser(),
                config.workDir().resolve("postgres/data"), config.postgresPort(), !config.temporaryWorkDir(),
                config.logDir().resolve("postgres.log"));
        adopt(() -> postgres = server);
        server.start(deadline);
        new DatabaseProvisioner(server).provision();
        SampleDatabase sampleDatabase = new SampleDatabase(server);
        if (config.loadSampleDatabase() && sampleDatabase.ensureLoaded()) {
            LOG.log(Level.INFO, "Loaded the sample database");
        }
        adopt(() -> sample = sampleDatabase);
        return "127.0.0.1:" + config.postgresPort();
    }

    private String startKafka(Instant deadline) {
        KafkaBroker broker = new KafkaBroker(config.kafkaPort(), config.workDir().resolve("kafka"),
                config.logDir().resolve("kafka.log"));
        adopt(() -> kafka = broker);
        broker.start(deadline);
        return broker.bootstrapServers();
    }

    private String startRedis() {
        RedisServer server = new RedisServer(config.redisPort());
        adopt(() -> redis = server);
        server.start();
        return server.url();
    }

    /**
     * Records a component before it starts, under the same lock as {@link #close()}: either close() sees it and
     * stops it (which makes its start fail), or it sees that close() ran and refuses to start anything.
     */
    private synchronized void adopt(Runnable record) {
        if (closed) {
            throw new IllegalStateException("The system was stopped during start-up");
        }
        record.run();
    }

    synchronized SampleDatabase sampleDatabase() {
        if (sample == null) {
            throw new IllegalStateException("PostgreSQL is not running");
        }
        return sample;
    }

    /** Redis, Kafka, then PostgreSQL, the reverse of how much the services depend on them at shutdown. */
    @Override
    public synchronized void close() {
        closed = true;
        closeQuietly(redis, "Redis");
        closeQuietly(kafka, "Kafka");
        closeQuietly(postgres, "PostgreSQL");
    }

    private static void closeQuietly(AutoCloseable component, String name) {
        if (component == null) {
            return;
        }
        try {
            component.close();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Stopping " + name + " failed", e);
        }
    }
}
