package io.pgwarden.execution.read;

import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.kit.error.PipelineException;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Layer 5 of the read path: how many reads may run at once, per user and in total. A read waits a short while for a
 * free place (a queue), then is refused as BUSY with "retry", so a burst of expensive questions queues or bounces
 * instead of piling onto the database. Limits are per execution-service instance.
 */
public final class ReadAdmission {

    private final int perUser;
    private final Semaphore global;
    private final Duration queueWait;
    private final ConcurrentHashMap<String, Semaphore> users = new ConcurrentHashMap<>();

    public ReadAdmission(int perUser, int global, Duration queueWait) {
        if (perUser < 1 || global < 1) {
            throw new IllegalArgumentException("read limits must be at least 1");
        }
        this.perUser = perUser;
        this.global = new Semaphore(global, true);
        this.queueWait = queueWait;
    }

    /** A place to run one read; close it when the read is done. */
    public interface Ticket extends AutoCloseable {
        @Override
        void close();
    }

    public Ticket admit(String userId) {
        Semaphore user = users.computeIfAbsent(userId, id -> new Semaphore(perUser, true));
        if (!acquire(user)) {
            throw busy("You already have " + perUser + " reads running; this one was not started.");
        }
        if (!acquire(global)) {
            user.release();
            throw busy("The database is busy with other reads; this one was not started.");
        }
        return () -> {
            global.release();
            user.release();
        };
    }

    private boolean acquire(Semaphore semaphore) {
        try {
            return semaphore.tryAcquire(queueWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static PipelineException busy(String message) {
        return new PipelineException(ErrorCode.BUSY, message, "Retry in a few seconds.");
    }
}
