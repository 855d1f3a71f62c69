package io.pgwarden.contracts.plan;

/** The lifecycle steps, each owned by one service. */
public enum Step {
    /** intent-service: plain language to intent and plan. */
    INTENT,
    /** schema-service: ground the intent in the live catalog. */
    SCHEMA,
    /** query-service: build or check one parameterised statement. */
    QUERY,
    /** impact-service: rows, cascades, triggers and risk of a write. */
    IMPACT,
    /** approval-service: a human decision routed by risk. */
    APPROVAL,
    /** execution-service: run it. */
    EXECUTION
}
