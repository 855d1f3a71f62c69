package io.pgwarden.contracts.impact;

/** How an impact figure was obtained, which is also how far an approver can trust it. */
public enum ImpactMethod {
    /** The statement ran inside a transaction that was always rolled back: the counts are exact at that moment. */
    DRY_RUN,
    /** The planner's row estimate (EXPLAIN): cascades and triggers are listed but not counted. */
    ESTIMATE
}
