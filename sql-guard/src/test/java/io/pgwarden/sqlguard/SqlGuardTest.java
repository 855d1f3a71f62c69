package io.pgwarden.sqlguard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.contracts.sql.StatementKind;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SqlGuardTest {

    private final SqlGuard guard = new SqlGuard(GuardPolicy.defaults());

    @Test
    void namesTablesTheWayPostgresqlDoesSortedAndSchemaQualifiedWhenWrittenSo() {
        Inspection inspection = guard.inspect("""
                SELECT * FROM Public."Orders" o JOIN Customers c ON c.id = o.customer_id
                WHERE EXISTS (SELECT 1 FROM sales.items i WHERE i.order_id = o.id)""");

        assertThat(inspection.tables()).containsExactly("customers", "public.Orders", "sales.items");
    }

    @Test
    void leavesWithItemNamesOutOfTheTables() {
        Inspection inspection = guard.inspect("""
                WITH big AS (SELECT * FROM orders WHERE total > 100), Recent AS (SELECT * FROM big)
                SELECT * FROM recent JOIN customers ON customers.id = recent.customer_id""");

        assertThat(inspection.tables()).containsExactly("customers", "orders");
    }

    @Test
    void collectsFunctionsFromEveryClause() {
        Inspection inspection = guard.inspect("""
                WITH w AS (SELECT abs(total) AS t FROM orders)
                SELECT upper(c.name), count(*) FILTER (WHERE length(c.email) > ceil(3.2)),
                       row_number() OVER (PARTITION BY lower(c.name) ORDER BY floor(o.total)),
                       CAST(round(o.total) AS text), trunc(o.total)::int,
                       CASE WHEN sign(o.total) > 0 THEN md5(c.name) END,
                       (SELECT max(t) FROM w)
                FROM customers c
                JOIN orders o ON o.customer_id = c.id AND btrim(o.status) = 'open'
                CROSS JOIN LATERAL (SELECT sqrt(o.total) AS s) l
                WHERE c.id IN (SELECT min(customer_id) FROM orders WHERE date_part('year', created_at) > 2000)
                GROUP BY upper(c.name), lower(c.name), o.total, c.email, c.name
                HAVING sum(o.total) > 0
                ORDER BY initcap(c.name)""");

        assertThat(inspection.functions()).containsExactly("abs", "btrim", "ceil", "count", "date_part", "floor",
                "initcap", "length", "lower", "max", "md5", "min", "round", "row_number", "sign", "sqrt", "sum",
                "trunc", "upper");
        assertThat(inspection.isSafeRead()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "VALUES (1), (my_fn(2))",
        "SELECT sum(x) OVER (ORDER BY y RANGE BETWEEN (SELECT my_fn()) PRECEDING AND CURRENT ROW) FROM t",
        "SELECT a FROM t WINDOW w AS (PARTITION BY my_fn(a))",
        "SELECT DISTINCT ON (my_fn(a)) a FROM t",
        "SELECT a FROM t LIMIT my_fn(1)",
        "SELECT a FROM t OFFSET my_fn(1)",
        "SELECT a FROM t FETCH FIRST my_fn(1) ROWS ONLY",
        "SELECT a[my_fn(1)] FROM t",
        "SELECT ARRAY[my_fn(1)]",
        "SELECT ROW(my_fn(1))",
        "SELECT CASE my_fn(a) WHEN 1 THEN 2 END FROM t",
        "SELECT EXTRACT(year FROM my_fn(a)) FROM t",
        "SELECT my_fn(a) AT TIME ZONE 'UTC' FROM t",
        "SELECT string_agg(a, ',' ORDER BY my_fn(a)) FROM t",
        "SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY my_fn(a)) FROM t",
        "SELECT a FROM t GROUP BY ROLLUP (my_fn(a))",
        "SELECT a FROM t GROUP BY GROUPING SETS ((my_fn(a)), ())",
        "SELECT * FROM (VALUES (my_fn(1))) v(a)",
        "SELECT * FROM my_fn(1) WITH ORDINALITY",
        "SELECT * FROM t, my_fn(1) AS f(a int)",
        "SELECT (my_fn(1)).field",
        "SELECT a FROM t UNION SELECT my_fn(1) ORDER BY 1",
        "SELECT * FROM t WHERE (a, my_fn(b)) = (1, 2)",
        "SELECT -my_fn(a) FROM t",
        "SELECT timestamp(my_fn(1)) '2020-01-01'",
        "INSERT INTO t (a) VALUES (my_fn(1))",
        "UPDATE t SET a = 1 RETURNING my_fn(a)",
        "MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET a = my_fn(s.a)",
        "DELETE FROM t WHERE a IN (SELECT my_fn(b) FROM s)"})
    void findsAnUnknownFunctionWhereverItIsCalled(String sql) {
        Refusal refusal = guard.inspect(sql).refusal().orElseThrow();

        assertThat(refusal.category()).isEqualTo(RefusalCategory.FORBIDDEN_FUNCTION);
        assertThat(refusal.message()).startsWith("Function my_fn is not on the read allow-list.");
    }

    @Test
    void reportsTheTargetAndWhereClauseOfAnUpdate() {
        Inspection inspection = guard.requireSingleStatement(
                "UPDATE Sales.Orders SET status = 'shipped' WHERE id = ?");

        assertThat(inspection.kind()).isEqualTo(StatementKind.UPDATE);
        assertThat(inspection.targetTable()).contains("sales.orders");
        assertThat(inspection.hasWhereClause()).isTrue();
    }

    @Test
    void reportsADeleteWithoutWhereClause() {
        Inspection inspection = guard.requireSingleStatement("DELETE FROM orders");

        assertThat(inspection.kind()).isEqualTo(StatementKind.DELETE);
        assertThat(inspection.targetTable()).contains("orders");
        assertThat(inspection.hasWhereClause()).isFalse();
    }

    @Test
    void acceptsInsertAndMergeForImpactAnalysis() {
        assertThat(guard.requireSingleStatement("INSERT INTO customers (name) VALUES (?) RETURNING id").kind())
                .isEqualTo(StatementKind.INSERT);
        assertThat(guard.requireSingleStatement("""
                MERGE INTO products p USING price_updates u ON p.id = u.id
                WHEN MATCHED THEN UPDATE SET price = u.price""").kind()).isEqualTo(StatementKind.MERGE);
    }

    @ParameterizedTest(name = "{1} for {0}")
    @CsvSource(delimiter = '|', value = {
        "DROP TABLE customers | DDL_BLOCKED",
        "VACUUM orders | UTILITY_STATEMENT",
        "COMMIT | TRANSACTION_CONTROL",
        "SET ROLE postgres | SESSION_CONTROL",
        "UPDATE a SET x = 1; DELETE FROM b | MULTIPLE_STATEMENTS",
        "WITH d AS (DELETE FROM a RETURNING id) UPDATE b SET x = 1 WHERE id IN (SELECT id FROM d) | DATA_MODIFYING_CTE",
        "UPDATE orders SET note = pg_read_file('/etc/passwd') | FORBIDDEN_FUNCTION",
        "DELETE FROM orders WHERE id IN (SELECT id FROM orders FOR UPDATE) | LOCKING_CLAUSE",
        "UPDATE orders SET total = my_discount(total) | FORBIDDEN_FUNCTION"})
    void requireSingleStatementRefusesWhatNoPathMayRun(String sql, RefusalCategory expected) {
        assertThatThrownBy(() -> guard.requireSingleStatement(sql))
                .isInstanceOfSatisfying(SqlRefusedException.class,
                        refused -> assertThat(refused.refusal().category()).isEqualTo(expected));
    }

    @Test
    void refusesAWriteOnTheReadPathButNotForImpactAnalysis() {
        Inspection inspection = guard.inspect("DELETE FROM orders WHERE id = 1");

        assertThat(inspection.refusal()).isEmpty();
        assertThat(inspection.isSafeRead()).isFalse();
        assertThat(inspection.readRefusal()).get().extracting(Refusal::category)
                .isEqualTo(RefusalCategory.WRITE_IN_READ);
    }

    @Test
    void classifiesAQueryHidingADeleteAsThatDelete() {
        Inspection inspection = guard.inspect("WITH d AS (DELETE FROM orders RETURNING id) SELECT * FROM d");

        assertThat(inspection.kind()).isEqualTo(StatementKind.DELETE);
        assertThat(inspection.refusal()).get().extracting(Refusal::category)
                .isEqualTo(RefusalCategory.DATA_MODIFYING_CTE);
    }

    @Test
    void classifiesSelectIntoAsDdlBecauseItCreatesATable() {
        assertThat(guard.inspect("SELECT * INTO copy FROM customers").kind()).isEqualTo(StatementKind.DDL);
    }

    @Test
    void saysHowManyStatementsThereAreAndWhatToDo() {
        Refusal refusal = guard.inspect("SELECT 1; SELECT 2").refusal().orElseThrow();

        assertThat(refusal).isEqualTo(new Refusal(RefusalCategory.MULTIPLE_STATEMENTS,
                "The SQL text contains 2 statements; submit exactly one statement."));
    }

    @Test
    void namesAnUnknownFunctionAndHowToGetItAllowed() {
        Refusal refusal = guard.inspect("SELECT fiscal_quarter(created_at) FROM orders").refusal().orElseThrow();

        assertThat(refusal).isEqualTo(new Refusal(RefusalCategory.FORBIDDEN_FUNCTION,
                "Function fiscal_quarter is not on the read allow-list. Use built-in functions only, or ask an "
                        + "operator to add it to the allow-list if it is free of side effects."));
    }

    @Test
    void namesEveryUnknownFunctionOnce() {
        Refusal refusal = guard.inspect("SELECT foo(1), bar(2), foo(3)").refusal().orElseThrow();

        assertThat(refusal.message()).startsWith("Functions bar, foo are not on the read allow-list.");
    }

    @Test
    void explainsWhyADeniedFunctionIsRefused() {
        Refusal refusal = guard.inspect("SELECT pg_terminate_backend(pid) FROM pg_stat_activity").refusal()
                .orElseThrow();

        assertThat(refusal).isEqualTo(new Refusal(RefusalCategory.FORBIDDEN_FUNCTION,
                "Function pg_terminate_backend is refused because it signals other sessions or reconfigures the "
                        + "database server. Remove it from the statement."));
    }

    @Test
    void treatsQuotedFunctionNamesAsCaseSensitive() {
        assertThat(guard.inspect("SELECT \"lower\"(name) FROM customers").isSafeRead()).isTrue();
        assertThat(guard.inspect("SELECT \"LOWER\"(name) FROM customers").refusal()).get()
                .extracting(Refusal::category).isEqualTo(RefusalCategory.FORBIDDEN_FUNCTION);
    }

    @Test
    void allowsFunctionsAnOperatorAddsByTheirExactName() {
        SqlGuard extended = new SqlGuard(GuardPolicy.defaults()
                .withAllowedFunctions(List.of("fiscal_quarter", "analytics.margin")));

        assertThat(extended.inspect("SELECT fiscal_quarter(created_at), analytics.margin(total) FROM orders")
                .isSafeRead()).isTrue();
        assertThat(extended.inspect("SELECT reporting.fiscal_quarter(created_at) FROM orders").refusal()).get()
                .extracting(Refusal::category).isEqualTo(RefusalCategory.FORBIDDEN_FUNCTION);
        assertThat(extended.inspect("SELECT margin(total) FROM orders").refusal()).get()
                .extracting(Refusal::category).isEqualTo(RefusalCategory.FORBIDDEN_FUNCTION);
    }

    @Test
    void neverLetsAnOperatorAllowADeniedFunction() {
        assertThatThrownBy(() -> GuardPolicy.defaults().withAllowedFunctions(Set.of("pg_catalog.pg_sleep")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Function pg_catalog.pg_sleep cannot be allowed because it pauses the session while "
                        + "holding a database connection.");
    }

    @Test
    void refusesWithTheInspectionAttached() {
        assertThatThrownBy(() -> guard.requireSafeRead("SELECT * FROM orders FOR UPDATE"))
                .isInstanceOfSatisfying(SqlRefusedException.class, refused -> {
                    assertThat(refused.refusal().category()).isEqualTo(RefusalCategory.LOCKING_CLAUSE);
                    assertThat(refused.inspection().tables()).containsExactly("orders");
                    assertThat(refused.getMessage()).isEqualTo(refused.refusal().message());
                    assertThat(refused.code()).isEqualTo(ErrorCode.SQL_REJECTED);
                });
    }

    @Test
    void treatsNullLikeEmptyText() {
        assertThat(guard.inspect(null).refusal()).get().extracting(Refusal::category)
                .isEqualTo(RefusalCategory.EMPTY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SELECT\u00a0pg_sleep(1)", "SELECT 1,\u00a0pg_sleep(1)", "SELECT pg_\u200bsleep(1)",
        "\ufeffSELECT 1", "SELECT 1\u000b"})
    void refusesInvisibleCharactersThatPostgresqlAndJsqlparserReadDifferently(String sql) {
        assertThat(guard.inspect(sql).refusal()).get().extracting(Refusal::category)
                .isEqualTo(RefusalCategory.UNPARSEABLE);
    }

    @Test
    void refusesNestingBeyondThePolicyLimitWithoutParsing() {
        String deep = "SELECT " + "(".repeat(65) + "1" + ")".repeat(65);

        Refusal refusal = guard.inspect(deep).refusal().orElseThrow();

        assertThat(refusal.category()).isEqualTo(RefusalCategory.UNPARSEABLE);
        assertThat(refusal.message()).contains("more than 64 levels deep");
    }

    @Test
    void acceptsNestingWithinThePolicyLimit() {
        String nested = "SELECT * FROM orders WHERE " + "(".repeat(30) + "total > 1" + ")".repeat(30);

        assertThat(guard.inspect(nested).isSafeRead()).isTrue();
    }

    @Test
    void refusesTextThatWouldKeepTheParserBusyBeyondItsBudget() {
        SqlGuard impatient = new SqlGuard(GuardPolicy.defaults().withParseTimeout(Duration.ofMillis(100)));
        String pathological = "SELECT " + "ARRAY[".repeat(30) + "1" + "]".repeat(30);

        Refusal refusal = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> impatient.inspect(pathological).refusal().orElseThrow());

        assertThat(refusal).isEqualTo(new Refusal(RefusalCategory.UNPARSEABLE, "The statement could not be parsed "
                + "(the statement is too complex to analyse within 100 ms). Check the syntax; pgwarden accepts one "
                + "PostgreSQL SELECT, INSERT, UPDATE, DELETE or MERGE statement."));
    }

    @Test
    void refusesTextLongerThanThePolicyAllows() {
        SqlGuard strict = new SqlGuard(GuardPolicy.defaults().withMaxSqlLength(20));

        Refusal refusal = strict.inspect("SELECT id, name FROM customers").refusal().orElseThrow();

        assertThat(refusal).isEqualTo(new Refusal(RefusalCategory.UNPARSEABLE,
                "The SQL text is 30 characters long, more than the 20 accepted; submit a shorter statement."));
    }

    @Test
    void acceptsPositionalParametersAsWellAsJdbcOnes() {
        assertThat(guard.requireSafeRead("SELECT * FROM orders WHERE id = $1 AND status = ?").kind())
                .isEqualTo(StatementKind.READ);
    }

    @Test
    void keepsTheSubmittedTextUnchanged() {
        String sql = "select 1 -- comment\n;";

        assertThat(guard.inspect(sql).sql()).isEqualTo(sql);
    }

    @Test
    void refusesEveryStatementOfAPostgresqlOnlyKindJsqlparserCannotParseWithItsOwnCategory() {
        assertThat(guard.inspect("DO $x$ BEGIN RAISE NOTICE 'hi'; END $x$").kind())
                .isEqualTo(StatementKind.UTILITY);
        assertThat(guard.inspect("START TRANSACTION").kind()).isEqualTo(StatementKind.TRANSACTION_CONTROL);
        assertThat(guard.inspect("DISCARD PLANS").kind()).isEqualTo(StatementKind.SESSION_CONTROL);
    }

    @Test
    void theStatementToRunEndsBeforeItsSemicolonAndATrailingComment() {
        Inspection inspection = guard.requireSafeRead("SELECT 1; -- trailing comment");

        assertThat(inspection.statement()).isEqualTo("SELECT 1");
    }

    @Test
    void theStatementToRunKeepsSemicolonsInsideLiteralsAndComments() {
        String sql = "/* a; b */ SELECT 'x;y' AS s FROM customers -- end;\n";

        assertThat(guard.requireSafeRead(sql).statement()).isEqualTo(sql.stripTrailing());
        assertThat(guard.requireSafeRead(sql + ";\n\n").statement()).isEqualTo(sql.stripTrailing());
    }
}
