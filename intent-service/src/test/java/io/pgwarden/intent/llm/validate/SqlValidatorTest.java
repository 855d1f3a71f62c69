package io.pgwarden.intent.llm.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgwarden.contracts.schema.SchemaCatalog;
import io.pgwarden.contracts.sql.SqlParameter;
import io.pgwarden.contracts.sql.StatementKind;
import io.pgwarden.intent.domain.fixtures.ShopCatalog;
import io.pgwarden.sqlguard.GuardPolicy;
import io.pgwarden.sqlguard.SqlGuard;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The validator's guard, catalog and parameterisation stages on the shop schema. EXPLAIN is the last stage; here
 * it only records what reached it (no database), so the tests can check that nothing unvalidated gets that far.
 */
class SqlValidatorTest {

    private static final SchemaCatalog SHOP = ShopCatalog.shop();

    private final List<String> explained = new ArrayList<>();
    private final SqlValidator validator = new SqlValidator(new SqlGuard(GuardPolicy.defaults()),
            (sql, parameters, write) -> {
                explained.add(sql);
                return Optional.empty();
            });

    @Test
    void stringsBecomeUntypedParametersAndNumbersTypedCasts() {
        Verdict.Accepted accepted = accepted("SELECT id FROM public.orders WHERE status = 'shipped' AND total > 99.5"
                + " AND customer_id = 12 AND order_date >= DATE '2024-01-01'"
                + " AND order_date > current_date - INTERVAL '30 days'");

        assertThat(accepted.sql()).isEqualTo("SELECT id FROM public.orders WHERE status = ? AND total >"
                + " CAST(? AS numeric) AND customer_id = CAST(? AS integer) AND order_date >= CAST(? AS DATE)"
                + " AND order_date > current_date - CAST(? AS interval)");
        assertThat(accepted.parameters()).containsExactly(new SqlParameter("unknown", "shipped"),
                new SqlParameter("numeric", new BigDecimal("99.5")), new SqlParameter("int4", 12L),
                new SqlParameter("unknown", "2024-01-01"), new SqlParameter("unknown", "30 days"));
        assertThat(accepted.kind()).isEqualTo(StatementKind.READ);
        assertThat(explained).containsExactly(accepted.sql());
    }

    @Test
    void quotesInsideAStringStayPartOfTheValueNeverOfTheSql() {
        Verdict.Accepted accepted = accepted("SELECT id FROM public.customers WHERE last_name = 'O''Brien'");

        assertThat(accepted.sql()).isEqualTo("SELECT id FROM public.customers WHERE last_name = ?");
        assertThat(accepted.parameters()).containsExactly(new SqlParameter("unknown", "O'Brien"));
    }

    @Test
    void positionsAndCountsStayLiteralsButValuesInsideOrderingExpressionsDoNot() {
        Verdict.Accepted accepted = accepted("SELECT state, count(*) FROM public.customers GROUP BY 1"
                + " ORDER BY 2 DESC, CASE WHEN state = 'Texas' THEN 0 ELSE 1 END LIMIT 3 OFFSET 1");

        assertThat(accepted.sql()).contains("GROUP BY 1", "ORDER BY 2 DESC", "LIMIT 3", "OFFSET 1",
                "WHEN state = ? THEN CAST(? AS integer) ELSE CAST(? AS integer)");
        assertThat(accepted.parameters()).extracting(SqlParameter::value).containsExactly("Texas", 0L, 1L);
    }

    @Test
    void unknownTablesAndColumnsAreRejectedWithSuggestions() {
        assertThat(rejected("SELECT * FROM public.prodcts")).contains("table public.prodcts does not exist",
                "Did you mean public.products?");
        assertThat(rejected("SELECT p.nam FROM public.products p")).contains(
                "column nam does not exist in table public.products. Did you mean name?");
        assertThat(rejected("SELECT first_nam FROM public.customers c JOIN public.orders o ON o.customer_id = c.id"))
                .contains("column first_nam does not exist in tables public.customers, public.orders",
                        "customers.first_name");
        assertThat(explained).isEmpty();
    }

    @Test
    void namesFromWithItemsSubqueriesAndOutputAliasesAreNotMistakenForColumns() {
        accepted("WITH big AS (SELECT customer_id, sum(total) AS spent FROM public.orders GROUP BY customer_id)"
                + " SELECT c.email, big.spent FROM big JOIN public.customers c ON c.id = big.customer_id"
                + " ORDER BY spent DESC");
        accepted("SELECT state, count(*) AS n FROM public.customers GROUP BY state ORDER BY n DESC");
    }

    @Test
    void theKindIsOursAWriteIsAcceptedAsAWriteWithItsTargetTableFirst() {
        Verdict.Accepted accepted = accepted("UPDATE public.products SET price = price * 1.1 WHERE category_id IN"
                + " (SELECT id FROM public.categories WHERE name = 'Books')");

        assertThat(accepted.kind()).isEqualTo(StatementKind.UPDATE);
        assertThat(accepted.tables().get(0).qualifiedName()).isEqualTo("public.products");
        assertThat(accepted.hasWhereClause()).isTrue();
        assertThat(accepted.parameters()).extracting(SqlParameter::value)
                .containsExactly(new BigDecimal("1.1"), "Books");
    }

    @Test
    void schemaChangesAreRefusedAndOtherGuardProblemsRejectedForCorrection() {
        assertThat(validator.validate("DROP TABLE public.orders", SHOP)).isInstanceOf(Verdict.Refused.class);
        assertThat(validator.validate("SELECT * INTO copy FROM public.orders", SHOP))
                .isInstanceOf(Verdict.Refused.class);
        assertThat(validator.validate("SELECT 1 FROM public.orders; SELECT 2 FROM public.orders", SHOP))
                .isInstanceOf(Verdict.Rejected.class);
        assertThat(rejected("SELECT id FROM public.orders WHERE id = ?")).contains("placeholders");
        assertThat(rejected("SELECT now()")).contains("reads no table");
        assertThat(explained).isEmpty();
    }

    private Verdict.Accepted accepted(String sql) {
        Verdict verdict = validator.validate(sql, SHOP);
        assertThat(verdict).as(sql).isInstanceOf(Verdict.Accepted.class);
        return (Verdict.Accepted) verdict;
    }

    private String rejected(String sql) {
        Verdict verdict = validator.validate(sql, SHOP);
        assertThat(verdict).as(sql).isInstanceOf(Verdict.Rejected.class);
        return ((Verdict.Rejected) verdict).problem();
    }
}
