package io.pgwarden.contracts.intent;

/** The PRD's complexity assessment: it decides how much validation a request gets. */
public enum Complexity {
    SIMPLE, MEDIUM, COMPLEX
}
