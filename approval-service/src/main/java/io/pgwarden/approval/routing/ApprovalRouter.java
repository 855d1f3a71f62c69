package io.pgwarden.approval.routing;

import io.pgwarden.contracts.approval.ApprovalLevel;
import io.pgwarden.contracts.intent.RiskLevel;

/**
 * The PRD's approval matrix: Level 1 (team lead) for LOW-MEDIUM risk under 1K rows, Level 2 (manager) for HIGH risk
 * under 10K rows, Level 3 (director) for CRITICAL risk at any volume. A write outside its risk's row bound goes one
 * level up, so a MEDIUM write of 5,000 rows needs a manager and a HIGH write of 50,000 rows a director.
 */
public final class ApprovalRouter {

    private final long teamLeadMaxRows;
    private final long managerMaxRows;

    /**
     * @param teamLeadMaxRows a team lead approves LOW and MEDIUM writes below this many rows (PRD: 1,000)
     * @param managerMaxRows  a manager approves writes up to HIGH risk below this many rows (PRD: 10,000)
     */
    public ApprovalRouter(long teamLeadMaxRows, long managerMaxRows) {
        if (teamLeadMaxRows <= 0 || managerMaxRows < teamLeadMaxRows) {
            throw new IllegalArgumentException("row bounds must be positive and the manager's at least the lead's");
        }
        this.teamLeadMaxRows = teamLeadMaxRows;
        this.managerMaxRows = managerMaxRows;
    }

    public ApprovalLevel route(RiskLevel risk, long affectedRows) {
        if (affectedRows < 0) {
            throw new IllegalArgumentException("affected rows cannot be negative: " + affectedRows);
        }
        return switch (risk) {
            case LOW, MEDIUM -> affectedRows < teamLeadMaxRows ? ApprovalLevel.TEAM_LEAD
                    : affectedRows < managerMaxRows ? ApprovalLevel.MANAGER : ApprovalLevel.DIRECTOR;
            case HIGH -> affectedRows < managerMaxRows ? ApprovalLevel.MANAGER : ApprovalLevel.DIRECTOR;
            case CRITICAL -> ApprovalLevel.DIRECTOR;
        };
    }
}
