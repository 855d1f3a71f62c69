package io.pgwarden.contracts.approval;

/** The PRD's approval states. PENDING and ESCALATED wait for a decision; the others are final. */
public enum ApprovalState {
    PENDING, ESCALATED, APPROVED, DENIED, EXPIRED;

    public boolean open() {
        return this == PENDING || this == ESCALATED;
    }
}
