package io.pgwarden.execution.write;

import io.pgwarden.contracts.intent.RiskLevel;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/** The write path's settings, {@code pgwarden.execution.write.*} (defaults in application.properties). */
@ConfigMapping(prefix = "pgwarden.execution.write")
public interface WriteConfig {

    /** statement_timeout by risk level. */
    ByRisk statementTimeout();

    /** lock_timeout by risk level. */
    ByRisk lockTimeout();

    /** Integrity check: allowed difference from the approved dry-run count per table, in percent... */
    @WithDefault("10")
    int tolerancePercent();

    /** ...or in rows, whichever is larger. */
    @WithDefault("2")
    long toleranceRows();

    /** For approvals based on the planner's estimate (only the statement's own table is compared). */
    @WithDefault("50")
    int estimateTolerancePercent();

    @WithDefault("2")
    int serializationRetries();

    /** Writes one user may have running at once on this instance; more are refused as BUSY. */
    @WithDefault("1")
    int maxPerUser();

    /** Writes running at once on one table on this instance; more are refused as BUSY. */
    @WithDefault("1")
    int maxPerTable();

    /** Writes are refused as BUSY while this many backends are active on the target server; 0 turns it off. */
    @WithDefault("60")
    int maxActiveBackends();

    /** How often a running write's session is sampled for execution.progress. */
    @WithDefault("PT1S")
    Duration progressInterval();

    interface ByRisk {
        Duration low();

        Duration medium();

        Duration high();

        Duration critical();

        default Map<RiskLevel, Duration> asMap() {
            Map<RiskLevel, Duration> map = new EnumMap<>(RiskLevel.class);
            map.put(RiskLevel.LOW, low());
            map.put(RiskLevel.MEDIUM, medium());
            map.put(RiskLevel.HIGH, high());
            map.put(RiskLevel.CRITICAL, critical());
            return map;
        }
    }
}
