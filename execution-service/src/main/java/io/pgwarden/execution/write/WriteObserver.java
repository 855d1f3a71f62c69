package io.pgwarden.execution.write;

/**
 * What the service does around a running write's transaction: progress reporting, cancellation and the crash-test
 * pause points. The core calls it; the default does nothing, which is what tests of the core use.
 */
public interface WriteObserver {

    WriteObserver NONE = new WriteObserver() {
    };

    /** The transaction began (ledger row claimed); {@code backendPid} is the session running it. */
    default void started(String approvalId, int backendPid) {
    }

    /**
     * The write enters a phase ({@code BACKING_UP}, {@code EXECUTING}, {@code VERIFYING}, {@code COMMITTED},
     * {@code ROLLED_BACK}). May throw a user-facing error to stop it (a cancellation), which rolls it back.
     */
    default void phase(String phase) {
    }

    /** A named point of the write was reached: {@code after-ledger-insert}, {@code after-backup}, ... */
    default void reached(String point) {
    }

    /** The transaction ended, committed or not. */
    default void finished(String approvalId) {
    }
}
