package io.pgwarden.contracts.event;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The one envelope every pgwarden event travels in, modelled on CloudEvents 1.0 (structured mode, JSON).
 *
 * <p>{@code requestId} is the correlation id: every event of one question or SQL submission carries it, from
 * the gateway's first event to the terminal one. Records are keyed by {@code sessionId} on Kafka so that one
 * session's events stay ordered. {@code dataversion} is the payload's schema version; it always equals the
 * version in the topic name ({@code .v1}), and a breaking payload change gets a new topic.
 *
 * @param specversion CloudEvents spec version, always {@value #SPEC_VERSION}
 * @param id          unique id of this event; consumers use it to skip redeliveries
 * @param type        event type, for example {@code pgwarden.request.question-asked}
 * @param source      the emitting service, for example {@code /pgwarden/intent-service}
 * @param time        when the event was emitted
 * @param dataversion version of the {@code data} payload schema
 * @param requestId   correlation id of the request this event belongs to
 * @param sessionId   the conversation the request belongs to; the Kafka record key
 * @param userId      the authenticated user who made the request
 * @param data        the payload, one of the records named by {@link EventType}
 * @param cachecontrol optional CloudEvents extension attribute: the request's cache directive, as the user gave it
 *                     in an HTTP {@code Cache-Control} header ({@code no-cache}, {@code no-store}); null when the
 *                     request takes cached results as usual. Set on the first event, carried by {@link #next}.
 */
public record EventEnvelope<T>(
        String specversion,
        String id,
        String type,
        String source,
        Instant time,
        int dataversion,
        String requestId,
        String sessionId,
        String userId,
        T data,
        String cachecontrol) {

    public static final String SPEC_VERSION = "1.0";

    public EventEnvelope {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(data, "data");
    }

    /** Starts a new request: the first event of a lifecycle. */
    /** An envelope without a cache directive (the form before {@code cachecontrol} existed). */
    public EventEnvelope(String specversion, String id, String type, String source, Instant time, int dataversion,
            String requestId, String sessionId, String userId, T data) {
        this(specversion, id, type, source, time, dataversion, requestId, sessionId, userId, data, null);
    }

    public static <T> EventEnvelope<T> first(EventType type, String source, RequestRef ref, T data) {
        return new EventEnvelope<>(SPEC_VERSION, UUID.randomUUID().toString(), type.typeName(), source,
                Instant.now(), type.version(), ref.requestId(), ref.sessionId(), ref.userId(), data);
    }

    /** This event with the request's cache directive (null or blank: none), which every next event carries. */
    public EventEnvelope<T> withCacheControl(String directive) {
        String normalised = directive == null || directive.isBlank() ? null : directive.trim();
        return new EventEnvelope<>(specversion, id, type, source, time, dataversion, requestId, sessionId, userId,
                data, normalised);
    }

    /**
     * The next event of the same request, carrying its correlation fields forward. Its id is derived from this
     * event's id and the next type, so a consumer that processes a redelivered event emits an event with the same
     * id as the first time, and the next consumer's processed-events ledger skips it.
     */
    public <U> EventEnvelope<U> next(EventType type, String source, U nextData) {
        String derivedId = UUID.nameUUIDFromBytes((id + "->" + type.typeName()).getBytes(StandardCharsets.UTF_8))
                .toString();
        return new EventEnvelope<>(SPEC_VERSION, derivedId, type.typeName(), source,
                Instant.now(), type.version(), requestId, sessionId, userId, nextData, cachecontrol);
    }

    public RequestRef ref() {
        return new RequestRef(requestId, sessionId, userId);
    }
}
