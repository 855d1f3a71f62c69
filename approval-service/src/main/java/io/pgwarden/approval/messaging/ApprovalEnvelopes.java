package io.pgwarden.approval.messaging;

import io.pgwarden.approval.store.ApprovalRecord;
import io.pgwarden.contracts.event.EventEnvelope;
import io.pgwarden.contracts.event.EventType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * Envelopes for events that people or timers cause, long after the impact event: they carry the stored request's
 * correlation fields (the requester as userId) and an id derived from the approval, so a retried publication has
 * the same id and consumers skip the copy.
 */
public final class ApprovalEnvelopes {

    private ApprovalEnvelopes() {
    }

    /** {@code discriminator} tells apart events of one type for the same approval (escalation to each level). */
    public static <T> EventEnvelope<T> of(ApprovalRecord record, EventType type, String discriminator,
            String source, T data, Instant now) {
        String id = UUID.nameUUIDFromBytes((record.approvalId() + "->" + type.typeName()
                + (discriminator == null ? "" : "->" + discriminator)).getBytes(StandardCharsets.UTF_8)).toString();
        return new EventEnvelope<>(EventEnvelope.SPEC_VERSION, id, type.typeName(), source, now, type.version(),
                record.requestId(), record.sessionId(), record.requester(), data, record.cachecontrol());
    }
}
