package io.pgwarden.query.domain.write;

import io.pgwarden.contracts.schema.ColumnInfo;
import io.pgwarden.contracts.schema.ForeignKeyInfo;
import io.pgwarden.contracts.schema.SchemaContext;
import io.pgwarden.contracts.schema.TableInfo;
import java.util.List;

/** Two unrelated schemas for write statements: a snake_case shop, and a PascalCase library in its own schema. */
final class WriteContexts {

    static final TableInfo CUSTOMERS = table("public", "customers", List.of(key("id", "integer"),
            required("first_name", "text"), required("last_name", "text"), column("state", "text", "text"),
            column("city", "text", "text")), List.of());
    static final TableInfo CATEGORIES = table("public", "categories", List.of(key("id", "integer"),
            required("name", "text")), List.of());
    static final TableInfo PRODUCTS = table("public", "products", List.of(key("id", "integer"),
            required("name", "text"), column("price", "numeric(10,2)", "number"), column("stock", "integer", "number"),
            column("category_id", "integer", "number")), List.of(fk("category_id", "public.categories", "id")));
    static final TableInfo ORDERS = table("public", "orders", List.of(key("id", "integer"),
            column("customer_id", "integer", "number"), column("status", "order_status", "other"),
            column("order_date", "date", "date"), column("total", "numeric(12,2)", "number")),
            List.of(fk("customer_id", "public.customers", "id")));

    static final TableInfo BRANCH = table("library", "Branch", List.of(key("BranchId", "integer"),
            required("Name", "character varying(80)"), column("City", "character varying(80)", "text")), List.of());
    static final TableInfo BOOK = table("library", "Book", List.of(key("BookId", "bigint"),
            required("Title", "character varying(200)"), column("Pages", "smallint", "number"),
            column("ReplacementCost", "numeric(8,2)", "number"), column("BranchId", "integer", "number"),
            column("AcquiredAt", "timestamp with time zone", "timestamp")),
            List.of(fk("BranchId", "library.Branch", "BranchId")));

    private WriteContexts() {
    }

    static SchemaContext shop() {
        return new SchemaContext("test", "fp", List.of(CUSTOMERS, CATEGORIES, PRODUCTS, ORDERS), List.of());
    }

    static SchemaContext library() {
        return new SchemaContext("test", "fp", List.of(BRANCH, BOOK), List.of());
    }

    private static TableInfo table(String schema, String name, List<ColumnInfo> columns, List<ForeignKeyInfo> keys) {
        return new TableInfo(schema, name, "TABLE", null, 100, columns, List.of(columns.get(0).name()), keys);
    }

    private static ForeignKeyInfo fk(String column, String table, String referenced) {
        return new ForeignKeyInfo(column + "_fkey", List.of(column), table, List.of(referenced), "NO ACTION",
                "NO ACTION");
    }

    /** A serial key: NOT NULL with a default. */
    private static ColumnInfo key(String name, String type) {
        return new ColumnInfo(name, type, "number", false, null, -1, List.of(), true);
    }

    private static ColumnInfo required(String name, String type) {
        return new ColumnInfo(name, type, "text", false, null, -1, List.of(), false);
    }

    private static ColumnInfo column(String name, String type, String category) {
        return new ColumnInfo(name, type, category, true, null, -1, List.of(), false);
    }
}
