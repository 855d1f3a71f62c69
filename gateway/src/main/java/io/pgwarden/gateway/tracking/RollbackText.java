package io.pgwarden.gateway.tracking;

import io.pgwarden.contracts.event.RollbackRequested;

/** How a rollback request reads in the history, where a question or SQL text would be. */
public final class RollbackText {

    private RollbackText() {
    }

    public static String of(RollbackRequested rollback) {
        String text = "Roll back request " + rollback.originalRequestId() + " (backup " + rollback.backupId() + ")";
        if (rollback.applyDespiteConflicts()) {
            text += ", over rows changed since";
        }
        return rollback.reason() == null || rollback.reason().isBlank() ? text : text + ": " + rollback.reason();
    }
}
