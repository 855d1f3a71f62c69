package io.pgwarden.gateway.tracking;

import io.pgwarden.contracts.event.ApprovalDecided;
import io.pgwarden.contracts.event.ApprovalEscalated;
import io.pgwarden.contracts.event.ApprovalRequested;
import io.pgwarden.contracts.event.ExecutionProgress;
import io.pgwarden.contracts.event.ImpactAssessed;
import io.pgwarden.contracts.event.RollbackRequested;
import io.pgwarden.contracts.event.WriteExecuted;
import io.pgwarden.contracts.event.ClarificationNeeded;
import io.pgwarden.contracts.event.EventEnvelope;
import io.pgwarden.contracts.event.EventType;
import io.pgwarden.contracts.event.ExecutionCompleted;
import io.pgwarden.contracts.event.IntentExtracted;
import io.pgwarden.contracts.event.QueryBuilt;
import io.pgwarden.contracts.event.QuestionAsked;
import io.pgwarden.contracts.event.RequestFailed;
import io.pgwarden.contracts.event.SchemaContextReady;
import io.pgwarden.contracts.event.SqlSubmitted;
import io.pgwarden.contracts.plan.Step;
import io.pgwarden.contracts.sql.SqlParameter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The state of one request, built from its events: a small state machine (RUNNING until the first terminal event,
 * then final) plus the event log the API and the streams show. Applying an event twice has no effect (events are
 * recognised by id), so Kafka redeliveries are harmless. Not thread-safe; {@link TrackedRequest} guards it.
 */
public final class RequestLifecycle {

    /** What applying one event did. */
    public enum Applied {
        /** Seen before (same event id): nothing changed. */
        DUPLICATE,
        /** Recorded; the request is still running. */
        RECORDED,
        /** Recorded, and the request now waits for people (a write awaiting approval). */
        AWAITING_PEOPLE,
        /** Recorded, and it ended the request. */
        TERMINATED,
        /** Recorded after the request had already ended; its status stays as it was. */
        LATE,
        /** The user's answer to a clarification: the request that ended asking runs again, same id. */
        RESUMED
    }

    private final String requestId;
    private final String sessionId;
    private final String userId;
    private final List<EventEnvelope<?>> events = new ArrayList<>();
    private final Set<String> eventIds = new HashSet<>();
    private RequestKind kind;
    private String text;
    private Instant createdAt;
    // The watchdog's deadline counts from here: the submission, then again from each sign of life after a
    // human decision (an approval can take hours; the execution after it gets the full deadline).
    private Instant watchedSince;
    private RequestStatus status = RequestStatus.RUNNING;
    private EventEnvelope<?> terminalEvent;
    // Approval events travel on different topics and may arrive in any order; a decision is never undone.
    private boolean approvalDecided;

    public RequestLifecycle(String requestId, String sessionId, String userId) {
        this.requestId = requestId;
        this.sessionId = sessionId;
        this.userId = userId;
    }

    /** Starts from the first event the gateway sees of a request (its own submission, usually). */
    public static RequestLifecycle from(EventEnvelope<?> first) {
        RequestLifecycle lifecycle = new RequestLifecycle(first.requestId(), first.sessionId(), first.userId());
        lifecycle.apply(first);
        return lifecycle;
    }

    public Applied apply(EventEnvelope<?> event) {
        if (!requestId.equals(event.requestId())) {
            throw new IllegalArgumentException("event " + event.id() + " belongs to request " + event.requestId()
                    + ", not " + requestId);
        }
        if (event.id() != null && !eventIds.add(event.id())) {
            return Applied.DUPLICATE;
        }
        events.add(event);
        learnSubmission(event);
        if (event.time() != null && (createdAt == null || event.time().isBefore(createdAt))) {
            createdAt = event.time();
        }
        if (status == RequestStatus.NEEDS_CLARIFICATION && event.data() instanceof QuestionAsked) {
            status = RequestStatus.RUNNING;
            terminalEvent = null;
            approvalDecided = false;
            if (event.time() != null) {
                watchedSince = event.time();
            }
            return Applied.RESUMED;
        }
        if (status.done()) {
            return Applied.LATE;
        }
        if (event.time() != null && restartsWatch(event)
                && (watchedSince == null || event.time().isAfter(watchedSince))) {
            watchedSince = event.time();
        }
        if (event.data() instanceof ApprovalDecided) {
            approvalDecided = true;
        }
        RequestStatus next = statusAfter(event, status, approvalDecided);
        if (next.done()) {
            status = next;
            terminalEvent = event;
            return Applied.TERMINATED;
        }
        boolean nowAwaiting = next == RequestStatus.AWAITING_APPROVAL && status != RequestStatus.AWAITING_APPROVAL;
        status = next;
        return nowAwaiting ? Applied.AWAITING_PEOPLE : Applied.RECORDED;
    }

    /**
     * True when the request is still running although {@code deadline} has passed since it started (or since the
     * last human decision or progress report of a write). A write awaiting approval is never overdue.
     */
    public boolean overdue(Instant now, Duration deadline) {
        if (status.done() || status == RequestStatus.AWAITING_APPROVAL || createdAt == null) {
            return false;
        }
        Instant since = watchedSince != null && watchedSince.isAfter(createdAt) ? watchedSince : createdAt;
        return since.plus(deadline).isBefore(now);
    }

    private static boolean restartsWatch(EventEnvelope<?> event) {
        Object data = event.data();
        return data instanceof ApprovalDecided || data instanceof ExecutionProgress
                || data instanceof ApprovalRequested || data instanceof ApprovalEscalated;
    }

    /**
     * Ends an overdue request as TIMED_OUT with a failure naming the step that did not answer, recorded as a
     * {@code request.failed} event from the gateway so that streams show it like any other ending. The event id
     * is derived from the request id, so every gateway instance derives the same event.
     */
    public Optional<EventEnvelope<RequestFailed>> timeOut(Instant now, Duration deadline, String source) {
        if (!overdue(now, deadline)) {
            return Optional.empty();
        }
        RequestFailed failure = TimeoutNotice.of(AwaitedStep.after(events), deadline);
        String id = UUID.nameUUIDFromBytes((requestId + "->gateway-timeout").getBytes(StandardCharsets.UTF_8))
                .toString();
        EventEnvelope<RequestFailed> envelope = new EventEnvelope<>(EventEnvelope.SPEC_VERSION, id,
                EventType.REQUEST_FAILED.typeName(), source, now, EventType.REQUEST_FAILED.version(), requestId,
                sessionId, userId, failure);
        eventIds.add(id);
        events.add(envelope);
        status = RequestStatus.TIMED_OUT;
        terminalEvent = envelope;
        return Optional.of(envelope);
    }

    public String requestId() {
        return requestId;
    }

    public String sessionId() {
        return sessionId;
    }

    public String userId() {
        return userId;
    }

    public RequestStatus status() {
        return status;
    }

    /** The events so far, in lifecycle order. */
    public List<EventEnvelope<?>> events() {
        return StepTimings.inLifecycleOrder(events);
    }

    public Optional<Instant> completedAt() {
        return Optional.ofNullable(terminalEvent).map(EventEnvelope::time);
    }

    public RequestSnapshot snapshot() {
        List<EventEnvelope<?>> ordered = events();
        String sql = kind == RequestKind.SQL ? text : null;
        List<SqlParameter> parameters = List.of();
        String engine = null;
        String lastStep = null;
        for (EventEnvelope<?> event : ordered) {
            Object data = event.data();
            if (data instanceof IntentExtracted extracted && extracted.engine() != null) {
                engine = extracted.engine();
            } else if (data instanceof QueryBuilt built) {
                sql = built.sql();
                parameters = built.parameters() == null ? List.of() : built.parameters();
                engine = built.engine();
            } else if (data instanceof ExecutionCompleted completed) {
                sql = completed.sql();
                engine = completed.engine();
            } else if (data instanceof ImpactAssessed assessed) {
                sql = assessed.sql();
                parameters = assessed.parameters();
                engine = assessed.engine();
            }
            if (!(status == RequestStatus.TIMED_OUT && event == terminalEvent)) {
                Optional<Step> step = StepTimings.stepOf(event);
                if (step.isPresent()) {
                    lastStep = step.get().name().toLowerCase(Locale.ROOT);
                }
            }
        }
        Object ending = terminalEvent == null ? null : terminalEvent.data();
        return new RequestSnapshot(requestId, sessionId, userId, kind, text, status, createdAt,
                completedAt().orElse(null), lastStep, sql, parameters, resultOf(ending), engine,
                StepTimings.of(ordered), clarificationOf(ending), failureOf(ending), WriteDetail.of(ordered));
    }

    private static RequestStatus statusAfter(EventEnvelope<?> event, RequestStatus current, boolean decided) {
        Object data = event.data();
        if (data instanceof ExecutionCompleted || data instanceof WriteExecuted) {
            return RequestStatus.COMPLETED;
        }
        if (data instanceof ApprovalRequested || data instanceof ApprovalEscalated) {
            return decided ? current : RequestStatus.AWAITING_APPROVAL;
        }
        if (data instanceof ApprovalDecided decision) {
            return switch (decision.outcome()) {
                case APPROVED -> RequestStatus.RUNNING;
                case DENIED -> RequestStatus.DENIED;
                case EXPIRED -> RequestStatus.EXPIRED;
            };
        }
        if (data instanceof RequestFailed) {
            return RequestStatus.FAILED;
        }
        if (data instanceof ClarificationNeeded) {
            return RequestStatus.NEEDS_CLARIFICATION;
        }
        return current;
    }

    /** Fills in what was submitted, from whichever event says so first. */
    private void learnSubmission(EventEnvelope<?> event) {
        Object data = event.data();
        if (data instanceof QuestionAsked asked) {
            kind = RequestKind.QUESTION;
            text = asked.question();
        } else if (data instanceof SqlSubmitted submitted) {
            kind = RequestKind.SQL;
            text = submitted.sql();
        } else if (data instanceof RollbackRequested rollback) {
            kind = RequestKind.ROLLBACK;
            text = RollbackText.of(rollback);
        } else if (kind == null) {
            String question = questionIn(data);
            if (question != null) {
                kind = RequestKind.QUESTION;
                text = question;
            } else if (data instanceof QueryBuilt built && "user".equals(built.engine())) {
                kind = RequestKind.SQL;
                text = built.sql();
            }
        }
    }

    private static String questionIn(Object data) {
        if (data instanceof IntentExtracted extracted) {
            return extracted.question();
        }
        if (data instanceof SchemaContextReady ready) {
            return ready.question();
        }
        if (data instanceof ClarificationNeeded clarification) {
            return clarification.question();
        }
        return null;
    }

    private static RequestSnapshot.Result resultOf(Object ending) {
        if (!(ending instanceof ExecutionCompleted completed)) {
            return null;
        }
        return new RequestSnapshot.Result(completed.columns(), completed.rows(), completed.rowCount(),
                completed.truncated(), completed.rowLimit(), 0, completed.plan());
    }

    private static RequestSnapshot.Clarification clarificationOf(Object ending) {
        if (!(ending instanceof ClarificationNeeded clarification)) {
            return null;
        }
        return new RequestSnapshot.Clarification(clarification.reason(),
                clarification.options() == null ? List.of() : clarification.options());
    }

    private static RequestSnapshot.Failure failureOf(Object ending) {
        if (!(ending instanceof RequestFailed failed)) {
            return null;
        }
        return new RequestSnapshot.Failure(
                failed.code() == null ? null : failed.code().name(),
                failed.code() == null ? null : failed.code().title(),
                failed.message(), failed.hint(),
                failed.step() == null ? null : failed.step().name().toLowerCase(Locale.ROOT));
    }
}
