package io.pgwarden.schema.domain;

import io.pgwarden.contracts.schema.ColumnInfo;
import io.pgwarden.contracts.schema.ForeignKeyInfo;
import io.pgwarden.contracts.schema.SchemaCatalog;
import io.pgwarden.contracts.schema.TableInfo;
import java.time.Instant;
import java.util.List;

/** A small shop catalog with a self-reference, a two-hop path and an unconnected table. */
final class Catalogs {

    private Catalogs() {
    }

    static SchemaCatalog shop() {
        return new SchemaCatalog("db", "fp-1", Instant.parse("2026-01-01T00:00:00Z"), List.of(
                table("customers", List.of(col("id", "number"), col("name", "text"), col("state", "text")),
                        List.of()),
                table("orders", List.of(col("id", "number"), col("customer_id", "number"), col("total", "number")),
                        List.of(fk("orders_customer_fk", "customer_id", "public.customers"))),
                table("order_items", List.of(col("id", "number"), col("order_id", "number")),
                        List.of(fk("items_order_fk", "order_id", "public.orders"))),
                table("employees", List.of(col("id", "number"), col("manager_id", "number")),
                        List.of(fk("employees_manager_fk", "manager_id", "public.employees"))),
                table("audit_notes", List.of(col("id", "number"), col("note", "text")), List.of())));
    }

    static TableInfo table(String name, List<ColumnInfo> columns, List<ForeignKeyInfo> keys) {
        return new TableInfo("public", name, "TABLE", null, 10, columns, List.of("id"), keys);
    }

    static ColumnInfo col(String name, String category) {
        return new ColumnInfo(name, category.equals("text") ? "text" : "integer", category, true, null, -1, List.of());
    }

    static ForeignKeyInfo fk(String name, String column, String referenced) {
        return new ForeignKeyInfo(name, List.of(column), referenced, List.of("id"), "CASCADE", "NO ACTION");
    }
}
