package io.pgwarden.query.domain;

import io.pgwarden.contracts.schema.ColumnInfo;
import io.pgwarden.contracts.schema.ForeignKeyInfo;
import io.pgwarden.contracts.schema.SchemaContext;
import io.pgwarden.contracts.schema.TableInfo;
import java.util.List;

/** Synthetic schema contexts: a snake_case shop and a Chinook-like music store in PascalCase. */
final class Contexts {

    static final TableInfo CUSTOMERS = new TableInfo("public", "customers", "TABLE", null, 100, List.of(
            column("id", "integer", "number"), column("first_name", "text", "text"),
            column("email", "character varying(255)", "text"), column("state", "text", "text"),
            column("tier", "customer_tier", "other"), column("active", "boolean", "boolean"),
            column("signed_up", "date", "date"), column("last_seen", "timestamp with time zone", "timestamp")),
            List.of("id"), List.of());

    static final TableInfo PRODUCTS = new TableInfo("public", "products", "TABLE", null, 100, List.of(
            column("id", "integer", "number"), column("name", "text", "text"),
            column("price", "numeric(10,2)", "number"), column("stock", "smallint", "number"),
            column("category_id", "bigint", "number")), List.of("id"),
            List.of(new ForeignKeyInfo("products_category_id_fkey", List.of("category_id"), "public.categories",
                    List.of("id"), "NO ACTION", "NO ACTION")));

    static final TableInfo CATEGORIES = new TableInfo("public", "categories", "TABLE", null, 3, List.of(
            column("id", "bigint", "number"), column("name", "text", "text")), List.of("id"), List.of());

    static final TableInfo TRACK = new TableInfo("chinook", "Track", "TABLE", null, 3503, List.of(
            column("TrackId", "integer", "number"), column("Name", "character varying(200)", "text"),
            column("GenreId", "integer", "number"), column("UnitPrice", "numeric(10,2)", "number"),
            column("Milliseconds", "integer", "number")), List.of("TrackId"), List.of());

    static final TableInfo LINE = new TableInfo("chinook", "PlaylistTrack", "TABLE", null, 8715, List.of(
            column("PlaylistId", "integer", "number"), column("TrackId", "integer", "number")),
            List.of("PlaylistId", "TrackId"), List.of());

    private Contexts() {
    }

    static SchemaContext shop() {
        return new SchemaContext("test", "fp", List.of(CUSTOMERS, PRODUCTS, CATEGORIES), List.of());
    }

    static SchemaContext music() {
        return new SchemaContext("test", "fp", List.of(TRACK, LINE), List.of());
    }

    static SchemaContext of(TableInfo... tables) {
        return new SchemaContext("test", "fp", List.of(tables), List.of());
    }

    static ColumnInfo column(String name, String dataType, String category) {
        return new ColumnInfo(name, dataType, category, true, null, -1, List.of());
    }
}
