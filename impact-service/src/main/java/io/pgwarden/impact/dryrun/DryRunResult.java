package io.pgwarden.impact.dryrun;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * What the dry run saw: the rows it changed per table, or the error that stopped the statement.
 *
 * @param changes         rows changed per table, in no particular order; empty when the statement failed
 * @param targetUntouched rows of the target table the statement left alone, or -1 when not known
 * @param failure         the database's error when the statement failed, else empty
 */
public record DryRunResult(List<TableChange> changes, long targetUntouched, Optional<SQLException> failure) {

    public DryRunResult {
        changes = List.copyOf(changes);
    }

    static DryRunResult completed(List<TableChange> changes, long targetUntouched) {
        return new DryRunResult(changes, targetUntouched, Optional.empty());
    }

    static DryRunResult failed(SQLException failure) {
        return new DryRunResult(List.of(), -1, Optional.of(failure));
    }
}
