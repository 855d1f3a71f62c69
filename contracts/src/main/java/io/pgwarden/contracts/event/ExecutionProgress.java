package io.pgwarden.contracts.event;

import java.util.List;

/**
 * A running write's state, emitted every few seconds while it runs (PRD monitor_execution_progress). Emitted by
 * execution-service; consumed by the gateway, which streams it to the client. Topic
 * {@code pgwarden.execution.progress.v1}.
 *
 * @param approvalId    the approval the write runs under
 * @param phase         {@code BACKING_UP}, {@code EXECUTING}, {@code VERIFYING}, {@code COMMITTED} or
 *                      {@code ROLLED_BACK}
 * @param elapsedMillis time since the write's transaction began
 * @param backendState  the backend's {@code state} in pg_stat_activity, for example {@code active}
 * @param waitEvent     what the backend waits on ({@code wait_event_type:wait_event}), or null when it is not waiting
 * @param blockedBy     process ids of the sessions holding locks it waits for; empty when none
 * @param note          one line for the user
 */
public record ExecutionProgress(String approvalId, String phase, long elapsedMillis, String backendState,
        String waitEvent, List<Integer> blockedBy, String note) {

    public ExecutionProgress {
        blockedBy = List.copyOf(blockedBy);
    }
}
