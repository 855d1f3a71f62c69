package io.pgwarden.gateway.api;

import static io.pgwarden.gateway.tracking.Lifecycles.READ;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.contracts.plan.Step;
import io.pgwarden.gateway.tracking.Lifecycles;
import io.pgwarden.gateway.tracking.RequestLifecycle;
import org.junit.jupiter.api.Test;

class RequestViewTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final Lifecycles events = Lifecycles.ofAlice();

    @Test
    void aCompletedAnswerHasTheDocumentedShape() throws Exception {
        RequestLifecycle lifecycle = RequestLifecycle.from(events.asked(0, "How many customers in CA?"));
        lifecycle.apply(events.intent(10, "How many customers in CA?", READ));
        lifecycle.apply(events.schema(20, "How many customers in CA?", READ));
        lifecycle.apply(events.query(35, READ));
        lifecycle.apply(events.executed(80, 9, 1));

        JsonNode json = JSON.valueToTree(RequestView.of(lifecycle.snapshot()));

        assertThat(json.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(json.get("question").asText()).isEqualTo("How many customers in CA?");
        assertThat(json.get("parameters").toString()).isEqualTo("[{\"type\":\"text\",\"value\":\"CA\"}]");
        assertThat(json.get("rows").toString()).isEqualTo("[[0,\"row 0\"]]");
        assertThat(json.get("rowCount").asInt()).isEqualTo(1);
        assertThat(json.get("timings").toString()).isEqualTo(
                "{\"totalMillis\":80,\"databaseMillis\":9,"
                        + "\"steps\":{\"intent\":10,\"schema\":10,\"query\":15,\"execution\":45}}");
        assertThat(json.has("error")).isFalse();
        assertThat(json.has("clarification")).isFalse();
        assertThat(json.has("rowsOmitted")).isFalse();
        assertThat(json.get("plan").toString()).isEqualTo("{\"totalCost\":1243.0,\"estimatedRows\":25,"
                + "\"suggestions\":[\"public.orders is scanned in full (≈50,000 rows) to filter on customer_id;"
                + " an index on orders(customer_id) would avoid it\"]}");
    }

    @Test
    void aFailedQuestionShowsTheErrorAndNoResultFields() {
        RequestLifecycle lifecycle = RequestLifecycle.from(events.asked(0, "q"));
        lifecycle.apply(events.failed(20, Step.INTENT, ErrorCode.NOT_UNDERSTOOD));

        JsonNode json = JSON.valueToTree(RequestView.of(lifecycle.snapshot()));

        assertThat(json.get("error").toString()).isEqualTo("{\"code\":\"NOT_UNDERSTOOD\","
                + "\"title\":\"Question not understood\",\"message\":\"there is no column 'colour' in customers\","
                + "\"hint\":\"Ask about one of: name, state, city.\",\"step\":\"intent\"}");
        assertThat(json.has("rows")).isFalse();
        assertThat(json.has("plan")).isFalse();
        assertThat(json.has("parameters")).isFalse();
        assertThat(json.get("timings").has("databaseMillis")).isFalse();
    }

    @Test
    void submittedSqlIsNotShownAsAQuestion() {
        JsonNode json = JSON.valueToTree(RequestView.of(
                RequestLifecycle.from(events.sqlSubmitted(0, "select 1")).snapshot()));

        assertThat(json.has("question")).isFalse();
        assertThat(json.get("sql").asText()).isEqualTo("select 1");
        assertThat(json.get("kind").asText()).isEqualTo("SQL");
    }
}
