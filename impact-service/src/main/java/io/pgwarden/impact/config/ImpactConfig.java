package io.pgwarden.impact.config;

import io.pgwarden.contracts.intent.RiskLevel;
import io.pgwarden.impact.analysis.ImpactSettings;
import io.pgwarden.impact.risk.RiskThresholds;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Impact analysis settings; application.properties documents each key. */
@ConfigMapping(prefix = "pgwarden.impact")
public interface ImpactConfig {

    DryRun dryRun();

    /** Schemas whose tables are system data, beside pg_catalog and information_schema. */
    @WithDefault("pgwarden_recovery,pgwarden,execution,approval,audit,gateway,impact")
    List<String> protectedSchemas();

    /** Whether a write to a protected schema is refused (true) or only rated CRITICAL. */
    @WithDefault("true")
    boolean refuseProtectedSchemas();

    /** Extra sensitive columns: schema.table.column or table.column. */
    Optional<List<String>> sensitiveColumns();

    Risk risk();

    interface DryRun {

        @WithDefault("true")
        boolean enabled();

        @WithDefault("PT5S")
        Duration statementTimeout();

        @WithDefault("PT1S")
        Duration lockTimeout();

        @WithDefault("100000")
        long maxEstimatedRows();
    }

    interface Risk {

        @WithDefault("100")
        long mediumRows();

        @WithDefault("10000")
        long highRows();

        @WithDefault("1")
        int mediumMaxCascadeLevels();

        @WithDefault("3")
        int mediumMaxTables();

        @WithDefault("HIGH")
        RiskLevel allRowsMinimum();

        @WithDefault("MEDIUM")
        RiskLevel personalDataMinimum();

        @WithDefault("MEDIUM")
        RiskLevel estimateMinimum();

        @WithDefault("security,financial,configured")
        List<String> criticalCategories();
    }

    default ImpactSettings settings() {
        Risk risk = risk();
        RiskThresholds thresholds = new RiskThresholds(risk.mediumRows(), risk.highRows(),
                risk.mediumMaxCascadeLevels(), risk.mediumMaxTables(), risk.allRowsMinimum(),
                risk.personalDataMinimum(), risk.estimateMinimum(), new HashSet<>(risk.criticalCategories()));
        Set<String> sensitive = new HashSet<>(sensitiveColumns().orElse(List.of()));
        return new ImpactSettings(dryRun().enabled(), dryRun().statementTimeout(), dryRun().lockTimeout(),
                dryRun().maxEstimatedRows(), new HashSet<>(protectedSchemas()), refuseProtectedSchemas(), sensitive,
                thresholds);
    }
}
