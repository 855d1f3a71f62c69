package io.pgwarden.deploy.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.contracts.error.UserFacingError;
import io.pgwarden.contracts.event.ImpactAssessed;
import io.pgwarden.contracts.event.RollbackRequested;
import io.pgwarden.contracts.event.RollbackTarget;
import io.pgwarden.contracts.event.WriteExecuted;
import io.pgwarden.contracts.impact.ImpactReport;
import io.pgwarden.contracts.impact.TableImpact;
import io.pgwarden.contracts.intent.RiskLevel;
import io.pgwarden.contracts.sql.SqlParameter;
import io.pgwarden.deploy.PgwardenSystem;
import io.pgwarden.deploy.SystemConfig;
import io.pgwarden.deploy.postgres.DatabaseEndpoint;
import io.pgwarden.deploy.postgres.PostgresAccounts;
import io.pgwarden.execution.rollback.RestoreExecutor;
import io.pgwarden.execution.rollback.RollbackAssessor;
import io.pgwarden.execution.write.ApprovedWrite;
import io.pgwarden.execution.write.WriteExecutor;
import io.pgwarden.execution.write.WriteObserver;
import io.pgwarden.execution.write.WriteResult;
import io.pgwarden.execution.write.WriteSettings;
import io.pgwarden.sqlguard.GuardPolicy;
import io.pgwarden.sqlguard.SqlGuard;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Execute, then roll back from the backup: for each statement the tables' rows and checksums afterwards equal those
 * before. The sample shop has multi-level cascades (customers → orders → order_items, order_status_history),
 * SET NULL (users → customers) and triggers (order totals, status history); schema {@code rt} adds a
 * self-referencing cascade tree, GENERATED ALWAYS identity, a stored generated column, arrays, jsonb and an audit
 * trigger. Uses execution-service's core classes directly on the embedded PostgreSQL, as the writer role.
 */
class RoundTripIT {

    private static final SqlGuard GUARD = new SqlGuard(GuardPolicy.defaults());
    private static PgwardenSystem system;
    private static DatabaseEndpoint writer;
    private static DatabaseEndpoint superuser;

    @BeforeAll
    static void start() throws Exception {
        system = PgwardenSystem.start(SystemConfig.forTests().noServices().build());
        writer = system.targetDatabaseWriter();
        superuser = system.postgresSuperuser(PostgresAccounts.SAMPLE_DATABASE);
        try (Connection connection = writer.open(); Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE SCHEMA rt;
                    CREATE TABLE rt.node (id int PRIMARY KEY, parent_id int REFERENCES rt.node (id) ON DELETE CASCADE,
                                          label text NOT NULL);
                    INSERT INTO rt.node SELECT g, CASE WHEN g = 1 THEN NULL ELSE g / 2 END, 'n' || g
                      FROM generate_series(1, 63) g;
                    CREATE TABLE rt.account (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, owner text NOT NULL,
                                             amount numeric(12, 2) NOT NULL,
                                             doubled numeric GENERATED ALWAYS AS (amount * 2) STORED,
                                             tags text[], meta jsonb, seen timestamptz DEFAULT now());
                    INSERT INTO rt.account (owner, amount, tags, meta)
                    SELECT 'o' || g, g * 1.5, ARRAY['a', 'b"c'], jsonb_build_object('g', g, 'f', g / 3.0)
                      FROM generate_series(1, 30) g;
                    CREATE TABLE rt.audit (id bigserial PRIMARY KEY, account_id int, note text NOT NULL);
                    CREATE FUNCTION rt.audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                        INSERT INTO rt.audit (account_id, note) VALUES (coalesce(NEW.id, OLD.id), TG_OP);
                        RETURN NULL;
                    END $$;
                    CREATE TRIGGER account_audit AFTER INSERT OR UPDATE OR DELETE ON rt.account
                        FOR EACH ROW EXECUTE FUNCTION rt.audit_change();
                    """);
        }
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    static Stream<Arguments> statements() {
        return Stream.of(
                write("DELETE FROM customers WHERE id = ?", "public.customers", p("int4", 7)),
                write("DELETE FROM users WHERE id = ?", "public.users", p("int4", 3)),
                write("UPDATE orders SET status = 'cancelled' WHERE id = ?", "public.orders", p("int4", 11)),
                write("DELETE FROM order_items WHERE order_id = ?", "public.order_items", p("int4", 12)),
                write("UPDATE order_items SET quantity = quantity + 1 WHERE id = ?", "public.order_items",
                        p("int4", 20)),
                write("INSERT INTO order_items (order_id, product_id, quantity, unit_price) SELECT 1, p.id, 1,"
                        + " p.price FROM products p WHERE NOT EXISTS (SELECT 1 FROM order_items i WHERE i.order_id"
                        + " = 1 AND i.product_id = p.id) ORDER BY p.id LIMIT 2", "public.order_items"),
                write("UPDATE products SET price = price * 1.1 WHERE category_id = ?", "public.products",
                        p("int4", 2)),
                write("DELETE FROM orders WHERE status = 'cancelled' AND id < ?", "public.orders", p("int4", 300)),
                write("UPDATE customers SET city = 'Springfield' WHERE state = ?", "public.customers",
                        p("text", "Texas")),
                write("INSERT INTO customers (first_name, last_name, email, city, state, created_at) VALUES"
                        + " ('Ada', 'Lovelace', ?, 'London', 'Ohio', ?)", "public.customers",
                        p("text", "ada@example.com"), p("timestamptz", "2024-05-01T10:00:00Z")),
                write("INSERT INTO categories (name, description) VALUES ('Hobby kits', 'Models and puzzles')",
                        "public.categories"),
                write("UPDATE orders SET status = 'delivered', shipped_date = ? WHERE status = 'shipped' AND id < ?",
                        "public.orders", p("date", "2024-01-01"), p("int4", 200)),
                write("DELETE FROM customers WHERE state = ?", "public.customers", p("text", "Oregon")),
                write("UPDATE users SET role = 'analyst' WHERE role = 'support'", "public.users"),
                write("DELETE FROM users WHERE role = ?", "public.users", p("text", "sales")),
                write("UPDATE customers SET account_manager_id = NULL WHERE account_manager_id IS NOT NULL AND id < ?",
                        "public.customers", p("int4", 40)),
                write("INSERT INTO orders (customer_id, order_date, status) VALUES (?, ?, 'pending')",
                        "public.orders", p("int4", 5), p("timestamptz", "2024-06-01T08:30:00Z")),
                write("UPDATE order_items SET unit_price = 0 WHERE product_id = ?", "public.order_items",
                        p("int4", 9)),
                write("DELETE FROM order_items WHERE quantity > ?", "public.order_items", p("int4", 3)),
                write("UPDATE orders SET status = 'shipped' WHERE status = 'pending' AND id < ?", "public.orders",
                        p("int4", 120)),
                write("DELETE FROM rt.node WHERE id = ?", "rt.node", p("int4", 2)),
                write("UPDATE rt.account SET amount = amount + 1, tags = array_append(tags, 'x') WHERE id % 3 = 0",
                        "rt.account"),
                write("INSERT INTO rt.account (owner, amount, meta) VALUES ('new', 7.25, '{\"k\": [1, 2]}')",
                        "rt.account"),
                write("DELETE FROM rt.account WHERE amount > ?", "rt.account", p("numeric", "30")),
                write("UPDATE rt.node SET label = upper(label) WHERE parent_id = ?", "rt.node", p("int4", 3)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statements")
    void executeThenRestoreGivesTheSameTables(String sql, String table, List<SqlParameter> parameters)
            throws Exception {
        TableFingerprint before = fingerprint();
        ImpactReport impact;
        try (Connection connection = writer.open()) {
            impact = DryRun.measure(connection, sql, parameters, table);
        }
        assertThat(impact.totalRows()).as("the statement changes something").isPositive();
        String requestId = "req-" + UUID.randomUUID();
        ApprovedWrite write = new ApprovedWrite("ap-" + UUID.randomUUID(), requestId, sql, parameters, impact);

        WriteResult result = writes(WriteSettings.defaults()).execute(write, WriteObserver.NONE);

        assertThat(result.repeated()).isFalse();
        WriteExecuted executed = result.executed();
        assertThat(executed.totalRows()).isPositive();
        assertThat(executed.tables()).extracting(TableImpact::table).contains(table);
        TableFingerprint after = fingerprint();
        assertThat(after.differencesFrom(before)).as("the change happened").isNotEmpty();

        // The same approval again (a redelivered event): nothing runs, the first result is reported.
        WriteResult again = writes(WriteSettings.defaults()).execute(write, WriteObserver.NONE);
        assertThat(again.repeated()).isTrue();
        assertThat(again.executed()).isEqualTo(executed);
        assertThat(fingerprint().differencesFrom(after)).isEmpty();

        ImpactAssessed assessed;
        try (Connection connection = writer.open()) {
            assessed = RollbackAssessor.assess(connection,
                    new RollbackRequested(requestId, executed.backupId(), false, "test"), "db");
        }
        assertThat(assessed.rollback().conflicts()).isEmpty();
        assertThat(assessed.impact().risk()).isIn(RiskLevel.MEDIUM, RiskLevel.HIGH);
        WriteResult restored = restores().restore("ap-" + UUID.randomUUID(), "req-" + UUID.randomUUID(),
                assessed.rollback(), RiskLevel.MEDIUM, WriteObserver.NONE);

        assertThat(restored.executed().restoreProof().verified()).isTrue();
        assertThat(restored.executed().restoreProof().restoredChecksum())
                .isEqualTo(restored.executed().restoreProof().backupChecksum());
        assertThat(fingerprint().differencesFrom(before)).as("tables after the rollback").isEmpty();
        assertNoOpenTransactions();
    }

    @Test
    void rowsChangedSinceTheWriteAreConflictsThatOnlyAnExplicitChoiceOverrides() throws Exception {
        TableFingerprint before = fingerprint();
        String sql = "UPDATE products SET stock = stock + 5 WHERE category_id = ?";
        List<SqlParameter> parameters = List.of(p("int4", 3));
        String requestId = "req-" + UUID.randomUUID();
        WriteExecuted executed = run(sql, parameters, "public.products", requestId);
        DatabaseChange.run(writer, "UPDATE products SET stock = stock + 1 WHERE id = (SELECT min(id) FROM products"
                + " WHERE category_id = 3)");

        try (Connection connection = writer.open()) {
            assertThatThrownBy(() -> RollbackAssessor.assess(connection,
                    new RollbackRequested(requestId, executed.backupId(), false, "undo"), "db"))
                    .isInstanceOf(UserFacingError.class)
                    .satisfies(e -> assertThat(((UserFacingError) e).code()).isEqualTo(ErrorCode.CONFLICT))
                    .hasMessageContaining("public.products")
                    .hasMessageContaining("changed since");
            // restoring with the conflicts not accepted is refused at execution too
            RollbackTarget unaccepted = new RollbackTarget(requestId, executed.backupId(), List.of(), false);
            assertThatThrownBy(() -> restores().restore("ap-" + UUID.randomUUID(), "req-x", unaccepted,
                    RiskLevel.MEDIUM, WriteObserver.NONE)).isInstanceOf(UserFacingError.class)
                    .hasMessageContaining("changed after the approval");

            ImpactAssessed assessed = RollbackAssessor.assess(connection,
                    new RollbackRequested(requestId, executed.backupId(), true, "undo anyway"), "db");
            assertThat(assessed.rollback().conflicts()).hasSize(1);
            assertThat(assessed.impact().risk()).isEqualTo(RiskLevel.CRITICAL);
            WriteResult restored = restores().restore("ap-" + UUID.randomUUID(), "req-y", assessed.rollback(),
                    RiskLevel.CRITICAL, WriteObserver.NONE);
            assertThat(restored.executed().restoreProof().verified()).isTrue();
        }
        assertThat(fingerprint().differencesFrom(before)).isEmpty();
    }

    @Test
    void aBackupLargerThanTheLimitIsRefusedBeforeAnythingChanges() throws Exception {
        TableFingerprint before = fingerprint();
        String sql = "DELETE FROM customers WHERE state = ?";
        List<SqlParameter> parameters = List.of(p("text", "California"));
        ImpactReport impact;
        try (Connection connection = writer.open()) {
            impact = DryRun.measure(connection, sql, parameters, "public.customers");
        }
        ApprovedWrite write = new ApprovedWrite("ap-" + UUID.randomUUID(), "req-limit", sql, parameters, impact);

        assertThatThrownBy(() -> writes(WriteSettings.defaults().withBackupLimits(10, Long.MAX_VALUE))
                .execute(write, WriteObserver.NONE))
                .isInstanceOf(UserFacingError.class)
                .satisfies(e -> assertThat(((UserFacingError) e).code()).isEqualTo(ErrorCode.REFUSED_BY_POLICY))
                .hasMessageContaining("limit of 10 rows");
        assertThat(fingerprint().differencesFrom(before)).isEmpty();
        assertThat(ledgerRows(write.approvalId())).as("a refused write leaves no ledger row").isZero();
        // the limit refused it, not the data: with room for the backup it runs
        WriteResult result = writes(WriteSettings.defaults()).execute(write, WriteObserver.NONE);
        assertThat(result.repeated()).isFalse();
        assertThat(fingerprint().differencesFrom(before)).isNotEmpty();
        assertThat(ledgerRows(write.approvalId())).isOne();
        restores().restore("ap-" + UUID.randomUUID(), "req-limit-undo",
                new RollbackTarget("req-limit", result.executed().backupId(), List.of(), false), RiskLevel.HIGH,
                WriteObserver.NONE);
        assertThat(fingerprint().differencesFrom(before)).isEmpty();
    }

    @Test
    void aWriteThatChangesOtherRowsThanApprovedIsRolledBack() throws Exception {
        TableFingerprint before = fingerprint();
        String sql = "UPDATE products SET stock = stock + 1 WHERE stock > ?";
        List<SqlParameter> parameters = List.of(p("int4", 10));
        ImpactReport measured;
        try (Connection connection = writer.open()) {
            measured = DryRun.measure(connection, sql, parameters, "public.products");
        }
        TableImpact products = measured.tables().get(0);
        ImpactReport approvedFewer = new ImpactReport(measured.method(), null,
                List.of(new TableImpact(products.table(), 0, products.updated() / 2, 0, "statement")),
                products.updated() / 2, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), false,
                false, RiskLevel.MEDIUM, List.of(), "", List.of());
        ApprovedWrite write = new ApprovedWrite("ap-" + UUID.randomUUID(), "req-drift", sql, parameters,
                approvedFewer);

        assertThatThrownBy(() -> writes(WriteSettings.defaults()).execute(write, WriteObserver.NONE))
                .isInstanceOf(UserFacingError.class)
                .satisfies(e -> assertThat(((UserFacingError) e).code()).isEqualTo(ErrorCode.CONFLICT))
                .hasMessageContaining("other rows than were approved");
        assertThat(fingerprint().differencesFrom(before)).isEmpty();
        assertNoOpenTransactions();
    }

    @Test
    void ddlAndReadsNeverRunOnTheWritePath() throws Exception {
        TableFingerprint before = fingerprint();
        ImpactReport none = new ImpactReport(io.pgwarden.contracts.impact.ImpactMethod.DRY_RUN, null, List.of(), 0,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), false, false, RiskLevel.LOW,
                List.of(), "", List.of());
        for (String sql : List.of("DROP TABLE order_status_history", "TRUNCATE orders CASCADE",
                "ALTER TABLE users ADD COLUMN x int", "SELECT * FROM users",
                "DELETE FROM users WHERE id = 1; DROP TABLE users")) {
            ApprovedWrite write = new ApprovedWrite("ap-" + UUID.randomUUID(), "req-ddl", sql, List.of(), none);
            assertThatThrownBy(() -> writes(WriteSettings.defaults()).execute(write, WriteObserver.NONE))
                    .as(sql).isInstanceOf(UserFacingError.class);
        }
        assertThat(fingerprint().differencesFrom(before)).isEmpty();
    }

    private WriteExecuted run(String sql, List<SqlParameter> parameters, String table, String requestId)
            throws SQLException {
        ImpactReport impact;
        try (Connection connection = writer.open()) {
            impact = DryRun.measure(connection, sql, parameters, table);
        }
        return writes(WriteSettings.defaults())
                .execute(new ApprovedWrite("ap-" + UUID.randomUUID(), requestId, sql, parameters, impact),
                        WriteObserver.NONE)
                .executed();
    }

    private static WriteExecutor writes(WriteSettings settings) {
        return new WriteExecutor(writer::open, GUARD, settings);
    }

    private static RestoreExecutor restores() {
        return new RestoreExecutor(writer::open, WriteSettings.defaults());
    }

    private static TableFingerprint fingerprint() throws SQLException {
        try (Connection connection = superuser.open()) {
            return TableFingerprint.of(connection);
        }
    }

    private static long ledgerRows(String approvalId) throws SQLException {
        try (Connection connection = superuser.open();
                var statement = connection.prepareStatement(
                        "SELECT count(*) FROM pgwarden_recovery.execution_ledger WHERE approval_id = ?")) {
            statement.setString(1, approvalId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static void assertNoOpenTransactions() throws SQLException {
        try (Connection connection = superuser.open(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE datname ="
                        + " 'sample' AND pid <> pg_backend_pid() AND xact_start IS NOT NULL")) {
            rows.next();
            assertThat(rows.getLong(1)).as("sessions inside a transaction").isZero();
        }
    }

    private static Arguments write(String sql, String table, SqlParameter... parameters) {
        return Arguments.of(sql, table, List.of(parameters));
    }

    private static SqlParameter p(String type, Object value) {
        return new SqlParameter(type, value);
    }
}
