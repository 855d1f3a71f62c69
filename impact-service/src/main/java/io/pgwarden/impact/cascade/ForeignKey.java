package io.pgwarden.impact.cascade;

import java.util.List;

/**
 * One foreign-key constraint as the catalog describes it.
 *
 * @param name               the constraint name
 * @param referencingTable   the child table, {@code schema.table}
 * @param referencingColumns the child's columns, in key order
 * @param referencedTable    the parent table, {@code schema.table}
 * @param referencedColumns  the parent's key columns, in key order
 * @param onDelete           what happens to child rows when a parent row is deleted ({@link #CASCADE}, ...)
 * @param onUpdate           what happens to child rows when a parent key changes
 */
public record ForeignKey(String name, String referencingTable, List<String> referencingColumns,
        String referencedTable, List<String> referencedColumns, String onDelete, String onUpdate) {

    public static final String CASCADE = "CASCADE";
    public static final String SET_NULL = "SET NULL";
    public static final String SET_DEFAULT = "SET DEFAULT";
    public static final String RESTRICT = "RESTRICT";
    public static final String NO_ACTION = "NO ACTION";

    public ForeignKey {
        referencingColumns = List.copyOf(referencingColumns);
        referencedColumns = List.copyOf(referencedColumns);
    }

    /** pg_constraint's one-letter action codes (confdeltype, confupdtype). */
    public static String action(String code) {
        return switch (code) {
            case "c" -> CASCADE;
            case "n" -> SET_NULL;
            case "d" -> SET_DEFAULT;
            case "r" -> RESTRICT;
            default -> NO_ACTION;
        };
    }

    /** Actions that change child rows (rather than refuse the parent's change). */
    public static boolean changesChildRows(String action) {
        return CASCADE.equals(action) || SET_NULL.equals(action) || SET_DEFAULT.equals(action);
    }

    /** Actions that make the parent's change fail while child rows still refer to it. */
    public static boolean blocks(String action) {
        return RESTRICT.equals(action) || NO_ACTION.equals(action);
    }
}
