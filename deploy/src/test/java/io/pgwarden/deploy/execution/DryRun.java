package io.pgwarden.deploy.execution;

import io.pgwarden.contracts.impact.ImpactReport;
import io.pgwarden.contracts.sql.SqlParameter;
import io.pgwarden.impact.analysis.GuardedWrite;
import io.pgwarden.impact.analysis.ImpactAnalyzer;
import io.pgwarden.impact.analysis.ImpactSettings;
import io.pgwarden.sqlguard.GuardPolicy;
import io.pgwarden.sqlguard.SqlGuard;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Measures a write with impact-service's own analyzer, as the lifecycle does before approval, so that these tests
 * check execution against exactly the impact a person would approve, with nothing but PostgreSQL running.
 */
final class DryRun {

    private static final SqlGuard GUARD = new SqlGuard(GuardPolicy.defaults());

    private DryRun() {
    }

    static ImpactReport measure(Connection writer, String sql, List<SqlParameter> parameters, String targetTable)
            throws SQLException {
        ImpactReport report = new ImpactAnalyzer(ImpactSettings.defaults())
                .analyze(writer, GuardedWrite.accept(GUARD, sql, parameters)).report();
        if (report.tables().stream().noneMatch(t -> t.table().equals(targetTable))) {
            throw new IllegalStateException("the impact of " + sql + " does not reach " + targetTable + ": "
                    + report.tables());
        }
        return report;
    }
}
