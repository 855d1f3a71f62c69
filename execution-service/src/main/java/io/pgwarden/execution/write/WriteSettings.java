package io.pgwarden.execution.write;

import io.pgwarden.contracts.intent.RiskLevel;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * Limits of the write path, as plain values so the core runs without Quarkus (tests, benchmark).
 *
 * @param statementTimeouts        statement_timeout per risk level: a riskier change may take longer, but never forever
 * @param lockTimeouts             lock_timeout per risk level
 * @param maxBackupRows            a change needing a backup of more rows is refused before it runs
 * @param maxBackupBytes           likewise for the pre-images' size (their jsonb text)
 * @param retention                how long a backup is kept (PRD: 30 days for table-level backups)
 * @param tolerancePercent         integrity check: actual rows per table may differ from the approved dry-run count by
 *                                 this share...
 * @param toleranceRows            ...or by this many rows, whichever is larger
 * @param estimateTolerancePercent for an approval based on the planner's estimate: the statement's own table may
 *                                 differ by this share (cascades were not counted, so only that table is compared)
 * @param serializationRetries     a write that hit a concurrent change (serialization failure, deadlock) is retried
 *                                 this many times; nothing of the failed attempt is ever committed
 */
public record WriteSettings(Map<RiskLevel, Duration> statementTimeouts, Map<RiskLevel, Duration> lockTimeouts,
        long maxBackupRows, long maxBackupBytes, Duration retention, int tolerancePercent, long toleranceRows,
        int estimateTolerancePercent, int serializationRetries) {

    public WriteSettings {
        statementTimeouts = Map.copyOf(statementTimeouts);
        lockTimeouts = Map.copyOf(lockTimeouts);
    }

    public static WriteSettings defaults() {
        Map<RiskLevel, Duration> statement = new EnumMap<>(RiskLevel.class);
        statement.put(RiskLevel.LOW, Duration.ofSeconds(30));
        statement.put(RiskLevel.MEDIUM, Duration.ofSeconds(60));
        statement.put(RiskLevel.HIGH, Duration.ofMinutes(5));
        statement.put(RiskLevel.CRITICAL, Duration.ofMinutes(15));
        Map<RiskLevel, Duration> lock = new EnumMap<>(RiskLevel.class);
        lock.put(RiskLevel.LOW, Duration.ofSeconds(5));
        lock.put(RiskLevel.MEDIUM, Duration.ofSeconds(10));
        lock.put(RiskLevel.HIGH, Duration.ofSeconds(30));
        lock.put(RiskLevel.CRITICAL, Duration.ofSeconds(60));
        return new WriteSettings(statement, lock, 100_000, 256L * 1024 * 1024, Duration.ofDays(30), 10, 2, 50, 2);
    }

    public Duration statementTimeout(RiskLevel risk) {
        return statementTimeouts.getOrDefault(risk, statementTimeouts.get(RiskLevel.CRITICAL));
    }

    public Duration lockTimeout(RiskLevel risk) {
        return lockTimeouts.getOrDefault(risk, lockTimeouts.get(RiskLevel.CRITICAL));
    }

    public WriteSettings withBackupLimits(long rows, long bytes) {
        return new WriteSettings(statementTimeouts, lockTimeouts, rows, bytes, retention, tolerancePercent,
                toleranceRows, estimateTolerancePercent, serializationRetries);
    }
}
