package io.pgwarden.impact.risk;

import io.pgwarden.contracts.impact.ImpactMethod;
import io.pgwarden.contracts.impact.SensitiveColumn;
import java.util.List;

/**
 * What the risk matrix looks at, gathered by the analysis.
 *
 * @param method            how the row counts were obtained
 * @param totalRows         rows changed in all tables (estimated for {@link ImpactMethod#ESTIMATE})
 * @param changedTables     tables whose rows change, the target included
 * @param cascadeLevels     how many foreign-key levels deep rows change (0 when only the target changes)
 * @param protectedTables   changed tables in system catalogs or pgwarden's own schemas
 * @param sensitiveColumns  sensitive columns of the changed tables
 * @param tablesWithoutKey  tables whose rows are updated or deleted but have no primary key to restore them by
 * @param targetTable       the statement's target table
 * @param whereMissing      an UPDATE or DELETE without WHERE
 * @param matchesAllRows    every row of the target changes
 */
public record RiskFacts(ImpactMethod method, long totalRows, int changedTables, int cascadeLevels,
        List<String> protectedTables, List<SensitiveColumn> sensitiveColumns, List<String> tablesWithoutKey,
        String targetTable, boolean whereMissing, boolean matchesAllRows) {

    public RiskFacts {
        protectedTables = List.copyOf(protectedTables);
        sensitiveColumns = List.copyOf(sensitiveColumns);
        tablesWithoutKey = List.copyOf(tablesWithoutKey);
    }
}
