package io.pgwarden.deploy.execution;

import io.pgwarden.contracts.impact.ImpactMethod;
import io.pgwarden.contracts.impact.ImpactReport;
import io.pgwarden.contracts.impact.TableImpact;
import io.pgwarden.contracts.intent.RiskLevel;
import io.pgwarden.contracts.sql.SqlParameter;
import io.pgwarden.execution.write.TableCensus;
import io.pgwarden.kit.jdbc.ParameterBinder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures a write the way an impact analysis does: runs it in a transaction that is always rolled back and counts
 * rows per table from the transaction's statistics. Stands in for impact-service, so these tests need nothing but
 * PostgreSQL.
 */
final class DryRun {

    private DryRun() {
    }

    static ImpactReport measure(Connection writer, String sql, List<SqlParameter> parameters, String targetTable)
            throws SQLException {
        writer.setAutoCommit(false);
        try {
            TableCensus before = TableCensus.take(writer);
            try (PreparedStatement statement = writer.prepareStatement(sql)) {
                ParameterBinder.bind(statement, parameters);
                statement.execute();
            }
            TableCensus after = TableCensus.take(writer).since(before);
            List<TableImpact> tables = new ArrayList<>();
            after.tables().forEach((table, counts) -> tables.add(new TableImpact(table, counts.inserted(),
                    counts.updated(), counts.deleted(), table.equals(targetTable) ? "statement" : "cascade")));
            long total = tables.stream().mapToLong(TableImpact::total).sum();
            return new ImpactReport(ImpactMethod.DRY_RUN, null, tables, total, List.of(), List.of(), List.of(),
                    List.of(), List.of(), List.of(), false, false, RiskLevel.MEDIUM, List.of("test"), "backup",
                    List.of());
        } finally {
            writer.rollback();
            writer.setAutoCommit(true);
        }
    }
}
