package io.pgwarden.query.generated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgwarden.contracts.event.QueryBuilt;
import io.pgwarden.contracts.intent.GeneratedSql;
import io.pgwarden.contracts.plan.Step;
import io.pgwarden.contracts.sql.SqlParameter;
import io.pgwarden.contracts.sql.StatementKind;
import io.pgwarden.sqlguard.GuardPolicy;
import io.pgwarden.sqlguard.RefusalCategory;
import io.pgwarden.sqlguard.SqlGuard;
import io.pgwarden.sqlguard.SqlRefusedException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Generated SQL is checked by the guard again and planned by the kind the guard gives it. */
class GeneratedQueryTest {

    private final GeneratedQuery generated = new GeneratedQuery(new SqlGuard(GuardPolicy.defaults()));

    @Test
    void aReadKeepsItsParametersAndGoesStraightToExecution() {
        QueryBuilt built = generated.build(new GeneratedSql(
                "SELECT name FROM public.products WHERE price < CAST(? AS integer)",
                List.of(new SqlParameter("int4", 20)), "Products cheaper than 20."), "llm");

        assertThat(built.kind()).isEqualTo(StatementKind.READ);
        assertThat(built.engine()).isEqualTo("llm");
        assertThat(built.plan().includes(Step.EXECUTION)).isTrue();
        assertThat(built.plan().includes(Step.APPROVAL)).isFalse();
        assertThat(built.sql()).isEqualTo("-- llm: Products cheaper than 20.\n"
                + "SELECT name FROM public.products WHERE price < CAST(? AS integer)");
        assertThat(built.parameters()).containsExactly(new SqlParameter("int4", 20));
    }

    @Test
    void aWriteGoesThroughImpactAnalysisAndApproval() {
        QueryBuilt built = generated.build(new GeneratedSql("DELETE FROM public.orders WHERE status = ?",
                List.of(new SqlParameter("unknown", "cancelled")), "Deletes cancelled orders."), "llm");

        assertThat(built.kind()).isEqualTo(StatementKind.DELETE);
        assertThat(built.plan().steps()).containsSubsequence(Step.QUERY, Step.IMPACT, Step.APPROVAL, Step.EXECUTION);
    }

    @Test
    void anExplanationCannotEndTheCommentAndSmuggleSql() {
        QueryBuilt built = generated.build(new GeneratedSql("SELECT 1 FROM public.products", List.of(),
                "Counts.\nDROP TABLE products; */"), "llm");

        assertThat(built.sql().lines().toList()).hasSize(2);
        assertThat(built.sql().lines().findFirst().orElseThrow()).startsWith("-- llm: Counts. DROP TABLE");
    }

    @Test
    void schemaChangesAndSeveralStatementsAreRefused() {
        assertThatThrownBy(() -> generated.build(new GeneratedSql("DROP TABLE public.orders", List.of(), "x"), "llm"))
                .isInstanceOfSatisfying(SqlRefusedException.class,
                        e -> assertThat(e.refusal().category()).isEqualTo(RefusalCategory.DDL_BLOCKED));
        assertThatThrownBy(() -> generated.build(new GeneratedSql(
                "SELECT 1 FROM public.orders; DELETE FROM public.orders", List.of(), "x"), "llm"))
                .isInstanceOf(SqlRefusedException.class);
    }
}
