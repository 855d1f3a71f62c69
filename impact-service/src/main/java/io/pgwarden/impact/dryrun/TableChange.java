package io.pgwarden.impact.dryrun;

/**
 * Rows one table gained, changed and lost in the dry run, each row counted once.
 *
 * @param table       {@code schema.table}
 * @param inserted    rows inserted
 * @param updated     distinct existing rows updated (a row a trigger updates five times counts once)
 * @param deleted     rows deleted
 * @param exactUpdate false when the distinct count could not be taken in time, so {@code updated} counts every
 *                    update of a row (an upper bound)
 */
public record TableChange(String table, long inserted, long updated, long deleted, boolean exactUpdate) {

    public long total() {
        return inserted + updated + deleted;
    }
}
