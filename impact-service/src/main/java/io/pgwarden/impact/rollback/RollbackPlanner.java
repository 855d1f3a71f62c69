package io.pgwarden.impact.rollback;

import io.pgwarden.contracts.impact.TableImpact;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Says, before anyone approves, what execution will back up and how it would be restored: pre-images of every row
 * the write updates or deletes, keyed by primary key, and the keys of every row it inserts. Restoring re-inserts
 * deleted rows (parents before children), writes updated rows back to their pre-image, and deletes inserted rows
 * (children before parents).
 */
public final class RollbackPlanner {

    private RollbackPlanner() {
    }

    /**
     * @param tables     the rows each table would gain, change or lose, target first
     * @param keyColumns each table's primary-key columns; an empty list means the table has none
     */
    public static String plan(List<TableImpact> tables, Map<String, List<String>> keyColumns) {
        List<String> backup = new ArrayList<>();
        List<String> restore = new ArrayList<>();
        List<String> unrestorable = new ArrayList<>();
        for (TableImpact table : tables) {
            List<String> key = keyColumns.getOrDefault(table.table(), List.of());
            String by = key.isEmpty() ? "" : " by (" + String.join(", ", key) + ")";
            long preImages = table.updated() + table.deleted();
            if (preImages > 0 && key.isEmpty()) {
                unrestorable.add(table.table());
            }
            if (preImages > 0) {
                backup.add(count(preImages, "row") + " of " + table.table() + " as full pre-images" + by);
            }
            if (table.inserted() > 0) {
                backup.add("the keys of " + count(table.inserted(), "inserted row") + " of " + table.table()
                        + (key.isEmpty() ? "" : " (" + String.join(", ", key) + ")"));
            }
            if (table.deleted() > 0) {
                restore.add("re-insert " + count(table.deleted(), "deleted row") + " into " + table.table());
            }
            if (table.updated() > 0) {
                restore.add("write back " + count(table.updated(), "updated row") + " of " + table.table()
                        + by);
            }
            if (table.inserted() > 0) {
                restore.add("delete " + count(table.inserted(), "inserted row") + " of " + table.table() + by);
            }
        }
        if (backup.isEmpty()) {
            return "Nothing to back up: the statement changes no rows.";
        }
        StringBuilder plan = new StringBuilder("Before execution, back up ").append(String.join("; ", backup))
                .append(". To roll back, in one transaction: ").append(String.join("; ", restore))
                .append(" (deleted parents are re-inserted before their children, inserted children are deleted"
                        + " before their parents), each only while the row still matches what the write left.");
        if (!unrestorable.isEmpty()) {
            plan.append(" ").append(String.join(", ", unrestorable)).append(" has no primary key: its rows can be"
                    + " restored only as copies, not matched exactly.");
        }
        plan.append(" Sequences advanced by inserts are not set back.");
        return plan.toString();
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
