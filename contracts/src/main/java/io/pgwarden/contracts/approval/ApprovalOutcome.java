package io.pgwarden.contracts.approval;

/** How an approval request ended. */
public enum ApprovalOutcome {
    /** Approved by people of the required level (or by the auto-approval policy for LOW risk, recorded as such). */
    APPROVED,
    /** Denied by an approver; nothing runs. */
    DENIED,
    /** Nobody decided before the deadline; nothing runs. */
    EXPIRED
}
