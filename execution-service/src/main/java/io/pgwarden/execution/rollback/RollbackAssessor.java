package io.pgwarden.execution.rollback;

import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.contracts.event.ImpactAssessed;
import io.pgwarden.contracts.event.RollbackRequested;
import io.pgwarden.contracts.event.RollbackTarget;
import io.pgwarden.contracts.impact.ImpactMethod;
import io.pgwarden.contracts.impact.ImpactReport;
import io.pgwarden.contracts.impact.TableImpact;
import io.pgwarden.contracts.intent.RiskLevel;
import io.pgwarden.contracts.plan.WorkflowPlan;
import io.pgwarden.contracts.sql.StatementKind;
import io.pgwarden.execution.backup.BackupStore;
import io.pgwarden.execution.backup.BackupStore.BackupHeader;
import io.pgwarden.execution.backup.BackupStore.RowCounts;
import io.pgwarden.kit.error.PipelineException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The impact step of a rollback (PRD generate_rollback_plan): finds the backup, detects rows changed since the
 * original write, and describes the restore as a write for approval. Risk (docs/rollback.md):
 * MEDIUM for a restore without conflicts, HIGH above {@value #LARGE_RESTORE} rows, CRITICAL when it restores over
 * rows other people changed since (the requester chose to overwrite their changes).
 */
public final class RollbackAssessor {

    static final long LARGE_RESTORE = 1000;
    private static final int LISTED_CONFLICTS = 20;

    private RollbackAssessor() {
    }

    public static ImpactAssessed assess(Connection connection, RollbackRequested request, String database)
            throws SQLException {
        BackupHeader header = usableBackup(connection, request.originalRequestId(), request.backupId());
        List<String> conflicts = ConflictDetector.conflicts(connection, header.backupId());
        if (!conflicts.isEmpty() && !request.applyDespiteConflicts()) {
            throw new PipelineException(ErrorCode.CONFLICT,
                    conflicts.size() + " rows changed after the original write, and restoring would undo those"
                            + " changes too: " + summary(conflicts) + ". Nothing was restored.",
                    "Review the listed rows. To restore over them, request the rollback again with"
                            + " applyDespiteConflicts=true.");
        }
        Map<String, RowCounts> counts = BackupStore.counts(connection, header.backupId());
        List<TableImpact> tables = new ArrayList<>();
        long reinsert = 0;
        long restore = 0;
        long remove = 0;
        for (Map.Entry<String, RowCounts> entry : counts.entrySet()) {
            RowCounts c = entry.getValue();
            tables.add(new TableImpact(entry.getKey(), c.deleted(), c.updated(), c.inserted(), "statement"));
            reinsert += c.deleted();
            restore += c.updated();
            remove += c.inserted();
        }
        long total = reinsert + restore + remove;
        StatementKind kind = reinsert >= restore && reinsert >= remove ? StatementKind.INSERT
                : restore >= remove ? StatementKind.UPDATE : StatementKind.DELETE;
        List<String> reasons = new ArrayList<>();
        RiskLevel risk = RiskLevel.MEDIUM;
        reasons.add("A rollback rewrites committed data.");
        if (total > LARGE_RESTORE) {
            risk = RiskLevel.HIGH;
            reasons.add("It restores " + total + " rows, more than " + LARGE_RESTORE + ".");
        }
        if (!conflicts.isEmpty()) {
            risk = RiskLevel.CRITICAL;
            reasons.add("It overwrites " + conflicts.size() + " rows changed after the original write.");
        }
        List<String> warnings = new ArrayList<>();
        if (!conflicts.isEmpty()) {
            warnings.add("Restoring over later changes: " + summary(conflicts));
        }
        warnings.add("Triggers do not fire during the restore: rows are put back exactly as backed up.");
        ImpactReport impact = new ImpactReport(ImpactMethod.DRY_RUN,
                "Exact counts from backup " + header.backupId() + ", not a dry run.", tables, total, List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), false, false, risk, reasons,
                "Level 1: the restore runs in one transaction and rolls back on any error. Level 3: the state"
                        + " before the original write is at WAL position " + header.lsn() + " ("
                        + header.createdAt() + ").",
                warnings);
        String explanation = "Undoes request " + header.requestId() + " (transaction " + header.txid() + ", "
                + header.createdAt() + ") from its backup" + (request.reason() == null || request.reason().isBlank()
                        ? "." : ": " + request.reason());
        return new ImpactAssessed(WorkflowPlan.rollback(), description(header.backupId(), counts), List.of(), kind,
                explanation, "rollback", database, impact, new RollbackTarget(request.originalRequestId(),
                        header.backupId(), conflicts, request.applyDespiteConflicts()));
    }

    /** The backup exists, belongs to that request, has not expired and has not been restored already. */
    static BackupHeader usableBackup(Connection connection, String originalRequestId, String backupId)
            throws SQLException {
        BackupHeader header = BackupStore.header(connection, backupId).orElseThrow(() -> new PipelineException(
                ErrorCode.NOT_FOUND, "There is no backup " + backupId + " (it may have expired and been purged).",
                "Check the backup id in the original request's result; PITR remains possible (docs/rollback.md)."));
        if (!header.requestId().equals(originalRequestId)) {
            throw new PipelineException(ErrorCode.BAD_REQUEST,
                    "Backup " + backupId + " belongs to request " + header.requestId() + ", not to "
                            + originalRequestId + ".",
                    "Use the backup id reported with the original request's result.");
        }
        if (header.expiresAt().isBefore(Instant.now())) {
            throw new PipelineException(ErrorCode.CONFLICT,
                    "Backup " + backupId + " expired at " + header.expiresAt() + " and can no longer be restored.",
                    "Ask an operator about point-in-time recovery to WAL position " + header.lsn()
                            + " (docs/rollback.md).");
        }
        if (header.restoredBy() != null) {
            throw new PipelineException(ErrorCode.CONFLICT,
                    "Backup " + backupId + " was already restored (approval " + header.restoredBy() + ").",
                    "Nothing to undo; the change was already rolled back.");
        }
        return header;
    }

    /** A readable, deterministic description of the restore: the "SQL" an approver reads and approves. */
    public static String description(String backupId, Map<String, RowCounts> counts) {
        StringBuilder text = new StringBuilder("-- restore backup ").append(backupId).append(':');
        counts.forEach((table, c) -> {
            List<String> parts = new ArrayList<>();
            if (c.deleted() > 0) {
                parts.add("re-insert " + c.deleted() + " rows");
            }
            if (c.updated() > 0) {
                parts.add("restore " + c.updated() + " rows");
            }
            if (c.inserted() > 0) {
                parts.add("delete " + c.inserted() + " rows");
            }
            text.append(' ').append(String.join(", ", parts)).append(" of ").append(table).append(';');
        });
        return text.toString();
    }

    static String summary(List<String> conflicts) {
        List<String> shown = conflicts.subList(0, Math.min(LISTED_CONFLICTS, conflicts.size()));
        String text = String.join("; ", shown);
        return conflicts.size() > shown.size() ? text + "; and " + (conflicts.size() - shown.size()) + " more"
                : text;
    }
}
