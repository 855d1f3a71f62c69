package io.pgwarden.gateway.submit;

import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.contracts.event.EventEnvelope;
import io.pgwarden.contracts.event.EventType;
import io.pgwarden.contracts.event.QuestionAsked;
import io.pgwarden.contracts.event.RequestFailed;
import io.pgwarden.contracts.event.RequestRef;
import io.pgwarden.contracts.event.RollbackRequested;
import io.pgwarden.contracts.event.SqlSubmitted;
import io.pgwarden.gateway.access.RequestAccess;
import io.pgwarden.gateway.auth.Caller;
import io.pgwarden.gateway.config.GatewayConfig;
import io.pgwarden.gateway.problem.ProblemException;
import io.pgwarden.gateway.ratelimit.SubmissionRateLimiter;
import io.pgwarden.gateway.store.RequestHistory;
import io.pgwarden.gateway.tracking.RequestLifecycle;
import io.pgwarden.gateway.tracking.RequestSnapshot;
import io.pgwarden.gateway.tracking.RequestTracker;
import io.pgwarden.kit.messaging.EventPublisher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Starts requests: checks the submission, stores it, follows it, and publishes its first event. The order
 * matters: the history row exists before any service can answer, and the gateway follows the request before the
 * event leaves, so no answer can arrive unobserved.
 */
@ApplicationScoped
public class Submitter {

    private static final Logger LOG = Logger.getLogger(Submitter.class);

    private final SubmissionRules rules;
    private final SubmissionRateLimiter rateLimiter;
    private final RequestAccess access;
    private final RequestHistory history;
    private final RequestTracker tracker;
    private final EventPublisher publisher;

    @Inject
    public Submitter(GatewayConfig config, SubmissionRateLimiter rateLimiter, RequestAccess access,
            RequestHistory history, RequestTracker tracker, EventPublisher publisher) {
        this.rules = SubmissionRules.from(config.limits());
        this.rateLimiter = rateLimiter;
        this.access = access;
        this.history = history;
        this.tracker = tracker;
        this.publisher = publisher;
    }

    public Submission ask(Caller caller, String question, String sessionId) {
        return ask(caller, question, sessionId, Optional.empty());
    }

    /** @param cacheDirective the request's opt-out of the read cache ({@link CacheDirective}), if any */
    public Submission ask(Caller caller, String question, String sessionId, Optional<String> cacheDirective) {
        String checked = rules.question(question);
        return submit(caller, sessionId, EventType.QUESTION_ASKED, new QuestionAsked(checked), cacheDirective);
    }

    public Submission submitSql(Caller caller, String sql, String sessionId) {
        return submitSql(caller, sql, sessionId, Optional.empty());
    }

    /** @param cacheDirective the request's opt-out of the read cache ({@link CacheDirective}), if any */
    public Submission submitSql(Caller caller, String sql, String sessionId, Optional<String> cacheDirective) {
        String checked = rules.sql(sql);
        return submit(caller, sessionId, EventType.SQL_SUBMITTED, new SqlSubmitted(checked), cacheDirective);
    }

    /**
     * Continues a request that ended asking for clarification: the chosen (or typed) question runs as the same
     * request, in the same session, so its history shows one question with one answer.
     */
    public Submission clarify(Caller caller, RequestSnapshot waiting, String question) {
        String checked = rules.question(question);
        rateLimiter.admit(caller.userId());
        EventEnvelope<QuestionAsked> answer = EventEnvelope.first(EventType.QUESTION_ASKED, publisher.source(),
                new RequestRef(waiting.requestId(), waiting.sessionId(), caller.userId()), new QuestionAsked(checked));
        try {
            if (!history.recordResumed(waiting.requestId(), checked)) {
                throw new ProblemException(ErrorCode.CONFLICT,
                        "request " + waiting.requestId() + " is not waiting for a clarification",
                        "GET /api/v1/requests/" + waiting.requestId() + " shows where it stands; ask a new question"
                                + " with POST /api/v1/ask.");
            }
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            throw RequestAccess.historyDown(e);
        }
        var settled = tracker.resume(answer);
        try {
            publisher.publish(EventType.QUESTION_ASKED, answer);
        } catch (RuntimeException e) {
            LOG.errorf("request %s: clarification not published: %s", waiting.requestId(), e.getMessage());
            endUnpublished(answer);
            throw new ProblemException(ErrorCode.DEPENDENCY_DOWN, "the event broker is unavailable; retry",
                    "Retry in a moment; an operator can check the gateway's readiness at /q/health/ready.", e);
        }
        return new Submission(tracker.snapshot(waiting.requestId()).orElse(waiting), settled);
    }

    /**
     * Asks to undo a committed write from its backup: a new request in the original's session, which goes through
     * a conflict check and an approval like any write.
     */
    public Submission rollback(Caller caller, String sessionId, RollbackRequested rollback) {
        return submit(caller, sessionId, EventType.ROLLBACK_REQUESTED, rollback, Optional.empty());
    }

    private Submission submit(Caller caller, String requestedSession, EventType type, Object payload,
            Optional<String> cacheDirective) {
        String sessionId = rules.sessionId(requestedSession).orElseGet(() -> UUID.randomUUID().toString());
        if (requestedSession != null) {
            access.checkSession(sessionId, caller);
        }
        rateLimiter.admit(caller.userId());
        RequestRef ref = new RequestRef(UUID.randomUUID().toString(), sessionId, caller.userId());
        EventEnvelope<?> first = EventEnvelope.first(type, publisher.source(), ref, payload)
                .withCacheControl(cacheDirective.orElse(null));
        var accepted = RequestLifecycle.from(first).snapshot();
        try {
            history.recordSubmission(accepted);
        } catch (RuntimeException e) {
            LOG.errorf(e, "request %s not stored", ref.requestId());
            throw RequestAccess.historyDown(e);
        }
        var end = tracker.start(first);
        try {
            publisher.publish(type, first);
        } catch (RuntimeException e) {
            LOG.errorf("request %s not published: %s", ref.requestId(), e.getMessage());
            endUnpublished(first);
            throw new ProblemException(ErrorCode.DEPENDENCY_DOWN, "the event broker is unavailable; retry",
                    "Retry in a moment; an operator can check the gateway's readiness at /q/health/ready.", e);
        }
        return new Submission(accepted, end);
    }

    /** A request that never reached Kafka ends at once, so neither the history nor the watchdog waits for it. */
    private void endUnpublished(EventEnvelope<?> first) {
        RequestFailed failure = new RequestFailed(null, ErrorCode.DEPENDENCY_DOWN,
                "the event broker did not accept the request in time; it was given up and not answered",
                "Retry in a moment; an operator can check the gateway's readiness at /q/health/ready.");
        tracker.apply(first.next(EventType.REQUEST_FAILED, publisher.source(), failure))
                .flatMap(change -> change.ended())
                .ifPresent(snapshot -> {
                    try {
                        history.recordEnd(snapshot);
                    } catch (RuntimeException e) {
                        LOG.warnf("request %s: failure not stored: %s", first.requestId(), e.getMessage());
                    }
                });
    }
}
