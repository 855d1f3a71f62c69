package io.pgwarden.sqlguard;

import io.pgwarden.sqlguard.functions.AllowedFunctions;
import io.pgwarden.sqlguard.functions.FunctionPolicy;

/**
 * The one place SQL text is parsed, classified and judged. Query, impact and execution services and every MCP tool
 * call it; none of them has a second, simpler check of its own.
 *
 * <p>Layer 1 of the read guard: it refuses anything that is not exactly one statement of an accepted kind, free of
 * locking clauses, hidden writes and side-effect functions. It cannot see what a function or operator does inside the
 * database (user-defined operators, functions reached through attribute notation {@code t.f}, type input functions);
 * the executing service's read-only transaction and restricted role are the layer that covers those.
 *
 * <p>Instances are immutable and thread-safe; create one per policy and share it.
 */
public final class SqlGuard {

    private final GuardPolicy policy;
    private final StatementInspector inspector;

    public SqlGuard(GuardPolicy policy) {
        this.policy = policy;
        this.inspector = new StatementInspector(policy,
                new FunctionPolicy(AllowedFunctions.builtIn(), policy.allowedFunctions()));
    }

    public GuardPolicy policy() {
        return policy;
    }

    /**
     * Parses and classifies the text. Never throws: any failure, including an unexpected one inside the guard,
     * becomes a refusal, so that an error can never let a statement through.
     */
    public Inspection inspect(String sql) {
        String text = sql == null ? "" : sql;
        try {
            return inspector.inspect(text);
        } catch (RuntimeException | StackOverflowError unexpected) {
            return StatementInspector.refused(text, null, Refusals.unparseable("The statement could not be analysed ("
                    + unexpected.getClass().getSimpleName() + "), so it is refused. Simplify it and try again."));
        }
    }

    /**
     * Returns the inspection of exactly one read that may run on the read path.
     *
     * @throws SqlRefusedException for anything else: with the statement's own refusal, or WRITE_IN_READ for a write
     */
    public Inspection requireSafeRead(String sql) {
        Inspection inspection = inspect(sql);
        Refusal refusal = inspection.readRefusal().orElse(null);
        if (refusal != null) {
            throw new SqlRefusedException(refusal, inspection);
        }
        return inspection;
    }

    /**
     * Returns the inspection of exactly one acceptable statement: a safe read, or an INSERT, UPDATE, DELETE or MERGE
     * free of hidden writes, locking clauses and forbidden functions, ready for impact analysis.
     *
     * @throws SqlRefusedException for anything else, with the category saying why (DDL_BLOCKED, UTILITY_STATEMENT,
     *                             TRANSACTION_CONTROL, SESSION_CONTROL, ...)
     */
    public Inspection requireSingleStatement(String sql) {
        Inspection inspection = inspect(sql);
        Refusal refusal = inspection.refusal().orElse(null);
        if (refusal != null) {
            throw new SqlRefusedException(refusal, inspection);
        }
        return inspection;
    }
}
