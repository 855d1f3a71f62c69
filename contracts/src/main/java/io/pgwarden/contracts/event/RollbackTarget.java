package io.pgwarden.contracts.event;

import java.util.List;

/**
 * The backup a rollback restores.
 *
 * @param originalRequestId     the request whose committed change is undone
 * @param backupId              the pre-execution backup taken for that request
 * @param conflicts             rows changed again since the original execution, as {@code table (key): what changed};
 *                              empty when none
 * @param applyDespiteConflicts true when the requester chose to restore over those later changes
 */
public record RollbackTarget(String originalRequestId, String backupId, List<String> conflicts,
        boolean applyDespiteConflicts) {

    public RollbackTarget {
        conflicts = List.copyOf(conflicts);
    }
}
