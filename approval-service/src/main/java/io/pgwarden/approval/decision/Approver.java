package io.pgwarden.approval.decision;

import io.pgwarden.contracts.approval.ApprovalLevel;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;

/**
 * The person deciding, as the gateway authenticated them: a user id and the roles of their token. Which roles hold
 * which approval level is {@link ApprovalLevel#role()}.
 */
public record Approver(String user, Set<String> roles) {

    public Approver {
        roles = Set.copyOf(roles);
    }

    /** The highest approval level among the roles, or empty for someone who approves nothing (an analyst). */
    public Optional<ApprovalLevel> level() {
        return Arrays.stream(ApprovalLevel.values()).filter(level -> roles.contains(level.role()))
                .max(Comparator.comparingInt(ApprovalLevel::rank));
    }

    /** True when this person may act on what {@code required} may: the same level or a higher one. */
    public boolean holds(ApprovalLevel required) {
        return level().map(own -> own.rank() >= required.rank()).orElse(false);
    }
}
