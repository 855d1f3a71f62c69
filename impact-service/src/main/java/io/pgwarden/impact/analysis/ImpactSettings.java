package io.pgwarden.impact.analysis;

import io.pgwarden.impact.risk.RiskThresholds;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the analysis behaves; built from {@code pgwarden.impact.*} in the service and directly in tests.
 *
 * @param dryRunEnabled         false to use the planner's estimate only
 * @param statementTimeout      the longest the dry run (and every catalog query) may run
 * @param lockTimeout           the longest the dry run waits for a lock before it gives up
 * @param dryRunMaxRows         the planner's row estimate above which the statement is not dry run
 * @param protectedSchemas      schemas whose tables are system data (pg_catalog and information_schema always are)
 * @param refuseProtectedSchemas whether a write to a protected schema is refused rather than only rated CRITICAL
 * @param sensitiveColumns      extra sensitive columns, {@code schema.table.column} or {@code table.column}
 * @param risk                  the risk matrix's thresholds
 */
public record ImpactSettings(boolean dryRunEnabled, Duration statementTimeout, Duration lockTimeout,
        long dryRunMaxRows, Set<String> protectedSchemas, boolean refuseProtectedSchemas,
        Set<String> sensitiveColumns, RiskThresholds risk) {

    public static final Set<String> SYSTEM_SCHEMAS = Set.of("pg_catalog", "information_schema", "pg_toast");

    public ImpactSettings {
        protectedSchemas = protectedSchemas.stream().map(String::trim).filter(schema -> !schema.isEmpty())
                .map(schema -> schema.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        sensitiveColumns = Set.copyOf(sensitiveColumns);
    }

    public static ImpactSettings defaults() {
        return new ImpactSettings(true, Duration.ofSeconds(5), Duration.ofSeconds(1), 100_000,
                Set.of("pgwarden", "execution", "approval", "audit", "gateway", "impact"), true, Set.of(),
                RiskThresholds.defaults());
    }

    public boolean isProtected(String schema) {
        return SYSTEM_SCHEMAS.contains(schema) || schema.startsWith("pg_temp") || schema.startsWith("pg_toast")
                || protectedSchemas.contains(schema.toLowerCase(Locale.ROOT));
    }

    public ImpactSettings withDryRunMaxRows(long rows) {
        return new ImpactSettings(dryRunEnabled, statementTimeout, lockTimeout, rows, protectedSchemas,
                refuseProtectedSchemas, sensitiveColumns, risk);
    }

    public ImpactSettings withLockTimeout(Duration timeout) {
        return new ImpactSettings(dryRunEnabled, statementTimeout, timeout, dryRunMaxRows, protectedSchemas,
                refuseProtectedSchemas, sensitiveColumns, risk);
    }

    public ImpactSettings withProtectedSchemas(Set<String> schemas, boolean refuse) {
        return new ImpactSettings(dryRunEnabled, statementTimeout, lockTimeout, dryRunMaxRows, schemas, refuse,
                sensitiveColumns, risk);
    }

    public ImpactSettings withSensitiveColumns(Set<String> columns) {
        return new ImpactSettings(dryRunEnabled, statementTimeout, lockTimeout, dryRunMaxRows, protectedSchemas,
                refuseProtectedSchemas, columns, risk);
    }
}
