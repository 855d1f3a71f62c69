package io.pgwarden.execution.read;

import io.agroal.api.AgroalDataSource;
import io.pgwarden.contracts.sql.SqlParameter;
import io.pgwarden.execution.config.ExecutionConfig;
import io.pgwarden.execution.read.cache.CacheUse;
import io.pgwarden.execution.read.cache.ReadCache;
import io.pgwarden.execution.read.cache.ReadCacheKey;
import io.pgwarden.execution.read.cache.SchemaVersion;
import io.pgwarden.execution.read.load.ActiveBackends;
import io.pgwarden.execution.read.load.LoadGate;
import io.pgwarden.execution.read.plan.IndexAdvisor;
import io.pgwarden.sqlguard.SqlGuard;
import io.quarkus.agroal.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs one read through every layer, in this order: the SQL guard (nothing else happens to a refused statement);
 * the result cache, keyed by user, reader role, schema version, statement and values (a hit costs the database
 * nothing, so it is served even when the database is busy); the load gate (BUSY while the server is busy); the
 * per-user and total concurrency limits; then the plan check and the limited READ ONLY transaction
 * ({@link GuardedRead}) on a pooled connection, retried once when that connection turns out to be dead.
 */
@ApplicationScoped
public class ReadExecutor {

    private static final Logger LOG = Logger.getLogger(ReadExecutor.class);

    private final AgroalDataSource target;
    private final GuardedRead read;
    private final ReadAdmission admission;
    private final LoadGate load;
    private final ReadCache cache;
    private final SchemaVersion schemaVersion;
    private final String readerRole;

    @Inject
    public ReadExecutor(@DataSource("target") AgroalDataSource target, SqlGuard guard, ExecutionConfig config,
            ReadCache cache, @ConfigProperty(name = "quarkus.datasource.target.username") String readerRole) {
        this.target = target;
        this.read = new GuardedRead(guard, ReadLimits.of(config), new IndexAdvisor(config.largeTableRows()));
        this.admission = new ReadAdmission(config.maxPerUser(), config.maxConcurrent(), config.queueWait());
        this.load = new LoadGate(config.load().maxActiveBackends(), config.load().sampleInterval(),
                new ActiveBackends(target), System::nanoTime);
        this.cache = cache;
        this.schemaVersion = new SchemaVersion(target, config.cache().schemaVersionTtl(), System::nanoTime);
        this.readerRole = readerRole;
    }

    public ReadResult execute(String userId, String sql, List<SqlParameter> parameters) {
        return execute(userId, sql, parameters, null);
    }

    /**
     * @param cacheControl the request's cache directive (envelope attribute {@code cachecontrol}), or null
     */
    public ReadResult execute(String userId, String sql, List<SqlParameter> parameters, String cacheControl) {
        String statement = read.acceptedStatement(sql);
        CacheUse use = cache.enabled() ? CacheUse.of(cacheControl) : CacheUse.NONE;
        Optional<String> key = use.store() ? cacheKey(userId, statement, parameters) : Optional.empty();
        if (use.lookup() && key.isPresent()) {
            Optional<ReadResult> hit = cache.get(key.get());
            if (hit.isPresent()) {
                return hit.get();
            }
        }
        load.admit();
        ReadResult result;
        try (ReadAdmission.Ticket ticket = admission.admit(userId)) {
            result = executeWithRetry(statement, parameters);
        }
        key.ifPresent(k -> cache.put(k, result));
        return result;
    }

    /** Empty when the schema version cannot be read: the read then runs uncached and reports the database's error. */
    private Optional<String> cacheKey(String userId, String statement, List<SqlParameter> parameters) {
        try {
            return Optional.of(ReadCacheKey.of(userId, readerRole, schemaVersion.current(), statement, parameters));
        } catch (SQLException e) {
            LOG.debugf("schema version not read, read not cached: %s", e.getMessage());
            return Optional.empty();
        }
    }

    private ReadResult executeWithRetry(String statement, List<SqlParameter> parameters) {
        try {
            return executeOnce(statement, parameters);
        } catch (SQLException e) {
            if (!ReadFailures.isBrokenConnection(e)) {
                throw ReadFailures.from(e, read.limits());
            }
        }
        // A pooled connection can be dead after the database restarted; a read is safe to run again once.
        try {
            return executeOnce(statement, parameters);
        } catch (SQLException e) {
            throw ReadFailures.from(e, read.limits());
        }
    }

    private ReadResult executeOnce(String statement, List<SqlParameter> parameters) throws SQLException {
        try (Connection connection = target.getConnection()) {
            return read.run(connection, statement, parameters);
        }
    }
}
