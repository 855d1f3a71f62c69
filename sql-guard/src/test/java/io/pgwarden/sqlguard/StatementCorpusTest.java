package io.pgwarden.sqlguard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgwarden.contracts.sql.StatementKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StatementCorpusTest {

    private static final SqlGuard GUARD = new SqlGuard(GuardPolicy.defaults());

    static Stream<StatementCorpus.Entry> hostileStatements() {
        return StatementCorpus.load(StatementCorpus.HOSTILE).stream();
    }

    static Stream<StatementCorpus.Entry> legitimateReads() {
        return StatementCorpus.load(StatementCorpus.LEGITIMATE_READS).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileStatements")
    void refusesEveryHostileStatementWithItsExactCategory(StatementCorpus.Entry entry) {
        RefusalCategory expected = RefusalCategory.valueOf(entry.expectation());

        assertThatThrownBy(() -> GUARD.requireSafeRead(entry.sql()))
                .isInstanceOfSatisfying(SqlRefusedException.class,
                        refused -> assertThat(refused.refusal().category()).as(entry.sql()).isEqualTo(expected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("legitimateReads")
    void acceptsEveryLegitimateReadAsRead(StatementCorpus.Entry entry) {
        Inspection inspection = GUARD.requireSafeRead(entry.sql());

        assertThat(inspection.kind()).isEqualTo(StatementKind.READ);
        assertThat(inspection.refusal()).isEmpty();
    }

    @Test
    void hostileCorpusHasAtLeastEightyEntriesCoveringEveryGuardCategory() {
        List<StatementCorpus.Entry> entries = StatementCorpus.load(StatementCorpus.HOSTILE);
        Set<RefusalCategory> covered = entries.stream().map(e -> RefusalCategory.valueOf(e.expectation()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(RefusalCategory.class)));

        assertThat(entries).hasSizeGreaterThanOrEqualTo(80);
        assertThat(covered).isEqualTo(EnumSet.complementOf(
                EnumSet.of(RefusalCategory.TIMEOUT, RefusalCategory.ROW_LIMIT, RefusalCategory.BUSY)));
    }

    @Test
    void legitimateCorpusHasAtLeastFortyReads() {
        List<StatementCorpus.Entry> entries = StatementCorpus.load(StatementCorpus.LEGITIMATE_READS);

        assertThat(entries).hasSizeGreaterThanOrEqualTo(40).allMatch(entry -> entry.expectation().equals("READ"));
    }

    @Test
    void corpusEntriesKeepMultiLineStatementsAndEmptyStatementsVerbatim() {
        List<StatementCorpus.Entry> entries = StatementCorpus.load(StatementCorpus.HOSTILE);

        assertThat(entries).anySatisfy(entry -> assertThat(entry.sql()).isEqualTo("SELECT 1;\nSELECT 2"));
        assertThat(entries).anySatisfy(entry -> assertThat(entry.sql()).isEmpty());
    }
}
