package io.pgwarden.gateway.ratelimit;

import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.gateway.config.GatewayConfig;
import io.pgwarden.gateway.problem.ProblemException;
import io.quarkus.redis.datasource.RedisDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Limits how many questions and SQL statements one user submits per minute, counted in Redis so that the limit
 * holds across gateway instances. When Redis cannot be reached the submission is let through (and logged): the
 * limit protects the pipeline from floods, it is not worth refusing every user over. Readiness reports Redis.
 */
@ApplicationScoped
public class SubmissionRateLimiter {

    private static final Logger LOG = Logger.getLogger(SubmissionRateLimiter.class);
    /** The counter outlives its minute a little, so a slow clock never sees a reset counter mid-window. */
    private static final long COUNTER_TTL_SECONDS = 120;

    private final RedisDataSource redis;
    private final GatewayConfig config;
    private final Clock clock;

    @Inject
    public SubmissionRateLimiter(RedisDataSource redis, GatewayConfig config, Clock clock) {
        this.redis = redis;
        this.config = config;
        this.clock = clock;
    }

    /** @throws ProblemException 429 when the user has used up this minute's submissions */
    public void admit(String userId) {
        if (!config.rateLimit().enabled()) {
            return;
        }
        MinuteWindow window = MinuteWindow.of(userId, clock.instant());
        long used;
        try {
            used = redis.value(Long.class).incr(window.key());
            if (used == 1) {
                redis.key().expire(window.key(), COUNTER_TTL_SECONDS);
            }
        } catch (RuntimeException e) {
            LOG.warnf("rate limit not checked for %s, Redis is unavailable: %s", userId, e.getMessage());
            return;
        }
        int limit = config.rateLimit().perMinute();
        if (used > limit) {
            throw new ProblemException(ErrorCode.BUSY, 429,
                    "more than " + limit + " submissions in one minute",
                    "Wait " + window.secondsUntilReset() + "s and submit again.",
                    Map.of("Retry-After", String.valueOf(window.secondsUntilReset())));
        }
    }
}
