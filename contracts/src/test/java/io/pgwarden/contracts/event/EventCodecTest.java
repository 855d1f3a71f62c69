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
}
