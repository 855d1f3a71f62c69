package io.pgwarden.impact.analysis;

import io.pgwarden.contracts.impact.ImpactMethod;
import io.pgwarden.impact.dryrun.TableChange;
import io.pgwarden.impact.estimate.PlanEstimate.Estimate;
import java.util.List;

/**
 * How many rows the write changes, however that was found out.
 *
 * @param method          DRY_RUN when {@code changes} are exact, ESTIMATE when only {@code estimate} is known
 * @param note            why the estimate was used, else null
 * @param estimate        the planner's estimate, or null when EXPLAIN itself failed
 * @param changes         the dry run's changes per table (empty for an estimate or a blocked statement)
 * @param targetUntouched rows of the target the dry run left alone, -1 when not known
 * @param blocker         why the statement cannot succeed, else null
 * @param blockerHint     what to do about the blocker, else null
 */
record Measurement(ImpactMethod method, String note, Estimate estimate, List<TableChange> changes,
        long targetUntouched, String blocker, String blockerHint) {

    Measurement {
        changes = List.copyOf(changes);
    }

    static Measurement dryRun(Estimate estimate, List<TableChange> changes, long targetUntouched) {
        return new Measurement(ImpactMethod.DRY_RUN, null, estimate, changes, targetUntouched, null, null);
    }

    static Measurement estimateOnly(Estimate estimate, String why) {
        return new Measurement(ImpactMethod.ESTIMATE, why, estimate, List.of(), -1, null, null);
    }

    static Measurement blocked(ImpactMethod method, Estimate estimate, String blocker, String hint) {
        return new Measurement(method, method == ImpactMethod.ESTIMATE ? "The planner refused the statement." : null,
                estimate, List.of(), -1, blocker, hint);
    }

    boolean isBlocked() {
        return blocker != null;
    }
}
