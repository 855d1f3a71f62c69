package io.pgwarden.approval.api;

import io.pgwarden.approval.decision.Approver;
import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.kit.error.PipelineException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The acting user as the gateway passes it: {@code X-Pgwarden-User} and {@code X-Pgwarden-Roles}. */
final class Actors {

    static final String USER = "X-Pgwarden-User";
    static final String ROLES = "X-Pgwarden-Roles";

    private Actors() {
    }

    static Approver of(String user, String roles) {
        if (user == null || user.isBlank()) {
            throw new PipelineException(ErrorCode.BAD_REQUEST, "Who is deciding is missing: no " + USER + " header.",
                    "The gateway passes the authenticated user in " + USER + " and their roles in " + ROLES + ".");
        }
        return new Approver(user.strip(), roles(roles));
    }

    static Set<String> roles(String roles) {
        return roles == null ? Set.of() : Arrays.stream(roles.split(",")).map(String::strip)
                .filter(r -> !r.isEmpty()).collect(Collectors.toSet());
    }
}
