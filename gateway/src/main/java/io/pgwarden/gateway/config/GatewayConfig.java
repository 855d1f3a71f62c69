package io.pgwarden.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The gateway's own settings, under {@code pgwarden.gateway}. Each is overridable by environment variable. */
@ConfigMapping(prefix = "pgwarden.gateway")
public interface GatewayConfig {

    /** How long POST /ask and POST /sql wait for the terminal event before answering 202 RUNNING. */
    @WithDefault("30s")
    Duration answerWait();

    /**
     * How far back the lifecycle consumer rewinds when it gets its partitions, so events of requests submitted while
     * it was starting are not missed.
     */
    @WithDefault("2m")
    Duration consumerCatchUp();

    /** Limits on what a user may submit. */
    Limits limits();

    /** The watchdog that ends requests no step answers. */
    Watchdog watchdog();

    /** Request history in the system database. */
    History history();

    /** Per-user rate limit, counted in Redis. */
    RateLimit rateLimit();

    interface Limits {
        /** Longest question accepted, in characters. */
        @WithDefault("2000")
        int questionLength();

        /** Longest SQL text accepted, in characters. */
        @WithDefault("100000")
        int sqlLength();
    }

    interface Watchdog {
        /** A request with no terminal event this long after it started is ended as TIMED_OUT. */
        @WithDefault("60s")
        Duration deadline();

        /** How often the watchdog looks; read by the scheduler as {@code ${pgwarden.gateway.watchdog.interval}}. */
        @WithDefault("5s")
        Duration interval();

        /** How long a finished request's events stay in memory for SSE replay before only the database has it. */
        @WithDefault("15m")
        Duration retention();
    }

    interface History {
        /** How many result rows the history keeps per request; the live answer is not capped by this. */
        @WithDefault("200")
        int storedRows();

        /** How many requests GET /sessions/{id}/requests returns at most. */
        @WithDefault("50")
        int pageSize();
    }

    interface RateLimit {
        /** Whether submissions are rate limited per user. */
        @WithDefault("true")
        boolean enabled();

        /** Submissions (questions and SQL) one user may make per minute. */
        @WithDefault("30")
        int perMinute();
    }
}
