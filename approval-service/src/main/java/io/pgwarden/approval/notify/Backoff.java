package io.pgwarden.approval.notify;

import java.time.Duration;

/** Waits between delivery attempts: {@code initial}, then doubling, never more than {@code max}. */
public record Backoff(Duration initial, Duration max) {

    /** The wait after {@code failedAttempts} failed attempts (1 for the first failure). */
    public Duration after(int failedAttempts) {
        Duration wait = initial;
        for (int i = 1; i < failedAttempts && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
