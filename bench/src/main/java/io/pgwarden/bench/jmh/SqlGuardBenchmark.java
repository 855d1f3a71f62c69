package io.pgwarden.bench.jmh;

import io.pgwarden.sqlguard.GuardPolicy;
import io.pgwarden.sqlguard.Inspection;
import io.pgwarden.sqlguard.SqlGuard;
import java.util.concurrent.TimeUnit;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statements;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The guard sits on every read. Baseline: JSqlParser's parse alone, measured in the same run, so the figure that
 * matters is the guard's cost over parsing (classification, function checks, pre-checks).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SqlGuardBenchmark {

    @Param({"simple", "join", "cte"})
    public String shape;

    private String sql;
    private SqlGuard guard;

    @Setup
    public void setUp() {
        guard = new SqlGuard(GuardPolicy.defaults());
        sql = switch (shape) {
            case "simple" -> "-- List customers where state equals a value\n"
                    + "SELECT \"id\", \"first_name\", \"state\" FROM \"public\".\"customers\" WHERE \"state\" = ?"
                    + " ORDER BY \"id\"";
            case "join" -> "SELECT c.state, count(*) AS orders, sum(o.total_amount) AS revenue FROM customers c"
                    + " JOIN orders o ON o.customer_id = c.id WHERE o.order_date >= date '2024-01-01'"
                    + " GROUP BY c.state HAVING count(*) > 10 ORDER BY revenue DESC LIMIT 10";
            case "cte" -> "WITH monthly AS (SELECT date_trunc('month', order_date) AS month, sum(total_amount) AS"
                    + " total FROM orders GROUP BY 1) SELECT month, total, total - lag(total) OVER (ORDER BY month)"
                    + " AS change FROM monthly ORDER BY month";
            default -> throw new IllegalArgumentException(shape);
        };
    }

    @Benchmark
    public Statements parseOnlyBaseline() throws JSQLParserException {
        return CCJSqlParserUtil.parseStatements(sql);
    }

    @Benchmark
    public Inspection guardInspect() {
        return guard.inspect(sql);
    }
}
