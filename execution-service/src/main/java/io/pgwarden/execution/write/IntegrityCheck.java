package io.pgwarden.execution.write;

import io.pgwarden.contracts.impact.ImpactMethod;
import io.pgwarden.contracts.impact.ImpactReport;
import io.pgwarden.contracts.impact.TableImpact;
import io.pgwarden.execution.backup.BackupStore.RowCounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares what a write actually did, table by table, with the impact that was approved (PRD
 * verify_execution_integrity). Both sides count distinct rows (impact-service's dry run counts rows its transaction
 * wrote; the backup classifies each row it holds), never heap operations: a trigger that updates one order once per
 * deleted item is one changed order on both sides. A difference means the data changed between approval and
 * execution, or the statement does something else than was measured: either way the approver did not approve this,
 * and the write is rolled back.
 */
public final class IntegrityCheck {

    private final int tolerancePercent;
    private final long toleranceRows;
    private final int estimateTolerancePercent;

    public IntegrityCheck(int tolerancePercent, long toleranceRows, int estimateTolerancePercent) {
        this.tolerancePercent = tolerancePercent;
        this.toleranceRows = toleranceRows;
        this.estimateTolerancePercent = estimateTolerancePercent;
    }

    /** @return one line per table whose rows differ beyond the tolerance; empty when the write may commit */
    public List<String> differences(ImpactReport approved, Map<String, RowCounts> actual) {
        Map<String, Long> approvedRows = new TreeMap<>();
        Map<String, String> causes = new TreeMap<>();
        for (TableImpact table : approved.tables()) {
            approvedRows.merge(normalise(table.table()), table.total(), Long::sum);
            causes.putIfAbsent(normalise(table.table()), table.cause());
        }
        Map<String, Long> actualRows = new TreeMap<>();
        actual.forEach((table, counts) -> actualRows.merge(normalise(table), counts.total(), Long::sum));

        boolean estimate = approved.method() == ImpactMethod.ESTIMATE;
        TreeSet<String> tables = new TreeSet<>(approvedRows.keySet());
        tables.addAll(actualRows.keySet());
        List<String> differences = new ArrayList<>();
        for (String table : tables) {
            // An estimate counts only the statement's own table; cascades and triggers were listed, not counted.
            if (estimate && !"statement".equals(causes.get(table))) {
                continue;
            }
            long expected = approvedRows.getOrDefault(table, 0L);
            long got = actualRows.getOrDefault(table, 0L);
            long allowed = Math.max(toleranceRows,
                    (long) Math.ceil(expected * (estimate ? estimateTolerancePercent : tolerancePercent) / 100.0));
            if (Math.abs(got - expected) > allowed) {
                differences.add(table + ": approved " + expected + " rows, the write changed " + got);
            }
        }
        return differences;
    }

    /** "public.orders", public."Orders" and orders name the same table in reports of different services. */
    static String normalise(String table) {
        String name = table.replace("\"", "");
        return name.contains(".") ? name : "public." + name;
    }
}
