package io.pgwarden.intent.domain.write;

import io.pgwarden.contracts.schema.ColumnInfo;
import io.pgwarden.contracts.schema.ForeignKeyInfo;
import io.pgwarden.contracts.schema.SchemaCatalog;
import io.pgwarden.contracts.schema.TableInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Two unrelated schemas for writes, with what INSERT needs to know: serial keys have defaults, some columns cannot
 * be empty. A snake_case shop in {@code public} and a PascalCase lending library in {@code library}.
 */
final class WriteCatalogs {

    private WriteCatalogs() {
    }

    static SchemaCatalog shop() {
        return catalog(
                table("public", "customers", serial("id"), required("first_name"), required("last_name"),
                        nullable("email"), values("state", "California", "New York", "Texas"), nullable("city")),
                table("public", "categories", serial("id"), values("name", "Books", "Electronics", "Garden")),
                table("public", "products", serial("id"), required("name"), number("price", "numeric(10,2)"),
                        number("stock", "integer"), number("category_id", "integer"))
                        .withKey("category_id", "public.categories", "id"),
                table("public", "orders", serial("id"), number("customer_id", "integer"),
                        values("status", "pending", "shipped", "delivered", "cancelled"), date("order_date"),
                        number("total", "numeric(12,2)"), date("shipped_date")).withKey("customer_id", "public.customers", "id"),
                table("public", "suppliers", serial("id"), required("name"), values("state", "California", "Oregon")));
    }

    /** {@code catalog} with a comment on one column. */
    static SchemaCatalog withComment(SchemaCatalog catalog, String table, String column, String comment) {
        return new SchemaCatalog(catalog.databaseId(), catalog.fingerprint(), catalog.discoveredAt(),
                catalog.tables().stream().map(t -> !t.qualifiedName().equals(table) ? t : new TableInfo(t.schema(),
                        t.name(), t.kind(), t.comment(), t.estimatedRows(), t.columns().stream()
                                .map(c -> !c.name().equals(column) ? c : new ColumnInfo(c.name(), c.dataType(),
                                        c.typeCategory(), c.nullable(), comment, c.distinctCount(), c.values(),
                                        c.hasDefault())).toList(), t.primaryKey(), t.foreignKeys())).toList());
    }

    static SchemaCatalog library() {
        return catalog(
                table("library", "Branch", serial("BranchId"), required("Name"), values("City", "Leeds", "York")),
                table("library", "Book", serial("BookId"), required("Title"), number("Pages", "smallint"),
                        number("ReplacementCost", "numeric(8,2)"), number("BranchId", "integer"),
                        timestamptz("AcquiredAt"), timestamptz("WithdrawnAt"))
                        .withKey("BranchId", "library.Branch", "BranchId"),
                table("library", "Member", serial("MemberId"), required("FirstName"), required("LastName"),
                        nullable("Email"), values("Level", "Standard", "Gold")),
                table("library", "Loan", serial("LoanId"), number("BookId", "bigint"), number("MemberId", "integer"),
                        date("LoanDate"), date("DueDate"))
                        .withKey("BookId", "library.Book", "BookId").withKey("MemberId", "library.Member", "MemberId"));
    }

    private static SchemaCatalog catalog(Table... tables) {
        return new SchemaCatalog("test:5432/test", "fp", Instant.parse("2026-01-01T00:00:00Z"),
                java.util.Arrays.stream(tables).map(Table::build).toList());
    }

    private static Table table(String schema, String name, ColumnInfo... columns) {
        return new Table(schema, name, List.of(columns));
    }

    private static ColumnInfo serial(String name) {
        return new ColumnInfo(name, "integer", "number", false, null, -1, List.of(), true);
    }

    private static ColumnInfo required(String name) {
        return new ColumnInfo(name, "text", "text", false, null, -1, List.of(), false);
    }

    private static ColumnInfo nullable(String name) {
        return new ColumnInfo(name, "text", "text", true, null, -1, List.of(), false);
    }

    private static ColumnInfo values(String name, String... stored) {
        return new ColumnInfo(name, "text", "text", true, null, stored.length, List.of(stored), false);
    }

    private static ColumnInfo number(String name, String type) {
        return new ColumnInfo(name, type, "number", true, null, -1, List.of(), false);
    }

    private static ColumnInfo date(String name) {
        return new ColumnInfo(name, "date", "date", true, null, -1, List.of(), false);
    }

    private static ColumnInfo timestamptz(String name) {
        return new ColumnInfo(name, "timestamp with time zone", "timestamp", true, null, -1, List.of(), false);
    }

    private static final class Table {
        private final String schema;
        private final String name;
        private final List<ColumnInfo> columns;
        private final List<ForeignKeyInfo> keys = new ArrayList<>();

        Table(String schema, String name, List<ColumnInfo> columns) {
            this.schema = schema;
            this.name = name;
            this.columns = columns;
        }

        Table withKey(String column, String table, String referenced) {
            keys.add(new ForeignKeyInfo(name + "_" + column + "_fkey", List.of(column), table, List.of(referenced),
                    "NO ACTION", "NO ACTION"));
            return this;
        }

        TableInfo build() {
            return new TableInfo(schema, name, "TABLE", null, 100, columns, List.of(columns.get(0).name()), keys);
        }
    }
}
