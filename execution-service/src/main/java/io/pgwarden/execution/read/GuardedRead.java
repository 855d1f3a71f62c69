package io.pgwarden.execution.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.contracts.event.ExecutionCompleted.QueryPlan;
import io.pgwarden.contracts.event.ExecutionCompleted.ResultColumn;
import io.pgwarden.contracts.sql.SqlParameter;
import io.pgwarden.kit.error.PipelineException;
import io.pgwarden.execution.read.plan.FilteredScan;
import io.pgwarden.execution.read.plan.IndexAdvisor;
import io.pgwarden.execution.read.plan.PlanEstimate;
import io.pgwarden.kit.jdbc.ParameterBinder;
import io.pgwarden.sqlguard.SqlGuard;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Layers 1 to 3 of the read path on one connection, free of the service around them (pool, retry, cache, admission),
 * so that the fuzz test and the benchmark run exactly what the service runs. The SQL guard accepts only one safe
 * read; PostgreSQL's own plan (EXPLAIN) must hold no write or lock step; the transaction is READ ONLY, so PostgreSQL
 * itself refuses any write that slipped through; statement, lock and idle-in-transaction timeouts bound its cost;
 * only the guard's one statement is sent, cut before its semicolon (JDBC drivers split text at semicolons
 * themselves), as a prepared statement with bound values; rows come through a cursor, one more than the limit, so
 * truncation is detected without reading everything. The same plan gives the result its cost and row estimate, and
 * an index suggestion when a large table is read in full to filter on a column no index leads with.
 */
public final class GuardedRead {

    private static final Logger LOG = Logger.getLogger(GuardedRead.class);
    private static final ObjectMapper PLANS = new ObjectMapper();

    private final SqlGuard guard;
    private final ReadLimits limits;
    private final IndexAdvisor advisor;

    public GuardedRead(SqlGuard guard, ReadLimits limits) {
        this(guard, limits, new IndexAdvisor(IndexAdvisor.DEFAULT_LARGE_TABLE_ROWS));
    }

    public GuardedRead(SqlGuard guard, ReadLimits limits, IndexAdvisor advisor) {
        this.guard = guard;
        this.limits = limits;
        this.advisor = advisor;
    }

    public ReadLimits limits() {
        return limits;
    }

    /**
     * Layer 1: the one statement the guard accepts as a safe read, without its terminating semicolon and anything
     * after it (the driver would split "SELECT 1; -- note" at the semicolon itself).
     *
     * @throws io.pgwarden.sqlguard.SqlRefusedException when the text is anything but one safe read
     */
    public String acceptedStatement(String sql) {
        return guard.requireSafeRead(sql).statement();
    }

    /** All three layers: the guard, then the plan check and the limited read-only transaction. */
    public ReadResult execute(Connection connection, String sql, List<SqlParameter> parameters) throws SQLException {
        return run(connection, acceptedStatement(sql), parameters);
    }

    /**
     * Layers 2 and 3 for a statement the guard accepted ({@link #acceptedStatement}): one READ ONLY transaction,
     * committed after the rows are read and rolled back on any failure.
     */
    public ReadResult run(Connection connection, String statement, List<SqlParameter> parameters)
            throws SQLException {
        long started = System.nanoTime();
        connection.setAutoCommit(false);
        try {
            limitTransaction(connection);
            JsonNode plan = verifyPlan(connection, statement, parameters);
            ReadResult result = query(connection, statement, parameters, started);
            QueryPlan queryPlan = PlanEstimate.of(plan, suggestions(connection, plan));
            connection.commit();
            return result.withPlan(queryPlan);
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(connection);
            throw e;
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // The connection is already broken; the original failure is the one to report.
        }
    }

    private void limitTransaction(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET TRANSACTION READ ONLY");
            statement.execute("SET LOCAL statement_timeout = " + limits.statementTimeout().toMillis());
            statement.execute("SET LOCAL lock_timeout = " + limits.lockTimeout().toMillis());
            statement.execute("SET LOCAL idle_in_transaction_session_timeout = "
                    + limits.idleInTransactionTimeout().toMillis());
        }
    }

    /**
     * Layer 2: the server's plan must contain no write and no row lock, whatever the parser concluded. VERBOSE makes
     * the plan name each table's schema and qualify the columns of filters, for {@link FilteredScan}.
     *
     * @return the plan, EXPLAIN's JSON array
     */
    private static JsonNode verifyPlan(Connection connection, String sql, List<SqlParameter> parameters)
            throws SQLException {
        try (PreparedStatement explain = connection.prepareStatement("EXPLAIN (FORMAT JSON, VERBOSE) " + sql)) {
            ParameterBinder.bind(explain, parameters);
            try (ResultSet plan = explain.executeQuery()) {
                plan.next();
                JsonNode tree = PLANS.readTree(plan.getString(1));
                Optional<String> forbidden = PlanInspector.forbiddenNode(tree);
                if (forbidden.isPresent()) {
                    throw new PipelineException(ErrorCode.SQL_REJECTED,
                            "PostgreSQL's plan for this statement contains a " + forbidden.get()
                                    + " step, so it would change or lock rows; it was not run.",
                            "Submit a plain read; changes go through impact analysis and approval.");
                }
                return tree;
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("EXPLAIN returned a plan that is not JSON", e);
        }
    }

    /**
     * Index suggestions for the plan, read from the catalog under a savepoint: advice is a bonus, so a failure to
     * read it (a statement timeout, say) costs only the advice, never the rows already read.
     */
    private List<String> suggestions(Connection connection, JsonNode plan) throws SQLException {
        List<FilteredScan> scans = FilteredScan.in(plan);
        if (scans.isEmpty()) {
            return List.of();
        }
        Savepoint beforeAdvice = connection.setSavepoint();
        try {
            List<String> suggestions = advisor.suggestions(connection, scans);
            connection.releaseSavepoint(beforeAdvice);
            return suggestions;
        } catch (SQLException e) {
            connection.rollback(beforeAdvice);
            LOG.warnf("index suggestions not read from the catalog: %s", e.getMessage());
            return List.of();
        }
    }

    private ReadResult query(Connection connection, String sql, List<SqlParameter> parameters, long started)
            throws SQLException {
        int limit = limits.rowLimit();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setFetchSize(limits.fetchSize());
            statement.setMaxRows(limit + 1);
            ParameterBinder.bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                ResultSetMetaData meta = rows.getMetaData();
                int width = meta.getColumnCount();
                List<ResultColumn> columns = new ArrayList<>(width);
                int[] types = new int[width];
                for (int i = 1; i <= width; i++) {
                    columns.add(new ResultColumn(meta.getColumnLabel(i), meta.getColumnTypeName(i)));
                    types[i - 1] = meta.getColumnType(i);
                }
                List<List<Object>> result = new ArrayList<>();
                boolean truncated = false;
                while (rows.next()) {
                    if (result.size() == limit) {
                        truncated = true;
                        break;
                    }
                    List<Object> row = new ArrayList<>(width);
                    for (int i = 1; i <= width; i++) {
                        row.add(ValueMapper.read(rows, i, types[i - 1]));
                    }
                    result.add(row);
                }
                long millis = (System.nanoTime() - started) / 1_000_000;
                return new ReadResult(columns, result, truncated, limit, millis);
            }
        }
    }
}
