package io.pgwarden.intent.domain.assess;

import io.pgwarden.contracts.intent.IntentType;
import io.pgwarden.contracts.intent.RiskLevel;

/**
 * The PRD's risk matrix, from the intent alone: a base score per statement type (insert 3, update 5, delete 7),
 * plus 2 when several tables are involved and 2 when a change reaches every row, read as LOW up to 2, MEDIUM up to
 * 5, HIGH up to 8 and CRITICAL above. Reads are LOW: they run in a read-only transaction. impact-service measures
 * the real risk of a write before anyone approves it.
 */
public final class RiskEstimator {

    /** How much of the table a write reaches, as far as the question says. */
    public enum Scope {
        /** Rows picked by a filter or a key. */
        FILTERED,
        /** Every row, or the question does not say which rows (assumed to be every row). */
        ALL_ROWS
    }

    public RiskLevel estimate(IntentType type, int tables, Scope scope) {
        switch (type) {
            case SELECT:
            case META:
                return RiskLevel.LOW;
            case DDL:
                return RiskLevel.CRITICAL;
            default:
                break;
        }
        int score = switch (type) {
            case INSERT -> 3;
            case UPDATE -> 5;
            default -> 7;
        };
        if (tables > 1) {
            score += 2;
        }
        if (scope == Scope.ALL_ROWS && type != IntentType.INSERT) {
            score += 2;
        }
        if (score <= 2) {
            return RiskLevel.LOW;
        }
        if (score <= 5) {
            return RiskLevel.MEDIUM;
        }
        return score <= 8 ? RiskLevel.HIGH : RiskLevel.CRITICAL;
    }
}
