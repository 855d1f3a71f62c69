package io.pgwarden.impact.dryrun;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgwarden.contracts.sql.StatementKind;
import io.pgwarden.impact.dryrun.DryRunFailure.Meaning;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DryRunFailureTest {

    private static Meaning meaning(String state) {
        return DryRunFailure.of(new SQLException("failed", state), StatementKind.DELETE).meaning();
    }

    @Test
    void timeLimitsLocksAndConcurrentChangesFallBackToTheEstimate() {
        assertThat(meaning("57014")).isEqualTo(Meaning.FALLBACK);
        assertThat(meaning("55P03")).isEqualTo(Meaning.FALLBACK);
        assertThat(meaning("40001")).isEqualTo(Meaning.FALLBACK);
        assertThat(meaning("40P01")).isEqualTo(Meaning.FALLBACK);
    }

    @Test
    void constraintDataAndTriggerErrorsMeanTheStatementCannotSucceed() {
        for (String state : new String[] {"23503", "23505", "23502", "23514", "23P01", "22003", "22P02", "P0001"}) {
            assertThat(meaning(state)).as(state).isEqualTo(Meaning.BLOCKER);
        }
    }

    @Test
    void otherErrorsAreTheStatementsFault() {
        assertThat(meaning("42703")).isEqualTo(Meaning.ERROR);
        assertThat(meaning("42501")).isEqualTo(Meaning.ERROR);
    }
}
