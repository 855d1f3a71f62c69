package io.pgwarden.contracts.event;

import io.pgwarden.contracts.impact.TableImpact;
import java.time.Instant;
import java.util.List;

/**
 * An approved write (or a rollback) committed. Emitted by execution-service; consumed by the gateway, which ends the
 * request, and by audit subscribers. Topic {@code pgwarden.execution.write-executed.v1}.
 *
 * @param approvalId     the approval it ran under
 * @param sql            the statement that ran (for a rollback, a description of the restore)
 * @param tables         rows actually inserted, updated and deleted per table, cascades and triggers included
 * @param totalRows      the sum over all tables
 * @param durationMillis time from the transaction's start to its commit
 * @param backupId       the pre-execution backup that can undo this change (for a rollback, the backup it restored)
 * @param transactionId  the PostgreSQL transaction id of the change
 * @param lsn            the WAL position just before the change, for point-in-time recovery
 * @param committedAt    the commit time
 * @param restoreProof   for a rollback: the checksum comparison that proves the rows are back; null for a write
 */
public record WriteExecuted(String approvalId, String sql, List<TableImpact> tables, long totalRows,
        long durationMillis, String backupId, long transactionId, String lsn, Instant committedAt,
        RestoreProof restoreProof) {

    public WriteExecuted {
        tables = List.copyOf(tables);
    }

    /**
     * @param rowsRestored     rows put back
     * @param backupChecksum   checksum of the backed-up pre-images
     * @param restoredChecksum checksum of the same rows read back after the restore
     * @param verified         true when the two checksums are equal
     */
    public record RestoreProof(long rowsRestored, String backupChecksum, String restoredChecksum, boolean verified) {
    }
}
