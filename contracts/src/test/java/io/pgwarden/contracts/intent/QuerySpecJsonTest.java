package io.pgwarden.contracts.intent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pgwarden.contracts.event.EventCodec;
import io.pgwarden.contracts.schema.ColumnInfo;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The write and meta fields of QuerySpec and ColumnInfo.hasDefault are additive: old JSON still decodes. */
class QuerySpecJsonTest {

    private final ObjectMapper mapper = EventCodec.mapper();

    @Test
    void decodesASpecWrittenBeforeWritesAndMetaQuestionsExisted() throws Exception {
        QuerySpec spec = mapper.readValue("""
                {"table":"public.customers","columns":[],"conditions":[{"table":"public.customers","column":"state",
                "operator":"EQ","values":["Texas"]}],"orderBy":[],"limit":5}""", QuerySpec.class);

        assertThat(spec).isEqualTo(new QuerySpec("public.customers", List.of(), null,
                List.of(new Condition("public.customers", "state", Operator.EQ, List.of("Texas"))), List.of(), 5));
        assertThat(spec.assignments()).isEmpty();
        assertThat(spec.insertValues()).isEmpty();
        assertThat(spec.meta()).isNull();
    }

    @Test
    void roundTripsAnUpdateAnInsertInColumnOrderAndAMetaQuestion() throws Exception {
        QuerySpec update = QuerySpec.update("public.products",
                List.of(new Assignment("price", Assignment.Operation.MULTIPLY, new BigDecimal("1.10"))),
                List.of(new Condition("public.categories", "name", Operator.EQ, List.of("Electronics"))));
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("last_name", "Doe");
        row.put("first_name", "Jane");
        QuerySpec insert = QuerySpec.insert("public.customers", row);
        QuerySpec meta = QuerySpec.meta(new MetaRequest(MetaRequest.Kind.COLUMNS, List.of("public.orders")));

        QuerySpec updateBack = mapper.readValue(mapper.writeValueAsString(update), QuerySpec.class);
        QuerySpec insertBack = mapper.readValue(mapper.writeValueAsString(insert), QuerySpec.class);

        assertThat(updateBack.assignments()).hasSize(1);
        assertThat(updateBack.assignments().get(0).operation()).isEqualTo(Assignment.Operation.MULTIPLY);
        assertThat(new BigDecimal(updateBack.assignments().get(0).value().toString()))
                .isEqualByComparingTo("1.10");
        assertThat(updateBack.tables()).containsExactly("public.products", "public.categories");
        assertThat(insertBack).isEqualTo(insert);
        assertThat(insertBack.insertValues().keySet()).containsExactly("last_name", "first_name");
        assertThat(mapper.readValue(mapper.writeValueAsString(meta), QuerySpec.class)).isEqualTo(meta);
        assertThat(meta.tables()).containsExactly("public.orders");
        assertThat(meta.table()).isEqualTo("public.orders");
    }

    @Test
    void aColumnFromAnOlderCatalogHasNoDefault() throws Exception {
        ColumnInfo column = mapper.readValue("""
                {"name":"id","dataType":"integer","typeCategory":"number","nullable":false,"comment":null,
                "distinctCount":-1,"values":[]}""", ColumnInfo.class);

        assertThat(column.hasDefault()).isFalse();
        assertThat(column.requiredOnInsert()).isTrue();
        assertThat(new ColumnInfo("id", "integer", "number", false, null, -1, List.of(), true).requiredOnInsert())
                .isFalse();
    }
}
