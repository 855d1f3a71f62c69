package io.pgwarden.deploy.postgres;

import io.pgwarden.deploy.PgwardenSystem;
import io.pgwarden.deploy.SystemConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sample database holds exactly the rows deploy/README.md documents, and only its owner may change them. */
class SampleDatabaseIT {

    private static PgwardenSystem system;

    @BeforeAll
    static void startPostgresKafkaAndRedis() {
        system = PgwardenSystem.start(SystemConfig.forTests().build());
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void everyTableHasTheDocumentedRowCount() throws SQLException {
        assertThat(rows("""
                SELECT 'users', count(*) FROM users
                UNION ALL SELECT 'customers', count(*) FROM customers
                UNION ALL SELECT 'categories', count(*) FROM categories
                UNION ALL SELECT 'products', count(*) FROM products
                UNION ALL SELECT 'orders', count(*) FROM orders
                UNION ALL SELECT 'order_items', count(*) FROM order_items
                UNION ALL SELECT 'order_status_history', count(*) FROM order_status_history
                """)).containsExactly(
                List.of("users", "40"), List.of("customers", "500"), List.of("categories", "8"),
                List.of("products", "50"), List.of("orders", "2000"), List.of("order_items", "5000"),
                List.of("order_status_history", "0"));
    }

    @Test
    void customersAreSpreadOverFifteenStatesWithCaliforniaTheLargest() throws SQLException {
        assertThat(rows("SELECT state, count(*) FROM customers GROUP BY state ORDER BY count(*) DESC, state"))
                .containsExactly(
                        List.of("California", "87"), List.of("Texas", "63"), List.of("New York", "49"),
                        List.of("Florida", "38"), List.of("Illinois", "38"), List.of("Georgia", "26"),
                        List.of("Pennsylvania", "26"), List.of("Colorado", "25"), List.of("Ohio", "25"),
                        List.of("Washington", "25"), List.of("Arizona", "24"), List.of("Massachusetts", "24"),
                        List.of("North Carolina", "24"), List.of("Michigan", "13"), List.of("Oregon", "13"));
    }

    @Test
    void californianCustomersLiveInFiveCities() throws SQLException {
        assertThat(rows("SELECT city, count(*) FROM customers WHERE state = 'California' GROUP BY city ORDER BY city"))
                .containsExactly(List.of("Los Angeles", "38"), List.of("Sacramento", "12"),
                        List.of("San Diego", "12"), List.of("San Francisco", "12"), List.of("San Jose", "13"));
    }

    @Test
    void customerFactsMatchTheDocumentation() throws SQLException {
        assertThat(rows("""
                SELECT count(*) FILTER (WHERE phone IS NULL),
                       count(*) FILTER (WHERE account_manager_id IS NULL),
                       count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id)),
                       count(*) FILTER (WHERE state = 'California' AND phone IS NULL)
                  FROM customers c
                """)).containsExactly(List.of("62", "83", "43", "12"));
    }

    @Test
    void ordersHaveTheDocumentedStatusesYearsAndTotal() throws SQLException {
        assertThat(rows("SELECT status, count(*) FROM orders GROUP BY status ORDER BY status")).containsExactly(
                List.of("cancelled", "100"), List.of("delivered", "1267"), List.of("pending", "211"),
                List.of("shipped", "422"));
        assertThat(rows("""
                SELECT extract(year FROM order_date AT TIME ZONE 'UTC')::int, count(*)
                  FROM orders GROUP BY 1 ORDER BY 1
                """)).containsExactly(List.of("2023", "485"), List.of("2024", "1009"), List.of("2025", "506"));
        assertThat(rows("""
                SELECT sum(total_amount), count(*) FILTER (WHERE shipped_date IS NULL),
                       (SELECT sum(quantity) FROM order_items)
                  FROM orders
                """)).containsExactly(List.of("1056223.20", "311", "12000"));
    }

    @Test
    void theFiveMostExpensiveProductsAreDistinctlyPriced() throws SQLException {
        assertThat(rows("SELECT name, price FROM products ORDER BY price DESC LIMIT 5")).containsExactly(
                List.of("Espresso Machine", "449.00"), List.of("27-inch 4K Monitor", "329.99"),
                List.of("Adjustable Dumbbells", "299.00"), List.of("Noise-Cancelling Headphones", "249.00"),
                List.of("Smartwatch", "199.99"));
    }

    @Test
    void usersHaveTheDocumentedRoles() throws SQLException {
        assertThat(rows("SELECT role, count(*) FROM users GROUP BY role ORDER BY role")).containsExactly(
                List.of("account_manager", "8"), List.of("admin", "2"), List.of("analyst", "10"),
                List.of("sales", "8"), List.of("support", "6"), List.of("warehouse", "6"));
    }

    @Test
    void everyTableAndColumnIsDescribed() throws SQLException {
        assertThat(rows("""
                SELECT count(DISTINCT c.oid) FILTER (WHERE obj_description(c.oid, 'pg_class') IS NULL),
                       count(*) FILTER (WHERE col_description(c.oid, a.attnum) IS NULL)
                  FROM pg_class c
                  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                 WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'
                """)).containsExactly(List.of("0", "0"));
    }

    @Test
    void theReaderCannotWriteEvenWhenItLeavesReadOnlyMode() throws SQLException {
        try (Connection reader = system.targetDatabase().open(); Statement statement = reader.createStatement()) {
            assertThatThrownBy(() -> statement.execute("DELETE FROM order_items"))
                    .hasMessageContaining("read-only transaction");
            statement.execute("SET default_transaction_read_only = off");
            assertThatThrownBy(() -> statement.execute("DELETE FROM order_items"))
                    .hasMessageContaining("permission denied for table order_items");
        }
    }

    @Test
    void triggersKeepTotalsAndHistoryAndResetRestoresTheDocumentedState() throws SQLException {
        try {
            try (Connection writer = system.targetDatabaseWriter().open()) {
                update(writer, "UPDATE order_items SET quantity = quantity + 1 WHERE order_id = 1");
                update(writer, "UPDATE orders SET status = 'cancelled' WHERE id = 2");
                update(writer, "DELETE FROM customers WHERE id = 2");
            }
            assertThat(rows("SELECT total_amount FROM orders WHERE id = 1"))
                    .as("644.99 plus one more of each of its four products (24.00 + 89.99 + 45.00 + 109.00)")
                    .containsExactly(List.of("912.98"));
            assertThat(rows("SELECT order_id, old_status, new_status FROM order_status_history"))
                    .containsExactly(List.of("2", "delivered", "cancelled"));
            assertThat(rows("SELECT (SELECT count(*) FROM orders), (SELECT count(*) FROM order_items)"))
                    .as("customer 2's 3 orders and their 10 lines were deleted with the customer")
                    .containsExactly(List.of("1997", "4990"));
        } finally {
            system.resetSampleDatabase(); // the other tests expect the documented state
        }
        assertThat(rows("SELECT count(*), sum(total_amount) FROM orders"))
                .containsExactly(List.of("2000", "1056223.20"));
        assertThat(rows("SELECT count(*) FROM order_status_history")).containsExactly(List.of("0"));
    }

    private static void update(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }

    private static List<List<String>> rows(String sql) throws SQLException {
        try (Connection reader = system.targetDatabase().open();
                Statement statement = reader.createStatement();
                ResultSet resultSet = statement.executeQuery(sql)) {
            List<List<String>> rows = new ArrayList<>();
            int columns = resultSet.getMetaData().getColumnCount();
            while (resultSet.next()) {
                List<String> row = new ArrayList<>(columns);
                for (int column = 1; column <= columns; column++) {
                    Object value = resultSet.getObject(column);
                    row.add(value instanceof BigDecimal decimal ? decimal.toPlainString() : String.valueOf(value));
                }
                rows.add(row);
            }
            return rows;
        }
    }
}
