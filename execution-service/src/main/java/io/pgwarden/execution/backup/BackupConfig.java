package io.pgwarden.execution.backup;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Pre-execution backups, {@code pgwarden.execution.backup.*}. */
@ConfigMapping(prefix = "pgwarden.execution.backup")
public interface BackupConfig {

    /** PRD: table-level backups are kept 30 days. */
    @WithDefault("P30D")
    Duration retention();

    /** A change needing a backup of more rows is refused before it runs. */
    @WithDefault("100000")
    long maxRows();

    /** Likewise for the pre-images' size in bytes (their jsonb text). */
    @WithDefault("268435456")
    long maxBytes();

    /** How often expired backups are purged. */
    @WithDefault("PT1H")
    Duration purgeInterval();
}
