package io.pgwarden.approval.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainWalkTest {

    private static List<AuditRow> chain(int length) {
        List<AuditRow> rows = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        for (int seq = 1; seq <= length; seq++) {
            Instant at = Instant.parse("2026-03-01T10:00:00Z").plusSeconds(seq);
            String details = "{\"n\":" + seq + "}";
            String hash = AuditChain.hash(prev, seq, "event-" + seq, at, "pgwarden.approval.decided", "request-1",
                    "approval-1", "bob", details);
            rows.add(new AuditRow(seq, "event-" + seq, at, "pgwarden.approval.decided", "request-1", "approval-1",
                    "bob", details, prev, hash));
            prev = hash;
        }
        return rows;
    }

    private static Verification walk(List<AuditRow> rows) {
        ChainWalk walk = new ChainWalk();
        for (AuditRow row : rows) {
            if (!walk.accept(row)) {
                break;
            }
        }
        return walk.result();
    }

    @Test
    void anUntouchedChainIsIntact() {
        List<AuditRow> rows = chain(5);

        Verification result = walk(rows);

        assertThat(result.intact()).isTrue();
        assertThat(result.rowsChecked()).isEqualTo(5);
        assertThat(result.firstBadRow()).isNull();
        assertThat(result.headHash()).isEqualTo(rows.get(4).hash());
    }

    @Test
    void anEmptyLogIsIntact() {
        assertThat(walk(List.of()).intact()).isTrue();
    }

    @Test
    void anEditedRowIsReportedByItsSeq() {
        List<AuditRow> rows = chain(5);
        AuditRow third = rows.get(2);
        rows.set(2, new AuditRow(third.seq(), third.eventId(), third.recordedAt(), third.eventType(),
                third.requestId(), third.approvalId(), "mallory", third.details(), third.prevHash(), third.hash()));

        Verification result = walk(rows);

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBadRow()).isEqualTo(3);
        assertThat(result.reason()).contains("row 3 was edited");
    }

    @Test
    void aDeletedRowIsReportedAsTheMissingSeq() {
        List<AuditRow> rows = chain(5);
        rows.remove(1);

        Verification result = walk(rows);

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBadRow()).isEqualTo(2);
        assertThat(result.reason()).contains("row 2 is missing").contains("deleted");
    }

    @Test
    void severalDeletedRowsAreReportedAsARange() {
        List<AuditRow> rows = chain(6);
        rows.remove(3);
        rows.remove(2);

        Verification result = walk(rows);

        assertThat(result.firstBadRow()).isEqualTo(3);
        assertThat(result.reason()).contains("rows 3 to 4 are missing");
    }

    @Test
    void anEditedAndReHashedRowIsCaughtByTheNextRowsLink() {
        List<AuditRow> rows = chain(4);
        AuditRow second = rows.get(1);
        String forgedHash = AuditChain.hash(second.prevHash(), 2, second.eventId(), second.recordedAt(),
                second.eventType(), second.requestId(), second.approvalId(), "mallory", second.details());
        rows.set(1, new AuditRow(2, second.eventId(), second.recordedAt(), second.eventType(), second.requestId(),
                second.approvalId(), "mallory", second.details(), second.prevHash(), forgedHash));

        Verification result = walk(rows);

        assertThat(result.firstBadRow()).isEqualTo(2);
        assertThat(result.reason()).contains("row 2 was changed and re-hashed");
    }

    @Test
    void theHashCoversEveryField() {
        Instant at = Instant.parse("2026-03-01T10:00:00Z");
        String base = AuditChain.hash(AuditChain.GENESIS, 1, "e", at, "t", "r", "a", "u", "{}");

        assertThat(AuditChain.hash(AuditChain.GENESIS, 2, "e", at, "t", "r", "a", "u", "{}")).isNotEqualTo(base);
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, null, at, "t", "r", "a", "u", "{}")).isNotEqualTo(base);
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, "e", at.plusNanos(1000), "t", "r", "a", "u", "{}"))
                .isNotEqualTo(base);
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, "e", at, "t", "r", "a", "u", "{ }")).isNotEqualTo(base);
        assertThat(AuditChain.hash("1".repeat(64), 1, "e", at, "t", "r", "a", "u", "{}")).isNotEqualTo(base);
        // Field boundaries are part of the content: moving a character from one field to the next changes it.
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, "e", at, "t", "ra", "", "u", "{}"))
                .isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, 1, "e", at, "t", "r", "a", "u", "{}"));
    }
}
