package io.pgwarden.impact.dryrun;

import io.pgwarden.contracts.sql.StatementKind;
import io.pgwarden.impact.analysis.WriteStatement;
import io.pgwarden.kit.jdbc.ParameterBinder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the write for real inside the caller's transaction, which the caller always rolls back, and counts what it
 * did to every table: the statement's own rows, rows reached by foreign-key actions and rows written by triggers.
 *
 * <p>Counting: the per-transaction statistics (pg_stat_xact_user_tables) before and after the statement give the
 * rows inserted and deleted per table, and every row version an update wrote (HOT updates included). A row updated
 * several times in one statement (a trigger recomputing an order total once per order line) would count several
 * times there, so updated rows are counted instead as the visible rows this transaction wrote
 * ({@code age(xmin) <= 0}: our transaction id or a later one, which under REPEATABLE READ can only be our own
 * subtransactions) minus the rows it inserted. The caller must run it at REPEATABLE READ for that reason.
 */
public final class DryRun {

    private static final String SAVEPOINT = "pgwarden_dry_run";
    private static final String COUNT_SAVEPOINT = "pgwarden_dry_run_count";

    private DryRun() {
    }

    /**
     * @param targetSqlName the target table's name as SQL may write it, to count the rows the statement left alone
     * @return the changes, or the failure after rolling back to before the statement (the transaction stays usable)
     */
    public static DryRunResult run(Connection connection, WriteStatement write, String targetSqlName)
            throws SQLException {
        execute(connection, "SAVEPOINT " + SAVEPOINT);
        Map<Long, TupleCounters.Reading> operations;
        try {
            TupleCounters before = TupleCounters.read(connection);
            try (PreparedStatement statement = connection.prepareStatement(write.sql())) {
                ParameterBinder.bind(statement, write.parameters());
                statement.execute();
            }
            operations = TupleCounters.read(connection).since(before);
        } catch (SQLException failure) {
            execute(connection, "ROLLBACK TO SAVEPOINT " + SAVEPOINT);
            return DryRunResult.failed(failure);
        }
        List<TableChange> changes = new ArrayList<>();
        for (TupleCounters.Reading reading : operations.values()) {
            changes.add(distinct(connection, reading));
        }
        long untouched = write.kind() == StatementKind.INSERT ? -1 : untouched(connection, targetSqlName);
        return DryRunResult.completed(changes, untouched);
    }

    private static TableChange distinct(Connection connection, TupleCounters.Reading reading) throws SQLException {
        if (reading.updated() == 0) {
            return new TableChange(reading.table(), reading.inserted(), 0, reading.deleted(), true);
        }
        long[] counts = writtenAndTotal(connection, reading.sqlName());
        if (counts == null) {
            return new TableChange(reading.table(), reading.inserted(), reading.updated(), reading.deleted(), false);
        }
        // written = surviving inserted rows + surviving updated rows; rows updated and then deleted count as deleted
        return new TableChange(reading.table(), reading.inserted(), Math.max(0, counts[0] - reading.inserted()),
                reading.deleted(), true);
    }

    private static long untouched(Connection connection, String targetSqlName) throws SQLException {
        long[] counts = writtenAndTotal(connection, targetSqlName);
        return counts == null ? -1 : counts[1] - counts[0];
    }

    /** {written by this transaction, all visible rows}, or null when counting took longer than the time limit. */
    private static long[] writtenAndTotal(Connection connection, String sqlName) throws SQLException {
        execute(connection, "SAVEPOINT " + COUNT_SAVEPOINT);
        // sqlName comes from the catalog (regclass output), never from the statement's text
        String count = "SELECT count(*) FILTER (WHERE age(xmin) <= 0), count(*) FROM " + sqlName;
        try (PreparedStatement statement = connection.prepareStatement(count);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            long[] counts = {rows.getLong(1), rows.getLong(2)};
            execute(connection, "RELEASE SAVEPOINT " + COUNT_SAVEPOINT);
            return counts;
        } catch (SQLException tooSlow) {
            execute(connection, "ROLLBACK TO SAVEPOINT " + COUNT_SAVEPOINT);
            return null;
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
