package io.pgwarden.execution.progress;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The writes running on this instance, by approval id: their session and whether someone asked to cancel them. */
@ApplicationScoped
public class RunningWrites {

    private final Map<String, Running> running = new ConcurrentHashMap<>();

    void started(String approvalId, int backendPid) {
        running.put(approvalId, new Running(backendPid));
    }

    void finished(String approvalId) {
        running.remove(approvalId);
    }

    /** @return true when the write runs on this instance; it stops at its next phase (or its statement is cancelled) */
    public boolean requestCancel(String approvalId) {
        Running write = running.get(approvalId);
        if (write == null) {
            return false;
        }
        write.cancelRequested = true;
        return true;
    }

    boolean cancelRequested(String approvalId) {
        Running write = running.get(approvalId);
        return write != null && write.cancelRequested;
    }

    private static final class Running {
        final int backendPid;
        volatile boolean cancelRequested;

        Running(int backendPid) {
            this.backendPid = backendPid;
        }
    }
}
