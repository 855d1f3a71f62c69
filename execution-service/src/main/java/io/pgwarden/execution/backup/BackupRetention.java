package io.pgwarden.execution.backup;

import io.agroal.api.AgroalDataSource;
import io.pgwarden.execution.targetdb.TargetSchema;
import io.quarkus.agroal.DataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * At start, creates pgwarden's schema in the target database (idempotent); then, every purge interval, deletes
 * backups past their retention (pgwarden.execution.backup.retention, PRD: 30 days). Purging is safe from several
 * instances at once: it is one DELETE of expired rows.
 */
@ApplicationScoped
public class BackupRetention {

    private static final Logger LOG = Logger.getLogger(BackupRetention.class);

    private final AgroalDataSource writer;
    private final BackupConfig config;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "pgwarden-backup-retention");
        thread.setDaemon(true);
        return thread;
    });

    @Inject
    public BackupRetention(@DataSource("target-writer") AgroalDataSource writer, BackupConfig config) {
        this.writer = writer;
        this.config = config;
    }

    void onStart(@Observes StartupEvent started) {
        try (Connection connection = writer.getConnection()) {
            TargetSchema.ensure(connection);
        } catch (Exception e) {
            // Not fatal: every write ensures the schema again before it runs.
            LOG.warnf("pgwarden's schema in the target database is not ready yet: %s", e.getMessage());
        }
        long every = config.purgeInterval().toMillis();
        timer.scheduleWithFixedDelay(this::purge, every, every, TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent stopping) {
        timer.shutdownNow();
    }

    void purge() {
        try (Connection connection = writer.getConnection()) {
            TargetSchema.ensure(connection);
            int purged = BackupStore.purgeExpired(connection);
            if (purged > 0) {
                LOG.infof("purged %d expired backups", purged);
            }
        } catch (Exception e) {
            LOG.warnf("expired backups not purged: %s", e.getMessage());
        }
    }
}
