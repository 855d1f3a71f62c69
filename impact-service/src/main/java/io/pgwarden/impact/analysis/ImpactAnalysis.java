package io.pgwarden.impact.analysis;

import io.pgwarden.contracts.impact.ImpactReport;

/**
 * The report, and when the statement cannot succeed, what the user can do about it.
 *
 * @param report      what the write would do
 * @param blockerHint what to do when {@link ImpactReport#blocked()}, else null
 */
public record ImpactAnalysis(ImpactReport report, String blockerHint) {
}
