package io.pgwarden.deploy.support;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Waits for a condition by asking it again at a fixed interval, until it holds, gives up, or the deadline passes. */
public final class Poll {

    /** How a wait ended. */
    public enum Outcome {
        SATISFIED, GAVE_UP, TIMED_OUT
    }

    private final Duration interval;

    private Poll(Duration interval) {
        this.interval = interval;
    }

    public static Poll every(Duration interval) {
        return new Poll(interval);
    }

    /**
     * @param condition what we wait for
     * @param giveUp    checked before each attempt: true when waiting longer is pointless (the process died)
     * @param deadline  when to stop asking
     */
    public Outcome until(BooleanSupplier condition, BooleanSupplier giveUp, Instant deadline) {
        while (true) {
            if (giveUp.getAsBoolean()) {
                return Outcome.GAVE_UP;
            }
            if (condition.getAsBoolean()) {
                return Outcome.SATISFIED;
            }
            if (!Instant.now().plus(interval).isBefore(deadline)) {
                return Outcome.TIMED_OUT;
            }
            try {
                Thread.sleep(interval.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Outcome.GAVE_UP;
            }
        }
    }
}
