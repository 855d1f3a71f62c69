package io.pgwarden.approval.config;

import io.pgwarden.contracts.approval.ApprovalLevel;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * When an undecided request escalates and expires. A director's request has nobody above it: it does not escalate,
 * it only expires. An escalation that would come at or after the expiry is dropped.
 */
public final class TimerPolicy {

    private final Map<ApprovalLevel, Duration> escalateAfter;
    private final Map<ApprovalLevel, Duration> expireAfter;

    public TimerPolicy(Map<ApprovalLevel, Duration> escalateAfter, Map<ApprovalLevel, Duration> expireAfter) {
        this.escalateAfter = new EnumMap<>(escalateAfter);
        this.expireAfter = new EnumMap<>(expireAfter);
        for (ApprovalLevel level : ApprovalLevel.values()) {
            requirePositive(this.escalateAfter.get(level), "escalate-after of " + level.role());
            requirePositive(this.expireAfter.get(level), "expire-after of " + level.role());
        }
    }

    public static TimerPolicy from(ApprovalConfig config) {
        Map<ApprovalLevel, Duration> escalate = new EnumMap<>(ApprovalLevel.class);
        Map<ApprovalLevel, Duration> expire = new EnumMap<>(ApprovalLevel.class);
        Map<ApprovalLevel, ApprovalConfig.LevelTimers> levels = Map.of(ApprovalLevel.TEAM_LEAD, config.teamLead(),
                ApprovalLevel.MANAGER, config.manager(), ApprovalLevel.DIRECTOR, config.director());
        levels.forEach((level, timers) -> {
            escalate.put(level, timers.escalateAfter().orElse(config.escalateAfter()));
            expire.put(level, timers.expireAfter().orElse(config.expireAfter()));
        });
        return new TimerPolicy(escalate, expire);
    }

    /** The expiry of a request made now at {@code level}; escalation does not move it. */
    public Instant expiresAt(ApprovalLevel level, Instant now) {
        return now.plus(expireAfter.get(level));
    }

    /** When a request now at {@code level} escalates next, or null when it does not (director, or past expiry). */
    public Instant escalatesAt(ApprovalLevel level, Instant now, Instant expiresAt) {
        if (level == ApprovalLevel.DIRECTOR) {
            return null;
        }
        Instant at = now.plus(escalateAfter.get(level));
        return at.isBefore(expiresAt) ? at : null;
    }

    public Duration escalateAfter(ApprovalLevel level) {
        return escalateAfter.get(level);
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration, not " + duration);
        }
    }
}
