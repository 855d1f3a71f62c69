package io.pgwarden.contracts.approval;

/** Who must approve a write, from the PRD's approval matrix; each level is a role on the gateway's tokens. */
public enum ApprovalLevel {
    /** Level 1: a team lead. */
    TEAM_LEAD("team-lead", 1),
    /** Level 2: a manager. */
    MANAGER("manager", 2),
    /** Level 3: a director. */
    DIRECTOR("director", 3);

    private final String role;
    private final int rank;

    ApprovalLevel(String role, int rank) {
        this.role = role;
        this.rank = rank;
    }

    /** The gateway token role that holds this level. */
    public String role() {
        return role;
    }

    /** 1, 2 or 3: a holder of a higher level may approve what a lower level may. */
    public int rank() {
        return rank;
    }

    /** The level an unanswered request escalates to; a director's request stays with directors. */
    public ApprovalLevel next() {
        return this == DIRECTOR ? DIRECTOR : values()[ordinal() + 1];
    }
}
