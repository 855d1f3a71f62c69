package io.pgwarden.contracts.intent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pgwarden.contracts.event.EventCodec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Joins, relative times, distinct lists, group keys, shares and ordering by an aggregate are additive fields. */
class ReadShapesJsonTest {

    private final ObjectMapper mapper = EventCodec.mapper();

    @Test
    void anOlderSpecDecodesWithTheNewFieldsEmpty() throws Exception {
        QuerySpec spec = mapper.readValue("""
                {"table":"public.orders","columns":["status"],"aggregate":{"function":"COUNT","column":null},
                "conditions":[{"table":"public.orders","column":"total","operator":"GT","values":[5]}],
                "orderBy":[{"column":"status","descending":true}],"limit":null}""", QuerySpec.class);

        assertThat(spec.distinct()).isFalse();
        assertThat(spec.groupBy()).isEmpty();
        assertThat(spec.having()).isEmpty();
        assertThat(spec.aggregate()).isEqualTo(new Aggregate(Aggregate.Function.COUNT, null));
        assertThat(spec.aggregate().filter()).isEmpty();
        assertThat(spec.conditions().get(0).via()).isNull();
        assertThat(spec.orderBy().get(0)).isEqualTo(new Ordering("status", true));
    }

    @Test
    void theNewShapesRoundTrip() throws Exception {
        QuerySpec spec = QuerySpec.read("public.orders", List.of(),
                new Aggregate(Aggregate.Function.PERCENT, null, false,
                        List.of(new Condition("public.orders", "status", Operator.EQ, List.of("shipped")))),
                List.of(new Condition("public.employees", "first_name", Operator.EQ, List.of("Andrew"), "reports_to"),
                        new Condition("public.orders", "order_date", Operator.IN_PERIOD, List.of("month", -1))),
                List.of(Ordering.byAggregate(true)), 1, false,
                List.of(new GroupKey("public.orders", "order_date", "month")));

        QuerySpec back = mapper.readValue(mapper.writeValueAsString(spec), QuerySpec.class);

        assertThat(back).isEqualTo(spec);
        assertThat(back.tables()).containsExactly("public.orders", "public.employees");
    }

    @Test
    void negationsAndConditionsOnGroupedValuesRoundTrip() throws Exception {
        QuerySpec spec = QuerySpec.read("public.orders", List.of(), new Aggregate(Aggregate.Function.COUNT, null),
                List.of(new Condition("public.orders", "status", Operator.NOT_IN, List.of("shipped", "cancelled")),
                        new Condition("public.order_items", null, Operator.NOT_EXISTS, List.of())),
                List.of(), null, false, List.of(new GroupKey("public.customers", "id", null)))
                .withHaving(List.of(new Having(Operator.BETWEEN, List.of(2, 5))));

        String json = mapper.writeValueAsString(spec);
        QuerySpec back = mapper.readValue(json, QuerySpec.class);

        assertThat(back).isEqualTo(spec);
        assertThat(json).contains("\"having\":[{\"operator\":\"BETWEEN\",\"values\":[2,5]}]");
        assertThat(back.tables()).containsExactly("public.orders", "public.order_items", "public.customers");
    }
}
