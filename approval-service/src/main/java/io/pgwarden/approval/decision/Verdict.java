package io.pgwarden.approval.decision;

import io.pgwarden.approval.store.Vote;
import io.pgwarden.contracts.approval.ApprovalLevel;
import io.pgwarden.contracts.approval.ApprovalOutcome;
import io.pgwarden.contracts.error.ErrorCode;
import java.util.List;

/** What the rules made of one decision. */
public sealed interface Verdict {

    /** Not allowed; nothing changes. The message says why and the hint what to do. */
    record Refused(ErrorCode code, String message, String hint) implements Verdict {
    }

    /** The vote is recorded but the request stays open: the first half of an emergency override. */
    record Recorded(Vote vote) implements Verdict {
    }

    /** The vote ends the request. */
    record Final(Vote vote, ApprovalOutcome outcome, ApprovalLevel level, List<String> decidedBy, String comment,
            boolean emergency) implements Verdict {

        public Final {
            decidedBy = List.copyOf(decidedBy);
        }
    }
}
