package io.pgwarden.contracts.intent;

/** The PRD's risk matrix levels. */
public enum RiskLevel {
    LOW, MEDIUM, HIGH, CRITICAL
}
