package io.pgwarden.contracts.impact;

import io.pgwarden.contracts.intent.RiskLevel;
import java.util.List;

/**
 * What a write would do, measured before anyone approves it (PRD "Impact Analysis"). Produced by impact-service;
 * the approval is bound to it and execution-service compares the real effect with it before committing.
 *
 * @param method           {@link ImpactMethod#DRY_RUN} when the statement ran in a transaction that was rolled back
 *                         (exact counts), {@link ImpactMethod#ESTIMATE} when only the planner's estimate was used
 * @param methodNote       why the estimate was used instead of a dry run (lock wait, too expensive, error), or null
 * @param tables           rows inserted, updated and deleted per table, the target table first, including rows
 *                         changed by foreign-key actions and by triggers
 * @param totalRows        the sum of all rows changed in all tables
 * @param foreignKeyEffects every foreign key reached from the target table, as deep as the graph goes: cascades,
 *                         SET NULL/SET DEFAULT, and RESTRICT/NO ACTION references
 * @param blockers         references that would make the statement fail (RESTRICT/NO ACTION with referencing rows,
 *                         or another constraint the dry run hit): when not empty, the statement cannot succeed
 * @param triggers         user triggers on the affected tables, as {@code table: name (timing events level)}
 * @param rules            rewrite rules on the affected tables
 * @param dependentViews   views that read the affected tables
 * @param sensitiveColumns columns of the affected tables that hold personal, financial or security data
 * @param whereMissing     true for an UPDATE or DELETE without a WHERE clause
 * @param matchesAllRows   true when the statement changes every row of its target table
 * @param risk             the risk level from the PRD matrix
 * @param riskReasons      why that level, one short sentence each
 * @param rollbackPlan     what will be backed up before execution and how it would be restored
 * @param warnings         anything else an approver must read (for example sequences advanced by the dry run)
 */
public record ImpactReport(
        ImpactMethod method,
        String methodNote,
        List<TableImpact> tables,
        long totalRows,
        List<ForeignKeyEffect> foreignKeyEffects,
        List<String> blockers,
        List<String> triggers,
        List<String> rules,
        List<String> dependentViews,
        List<SensitiveColumn> sensitiveColumns,
        boolean whereMissing,
        boolean matchesAllRows,
        RiskLevel risk,
        List<String> riskReasons,
        String rollbackPlan,
        List<String> warnings) {

    public ImpactReport {
        tables = List.copyOf(tables);
        foreignKeyEffects = List.copyOf(foreignKeyEffects);
        blockers = List.copyOf(blockers);
        triggers = List.copyOf(triggers);
        rules = List.copyOf(rules);
        dependentViews = List.copyOf(dependentViews);
        sensitiveColumns = List.copyOf(sensitiveColumns);
        riskReasons = List.copyOf(riskReasons);
        warnings = List.copyOf(warnings);
    }

    /** True when the statement is known to fail as it stands (a blocking reference or constraint). */
    public boolean blocked() {
        return !blockers.isEmpty();
    }
}
