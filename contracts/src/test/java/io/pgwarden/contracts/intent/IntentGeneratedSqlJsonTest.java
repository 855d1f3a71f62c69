package io.pgwarden.contracts.intent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pgwarden.contracts.event.EventCodec;
import io.pgwarden.contracts.sql.SqlParameter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Intent.generated is additive: an intent written before the LLM path still decodes, with no generated SQL. */
class IntentGeneratedSqlJsonTest {

    private final ObjectMapper mapper = EventCodec.mapper();

    @Test
    void decodesAnIntentWrittenBeforeGeneratedSqlExisted() throws Exception {
        Intent intent = mapper.readValue("""
                {"intentType":"SELECT","entities":["public.customers"],"operations":["count"],"conditions":[],
                "complexity":"SIMPLE","estimatedRisk":"LOW","spec":{"table":"public.customers"},"confidence":1.0}""",
                Intent.class);

        assertThat(intent.generated()).isNull();
        assertThat(intent.spec().table()).isEqualTo("public.customers");
        assertThat(intent.confidence()).isEqualTo(1.0);
    }

    @Test
    void roundTripsGeneratedSqlWithItsParametersInOrder() throws Exception {
        Intent intent = new Intent(IntentType.SELECT, List.of("public.products"), List.of("llm"), List.of(),
                Complexity.SIMPLE, RiskLevel.LOW, new QuerySpec("public.products", null, null, null, null, null),
                0.6, new GeneratedSql("SELECT name FROM products WHERE price < ? AND name <> ?",
                        List.of(new SqlParameter("numeric", 20), new SqlParameter("unknown", "x")),
                        "Products cheaper than 20."));

        Intent back = mapper.readValue(mapper.writeValueAsString(intent), Intent.class);

        assertThat(back.generated().sql()).isEqualTo("SELECT name FROM products WHERE price < ? AND name <> ?");
        assertThat(back.generated().parameters()).extracting(SqlParameter::type).containsExactly("numeric", "unknown");
        assertThat(back.generated().parameters()).extracting(p -> p.value().toString()).containsExactly("20", "x");
        assertThat(back.generated().explanation()).isEqualTo("Products cheaper than 20.");
    }
}
