package io.pgwarden.impact.rollback;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgwarden.contracts.impact.TableImpact;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RollbackPlannerTest {

    @Test
    void saysWhatIsBackedUpAndHowEachKindOfChangeIsRestored() {
        String plan = RollbackPlanner.plan(List.of(
                new TableImpact("s.accounts", 0, 0, 2, "statement"),
                new TableImpact("s.orders", 0, 1, 0, "trigger"),
                new TableImpact("s.audit", 3, 0, 0, "trigger")),
                Map.of("s.accounts", List.of("id"), "s.orders", List.of("id"), "s.audit", List.of("id")));
        assertThat(plan).contains("back up 2 rows of s.accounts as full pre-images by (id)")
                .contains("1 row of s.orders as full pre-images by (id)")
                .contains("the keys of 3 inserted rows of s.audit (id)")
                .contains("re-insert 2 deleted rows into s.accounts")
                .contains("write back 1 updated row of s.orders by (id)")
                .contains("delete 3 inserted rows of s.audit by (id)")
                .doesNotContain("no primary key");
    }

    @Test
    void aTableWithoutPrimaryKeyIsCalledOut() {
        assertThat(RollbackPlanner.plan(List.of(new TableImpact("s.log", 0, 5, 0, "statement")), Map.of()))
                .contains("s.log has no primary key");
    }

    @Test
    void nothingChangedNothingToBackUp() {
        assertThat(RollbackPlanner.plan(List.of(), Map.of())).startsWith("Nothing to back up");
    }
}
