package io.pgwarden.query.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgwarden.contracts.intent.Aggregate;
import io.pgwarden.contracts.intent.Condition;
import io.pgwarden.contracts.intent.Operator;
import io.pgwarden.contracts.intent.QuerySpec;
import io.pgwarden.contracts.sql.SqlParameter;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The SQL built from the specs intent-service's deterministic engine produces for comparisons, aggregates and
 * grouping (see docs/language.md): each spec here is the one the engine gives for the question in the test name.
 */
class SqlBuilderLanguageExamplesTest {

    private final SqlBuilder builder = new SqlBuilder();

    @Test
    void productsWithPriceOver100() {
        QuerySpec spec = new QuerySpec("public.products", List.of(), null, List.of(new Condition("public.products",
                "price", Operator.GT, List.of(new BigDecimal("100")))), List.of(), null);
        BuiltQuery built = builder.build(spec, Contexts.shop());
        assertThat(built.sql()).isEqualTo("""
                -- Lists rows of public.products where price > parameter 1, ordered by id
                SELECT "id", "name", "price", "stock", "category_id"
                FROM "public"."products"
                WHERE "price" > ?
                ORDER BY "id" ASC""");
        assertThat(built.parameters()).containsExactly(new SqlParameter("numeric", new BigDecimal("100")));
    }

    @Test
    void averagePriceOfProductsInCategory3() {
        QuerySpec spec = new QuerySpec("public.products", List.of(), new Aggregate(Aggregate.Function.AVG, "price"),
                List.of(new Condition("public.products", "category_id", Operator.EQ, List.of(3L))), List.of(), null);
        BuiltQuery built = builder.build(spec, Contexts.shop());
        assertThat(built.sql()).isEqualTo("""
                -- Averages price over rows of public.products where category_id = parameter 1
                SELECT AVG("price") AS "avg_price"
                FROM "public"."products"
                WHERE "category_id" = ?""");
        assertThat(built.parameters()).containsExactly(new SqlParameter("int8", 3L));
    }

    @Test
    void averagePriceOfProductsPerCategoryIdIsGroupedAndOrderedByTheGroupColumn() {
        QuerySpec spec = new QuerySpec("public.products", List.of("category_id"),
                new Aggregate(Aggregate.Function.AVG, "price"), List.of(), List.of(), null);
        assertThat(builder.build(spec, Contexts.shop()).sql()).isEqualTo("""
                -- Averages price over rows of public.products per category_id, ordered by category_id
                SELECT "category_id", AVG("price") AS "avg_price"
                FROM "public"."products"
                GROUP BY "category_id"
                ORDER BY "category_id" ASC""");
    }

    @Test
    void numberOfCustomersPerStateIsGroupedAndOrderedByTheGroupColumn() {
        QuerySpec spec = new QuerySpec("public.customers", List.of("state"),
                new Aggregate(Aggregate.Function.COUNT, null), List.of(), List.of(), null);
        BuiltQuery built = builder.build(spec, Contexts.shop());
        assertThat(built.sql()).isEqualTo("""
                -- Counts rows of public.customers per state, ordered by state
                SELECT "state", COUNT(*) AS "count"
                FROM "public"."customers"
                GROUP BY "state"
                ORDER BY "state" ASC""");
        assertThat(built.parameters()).isEmpty();
    }

    @Test
    void tracksWithMillisecondsBetween1000And2000() {
        QuerySpec spec = new QuerySpec("chinook.Track", List.of(), null, List.of(new Condition("chinook.Track",
                "Milliseconds", Operator.BETWEEN, List.of(1000L, 2000L))), List.of(), null);
        BuiltQuery built = builder.build(spec, Contexts.music());
        assertThat(built.sql()).contains("WHERE \"Milliseconds\" BETWEEN ? AND ?");
        assertThat(built.parameters()).containsExactly(new SqlParameter("int4", 1000L),
                new SqlParameter("int4", 2000L));
    }
}
