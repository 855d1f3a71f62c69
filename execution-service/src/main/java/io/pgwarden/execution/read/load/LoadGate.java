package io.pgwarden.execution.read.load;

import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.kit.error.PipelineException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import org.jboss.logging.Logger;

/**
 * Refuses new reads while the database server is busy: when the number of active client backends, sampled from
 * pg_stat_activity at most once per interval (never per read), reaches the threshold. One read at a time takes a
 * new sample; the others decide on the latest one. A sample that cannot be taken refuses nothing: the read itself
 * then reports what is wrong with the database.
 */
public final class LoadGate {

    private static final Logger LOG = Logger.getLogger(LoadGate.class);

    /** Counts the active backends; may fail when the database cannot answer. */
    @FunctionalInterface
    public interface Sampler {
        int activeBackends() throws Exception;
    }

    private final int maxActive;
    private final long intervalNanos;
    private final Sampler sampler;
    private final LongSupplier nanoClock;
    private final AtomicBoolean sampling = new AtomicBoolean();
    private volatile Sample latest;

    private record Sample(long takenAtNanos, int active) {
    }

    public LoadGate(int maxActive, Duration interval, Sampler sampler, LongSupplier nanoClock) {
        this.maxActive = maxActive;
        this.intervalNanos = interval.toNanos();
        this.sampler = sampler;
        this.nanoClock = nanoClock;
    }

    public static LoadGate off() {
        return new LoadGate(0, Duration.ZERO, () -> 0, System::nanoTime);
    }

    /** @throws PipelineException BUSY when the latest sample shows the database at or over the threshold */
    public void admit() {
        if (maxActive <= 0) {
            return;
        }
        Sample sample = current();
        if (sample != null && overloaded(sample.active(), maxActive)) {
            throw new PipelineException(ErrorCode.BUSY,
                    "The database is busy: " + sample.active() + " queries are running on it (the limit for"
                            + " starting a read is " + maxActive + "), so this read was not started.",
                    "Retry in a few seconds.");
        }
    }

    /** The decision itself: at or over the threshold is too busy. */
    static boolean overloaded(int active, int maxActive) {
        return maxActive > 0 && active >= maxActive;
    }

    private Sample current() {
        Sample sample = latest;
        long now = nanoClock.getAsLong();
        boolean stale = sample == null || now - sample.takenAtNanos() >= intervalNanos;
        if (stale && sampling.compareAndSet(false, true)) {
            try {
                sample = new Sample(now, sampler.activeBackends());
                latest = sample;
            } catch (Exception e) {
                LOG.warnf("database load not sampled, reads are not refused for load: %s", e.getMessage());
                // Wait a full interval before trying again, so a failing sample is not retried on every read.
                sample = null;
                latest = new Sample(now, -1);
            } finally {
                sampling.set(false);
            }
        }
        return sample == null || sample.active() < 0 ? null : sample;
    }
}
