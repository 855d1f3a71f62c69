package io.pgwarden.gateway.tracking;

import io.pgwarden.contracts.event.EventEnvelope;
import io.pgwarden.contracts.event.RequestFailed;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * One request's lifecycle with the parties waiting on it: listeners (event streams) and a future completed at its
 * end (the HTTP calls that wait for an answer). All changes happen under this object's lock, so a listener that
 * subscribes gets the replay and then every later event exactly once.
 */
final class TrackedRequest {

    private final RequestLifecycle lifecycle;
    private final List<LifecycleListener> listeners = new ArrayList<>();
    // Replaced when a request that ended asking for clarification resumes with the user's answer.
    private volatile CompletableFuture<RequestSnapshot> end = new CompletableFuture<>();
    // Completed when the request ends or starts waiting for people: a caller waiting for an answer gets either.
    private volatile CompletableFuture<RequestSnapshot> settled = new CompletableFuture<>();
    private Instant endedAt;

    TrackedRequest(RequestLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    /**
     * What applying one event did.
     *
     * @param endedSnapshot    the snapshot to store, when the request has ended (by this event or before it)
     * @param awaitingSnapshot the snapshot to store, when this event made the request wait for an approval
     */
    record Change(RequestLifecycle.Applied applied, RequestSnapshot endedSnapshot, RequestSnapshot awaitingSnapshot) {

        boolean isNew() {
            return applied != RequestLifecycle.Applied.DUPLICATE;
        }
    }

    /** A watchdog ending: the failure event it recorded and the final snapshot. */
    record TimedOut(EventEnvelope<RequestFailed> event, RequestSnapshot snapshot) {
    }

    Change apply(EventEnvelope<?> event, Instant now) {
        RequestSnapshot ended;
        RequestSnapshot awaiting = null;
        RequestLifecycle.Applied applied;
        CompletableFuture<RequestSnapshot> endNow;
        CompletableFuture<RequestSnapshot> settledNow;
        synchronized (this) {
            applied = lifecycle.apply(event);
            if (applied == RequestLifecycle.Applied.DUPLICATE) {
                return new Change(applied, null, null);
            }
            if (applied == RequestLifecycle.Applied.RESUMED) {
                end = new CompletableFuture<>();
                settled = new CompletableFuture<>();
                endedAt = null;
            }
            listeners.forEach(listener -> listener.onEvent(event));
            ended = lifecycle.status().done() ? lifecycle.snapshot() : null;
            if (applied == RequestLifecycle.Applied.TERMINATED) {
                endLocked(ended, now);
            } else if (applied == RequestLifecycle.Applied.AWAITING_PEOPLE) {
                awaiting = lifecycle.snapshot();
            }
            endNow = end;
            settledNow = settled;
        }
        // Outside the lock: the waiters' continuations may run on this thread.
        if (applied == RequestLifecycle.Applied.TERMINATED) {
            endNow.complete(ended);
            settledNow.complete(ended);
        } else if (awaiting != null) {
            settledNow.complete(awaiting);
        }
        return new Change(applied, ended, awaiting);
    }

    Optional<TimedOut> timeOutIfOverdue(Instant now, Duration deadline, String source) {
        TimedOut timedOut;
        CompletableFuture<RequestSnapshot> endNow;
        CompletableFuture<RequestSnapshot> settledNow;
        synchronized (this) {
            endNow = end;
            settledNow = settled;
            Optional<EventEnvelope<RequestFailed>> failure = lifecycle.timeOut(now, deadline, source);
            if (failure.isEmpty()) {
                return Optional.empty();
            }
            listeners.forEach(listener -> listener.onEvent(failure.get()));
            timedOut = new TimedOut(failure.get(), lifecycle.snapshot());
            endLocked(timedOut.snapshot(), now);
        }
        endNow.complete(timedOut.snapshot());
        settledNow.complete(timedOut.snapshot());
        return Optional.of(timedOut);
    }

    /** Replays the events so far, then follows live; returns how to stop following. */
    synchronized Runnable subscribe(LifecycleListener listener) {
        lifecycle.events().forEach(listener::onEvent);
        if (lifecycle.status().done()) {
            listener.onEnd(lifecycle.snapshot());
            return () -> {
            };
        }
        listeners.add(listener);
        return () -> unsubscribe(listener);
    }

    synchronized RequestSnapshot snapshot() {
        return lifecycle.snapshot();
    }

    synchronized boolean forgettable(Instant now, Duration retention) {
        return endedAt != null && listeners.isEmpty() && endedAt.plus(retention).isBefore(now);
    }

    String userId() {
        return lifecycle.userId();
    }

    String sessionId() {
        return lifecycle.sessionId();
    }

    CompletableFuture<RequestSnapshot> end() {
        return end;
    }

    CompletableFuture<RequestSnapshot> settled() {
        return settled;
    }

    /** Ends every stream on this request with the request as it stands, for a gateway that is stopping. */
    synchronized void releaseListeners() {
        RequestSnapshot current = lifecycle.snapshot();
        List<LifecycleListener> released = List.copyOf(listeners);
        listeners.clear();
        released.forEach(listener -> listener.onEnd(current));
    }

    private synchronized void unsubscribe(LifecycleListener listener) {
        listeners.remove(listener);
    }

    private void endLocked(RequestSnapshot ended, Instant now) {
        endedAt = now;
        List<LifecycleListener> finished = List.copyOf(listeners);
        listeners.clear();
        finished.forEach(listener -> listener.onEnd(ended));
    }
}
