package io.pgwarden.sqlguard.functions;

import java.util.List;
import java.util.Optional;

/**
 * Functions with side effects that no statement may call, whatever the policy allows.
 *
 * <p>Most of these are not on the allow-list anyway, so they would be refused as unknown; listing them here gives the
 * user the real reason and stops an operator from allowing one by mistake. A {@code *} in a rule matches any run of
 * characters in its place. Names match in any schema: {@code public.pg_sleep} is refused too, because a user function
 * named like a dangerous built-in is suspicious and an unqualified call would reach the built-in first.
 *
 * <p>{@code currval} and {@code lastval} are denied although they only read: with pooled connections they reveal the
 * sequence values another request produced, and in a fresh session they only raise errors.
 */
public final class DeniedFunctions {

    private record Rule(String pattern, DenyReason reason) {

        boolean matches(String name) {
            int star = pattern.indexOf('*');
            if (star < 0) {
                return name.equals(pattern);
            }
            String prefix = pattern.substring(0, star);
            String suffix = pattern.substring(star + 1);
            return name.length() >= prefix.length() + suffix.length() && name.startsWith(prefix)
                    && name.endsWith(suffix);
        }
    }

    private static final List<Rule> RULES = List.of(
            new Rule("pg_sleep*", DenyReason.SLEEP),
            new Rule("pg_cancel_backend", DenyReason.SERVER_CONTROL),
            new Rule("pg_terminate_backend", DenyReason.SERVER_CONTROL),
            new Rule("pg_signal_backend", DenyReason.SERVER_CONTROL),
            new Rule("pg_reload_conf", DenyReason.SERVER_CONTROL),
            new Rule("pg_rotate_logfile*", DenyReason.SERVER_CONTROL),
            new Rule("pg_log_backend_memory_contexts", DenyReason.SERVER_CONTROL),
            new Rule("pg_log_standby_snapshot", DenyReason.SERVER_CONTROL),
            new Rule("pg_import_system_collations", DenyReason.SERVER_CONTROL),
            new Rule("pg_promote", DenyReason.REPLICATION),
            new Rule("set_config", DenyReason.CONFIGURATION),
            new Rule("setseed", DenyReason.CONFIGURATION),
            new Rule("lo_*", DenyReason.LARGE_OBJECT),
            new Rule("loread", DenyReason.LARGE_OBJECT),
            new Rule("lowrite", DenyReason.LARGE_OBJECT),
            new Rule("pg_read_file", DenyReason.FILE_ACCESS),
            new Rule("pg_read_binary_file", DenyReason.FILE_ACCESS),
            new Rule("pg_ls_*", DenyReason.FILE_ACCESS),
            new Rule("pg_stat_file", DenyReason.FILE_ACCESS),
            new Rule("pg_file_*", DenyReason.FILE_ACCESS),
            new Rule("pg_logdir_ls", DenyReason.FILE_ACCESS),
            new Rule("pg_current_logfile", DenyReason.FILE_ACCESS),
            new Rule("nextval", DenyReason.SEQUENCE),
            new Rule("setval", DenyReason.SEQUENCE),
            new Rule("currval", DenyReason.SEQUENCE),
            new Rule("lastval", DenyReason.SEQUENCE),
            new Rule("pg_sequence_last_value", DenyReason.SEQUENCE),
            new Rule("pg_advisory_*", DenyReason.ADVISORY_LOCK),
            new Rule("pg_try_advisory_*", DenyReason.ADVISORY_LOCK),
            new Rule("dblink*", DenyReason.REMOTE_CONNECTION),
            new Rule("postgres_fdw*", DenyReason.REMOTE_CONNECTION),
            new Rule("pg_create_*", DenyReason.REPLICATION),
            new Rule("pg_drop_replication_slot", DenyReason.REPLICATION),
            new Rule("pg_copy_*_replication_slot", DenyReason.REPLICATION),
            new Rule("pg_replication_slot_advance", DenyReason.REPLICATION),
            new Rule("pg_replication_origin_*", DenyReason.REPLICATION),
            new Rule("pg_logical_*", DenyReason.REPLICATION),
            new Rule("pg_switch_wal", DenyReason.REPLICATION),
            new Rule("pg_switch_xlog", DenyReason.REPLICATION),
            new Rule("pg_wal_replay_*", DenyReason.REPLICATION),
            new Rule("pg_xlog_replay_*", DenyReason.REPLICATION),
            new Rule("pg_backup_*", DenyReason.REPLICATION),
            new Rule("pg_start_backup", DenyReason.REPLICATION),
            new Rule("pg_stop_backup", DenyReason.REPLICATION),
            new Rule("txid_*", DenyReason.TRANSACTION_ID),
            new Rule("pg_current_xact_id*", DenyReason.TRANSACTION_ID),
            new Rule("pg_export_snapshot", DenyReason.TRANSACTION_ID),
            new Rule("query_to_*", DenyReason.SQL_TEXT_RUNNER),
            new Rule("cursor_to_*", DenyReason.SQL_TEXT_RUNNER),
            new Rule("table_to_*", DenyReason.SQL_TEXT_RUNNER),
            new Rule("schema_to_*", DenyReason.SQL_TEXT_RUNNER),
            new Rule("database_to_*", DenyReason.SQL_TEXT_RUNNER),
            new Rule("pg_notify", DenyReason.NOTIFICATION),
            new Rule("pg_stat_reset*", DenyReason.STATISTICS_RESET),
            new Rule("pg_stat_statements_reset", DenyReason.STATISTICS_RESET),
            new Rule("binary_upgrade_*", DenyReason.SERVER_CONTROL));

    private DeniedFunctions() {
    }

    /** Returns why {@code name} (a bare function name, as PostgreSQL looks it up) is denied, if it is. */
    public static Optional<DenyReason> reasonFor(String name) {
        return RULES.stream().filter(rule -> rule.matches(name)).map(Rule::reason).findFirst();
    }
}
