package io.pgwarden.impact.risk;

import io.pgwarden.contracts.impact.ImpactMethod;
import io.pgwarden.contracts.impact.SensitiveColumn;
import io.pgwarden.contracts.intent.RiskLevel;
import io.pgwarden.impact.sensitive.SensitiveColumnRules;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The PRD's risk matrix: LOW (fewer than 100 rows, no cascades, reversible), MEDIUM (100 to 10,000 rows, limited
 * cascades, backup available), HIGH (more than 10,000 rows, complex cascades, difficult recovery), CRITICAL (system
 * data, security or regulated data, irreversible). Every rule that raises the level adds its reason, so an approver
 * sees all of them, not only the one that decided.
 */
public final class RiskClassifier {

    private final RiskThresholds thresholds;

    public RiskClassifier(RiskThresholds thresholds) {
        this.thresholds = thresholds;
    }

    public RiskAssessment classify(RiskFacts facts) {
        Level level = new Level();
        String counted = facts.method() == ImpactMethod.DRY_RUN ? "change" : "are estimated to change";
        if (facts.totalRows() > thresholds.highRows()) {
            level.raise(RiskLevel.HIGH, facts.totalRows() + " rows " + counted + ", more than "
                    + thresholds.highRows() + ".");
        } else if (facts.totalRows() >= thresholds.mediumRows()) {
            level.raise(RiskLevel.MEDIUM, facts.totalRows() + " rows " + counted + ", at least "
                    + thresholds.mediumRows() + ".");
        }
        if (facts.cascadeLevels() > thresholds.mediumMaxCascadeLevels()) {
            level.raise(RiskLevel.HIGH, "Foreign-key actions change rows " + facts.cascadeLevels()
                    + " levels deep.");
        } else if (facts.cascadeLevels() > 0) {
            level.raise(RiskLevel.MEDIUM, "Foreign-key actions change rows of referencing tables.");
        }
        if (facts.changedTables() > thresholds.mediumMaxTables()) {
            level.raise(RiskLevel.HIGH, "Rows change in " + facts.changedTables() + " tables.");
        } else if (facts.changedTables() > 1) {
            level.raise(RiskLevel.MEDIUM, "Rows change in " + facts.changedTables()
                    + " tables (cascades or triggers).");
        }
        if (facts.method() == ImpactMethod.ESTIMATE) {
            level.raise(thresholds.estimateMinimum(), "Only the planner's estimate is known; rows changed by"
                    + " cascades and triggers are not counted.");
        }
        if (facts.whereMissing()) {
            level.raise(thresholds.allRowsMinimum(), "The statement has no WHERE clause: it changes every row of "
                    + facts.targetTable() + ".");
        } else if (facts.matchesAllRows()) {
            level.raise(thresholds.allRowsMinimum(), "The WHERE clause matches every row of "
                    + facts.targetTable() + ".");
        }
        List<SensitiveColumn> critical = facts.sensitiveColumns().stream()
                .filter(column -> thresholds.criticalCategories().contains(column.category())).toList();
        List<SensitiveColumn> other = facts.sensitiveColumns().stream()
                .filter(column -> !thresholds.criticalCategories().contains(column.category())).toList();
        if (!critical.isEmpty()) {
            level.raise(RiskLevel.CRITICAL, "Security or regulated data is affected: " + names(critical) + ".");
        }
        if (other.stream().anyMatch(column -> SensitiveColumnRules.PERSONAL.equals(column.category()))) {
            level.raise(thresholds.personalDataMinimum(), "Personal data is affected: " + names(other) + ".");
        }
        if (!facts.protectedTables().isEmpty()) {
            level.raise(RiskLevel.CRITICAL, "System data is affected: " + String.join(", ",
                    facts.protectedTables()) + ".");
        }
        if (!facts.tablesWithoutKey().isEmpty()) {
            level.raise(RiskLevel.CRITICAL, "Irreversible: " + String.join(", ", facts.tablesWithoutKey())
                    + " has no primary key, so changed rows cannot be restored exactly.");
        }
        if (level.reasons.isEmpty()) {
            level.reasons.add("Fewer than " + thresholds.mediumRows() + " rows in one table, no cascades, and every"
                    + " changed row can be restored from its backup.");
        }
        return new RiskAssessment(level.current, level.reasons);
    }

    private static String names(List<SensitiveColumn> columns) {
        return columns.stream().map(column -> column.table() + "." + column.column() + " (" + column.category() + ")")
                .collect(Collectors.joining(", "));
    }

    /** The level so far and why. */
    private static final class Level {
        private RiskLevel current = RiskLevel.LOW;
        private final List<String> reasons = new ArrayList<>();

        void raise(RiskLevel to, String reason) {
            if (to.compareTo(RiskLevel.LOW) > 0) {
                reasons.add(reason);
            }
            if (to.compareTo(current) > 0) {
                current = to;
            }
        }
    }
}
