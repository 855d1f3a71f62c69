package io.pgwarden.approval.audit;

/**
 * Checks audit rows in seq order, one at a time, and remembers the first break. Pure logic: {@link AuditVerifier}
 * feeds it from the database, tests feed it rows they tampered with.
 */
public final class ChainWalk {

    private long expectedSeq = 1;
    private String expectedPrevHash = AuditChain.GENESIS;
    private long checked;
    private Long firstBadRow;
    private String reason;

    /** Checks the next row; false once the chain is broken (later rows are not checked). */
    public boolean accept(AuditRow row) {
        if (firstBadRow != null) {
            return false;
        }
        checked++;
        if (row.seq() != expectedSeq) {
            return broken(expectedSeq, row.seq() > expectedSeq
                    ? (row.seq() - 1 == expectedSeq ? "row " + expectedSeq + " is missing"
                            : "rows " + expectedSeq + " to " + (row.seq() - 1) + " are missing")
                            + ": deleted (the chain jumps from row " + (expectedSeq - 1) + " to row " + row.seq() + ")"
                    : "row " + row.seq() + " is out of sequence after row " + (expectedSeq - 1)
                            + ": the sequence was rewritten");
        }
        String recomputed = AuditChain.hashOf(row);
        if (!recomputed.equals(row.hash())) {
            return broken(row.seq(), "row " + row.seq() + " was edited: its content no longer matches its hash");
        }
        if (!row.prevHash().equals(expectedPrevHash)) {
            return broken(row.seq() - 1, "row " + (row.seq() - 1) + " was changed and re-hashed: row " + row.seq()
                    + " recorded a different hash for it");
        }
        expectedSeq = row.seq() + 1;
        expectedPrevHash = row.hash();
        return true;
    }

    public Verification result() {
        return new Verification(firstBadRow == null, checked, firstBadRow, reason,
                firstBadRow == null ? expectedPrevHash : null);
    }

    private boolean broken(long seq, String why) {
        firstBadRow = seq;
        reason = why;
        return false;
    }
}
