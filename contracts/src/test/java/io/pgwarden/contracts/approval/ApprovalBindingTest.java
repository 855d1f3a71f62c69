package io.pgwarden.contracts.approval;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgwarden.contracts.impact.ImpactMethod;
import io.pgwarden.contracts.impact.ImpactReport;
import io.pgwarden.contracts.impact.TableImpact;
import io.pgwarden.contracts.intent.RiskLevel;
import io.pgwarden.contracts.sql.SqlParameter;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApprovalBindingTest {

    private static final String SQL = "DELETE FROM orders WHERE status = ?";
    private static final List<SqlParameter> PARAMS = List.of(new SqlParameter("text", "cancelled"));
    private static final String DB = "localhost:15432/sample";

    @Test
    void sameStatementSameHashWhateverTheWhitespace() {
        assertThat(ApprovalBinding.hash("  DELETE FROM orders\n   WHERE status = ?\n", PARAMS, DB, impact(12)))
                .isEqualTo(ApprovalBinding.hash(SQL, PARAMS, DB, impact(12)));
    }

    @Test
    void anyDifferenceInWhatWouldRunChangesTheHash() {
        String approved = ApprovalBinding.hash(SQL, PARAMS, DB, impact(12));
        assertThat(ApprovalBinding.hash("DELETE FROM orders WHERE status <> ?", PARAMS, DB, impact(12)))
                .isNotEqualTo(approved);
        assertThat(ApprovalBinding.hash(SQL, List.of(new SqlParameter("text", "shipped")), DB, impact(12)))
                .isNotEqualTo(approved);
        assertThat(ApprovalBinding.hash(SQL, PARAMS, "prod:5432/sample", impact(12))).isNotEqualTo(approved);
        assertThat(ApprovalBinding.hash(SQL, PARAMS, DB, impact(13))).isNotEqualTo(approved);
    }

    @Test
    void numbersHashByValueNotByJavaType() {
        assertThat(ApprovalBinding.hash(SQL, List.of(new SqlParameter("numeric", 5)), DB, impact(1)))
                .isEqualTo(ApprovalBinding.hash(SQL, List.of(new SqlParameter("numeric", new BigDecimal("5.00"))),
                        DB, impact(1)));
        assertThat(ApprovalBinding.hash(SQL, List.of(new SqlParameter("text", "5")), DB, impact(1)))
                .isNotEqualTo(ApprovalBinding.hash(SQL, List.of(new SqlParameter("text", 5)), DB, impact(1)));
    }

    static ImpactReport impact(long deleted) {
        return new ImpactReport(ImpactMethod.DRY_RUN, null,
                List.of(new TableImpact("public.orders", 0, 0, deleted, "statement")), deleted, List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), false, false, RiskLevel.LOW, List.of(),
                "pre-images of the deleted rows", List.of());
    }
}
