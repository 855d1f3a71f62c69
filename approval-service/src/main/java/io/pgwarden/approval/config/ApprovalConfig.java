package io.pgwarden.approval.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.Optional;

/**
 * Every setting of approval-service, under {@code pgwarden.approval}; each can be set by environment variable
 * (for example {@code pgwarden.approval.team-lead.escalate-after} is
 * {@code PGWARDEN_APPROVAL_TEAM_LEAD_ESCALATE_AFTER}). docs/approvals.md lists them.
 */
@ConfigMapping(prefix = "pgwarden.approval")
public interface ApprovalConfig {

    /** A team lead approves LOW and MEDIUM writes below this many rows (PRD: 1,000). */
    @WithDefault("1000")
    long teamLeadMaxRows();

    /** A manager approves writes up to HIGH risk below this many rows (PRD: 10,000). */
    @WithDefault("10000")
    long managerMaxRows();

    /** An undecided request moves up one level after this long, unless its level sets its own. */
    @WithDefault("PT30M")
    Duration escalateAfter();

    /** An undecided request expires this long after it was made, unless its first level sets its own. */
    @WithDefault("PT24H")
    Duration expireAfter();

    /** Timers of requests whose (current) level is team lead. */
    LevelTimers teamLead();

    /** Timers of requests whose (current) level is manager. */
    LevelTimers manager();

    /** Timers of requests whose (current) level is director. */
    LevelTimers director();

    /** How often the timer poller looks for due escalations and expiries. */
    @WithDefault("2s")
    Duration timerPoll();

    /** How often unpublished events are retried (they are published at once after each change as well). */
    @WithDefault("1s")
    Duration outboxPoll();

    /** When true, LOW-risk writes below {@link #autoApproveMaxRows()} rows are approved by policy. */
    @WithDefault("false")
    boolean autoApproveLowRisk();

    @WithDefault("10")
    long autoApproveMaxRows();

    @WithName("notify")
    Notify notifications();

    /** Per-level overrides; absent values fall back to the global durations. */
    interface LevelTimers {
        Optional<Duration> escalateAfter();

        Optional<Duration> expireAfter();
    }

    interface Notify {
        Email email();

        Webhook webhook();

        /** How often the sender looks for due notifications. */
        @WithDefault("1s")
        Duration poll();

        /** Deliveries tried per notification before it is reported as failed. */
        @WithDefault("5")
        int maxAttempts();

        /** Wait before the second attempt; it doubles with each further attempt, up to maxBackoff. */
        @WithDefault("PT5S")
        Duration backoff();

        @WithDefault("PT5M")
        Duration maxBackoff();

        /** Link to the web UI in notifications, e.g. https://pgwarden.example/approvals; none when absent. */
        Optional<String> linkBase();
    }

    /** E-mail over SMTP (quarkus.mailer.host/port); the channel is off while no level has a recipient. */
    interface Email {
        @WithDefault("pgwarden@localhost")
        String from();

        /** Comma-separated addresses told about team-lead requests (and their decisions). */
        Optional<String> teamLead();

        Optional<String> manager();

        Optional<String> director();
    }

    /** A Slack-compatible incoming webhook; off when no URL is set. */
    interface Webhook {
        Optional<String> url();

        @WithDefault("5s")
        Duration timeout();
    }
}
