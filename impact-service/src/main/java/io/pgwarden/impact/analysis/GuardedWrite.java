package io.pgwarden.impact.analysis;

import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.contracts.sql.SqlParameter;
import io.pgwarden.kit.error.PipelineException;
import io.pgwarden.sqlguard.Inspection;
import io.pgwarden.sqlguard.SqlGuard;
import java.util.List;

/**
 * Re-checks a statement with the SQL guard before impact analysis runs it: whatever the event says, only exactly
 * one INSERT, UPDATE, DELETE or MERGE that the guard accepts is analysed.
 */
public final class GuardedWrite {

    private GuardedWrite() {
    }

    /**
     * @throws io.pgwarden.sqlguard.SqlRefusedException for anything the guard refuses (DDL, several statements, ...)
     * @throws PipelineException                              for an acceptable statement that is not a write
     */
    public static WriteStatement accept(SqlGuard guard, String sql, List<SqlParameter> parameters) {
        Inspection inspection = guard.requireSingleStatement(sql);
        if (!inspection.kind().isWrite() || inspection.targetTable().isEmpty()) {
            throw new PipelineException(ErrorCode.REFUSED_BY_POLICY, "Impact analysis measures INSERT, UPDATE, DELETE"
                    + " and MERGE statements; this is a " + inspection.kind() + " statement, so it was not run.",
                    "Submit reads as questions or SQL on their own; they need no approval.");
        }
        return new WriteStatement(inspection.statement(), parameters, inspection.kind(),
                inspection.targetTable().get(), inspection.hasWhereClause());
    }
}
