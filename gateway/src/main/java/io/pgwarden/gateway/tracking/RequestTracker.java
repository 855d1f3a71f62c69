package io.pgwarden.gateway.tracking;

import io.pgwarden.contracts.event.EventEnvelope;
import io.pgwarden.contracts.event.RequestFailed;
import io.pgwarden.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The requests this gateway instance is following, in memory: their state, the HTTP calls waiting for them and
 * the event streams watching them or their session. Every instance sees every lifecycle event, so any instance
 * can answer for any request; finished requests are forgotten after a retention period (the history keeps them).
 */
@ApplicationScoped
public class RequestTracker {

    private final Map<String, TrackedRequest> requests = new ConcurrentHashMap<>();
    private final Map<String, Set<Consumer<EventEnvelope<?>>>> sessionWatchers = new ConcurrentHashMap<>();
    private final Clock clock;
    private final GatewayConfig config;
    private final String source;

    @Inject
    public RequestTracker(Clock clock, GatewayConfig config,
            @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.clock = clock;
        this.config = config;
        this.source = "/pgwarden/" + applicationName;
    }

    /**
     * Starts following a request from its submission event; the future completes when the request ends or starts
     * waiting for an approval, whichever comes first.
     */
    public CompletableFuture<RequestSnapshot> start(EventEnvelope<?> submission) {
        apply(submission);
        return requests.get(submission.requestId()).settled();
    }

    /**
     * Resumes a request that ended asking for clarification with the user's answer (a question-asked event of the
     * same request id); the future completes when it ends again or waits for people.
     */
    public CompletableFuture<RequestSnapshot> resume(EventEnvelope<?> answer) {
        apply(answer);
        return requests.get(answer.requestId()).settled();
    }

    public boolean follows(String requestId) {
        return requests.containsKey(requestId);
    }

    /**
     * Applies a lifecycle event, following its request from now on if it was not yet. Empty when the event was a
     * redelivery; otherwise what changed, including the snapshot to store when the request has ended.
     */
    public Optional<RequestChange> apply(EventEnvelope<?> event) {
        TrackedRequest tracked = requests.computeIfAbsent(event.requestId(),
                id -> new TrackedRequest(new RequestLifecycle(id, event.sessionId(), event.userId())));
        TrackedRequest.Change change = tracked.apply(event, clock.instant());
        if (!change.isNew()) {
            return Optional.empty();
        }
        notifySession(event);
        return Optional.of(new RequestChange(change.applied(), Optional.ofNullable(change.endedSnapshot()),
                Optional.ofNullable(change.awaitingSnapshot())));
    }

    public Optional<RequestSnapshot> snapshot(String requestId) {
        return Optional.ofNullable(requests.get(requestId)).map(TrackedRequest::snapshot);
    }

    /** Replays the request's events to the listener and follows it live; empty when the request is not followed. */
    public Optional<Runnable> subscribe(String requestId, LifecycleListener listener) {
        return Optional.ofNullable(requests.get(requestId)).map(tracked -> tracked.subscribe(listener));
    }

    /** Follows every new event of a session (live only); returns how to stop. */
    public Runnable watchSession(String sessionId, Consumer<EventEnvelope<?>> watcher) {
        sessionWatchers.computeIfAbsent(sessionId, id -> new CopyOnWriteArraySet<>()).add(watcher);
        return () -> sessionWatchers.computeIfPresent(sessionId, (id, watchers) -> {
            watchers.remove(watcher);
            return watchers.isEmpty() ? null : watchers;
        });
    }

    /** The user a followed request of this session belongs to, if one is followed. */
    public Optional<String> sessionOwner(String sessionId) {
        return requests.values().stream()
                .filter(tracked -> tracked.sessionId().equals(sessionId))
                .map(TrackedRequest::userId)
                .findFirst();
    }

    /** Ends every request past the deadline as TIMED_OUT; returns their final snapshots, to be stored. */
    public List<RequestSnapshot> timeOutOverdue() {
        return timeOutOverdue(event -> {
        });
    }

    /**
     * Like {@link #timeOutOverdue()}, handing each timeout's failure event to {@code announce}, so that the services
     * downstream learn the request was given up (a write's approval must not outlive it).
     */
    public List<RequestSnapshot> timeOutOverdue(Consumer<EventEnvelope<RequestFailed>> announce) {
        List<RequestSnapshot> ended = new ArrayList<>();
        for (TrackedRequest tracked : requests.values()) {
            tracked.timeOutIfOverdue(clock.instant(), config.watchdog().deadline(), source).ifPresent(timedOut -> {
                ended.add(timedOut.snapshot());
                notifySession(timedOut.event());
                announce.accept(timedOut.event());
            });
        }
        return ended;
    }

    /** Forgets finished requests older than the retention period that nobody is streaming. */
    public int forgetFinished() {
        int before = requests.size();
        requests.values().removeIf(tracked -> tracked.forgettable(clock.instant(), config.watchdog().retention()));
        return before - requests.size();
    }

    /**
     * Ends every request stream with the request as it stands and drops the session watchers, so that a stopping
     * gateway is not kept waiting by streams that could stay open for a minute.
     */
    public void releaseStreams() {
        requests.values().forEach(TrackedRequest::releaseListeners);
        sessionWatchers.clear();
    }

    private void notifySession(EventEnvelope<?> event) {
        Set<Consumer<EventEnvelope<?>>> watchers = sessionWatchers.get(event.sessionId());
        if (watchers != null) {
            watchers.forEach(watcher -> watcher.accept(event));
        }
    }
}
