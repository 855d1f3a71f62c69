package io.pgwarden.approval.routing;

/** Who must approve a write, from the PRD's approval matrix. */
public enum ApprovalLevel {
    /** Level 1: a team lead. */
    TEAM_LEAD("team-lead"),
    /** Level 2: a manager. */
    MANAGER("manager"),
    /** Level 3: a director. */
    DIRECTOR("director");

    private final String role;

    ApprovalLevel(String role) {
        this.role = role;
    }

    /** The gateway token role that holds this level. */
    public String role() {
        return role;
    }
}
