package io.pgwarden.deploy.impact;

import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.contracts.impact.ForeignKeyEffect;
import io.pgwarden.contracts.impact.ImpactMethod;
import io.pgwarden.contracts.impact.ImpactReport;
import io.pgwarden.contracts.impact.TableImpact;
import io.pgwarden.contracts.intent.RiskLevel;
import io.pgwarden.contracts.sql.SqlParameter;
import io.pgwarden.deploy.postgres.DatabaseEndpoint;
import io.pgwarden.deploy.postgres.PostgresBinaries;
import io.pgwarden.deploy.postgres.PostgresServer;
import io.pgwarden.deploy.postgres.RootlessCommand;
import io.pgwarden.deploy.support.Directories;
import io.pgwarden.deploy.support.Ports;
import io.pgwarden.impact.analysis.GuardedWrite;
import io.pgwarden.impact.analysis.ImpactAnalysis;
import io.pgwarden.impact.analysis.ImpactAnalyzer;
import io.pgwarden.impact.analysis.ImpactSettings;
import io.pgwarden.impact.analysis.WriteStatement;
import io.pgwarden.kit.error.PipelineException;
import io.pgwarden.kit.jdbc.ParameterBinder;
import io.pgwarden.sqlguard.GuardPolicy;
import io.pgwarden.sqlguard.SqlGuard;
import io.pgwarden.sqlguard.SqlRefusedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The impact analysis reports, per table, exactly what a write then does when it is executed and committed. Each
 * statement gets a fresh copy of the same database (CREATE DATABASE ... TEMPLATE): the analyzer measures it there
 * with its dry run (always rolled back), then the statement is executed and committed, and the real effect is
 * measured independently of the analyzer's method, by comparing every table's primary keys and row versions
 * (xmin) before and after. Runs impact-service's core directly on an embedded PostgreSQL 17, without Quarkus.
 */
class ImpactAccuracyIT {

    private static final String WRITER = "impact_writer";
    private static final String TEMPLATE = "impact_template";
    private static final SqlGuard GUARD = new SqlGuard(GuardPolicy.defaults());
    private static final AtomicInteger COPIES = new AtomicInteger();

    private static Path workDir;
    private static PostgresServer server;

    @BeforeAll
    static void startPostgresWithTheSchema() throws Exception {
        workDir = Files.createTempDirectory("pgwarden-impact-it");
        server = new PostgresServer(PostgresBinaries.unpackInto(PostgresBinaries.defaultCacheRoot()),
                RootlessCommand.forCurrentUser(), workDir.resolve("data"), Ports.freePort(), false,
                workDir.resolve("postgres.log"));
        server.start(Instant.now().plus(Duration.ofSeconds(90)));
        try (Connection admin = server.superuser("postgres").open(); Statement statement = admin.createStatement()) {
            statement.execute("CREATE ROLE " + WRITER + " LOGIN PASSWORD '" + WRITER + "'");
            statement.execute("CREATE DATABASE " + TEMPLATE + " OWNER " + WRITER);
        }
        try (Connection owner = writer(TEMPLATE).open(); Statement statement = owner.createStatement()) {
            statement.execute(ImpactSchema.DDL);
            statement.execute("ANALYZE");
        }
    }

    @AfterAll
    static void stop() throws java.io.IOException {
        if (server != null) {
            server.close();
        }
        if (workDir != null) {
            Directories.deleteRecursively(workDir);
        }
    }

    static Stream<Arguments> statements() {
        return Stream.of(
                write("UPDATE accounts SET status = 'frozen' WHERE id = ?", p("int4", 7)),
                write("UPDATE accounts SET balance = balance + 1"),
                write("UPDATE accounts SET status = 'reviewed' WHERE id > 0"),
                write("UPDATE accounts SET balance = ? WHERE region_id = ?", p("numeric", "12.50"), p("int4", 2)),
                write("DELETE FROM regions WHERE id = 1"),
                write("DELETE FROM regions WHERE id = 2"),
                write("DELETE FROM products WHERE id = 3"),
                write("DELETE FROM products WHERE id = 20"),
                write("DELETE FROM agents WHERE id = 4"),
                write("UPDATE order_lines SET qty = qty + 1 WHERE order_id = 7"),
                write("UPDATE order_lines SET qty = qty + 1 WHERE order_id BETWEEN 1 AND 50"),
                write("INSERT INTO order_lines (id, order_id, qty) VALUES (?, ?, ?)", p("int4", 5000), p("int4", 9),
                        p("int4", 3)),
                write("INSERT INTO line_notes (line_id, note) SELECT id, 'checked' FROM order_lines WHERE order_id = 5"),
                write("DELETE FROM orders WHERE account_id = ?", p("int4", 44)),
                write("DELETE FROM order_lines"),
                write("UPDATE order_lines SET qty = 0 WHERE id = 1"),
                write("INSERT INTO orders (id, account_id, product_id, status) VALUES (1, 5, 1, 'open')"),
                write("INSERT INTO orders (id, account_id, product_id, status) VALUES (9000, 9999, 1, 'open')"),
                write("UPDATE regions SET id = 100 WHERE id = 3"),
                write("DELETE FROM accounts WHERE status = 'active' AND id BETWEEN 150 AND 160"),
                write("UPDATE orders SET status = 'cancelled' WHERE account_id BETWEEN 1 AND 20"),
                write("DELETE FROM accounts WHERE id = 1"),
                write("UPDATE accounts SET agent_id = NULL WHERE agent_id = 3"),
                write("DELETE FROM line_notes WHERE note LIKE ?", p("text", "note 1%")),
                write("UPDATE orders SET amount = amount WHERE id = 10"),
                write("DELETE FROM accounts WHERE id = 999"),
                write("MERGE INTO products p USING (VALUES (20, 'renamed'), (21, 'new')) v(id, name) ON p.id = v.id"
                        + " WHEN MATCHED THEN UPDATE SET name = v.name"
                        + " WHEN NOT MATCHED THEN INSERT (id, name) VALUES (v.id, v.name)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statements")
    void reportedCountsEqualWhatTheCommittedStatementDoes(String sql, List<SqlParameter> parameters)
            throws SQLException {
        DatabaseEndpoint copy = freshCopy();
        WriteStatement write = GuardedWrite.accept(GUARD, sql, parameters);
        try (Connection connection = copy.open()) {
            Map<String, Map<String, String>> before = snapshot(connection);
            ImpactReport report = new ImpactAnalyzer(ImpactSettings.defaults()).analyze(connection, write).report();
            assertThat(snapshot(connection)).as("the dry run leaves every row as it was").isEqualTo(before);

            String failure = execute(connection, write);
            Map<String, Map<String, String>> after = snapshot(connection);
            assertThat(report.method()).isEqualTo(ImpactMethod.DRY_RUN);
            if (failure != null) {
                assertThat(after).as("a failed statement changes nothing").isEqualTo(before);
                assertThat(report.blocked()).as("blocked, since executing it failed with " + failure).isTrue();
                assertThat(report.tables()).isEmpty();
                return;
            }
            assertThat(report.blocked()).as("not blocked: %s", report.blockers()).isFalse();
            assertThat(counts(report.tables())).isEqualTo(actual(before, after));
            assertThat(report.totalRows()).isEqualTo(report.tables().stream().mapToLong(TableImpact::total).sum());
            boolean allRows = report.tables().stream().filter(t -> t.cause().equals("statement"))
                    .anyMatch(t -> t.updated() + t.deleted() > 0
                            && t.updated() + t.deleted() == before.get(t.table()).size());
            assertThat(report.matchesAllRows()).as("matches all rows").isEqualTo(allRows);
        }
    }

    @Test
    void aFourLevelCascadeIsCountedPerTableWithItsCauseAndDepth() throws SQLException {
        ImpactReport report = analyze(freshCopy(), "DELETE FROM regions WHERE id = 1", ImpactSettings.defaults());
        assertThat(report.tables()).extracting(TableImpact::table, TableImpact::cause).containsExactly(
                tuple("public.regions", "statement"), tuple("public.accounts", "cascade"),
                tuple("public.line_notes", "cascade"), tuple("public.order_lines", "cascade"),
                tuple("public.orders", "cascade"), tuple("public.audit_log", "trigger"));
        assertThat(report.foreignKeyEffects()).extracting(ForeignKeyEffect::referencingTable, ForeignKeyEffect::action,
                ForeignKeyEffect::depth).contains(tuple("public.accounts", "CASCADE", 1),
                        tuple("public.invoices", "NO ACTION", 2), tuple("public.orders", "CASCADE", 2),
                        tuple("public.order_lines", "CASCADE", 3), tuple("public.line_notes", "CASCADE", 4));
        assertThat(report.risk()).isEqualTo(RiskLevel.HIGH);
        assertThat(report.riskReasons()).anyMatch(reason -> reason.contains("4 levels deep"));
        assertThat(report.triggers()).contains("public.orders: orders_audit_trg (AFTER INSERT OR UPDATE OR DELETE ROW)");
        assertThat(report.dependentViews()).contains("public.account_totals (view)");
        assertThat(report.rollbackPlan()).contains("re-insert 40 deleted rows into public.accounts")
                .contains("by (id)");
    }

    @Test
    void aTriggerUpdatingOneRowOncePerChildRowCountsThatRowOnce() throws SQLException {
        DatabaseEndpoint copy = freshCopy();
        long lines = count(copy, "SELECT count(*) FROM order_lines WHERE order_id = 7");
        assertThat(lines).as("order 7 has several lines, so its total is updated several times").isGreaterThan(1);
        ImpactReport report = analyze(copy, "UPDATE order_lines SET qty = qty + 1 WHERE order_id = 7",
                ImpactSettings.defaults());
        assertThat(counts(report.tables())).containsEntry("public.order_lines", List.of(0L, lines, 0L))
                .containsEntry("public.orders", List.of(0L, 1L, 0L))
                .containsEntry("public.audit_log", List.of(lines, 0L, 0L));
        assertThat(report.tables()).filteredOn(t -> t.table().equals("public.orders")).extracting(TableImpact::cause)
                .containsExactly("trigger");
    }

    @Test
    void restrictAndNoActionReferencesBlockWithTheConstraintAndTheRowsInTheMessage() throws SQLException {
        ImpactAnalysis restricted;
        try (Connection connection = freshCopy().open()) {
            restricted = new ImpactAnalyzer(ImpactSettings.defaults()).analyze(connection,
                    GuardedWrite.accept(GUARD, "DELETE FROM products WHERE id = 3", List.of()));
        }
        assertThat(restricted.report().blockers()).singleElement().asString()
                .contains("orders_product_id_fkey").contains("rows of public.orders refer to (id)=(3)");
        assertThat(restricted.blockerHint()).contains("referencing rows");

        ImpactReport noAction = analyze(freshCopy(), "DELETE FROM accounts WHERE id = 1", ImpactSettings.defaults());
        assertThat(noAction.blockers()).singleElement().asString().contains("invoices_account_id_fkey")
                .contains("1 row of public.invoices refers to (id)=(1)");
    }

    @Test
    void constraintErrorsOfTheDryRunAreBlockers() throws SQLException {
        assertThat(analyze(freshCopy(), "UPDATE order_lines SET qty = 0 WHERE id = 1", ImpactSettings.defaults())
                .blockers()).singleElement().asString().contains("order_lines_qty_check");
        assertThat(analyze(freshCopy(), "INSERT INTO orders (id, account_id, product_id, status)"
                + " VALUES (1, 5, 1, 'open')", ImpactSettings.defaults()).blockers()).singleElement().asString()
                .contains("orders_pkey");
    }

    @Test
    void aWriteWithoutWhereIsFlaggedAndRatedAtLeastHigh() throws SQLException {
        ImpactReport report = analyze(freshCopy(), "UPDATE accounts SET balance = balance + 1",
                ImpactSettings.defaults());
        assertThat(report.whereMissing()).isTrue();
        assertThat(report.matchesAllRows()).isTrue();
        assertThat(report.warnings().get(0)).startsWith("NO WHERE CLAUSE").contains("200 rows");
        assertThat(report.risk()).isEqualTo(RiskLevel.HIGH);

        ImpactReport everyRow = analyze(freshCopy(), "UPDATE accounts SET status = 'x' WHERE id > 0",
                ImpactSettings.defaults());
        assertThat(everyRow.whereMissing()).isFalse();
        assertThat(everyRow.matchesAllRows()).isTrue();
        assertThat(everyRow.warnings().get(0)).startsWith("ALL ROWS");
    }

    @Test
    void aSmallWriteToOneTableWithoutSensitiveDataIsLow() throws SQLException {
        ImpactReport report = analyze(freshCopy(), "DELETE FROM products WHERE id = 20", ImpactSettings.defaults());
        assertThat(report.totalRows()).isEqualTo(1);
        assertThat(report.risk()).isEqualTo(RiskLevel.LOW);
        ImpactReport personal = analyze(freshCopy(), "UPDATE accounts SET status = 'x' WHERE id = 7",
                ImpactSettings.defaults());
        assertThat(personal.risk()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(personal.sensitiveColumns()).extracting(c -> c.column() + ":" + c.category())
                .contains("owner_email:personal");
    }

    @Test
    void securityDataIsCritical() throws SQLException {
        ImpactReport report = analyze(freshCopy(), "DELETE FROM agents WHERE id = 4", ImpactSettings.defaults());
        assertThat(report.sensitiveColumns()).extracting(c -> c.table() + "." + c.column() + ":" + c.category())
                .contains("public.agents.api_token:security");
        assertThat(report.risk()).isEqualTo(RiskLevel.CRITICAL);
        assertThat(counts(report.tables())).containsKeys("public.agents", "public.accounts");
    }

    @Test
    void anInsertDryRunWarnsThatItAdvancedTheSequence() throws SQLException {
        ImpactReport report = analyze(freshCopy(),
                "INSERT INTO line_notes (line_id, note) SELECT id, 'x' FROM order_lines WHERE order_id = 5",
                ImpactSettings.defaults());
        assertThat(report.warnings()).anyMatch(w -> w.contains("line_notes_id_seq") && w.contains("not rolled back"));
    }

    @Test
    void aboveTheDryRunCeilingThePlannerEstimateIsUsedAndSaysWhy() throws SQLException {
        ImpactReport report = analyze(freshCopy(), "UPDATE order_lines SET qty = qty + 1 WHERE order_id > 100",
                ImpactSettings.defaults().withDryRunMaxRows(100));
        assertThat(report.method()).isEqualTo(ImpactMethod.ESTIMATE);
        assertThat(report.methodNote()).contains("dry-run limit of 100").contains("confidence");
        assertThat(report.tables()).singleElement().satisfies(table -> {
            assertThat(table.table()).isEqualTo("public.order_lines");
            assertThat(table.updated()).isBetween(1000L, 1500L);
        });
        assertThat(report.warnings()).anyMatch(w -> w.startsWith("Triggers on public.order_lines"));
        assertThat(report.risk()).isIn(RiskLevel.MEDIUM, RiskLevel.HIGH);
    }

    @Test
    void aRowLockedByAnotherSessionMakesTheDryRunFallBackToTheEstimate() throws SQLException {
        DatabaseEndpoint copy = freshCopy();
        try (Connection other = copy.open()) {
            other.setAutoCommit(false);
            try (Statement lock = other.createStatement()) {
                lock.execute("SELECT * FROM accounts WHERE id = 7 FOR UPDATE");
            }
            ImpactReport report = analyze(copy, "UPDATE accounts SET status = 'x' WHERE id = 7",
                    ImpactSettings.defaults().withLockTimeout(Duration.ofMillis(200)));
            assertThat(report.method()).isEqualTo(ImpactMethod.ESTIMATE);
            assertThat(report.methodNote()).contains("lock");
            assertThat(report.totalRows()).isEqualTo(1);
            other.rollback();
        }
    }

    @Test
    void protectedSchemasAreRefusedOrCritical() throws SQLException {
        DatabaseEndpoint copy = freshCopy();
        assertThatThrownBy(() -> analyze(copy, "DELETE FROM audit.events WHERE id = 1", ImpactSettings.defaults()))
                .isInstanceOfSatisfying(PipelineException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.REFUSED_BY_POLICY));
        ImpactReport report = analyze(copy, "DELETE FROM audit.events WHERE id = 1",
                ImpactSettings.defaults().withProtectedSchemas(Set.of("audit"), false));
        assertThat(report.risk()).isEqualTo(RiskLevel.CRITICAL);
        assertThat(report.riskReasons()).anyMatch(reason -> reason.startsWith("System data"));
    }

    @Test
    void schemaChangesAndReadsAreNotAnalysed() {
        assertThatThrownBy(() -> GuardedWrite.accept(GUARD, "DROP TABLE accounts", List.of()))
                .isInstanceOf(SqlRefusedException.class);
        assertThatThrownBy(() -> GuardedWrite.accept(GUARD, "SELECT * FROM accounts", List.of()))
                .isInstanceOfSatisfying(PipelineException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.REFUSED_BY_POLICY));
    }

    private static ImpactReport analyze(DatabaseEndpoint database, String sql, ImpactSettings settings)
            throws SQLException {
        try (Connection connection = database.open()) {
            return new ImpactAnalyzer(settings).analyze(connection, GuardedWrite.accept(GUARD, sql, List.of()))
                    .report();
        }
    }

    /** Executes and commits the statement; returns the SQLSTATE when it fails. */
    private static String execute(Connection connection, WriteStatement write) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(write.sql())) {
            ParameterBinder.bind(statement, write.parameters());
            statement.execute();
            return null;
        } catch (SQLException e) {
            return e.getSQLState() + " " + e.getMessage();
        }
    }

    /**
     * Every row of every table, as row identity to row version (xmin): a new xmin means the row was rewritten. The
     * identity is the primary key, except for regions, whose key one statement changes: it is identified by its
     * (unique, unchanged) name, so that statement's update counts as an update, as PostgreSQL reports it.
     */
    private static Map<String, Map<String, String>> snapshot(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT schemaname || '.' || tablename FROM pg_tables"
                        + " WHERE schemaname IN ('public', 'audit') ORDER BY 1")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        Map<String, Map<String, String>> snapshot = new TreeMap<>();
        for (String table : tables) {
            Map<String, String> versions = new HashMap<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT "
                            + (table.equals("public.regions") ? "name" : "id::text") + ", xmin::text FROM " + table)) {
                while (rows.next()) {
                    versions.put(rows.getString(1), rows.getString(2));
                }
            }
            snapshot.put(table, versions);
        }
        return snapshot;
    }

    /** Per table with any change: [inserted, updated, deleted] from the two snapshots. */
    private static Map<String, List<Long>> actual(Map<String, Map<String, String>> before,
            Map<String, Map<String, String>> after) {
        Map<String, List<Long>> changes = new TreeMap<>();
        Set<String> tables = new TreeSet<>(before.keySet());
        tables.addAll(after.keySet());
        for (String table : tables) {
            Map<String, String> then = before.getOrDefault(table, Map.of());
            Map<String, String> now = after.getOrDefault(table, Map.of());
            long inserted = now.keySet().stream().filter(key -> !then.containsKey(key)).count();
            long deleted = then.keySet().stream().filter(key -> !now.containsKey(key)).count();
            long updated = now.entrySet().stream().filter(row -> then.containsKey(row.getKey())
                    && !then.get(row.getKey()).equals(row.getValue())).count();
            if (inserted + updated + deleted > 0) {
                changes.put(table, List.of(inserted, updated, deleted));
            }
        }
        return changes;
    }

    private static Map<String, List<Long>> counts(List<TableImpact> tables) {
        Map<String, List<Long>> counts = new TreeMap<>();
        tables.forEach(t -> counts.put(t.table(), List.of(t.inserted(), t.updated(), t.deleted())));
        return counts;
    }

    private static long count(DatabaseEndpoint database, String sql) throws SQLException {
        try (Connection connection = database.open(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static DatabaseEndpoint freshCopy() throws SQLException {
        String name = "impact_copy_" + COPIES.incrementAndGet();
        try (Connection admin = server.superuser("postgres").open(); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE + " OWNER " + WRITER
                    + " STRATEGY FILE_COPY");
        }
        return writer(name);
    }

    private static DatabaseEndpoint writer(String database) {
        return server.superuser(database).as(WRITER, WRITER);
    }

    private static Arguments write(String sql, SqlParameter... parameters) {
        return Arguments.of(sql, List.of(parameters));
    }

    private static SqlParameter p(String type, Object value) {
        return new SqlParameter(type, value);
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
