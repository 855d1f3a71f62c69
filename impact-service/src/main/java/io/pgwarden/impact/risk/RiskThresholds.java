package io.pgwarden.impact.risk;

import io.pgwarden.contracts.intent.RiskLevel;
import java.util.Set;

/**
 * Where the PRD's risk matrix draws its lines; every value is configuration ({@code pgwarden.impact.risk.*}).
 *
 * @param mediumRows             rows changed in all tables from which a write is at least MEDIUM (PRD: 100)
 * @param highRows               rows changed above which a write is HIGH (PRD: 10,000)
 * @param mediumMaxCascadeLevels foreign-key levels a MEDIUM write may reach; deeper cascades are HIGH
 * @param mediumMaxTables        tables a MEDIUM write may change; more is HIGH
 * @param allRowsMinimum         the least level of a write without WHERE or one that changes every row
 * @param personalDataMinimum    the least level of a write to a table with personal data
 * @param estimateMinimum        the least level when only the planner's estimate is known
 * @param criticalCategories     sensitive-column categories that make a write CRITICAL (security, financial, ...)
 */
public record RiskThresholds(long mediumRows, long highRows, int mediumMaxCascadeLevels, int mediumMaxTables,
        RiskLevel allRowsMinimum, RiskLevel personalDataMinimum, RiskLevel estimateMinimum,
        Set<String> criticalCategories) {

    public RiskThresholds {
        criticalCategories = Set.copyOf(criticalCategories);
        if (mediumRows < 1 || highRows < mediumRows || mediumMaxCascadeLevels < 0 || mediumMaxTables < 1) {
            throw new IllegalArgumentException("risk thresholds must grow: 1 <= mediumRows <= highRows, "
                    + "mediumMaxCascadeLevels >= 0, mediumMaxTables >= 1");
        }
    }

    /** The PRD's matrix. */
    public static RiskThresholds defaults() {
        return new RiskThresholds(100, 10_000, 1, 3, RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.MEDIUM,
                Set.of("security", "financial", "configured"));
    }
}
