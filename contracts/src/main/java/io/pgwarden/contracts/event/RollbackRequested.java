package io.pgwarden.contracts.event;

/**
 * A user asked to undo a committed write. Emitted by the gateway as the first event of a new request; consumed by
 * execution-service, which checks the backup for conflicts and emits {@link ImpactAssessed} for the restore, which
 * then goes through approval like any write. Topic {@code pgwarden.request.rollback-requested.v1}.
 *
 * @param originalRequestId     the request whose change to undo
 * @param backupId              the backup to restore
 * @param applyDespiteConflicts restore even over rows changed again since the original execution
 * @param reason                why, in the requester's words
 */
public record RollbackRequested(String originalRequestId, String backupId, boolean applyDespiteConflicts,
        String reason) {
}
