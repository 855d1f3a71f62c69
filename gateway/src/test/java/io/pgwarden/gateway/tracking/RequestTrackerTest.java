package io.pgwarden.gateway.tracking;

import static io.pgwarden.gateway.tracking.Lifecycles.READ;
import static io.pgwarden.gateway.tracking.Lifecycles.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.pgwarden.contracts.event.EventEnvelope;
import io.pgwarden.gateway.config.TestConfigs;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class RequestTrackerTest {

    private final MovableClock clock = new MovableClock(T0);
    private final RequestTracker tracker = new RequestTracker(clock, TestConfigs.defaults(), "gateway");
    private final Lifecycles events = Lifecycles.ofAlice();

    @Test
    void theWaitingCallerGetsTheSnapshotOfTheEnding() {
        CompletableFuture<RequestSnapshot> end = tracker.start(events.asked(0, "q"));
        tracker.apply(events.intent(10, "q", READ));
        assertThat(end).isNotDone();

        tracker.apply(events.executed(50, 4, 1));

        assertThat(end).isCompletedWithValueMatching(snapshot -> snapshot.status() == RequestStatus.COMPLETED);
    }

    @Test
    void anEndingIsReportedOnceForStorageAndRedeliveriesNotAtAll() {
        tracker.start(events.asked(0, "q"));
        EventEnvelope<?> executed = events.executed(50, 4, 1);

        Optional<RequestChange> first = tracker.apply(executed);
        Optional<RequestChange> redelivered = tracker.apply(executed);

        assertThat(first).hasValueSatisfying(change -> {
            assertThat(change.applied()).isEqualTo(RequestLifecycle.Applied.TERMINATED);
            assertThat(change.ended()).hasValueSatisfying(s -> assertThat(s.status()).isEqualTo(RequestStatus.COMPLETED));
        });
        assertThat(redelivered).isEmpty();
    }

    @Test
    void aListenerGetsTheReplayThenLiveEventsExactlyOnceThenTheEnd() {
        tracker.start(events.asked(0, "q"));
        tracker.apply(events.intent(10, "q", READ));
        RecordingListener listener = new RecordingListener();

        tracker.subscribe("req-1", listener);
        tracker.apply(events.schema(20, "q", READ));
        tracker.apply(events.executed(60, 4, 1));
        tracker.apply(events.query(90, READ));

        assertThat(listener.types).containsExactly("pgwarden.request.question-asked", "pgwarden.intent.extracted",
                "pgwarden.schema.context-ready", "pgwarden.execution.completed");
        assertThat(listener.ended).extracting(RequestSnapshot::status).containsExactly(RequestStatus.COMPLETED);
    }

    @Test
    void aListenerOfAnEndedRequestGetsTheWholeStoryAndTheEndAtOnce() {
        tracker.start(events.asked(0, "q"));
        tracker.apply(events.failed(10, io.pgwarden.contracts.plan.Step.INTENT,
                io.pgwarden.contracts.error.ErrorCode.NOT_UNDERSTOOD));
        RecordingListener listener = new RecordingListener();

        tracker.subscribe("req-1", listener);

        assertThat(listener.types).containsExactly("pgwarden.request.question-asked", "pgwarden.request.failed");
        assertThat(listener.ended).extracting(RequestSnapshot::status).containsExactly(RequestStatus.FAILED);
    }

    @Test
    void anUnknownRequestCannotBeFollowed() {
        assertThat(tracker.subscribe("nope", new RecordingListener())).isEmpty();
        assertThat(tracker.snapshot("nope")).isEmpty();
    }

    @Test
    void sessionWatchersGetEveryNewEventOfTheSessionUntilTheyStop() {
        List<String> seen = new ArrayList<>();
        Runnable stop = tracker.watchSession("session-1", event -> seen.add(event.type()));
        EventEnvelope<?> intent = events.intent(10, "q", READ);
        tracker.start(events.asked(0, "q"));
        tracker.apply(intent);
        tracker.apply(intent);
        tracker.start(new Lifecycles("req-9", "session-2", "bob").asked(0, "other session"));

        stop.run();
        tracker.apply(events.executed(30, 1, 1));

        assertThat(seen).containsExactly("pgwarden.request.question-asked", "pgwarden.intent.extracted");
    }

    @Test
    void theWatchdogEndsOverdueRequestsAndTellsTheirWatchers() {
        List<String> seen = new ArrayList<>();
        tracker.watchSession("session-1", event -> seen.add(event.type()));
        CompletableFuture<RequestSnapshot> end = tracker.start(events.asked(0, "q"));

        clock.advance(Duration.ofSeconds(59));
        assertThat(tracker.timeOutOverdue()).isEmpty();
        clock.advance(Duration.ofSeconds(2));
        List<String> announced = new ArrayList<>();
        List<RequestSnapshot> ended = tracker.timeOutOverdue(event -> announced.add(event.requestId() + " "
                + event.data().code()));

        assertThat(ended).extracting(RequestSnapshot::status).containsExactly(RequestStatus.TIMED_OUT);
        assertThat(ended.get(0).error().message())
                .isEqualTo("no answer from the intent step within 60s; the request was stopped; nothing was changed");
        assertThat(end).isCompletedWithValueMatching(snapshot -> snapshot.status() == RequestStatus.TIMED_OUT);
        assertThat(seen).containsExactly("pgwarden.request.question-asked", "pgwarden.request.failed");
        assertThat(announced).as("published for the services downstream").containsExactly("req-1 TIMEOUT");
        assertThat(tracker.timeOutOverdue()).isEmpty();
    }

    @Test
    void finishedRequestsAreForgottenAfterTheRetentionUnlessSomeoneIsStreamingThem() {
        tracker.start(events.asked(0, "q"));
        tracker.apply(events.executed(30, 1, 1));
        Lifecycles other = new Lifecycles("req-2", "session-1", "alice");
        tracker.start(other.asked(0, "still running"));

        clock.advance(Duration.ofMinutes(14));
        assertThat(tracker.forgetFinished()).isZero();
        clock.advance(Duration.ofMinutes(2));
        int forgotten = tracker.forgetFinished();

        assertThat(forgotten).isEqualTo(1);
        assertThat(tracker.follows("req-1")).isFalse();
        assertThat(tracker.follows("req-2")).isTrue();
    }

    @Test
    void aStoppingGatewayEndsOpenStreamsWithTheRequestAsItStands() {
        List<String> watched = new ArrayList<>();
        tracker.watchSession("session-1", event -> watched.add(event.type()));
        tracker.start(events.asked(0, "q"));
        RecordingListener listener = new RecordingListener();
        tracker.subscribe("req-1", listener);

        tracker.releaseStreams();
        tracker.apply(events.intent(10, "q", READ));

        assertThat(listener.ended).extracting(RequestSnapshot::status).containsExactly(RequestStatus.RUNNING);
        assertThat(listener.types).containsExactly("pgwarden.request.question-asked");
        assertThat(watched).containsExactly("pgwarden.request.question-asked");
    }

    @Test
    void theOwnerOfASessionIsTheUserOfItsFollowedRequests() {
        tracker.start(events.asked(0, "q"));

        assertThat(tracker.sessionOwner("session-1")).contains("alice");
        assertThat(tracker.sessionOwner("session-2")).isEmpty();
    }

    private static final class RecordingListener implements LifecycleListener {
        final List<String> types = new ArrayList<>();
        final List<RequestSnapshot> ended = new ArrayList<>();

        @Override
        public void onEvent(EventEnvelope<?> event) {
            types.add(event.type());
        }

        @Override
        public void onEnd(RequestSnapshot snapshot) {
            ended.add(snapshot);
        }
    }
}
