package io.pgwarden.execution.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Limits of the read path. */
@ConfigMapping(prefix = "pgwarden.execution.read")
public interface ExecutionConfig {

    /** At most this many rows are returned; the result says when there were more (PRD default 1000). */
    @WithDefault("1000")
    int rowLimit();

    /** statement_timeout of a read (PRD default 30 s). */
    @WithDefault("PT30S")
    Duration statementTimeout();

    /** lock_timeout of a read: a read waits this long at most for a lock. */
    @WithDefault("PT5S")
    Duration lockTimeout();

    /** idle_in_transaction_session_timeout: a connection left inside a transaction is closed by the server. */
    @WithDefault("PT60S")
    Duration idleInTransactionTimeout();

    /** Reads one user may have running at once on this instance. */
    @WithDefault("2")
    int maxPerUser();

    /** Reads that may run at once on this instance, all users together. */
    @WithDefault("8")
    int maxConcurrent();

    /** How long a read waits in the queue for a free place before it is refused as BUSY. */
    @WithDefault("PT5S")
    Duration queueWait();

    /** Rows fetched per round trip through the cursor. */
    @WithDefault("250")
    int fetchSize();

    /**
     * A table with at least this many estimated rows (pg_class.reltuples) is large: when a read scans it in full to
     * filter on a column no index leads with, the result suggests an index. 0 turns the suggestions off.
     */
    @WithDefault("10000")
    long largeTableRows();

    /** Refusing reads while the target database itself is busy (layer 5, beside the concurrency limits above). */
    Load load();

    /** The read-result cache in Redis (PRD: 5 minutes). */
    Cache cache();

    interface Load {

        /**
         * Active client backends on the database server (from pg_stat_activity) at or above which new reads are
         * refused as BUSY; 0 turns the check off. The reader login sees other logins' sessions only with
         * pg_read_all_stats (docs/security.md).
         */
        @WithDefault("40")
        int maxActiveBackends();

        /** pg_stat_activity is read at most this often; reads in between use the latest sample. */
        @WithDefault("PT1S")
        Duration sampleInterval();
    }

    interface Cache {

        @WithDefault("true")
        boolean enabled();

        /** How long a read's result is served from the cache. */
        @WithDefault("PT5M")
        Duration ttl();

        /** How long the target database's schema version (a catalog fingerprint) is reused before it is read again. */
        @WithDefault("PT2S")
        Duration schemaVersionTtl();
    }
}
