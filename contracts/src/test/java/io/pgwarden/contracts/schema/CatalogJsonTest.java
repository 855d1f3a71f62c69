package io.pgwarden.contracts.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgwarden.contracts.event.EventCodec;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Catalogs travel on a compacted topic: catalogs written before the newer fields must still decode. */
class CatalogJsonTest {

    @Test
    void aCatalogFromAnOlderProducerDecodesWithEmptyConstraintsIndexesAndStatistics() throws Exception {
        String older = """
                { "databaseId": "db", "fingerprint": "f", "discoveredAt": "2026-11-25T18:00:01Z",
                  "tables": [{ "schema": "public", "name": "customers", "kind": "TABLE", "estimatedRows": 5,
                    "columns": [{ "name": "state", "dataType": "text", "typeCategory": "text", "nullable": true,
                                  "distinctCount": 2, "values": ["CA", "TX"] }],
                    "primaryKey": ["id"], "foreignKeys": [] }] }
                """;

        SchemaCatalog catalog = EventCodec.mapper().readValue(older, SchemaCatalog.class);

        TableInfo customers = catalog.tables().get(0);
        assertThat(customers.uniqueKeys()).isEmpty();
        assertThat(customers.indexes()).isEmpty();
        assertThat(customers.checks()).isEmpty();
        ColumnInfo state = customers.columns().get(0);
        assertThat(state.values()).containsExactly("CA", "TX");
        assertThat(state.defaultExpression()).isNull();
        assertThat(state.mostCommonValues()).isEmpty();
        assertThat(state.hasDefault()).isFalse();
    }

    @Test
    void constraintsIndexesDefaultsAndCommonValuesSurviveARoundTrip() throws Exception {
        ColumnInfo status = new ColumnInfo("status", "text", "text", false, null, 3, List.of("new", "paid"), true,
                "'new'::text", List.of("paid", "new"));
        TableInfo orders = new TableInfo("public", "orders", "TABLE", null, 10, List.of(status), List.of("id"),
                List.of(), List.of(new UniqueConstraintInfo("orders_number_key", List.of("number"))),
                List.of(new IndexInfo("orders_status_idx", List.of("status"), false, "btree")),
                List.of(new CheckConstraintInfo("orders_status_check",
                        "CHECK ((status = ANY (ARRAY['new'::text, 'paid'::text])))")));
        SchemaCatalog sent = new SchemaCatalog("db", "f", Instant.parse("2026-11-25T18:00:01Z"), List.of(orders));

        SchemaCatalog received = EventCodec.mapper().readValue(EventCodec.mapper().writeValueAsString(sent),
                SchemaCatalog.class);

        assertThat(received).isEqualTo(sent);
        assertThat(received.tables().get(0).columns().get(0).mostCommonValues()).containsExactly("paid", "new");
    }
}
