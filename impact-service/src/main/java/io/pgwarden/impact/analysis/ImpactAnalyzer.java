package io.pgwarden.impact.analysis;

import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.contracts.impact.ForeignKeyEffect;
import io.pgwarden.contracts.impact.ImpactMethod;
import io.pgwarden.impact.cascade.ForeignKey;
import io.pgwarden.impact.cascade.ForeignKeyCatalog;
import io.pgwarden.impact.cascade.ForeignKeyWalker;
import io.pgwarden.impact.dryrun.DryRun;
import io.pgwarden.impact.dryrun.DryRunFailure;
import io.pgwarden.impact.dryrun.DryRunResult;
import io.pgwarden.impact.estimate.PlanEstimate.Estimate;
import io.pgwarden.impact.estimate.PlanEstimate;
import io.pgwarden.kit.error.PipelineException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.postgresql.util.PSQLException;

/**
 * Measures what one write would do, on a plain JDBC connection to the target database (so it runs the same inside
 * the service and in tests). Everything happens in one REPEATABLE READ transaction that is always rolled back, with
 * the configured statement and lock timeouts: the catalog is read, the planner estimates the rows, and unless the
 * estimate is above the dry-run limit the statement runs for real and its effect is counted per table. When the dry
 * run cannot finish, the estimate is reported and the report says why; when the statement would fail, the report
 * lists the blockers.
 */
public final class ImpactAnalyzer {

    private final ImpactSettings settings;
    private final ReportAssembler assembler;

    public ImpactAnalyzer(ImpactSettings settings) {
        this.settings = settings;
        this.assembler = new ReportAssembler(settings);
    }

    public ImpactSettings settings() {
        return settings;
    }

    /**
     * @throws PipelineException for a statement that cannot be analysed as it stands (unknown table, protected schema,
     *                       invalid SQL for this database, a table locked by a schema change)
     * @throws SQLException  when the database cannot be reached
     */
    public ImpactAnalysis analyze(Connection connection, WriteStatement write) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            begin(connection);
            TargetTable target = TargetTable.resolve(connection, write.targetTable());
            if (settings.isProtected(target.schema()) && settings.refuseProtectedSchemas()) {
                throw new PipelineException(ErrorCode.REFUSED_BY_POLICY, "The statement writes to " + target.name()
                        + ", which is system data (schema " + target.schema() + "); pgwarden does not change it.",
                        "Write to your own tables only; system catalogs and pgwarden's own schemas are managed by"
                                + " the database and by pgwarden.");
            }
            List<ForeignKey> keys = ForeignKeyCatalog.load(connection);
            List<ForeignKeyEffect> effects = new ForeignKeyWalker(keys).walk(target.name(), write.kind());
            Measurement measurement = measure(connection, write, target, keys);
            return assembler.assemble(connection, write, target, effects, measurement);
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }

    private void begin(Connection connection) throws SQLException {
        execute(connection, "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
        try (PreparedStatement limits = connection.prepareStatement(
                "SELECT pg_catalog.set_config('statement_timeout', ?, true),"
                        + " pg_catalog.set_config('lock_timeout', ?, true)")) {
            limits.setString(1, settings.statementTimeout().toMillis() + "ms");
            limits.setString(2, settings.lockTimeout().toMillis() + "ms");
            limits.execute();
        }
        // deferred constraints are checked at the statement, so a dry run sees what a commit would refuse
        execute(connection, "SET CONSTRAINTS ALL IMMEDIATE");
    }

    private Measurement measure(Connection connection, WriteStatement write, TargetTable target,
            List<ForeignKey> keys) throws SQLException {
        Estimate estimate;
        execute(connection, "SAVEPOINT pgwarden_explain");
        try {
            estimate = PlanEstimate.explain(connection, write);
        } catch (SQLException e) {
            execute(connection, "ROLLBACK TO SAVEPOINT pgwarden_explain");
            DryRunFailure failure = DryRunFailure.of(e, write.kind());
            if (failure.meaning() == DryRunFailure.Meaning.BLOCKER) {
                return Measurement.blocked(ImpactMethod.ESTIMATE, null, failure.reason(), failure.hint());
            }
            throw unusable(failure, target, e);
        }
        if (!settings.dryRunEnabled()) {
            return Measurement.estimateOnly(estimate, "Dry runs are turned off (pgwarden.impact.dry-run.enabled).");
        }
        if (estimate.rows() > settings.dryRunMaxRows()) {
            return Measurement.estimateOnly(estimate, "No dry run: the planner expects about " + estimate.rows()
                    + " rows, more than the dry-run limit of " + settings.dryRunMaxRows()
                    + " (pgwarden.impact.dry-run.max-estimated-rows).");
        }
        DryRunResult result = DryRun.run(connection, write, target.sqlName());
        if (result.failure().isEmpty()) {
            return Measurement.dryRun(estimate, result.changes(), result.targetUntouched());
        }
        SQLException error = result.failure().get();
        DryRunFailure failure = DryRunFailure.of(error, write.kind());
        return switch (failure.meaning()) {
            case FALLBACK -> Measurement.estimateOnly(estimate, "The dry run was abandoned because "
                    + failure.reason() + " (statement_timeout " + settings.statementTimeout().toMillis()
                    + " ms, lock_timeout " + settings.lockTimeout().toMillis() + " ms).");
            case BLOCKER -> Measurement.blocked(ImpactMethod.DRY_RUN, estimate,
                    withReferencingRows(connection, keys, failure, error), failure.hint());
            case ERROR -> throw unusable(failure, target, error);
        };
    }

    private static String withReferencingRows(Connection connection, List<ForeignKey> keys, DryRunFailure failure,
            SQLException error) throws SQLException {
        if (!"23503".equals(failure.sqlState()) || !(error instanceof PSQLException psql)
                || psql.getServerErrorMessage() == null) {
            return failure.reason();
        }
        return ReferencingRows.describe(connection, keys, psql.getServerErrorMessage().getConstraint(),
                psql.getServerErrorMessage().getDetail())
                .map(rows -> failure.reason() + " " + rows + ".").orElse(failure.reason());
    }

    private static PipelineException unusable(DryRunFailure failure, TargetTable target, SQLException cause) {
        String state = failure.sqlState();
        if ("55P03".equals(state)) {
            return new PipelineException(ErrorCode.BUSY, target.name() + " is locked by another session (for example"
                    + " a schema change), so the write's impact could not be measured.",
                    "Try again in a moment; nothing was changed.", cause);
        }
        if ("57014".equals(state)) {
            return new PipelineException(ErrorCode.TIMEOUT, "Planning the statement took longer than the analysis"
                    + " time limit.", "Simplify the statement; nothing was changed.", cause);
        }
        if (state.startsWith("08")) {
            return new PipelineException(ErrorCode.DEPENDENCY_DOWN, "The target database connection failed during"
                    + " impact analysis.", "Try again when the database is reachable; nothing was changed.", cause);
        }
        ErrorCode code = switch (state) {
            case "42P01", "42703", "42883" -> ErrorCode.UNKNOWN_SCHEMA_ELEMENT;
            case "42501" -> ErrorCode.FORBIDDEN;
            default -> ErrorCode.BAD_REQUEST;
        };
        return new PipelineException(code, "The statement cannot run in the target database: " + failure.reason(),
                "Correct the statement; nothing was changed.", cause);
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
