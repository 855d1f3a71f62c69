package io.pgwarden.gateway.ratelimit;

import java.time.Instant;

/**
 * A fixed one-minute counting window: every submission of a user within the same wall-clock minute increments the
 * same counter, which expires after the minute is over.
 *
 * @param key               the Redis key of the counter
 * @param secondsUntilReset how long until the next window starts, for {@code Retry-After}
 */
public record MinuteWindow(String key, long secondsUntilReset) {

    static final String KEY_PREFIX = "pgwarden:gateway:rate:";

    public static MinuteWindow of(String userId, Instant now) {
        long epochSecond = now.getEpochSecond();
        long minute = epochSecond / 60;
        return new MinuteWindow(KEY_PREFIX + userId + ":" + minute, 60 - epochSecond % 60);
    }
}
