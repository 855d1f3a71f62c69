package io.pgwarden.execution.write;

import io.agroal.api.AgroalDataSource;
import io.pgwarden.contracts.approval.TargetDatabase;
import io.pgwarden.execution.approvalcheck.ApprovalStore;
import io.pgwarden.execution.approvalcheck.ApprovalVerifier;
import io.pgwarden.execution.backup.BackupConfig;
import io.pgwarden.execution.rollback.RestoreExecutor;
import io.pgwarden.sqlguard.SqlGuard;
import io.quarkus.agroal.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds the write path's plain-Java core (which tests and the benchmark use without Quarkus) from the service's
 * configuration and its connection pools: the writer pool to the target database, the system database for the
 * approval store.
 */
@ApplicationScoped
public class WriteWiring {

    @Produces
    @Singleton
    WriteSettings settings(WriteConfig write, BackupConfig backup) {
        return new WriteSettings(write.statementTimeout().asMap(), write.lockTimeout().asMap(), backup.maxRows(),
                backup.maxBytes(), backup.retention(), write.tolerancePercent(), write.toleranceRows(),
                write.estimateTolerancePercent(), write.serializationRetries());
    }

    @Produces
    @Singleton
    WriteExecutor writeExecutor(@DataSource("target-writer") AgroalDataSource writer, SqlGuard guard,
            WriteSettings settings) {
        return new WriteExecutor(writer::getConnection, guard, settings);
    }

    @Produces
    @Singleton
    RestoreExecutor restoreExecutor(@DataSource("target-writer") AgroalDataSource writer, WriteSettings settings) {
        return new RestoreExecutor(writer::getConnection, settings);
    }

    @Produces
    @Singleton
    WriteLimits writeLimits(@DataSource("target-writer") AgroalDataSource writer, WriteConfig config) {
        return new WriteLimits(config.maxPerUser(), config.maxPerTable(), config.maxActiveBackends(),
                writer::getConnection);
    }

    @Produces
    @Singleton
    ApprovalStore approvalStore(AgroalDataSource systemDatabase) {
        return new ApprovalStore(systemDatabase);
    }

    @Produces
    @Singleton
    ApprovalVerifier approvalVerifier(
            @ConfigProperty(name = "quarkus.datasource.target-writer.jdbc.url") String writerUrl) {
        return new ApprovalVerifier(TargetDatabase.nameOf(writerUrl));
    }
}
