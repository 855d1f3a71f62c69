package io.pgwarden.approval.notify;

import io.pgwarden.approval.store.ApprovalRecord;
import java.util.Optional;

/** Writes what a notification says: what is asked, of whom, by when, and where to decide. */
public final class NotificationMessages {

    private final Optional<String> linkBase;

    public NotificationMessages(Optional<String> linkBase) {
        this.linkBase = linkBase;
    }

    public NotificationMessage requested(ApprovalRecord record) {
        return new NotificationMessage(NotificationTopic.REQUESTED,
                "[pgwarden] Approval needed (" + record.requiredLevel().role() + "): " + record.summary(),
                record.requester() + " asks to run a write that needs a " + record.requiredLevel().role()
                        + " approval.\n\n" + details(record)
                        + (record.escalatesAt() == null ? "" : "Escalates at: " + record.escalatesAt() + "\n")
                        + "Expires at: " + record.expiresAt() + "\n" + link(record));
    }

    public NotificationMessage escalated(ApprovalRecord record, String reason) {
        return new NotificationMessage(NotificationTopic.ESCALATED,
                "[pgwarden] Approval escalated to " + record.requiredLevel().role() + ": " + record.summary(),
                "Nobody decided in time (" + reason + "), so this request now needs a "
                        + record.requiredLevel().role() + " approval.\n\n" + details(record) + "Expires at: "
                        + record.expiresAt() + "\n" + link(record));
    }

    public NotificationMessage decided(ApprovalRecord record) {
        String by = record.decidedBy().isEmpty() ? "" : " by " + String.join(" and ", record.decidedBy());
        return new NotificationMessage(NotificationTopic.DECIDED,
                "[pgwarden] " + record.state() + ": " + record.summary(),
                "The write requested by " + record.requester() + " was " + record.state().name().toLowerCase()
                        + by + (record.emergency() ? " (emergency override)" : "")
                        + (record.autoApproved() ? " (approved by policy)" : "") + ".\n"
                        + (record.comment() == null ? "" : "Comment: " + record.comment() + "\n") + "\n"
                        + details(record) + link(record));
    }

    private static String details(ApprovalRecord record) {
        StringBuilder text = new StringBuilder();
        text.append("Approval: ").append(record.approvalId()).append('\n');
        text.append("Request: ").append(record.requestId()).append('\n');
        text.append("Database: ").append(record.database()).append('\n');
        text.append("Risk: ").append(record.risk()).append(", ").append(record.totalRows()).append(" rows (")
                .append(record.impact().method()).append(")\n");
        record.impact().tables().forEach(t -> text.append("  ").append(t.table()).append(": +").append(t.inserted())
                .append(" ~").append(t.updated()).append(" -").append(t.deleted()).append(" (").append(t.cause())
                .append(")\n"));
        text.append("SQL: ").append(record.sql()).append('\n');
        return text.toString();
    }

    private String link(ApprovalRecord record) {
        return linkBase.map(base -> "Decide at: " + base.replaceAll("/+$", "") + "/" + record.approvalId() + "\n")
                .orElse("");
    }
}
