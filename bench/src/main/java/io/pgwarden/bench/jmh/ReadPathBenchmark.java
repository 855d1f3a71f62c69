package io.pgwarden.bench.jmh;

import io.pgwarden.contracts.sql.SqlParameter;
import io.pgwarden.deploy.PgwardenSystem;
import io.pgwarden.deploy.SystemConfig;
import io.pgwarden.execution.read.GuardedRead;
import io.pgwarden.execution.read.ReadLimits;
import io.pgwarden.execution.read.ReadResult;
import io.pgwarden.sqlguard.GuardPolicy;
import io.pgwarden.sqlguard.Inspection;
import io.pgwarden.sqlguard.SqlGuard;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What the read path's layers cost next to the plain query, on the embedded PostgreSQL with the sample database, in
 * one run: {@code plainJdbc} (baseline: the same prepared query in autocommit, every row read), {@code guardOnly}
 * (layer 1: parse and classify), {@code planAndTransaction} (layers 2 and 3 without the guard: READ ONLY transaction,
 * SET LOCAL timeouts, EXPLAIN, query, commit) and {@code fullReadPath} (all of them: what execution-service runs for a
 * read that is not in the cache). All on one connection of the reader login, so connection handling is not measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ReadPathBenchmark {

    @Param({"simple", "join"})
    public String shape;

    private PgwardenSystem system;
    private Connection connection;
    private SqlGuard guard;
    private GuardedRead read;
    private String sql;
    private String statement;
    private List<SqlParameter> parameters;

    @Setup
    public void setUp() throws SQLException {
        system = PgwardenSystem.start(SystemConfig.forTests().build());
        connection = system.targetDatabase().open();
        guard = new SqlGuard(GuardPolicy.defaults());
        read = new GuardedRead(guard, ReadLimits.defaults());
        switch (shape) {
            case "simple" -> {
                // The SQL query-service builds for "Show me all customers from California" (87 rows).
                sql = "-- List customers where state equals a value\n"
                        + "SELECT \"id\", \"first_name\", \"state\" FROM \"public\".\"customers\" WHERE \"state\" = ?"
                        + " ORDER BY \"id\"";
                parameters = List.of(new SqlParameter("text", "CA"));
            }
            case "join" -> {
                sql = "SELECT c.state, count(*) AS orders, sum(o.total_amount) AS revenue FROM customers c"
                        + " JOIN orders o ON o.customer_id = c.id WHERE o.order_date >= date '2024-01-01'"
                        + " GROUP BY c.state HAVING count(*) > 10 ORDER BY revenue DESC LIMIT 10";
                parameters = List.of();
            }
            default -> throw new IllegalArgumentException(shape);
        }
        statement = read.acceptedStatement(sql);
    }

    @TearDown
    public void tearDown() throws SQLException {
        if (connection != null) {
            connection.close();
        }
        if (system != null) {
            system.close();
        }
    }

    @Benchmark
    public void plainJdbc(Blackhole rows) throws SQLException {
        connection.setAutoCommit(true);
        try (PreparedStatement query = connection.prepareStatement(statement)) {
            if (!parameters.isEmpty()) {
                query.setString(1, (String) parameters.get(0).value());
            }
            try (ResultSet result = query.executeQuery()) {
                int width = result.getMetaData().getColumnCount();
                while (result.next()) {
                    for (int i = 1; i <= width; i++) {
                        rows.consume(result.getObject(i));
                    }
                }
            }
        }
    }

    @Benchmark
    public Inspection guardOnly() {
        return guard.inspect(sql);
    }

    @Benchmark
    public ReadResult planAndTransaction() throws SQLException {
        return read.run(connection, statement, parameters);
    }

    @Benchmark
    public ReadResult fullReadPath() throws SQLException {
        return read.execute(connection, sql, parameters);
    }
}
