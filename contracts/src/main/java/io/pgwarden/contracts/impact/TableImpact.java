package io.pgwarden.contracts.impact;

/**
 * Rows one table would gain, change or lose.
 *
 * @param table    schema-qualified table name, for example {@code public.orders}
 * @param inserted rows inserted
 * @param updated  rows updated (including columns set to NULL or DEFAULT by a foreign-key action)
 * @param deleted  rows deleted
 * @param cause    {@code statement} for the target table, {@code cascade} for rows reached by a foreign-key action,
 *                 {@code trigger} for rows changed by a trigger
 */
public record TableImpact(String table, long inserted, long updated, long deleted, String cause) {

    public long total() {
        return inserted + updated + deleted;
    }
}
