package io.pgwarden.approval.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The hash chain over the audit log: {@code hash = SHA-256(prev_hash + "\n" + canonical content)}, where the
 * canonical content is the JSON array {@code [seq, event_id, recorded_at, event_type, request_id, approval_id,
 * actor, details]} (recorded_at in ISO-8601 UTC, details as the stored JSON text). The first row's prev_hash is
 * {@link #GENESIS}. Changing any stored field, or deleting a row, breaks the chain at that row.
 */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);

    private static final ObjectMapper PLAIN = new ObjectMapper();

    private AuditChain() {
    }

    public static String hash(String prevHash, long seq, String eventId, Instant recordedAt, String eventType,
            String requestId, String approvalId, String actor, String details) {
        String canonical;
        try {
            canonical = PLAIN.writeValueAsString(Arrays.asList(seq, eventId, recordedAt.toString(), eventType,
                    requestId, approvalId, actor, details));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the canonical audit content", e);
        }
        return sha256(prevHash + "\n" + canonical);
    }

    public static String hashOf(AuditRow row) {
        return hash(row.prevHash(), row.seq(), row.eventId(), row.recordedAt(), row.eventType(), row.requestId(),
                row.approvalId(), row.actor(), row.details());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
