package io.pgwarden.contracts.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.contracts.plan.Step;
import org.junit.jupiter.api.Test;

class EventCodecTest {

    private static final RequestRef REF = new RequestRef("r-1", "s-1", "alice");

    @Test
    void roundTripsAnEnvelopeWithItsTypedPayload() {
        EventEnvelope<QuestionAsked> sent = EventEnvelope.first(EventType.QUESTION_ASKED, "/pgwarden/gateway", REF,
                new QuestionAsked("How many customers are there?"));

        EventEnvelope<QuestionAsked> received = EventCodec.decode(EventCodec.encode(sent), EventType.QUESTION_ASKED);

        assertThat(received).isEqualTo(sent);
        assertThat(received.data().question()).isEqualTo("How many customers are there?");
        assertThat(received.specversion()).isEqualTo("1.0");
        assertThat(received.dataversion()).isEqualTo(1);
    }

    @Test
    void decodesAnyKnownTypeByTheTypeItNames() {
        EventEnvelope<RequestFailed> sent = EventEnvelope.first(EventType.REQUEST_FAILED, "/pgwarden/x", REF,
                new RequestFailed(Step.QUERY, ErrorCode.SQL_REJECTED, "no", "yes"));

        EventEnvelope<?> received = EventCodec.decodeAny(EventCodec.encode(sent));

        assertThat(received.data()).isEqualTo(new RequestFailed(Step.QUERY, ErrorCode.SQL_REJECTED, "no", "yes"));
    }

    @Test
    void ignoresFieldsAddedByANewerProducer() {
        String json = EventCodec.encode(EventEnvelope.first(EventType.SQL_SUBMITTED, "/g", REF,
                new SqlSubmitted("SELECT 1"))).replace("\"sql\":", "\"addedLater\":true,\"sql\":");

        EventEnvelope<SqlSubmitted> received = EventCodec.decode(json, EventType.SQL_SUBMITTED);

        assertThat(received.data().sql()).isEqualTo("SELECT 1");
    }

    @Test
    void refusesAnEnvelopeOfAnotherType() {
        String json = EventCodec.encode(EventEnvelope.first(EventType.SQL_SUBMITTED, "/g", REF,
                new SqlSubmitted("SELECT 1")));

        assertThatThrownBy(() -> EventCodec.decode(json, EventType.QUESTION_ASKED))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("expected event type pgwarden.request.question-asked");
    }

    @Test
    void refusesTextThatIsNotJson() {
        assertThatThrownBy(() -> EventCodec.decode("not json", EventType.QUESTION_ASKED))
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void derivesTheNextEventsIdFromThisEventsIdSoRedeliveriesRepeatIt() {
        EventEnvelope<SqlSubmitted> first = EventEnvelope.first(EventType.SQL_SUBMITTED, "/g", REF,
                new SqlSubmitted("SELECT 1"));

        EventEnvelope<RequestFailed> once = first.next(EventType.REQUEST_FAILED, "/q",
                new RequestFailed(Step.QUERY, ErrorCode.SQL_REJECTED, "m", "h"));
        EventEnvelope<RequestFailed> again = first.next(EventType.REQUEST_FAILED, "/q",
                new RequestFailed(Step.QUERY, ErrorCode.SQL_REJECTED, "m", "h"));

        assertThat(once.id()).isEqualTo(again.id()).isNotEqualTo(first.id());
        assertThat(once.requestId()).isEqualTo("r-1");
        assertThat(once.sessionId()).isEqualTo("s-1");
        assertThat(once.userId()).isEqualTo("alice");
    }

    @Test
    void carriesTheCacheDirectiveOfTheFirstEventToEveryNextOne() {
        EventEnvelope<SqlSubmitted> first = EventEnvelope.first(EventType.SQL_SUBMITTED, "/g", REF,
                new SqlSubmitted("SELECT 1")).withCacheControl(" no-cache ");

        EventEnvelope<RequestFailed> next = EventCodec.decode(EventCodec.encode(first.next(EventType.REQUEST_FAILED,
                "/q", new RequestFailed(Step.QUERY, ErrorCode.SQL_REJECTED, "m", "h"))), EventType.REQUEST_FAILED);

        assertThat(first.cachecontrol()).isEqualTo("no-cache");
        assertThat(EventCodec.encode(first)).contains("\"cachecontrol\":\"no-cache\"");
        assertThat(next.cachecontrol()).isEqualTo("no-cache");
    }

    @Test
    void anEnvelopeWithoutACacheDirectiveIsWrittenAndReadAsBefore() {
        EventEnvelope<SqlSubmitted> plain = EventEnvelope.first(EventType.SQL_SUBMITTED, "/g", REF,
                new SqlSubmitted("SELECT 1"));
        String older = "{\"specversion\":\"1.0\",\"id\":\"e-1\",\"type\":\"pgwarden.request.sql-submitted\","
                + "\"source\":\"/g\",\"time\":\"2026-11-25T18:02:11.532Z\",\"dataversion\":1,\"requestId\":\"r-1\","
                + "\"sessionId\":\"s-1\",\"userId\":\"alice\",\"data\":{\"sql\":\"SELECT 1\"}}";

        EventEnvelope<SqlSubmitted> decoded = EventCodec.decode(older, EventType.SQL_SUBMITTED);

        assertThat(EventCodec.encode(plain)).doesNotContain("cachecontrol");
        assertThat(decoded.cachecontrol()).isNull();
        assertThat(decoded.data().sql()).isEqualTo("SELECT 1");
        assertThat(plain.withCacheControl("  ").cachecontrol()).isNull();
    }

    @Test
    void anExecutionResultWithoutTheCachedFlagReadsAsNotCached() {
        String older = "{\"sql\":\"SELECT 1\",\"columns\":[],\"rows\":[],\"rowCount\":0,\"truncated\":false,"
                + "\"rowLimit\":1000,\"executionMillis\":3,\"engine\":\"user\"}";
        ExecutionCompleted cached = new ExecutionCompleted("SELECT 1", java.util.List.of(), java.util.List.of(), 0,
                false, 1000, 0, "user", true);

        ExecutionCompleted decoded = EventCodec.mapper().convertValue(readTree(older), ExecutionCompleted.class);
        ExecutionCompleted roundTripped = EventCodec.mapper().convertValue(
                EventCodec.mapper().valueToTree(cached), ExecutionCompleted.class);

        assertThat(decoded.cached()).isFalse();
        assertThat(decoded.executionMillis()).isEqualTo(3);
        assertThat(roundTripped).isEqualTo(cached);
    }

    @Test
    void anExecutionResultKeepsItsPlanAndOneWithoutAPlanReadsAsNoPlan() {
        String older = "{\"sql\":\"SELECT 1\",\"columns\":[],\"rows\":[],\"rowCount\":0,\"truncated\":false,"
                + "\"rowLimit\":1000,\"executionMillis\":3,\"engine\":\"user\",\"cached\":true}";
        ExecutionCompleted planned = new ExecutionCompleted("SELECT 1", java.util.List.of(), java.util.List.of(), 0,
                false, 1000, 2, "user", false, new ExecutionCompleted.QueryPlan(1234.5, 42,
                        java.util.List.of("an index on orders(customer_id) would avoid it")));

        ExecutionCompleted decoded = EventCodec.mapper().convertValue(readTree(older), ExecutionCompleted.class);
        ExecutionCompleted roundTripped = EventCodec.mapper().convertValue(
                EventCodec.mapper().valueToTree(planned), ExecutionCompleted.class);

        assertThat(decoded.plan()).isNull();
        assertThat(decoded.cached()).isTrue();
        assertThat(roundTripped).isEqualTo(planned);
        assertThat(roundTripped.plan().totalCost()).isEqualTo(1234.5);
        assertThat(roundTripped.plan().estimatedRows()).isEqualTo(42);
    }

    private static com.fasterxml.jackson.databind.JsonNode readTree(String json) {
        try {
            return EventCodec.mapper().readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
