package io.pgwarden.query.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgwarden.contracts.intent.Aggregate;
import io.pgwarden.contracts.intent.Condition;
import io.pgwarden.contracts.intent.GroupKey;
import io.pgwarden.contracts.intent.Operator;
import io.pgwarden.contracts.intent.Ordering;
import io.pgwarden.contracts.intent.QuerySpec;
import io.pgwarden.contracts.schema.ColumnInfo;
import io.pgwarden.contracts.schema.ForeignKeyInfo;
import io.pgwarden.contracts.schema.JoinPath;
import io.pgwarden.contracts.schema.SchemaContext;
import io.pgwarden.contracts.schema.TableInfo;
import io.pgwarden.contracts.sql.SqlParameter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Joins through EXISTS, group keys on related tables and dates, shares, distinct lists and relative times. */
class SqlBuilderReadShapesTest {

    private static final JoinPath PRODUCTS_TO_CATEGORIES = new JoinPath("public.products", "public.categories",
            List.of(new JoinPath.Hop("public.products", List.of("category_id"), "public.categories", List.of("id"))));

    private static final TableInfo EMPLOYEES = new TableInfo("hr", "employees", "TABLE", null, 10, List.of(
            Contexts.column("id", "integer", "number"), Contexts.column("first_name", "text", "text"),
            Contexts.column("manager_id", "integer", "number"), Contexts.column("hired_on", "date", "date")),
            List.of("id"), List.of(new ForeignKeyInfo("employees_manager_fk", List.of("manager_id"), "hr.employees",
                    List.of("id"), "NO ACTION", "NO ACTION")));

    private final SqlBuilder builder = new SqlBuilder();

    private static SchemaContext shopWithJoin() {
        return new SchemaContext("test", "fp", List.of(Contexts.PRODUCTS, Contexts.CATEGORIES),
                List.of(PRODUCTS_TO_CATEGORIES));
    }

    @Test
    void aConditionOnAnotherTableIsAnExistsOverTheForeignKeyPath() {
        BuiltQuery built = builder.build(new QuerySpec("public.products", List.of(), null,
                List.of(new Condition("public.categories", "name", Operator.EQ, List.of("Electronics"))), List.of(),
                null), shopWithJoin());

        assertThat(built.sql()).isEqualTo("""
                -- Lists rows of public.products where categories.name = parameter 1, ordered by id
                SELECT t0."id", t0."name", t0."price", t0."stock", t0."category_id"
                FROM "public"."products" AS t0
                WHERE EXISTS (SELECT 1 FROM "public"."categories" AS e1 WHERE e1."id" = t0."category_id" \
                AND e1."name" = ?)
                ORDER BY t0."id" ASC""");
        assertThat(built.parameters()).containsExactly(new SqlParameter("text", "Electronics"));
    }

    @Test
    void aSelfReferenceFollowsTheNamedForeignKey() {
        BuiltQuery built = builder.build(new QuerySpec("hr.employees", List.of("first_name"), null,
                List.of(new Condition("hr.employees", "first_name", Operator.EQ, List.of("Andrew"), "manager_id")),
                List.of(), null), Contexts.of(EMPLOYEES));

        assertThat(built.sql()).contains("FROM \"hr\".\"employees\" AS t0")
                .contains("WHERE EXISTS (SELECT 1 FROM \"hr\".\"employees\" AS e1 WHERE e1.\"id\" = t0.\"manager_id\""
                        + " AND e1.\"first_name\" = ?)");
    }

    @Test
    void groupsByARelatedTablesColumnAndRanksByTheCount() {
        BuiltQuery built = builder.build(QuerySpec.read("public.products", List.of(),
                new Aggregate(Aggregate.Function.COUNT, null), List.of(), List.of(Ordering.byAggregate(true)), 1,
                false, List.of(new GroupKey("public.categories", "name", null))), shopWithJoin());

        assertThat(built.sql()).isEqualTo("""
                -- Counts rows of public.products per categories.name, ordered by the computed value descending, \
                then categories_name, first 1 row
                SELECT t1."name" AS "categories_name", COUNT(*) AS "count"
                FROM "public"."products" AS t0
                JOIN "public"."categories" AS t1 ON t1."id" = t0."category_id"
                GROUP BY t1."name"
                ORDER BY "count" DESC NULLS LAST, t1."name" ASC
                LIMIT 1""");
    }

    @Test
    void groupsByTheMonthOfADate() {
        BuiltQuery built = builder.build(QuerySpec.read("hr.employees", List.of(),
                new Aggregate(Aggregate.Function.COUNT, null), List.of(), List.of(), null, false,
                List.of(new GroupKey("hr.employees", "hired_on", "month"))), Contexts.of(EMPLOYEES));

        assertThat(built.sql()).contains("SELECT CAST(date_trunc('month', \"hired_on\") AS date) AS "
                + "\"hired_on_month\", COUNT(*) AS \"count\"")
                .contains("GROUP BY CAST(date_trunc('month', \"hired_on\") AS date)");
    }

    @Test
    void aPercentageCountsTheShareWithAFilter() {
        BuiltQuery built = builder.build(new QuerySpec("public.customers", List.of(),
                new Aggregate(Aggregate.Function.PERCENT, null, false,
                        List.of(new Condition("public.customers", "state", Operator.EQ, List.of("Texas")))),
                List.of(), List.of(), null), Contexts.shop());

        assertThat(built.sql()).endsWith("SELECT ROUND(100.0 * COUNT(*) FILTER (WHERE \"state\" = ?) / "
                + "NULLIF(COUNT(*), 0), 2) AS \"percent\"\nFROM \"public\".\"customers\"");
        assertThat(built.parameters()).containsExactly(new SqlParameter("text", "Texas"));
        assertThat(built.explanation()).contains("state is 'Texas'");
    }

    @Test
    void aDistinctListIsOrderedByItsColumns() {
        BuiltQuery built = builder.build(QuerySpec.read("public.customers", List.of("state"), null, List.of(),
                List.of(), null, true, List.of()), Contexts.shop());

        assertThat(built.sql()).endsWith("SELECT DISTINCT \"state\"\nFROM \"public\".\"customers\"\n"
                + "ORDER BY \"state\" ASC");
    }

    @Test
    void relativeTimesAreComputedByTheDatabaseFromToday() {
        BuiltQuery built = builder.build(new QuerySpec("public.customers", List.of(), null, List.of(
                new Condition("public.customers", "last_seen", Operator.WITHIN_LAST, List.of(7, "day")),
                new Condition("public.customers", "signed_up", Operator.IN_PERIOD, List.of("month", -1))),
                List.of(), null), Contexts.shop());

        assertThat(built.sql()).contains("WHERE \"last_seen\" >= CURRENT_DATE - ? * INTERVAL '1 day'")
                .contains("AND \"signed_up\" >= date_trunc('month', CURRENT_DATE) + ? * INTERVAL '1 month' AND "
                        + "\"signed_up\" < date_trunc('month', CURRENT_DATE) + ? * INTERVAL '1 month'");
        assertThat(built.parameters()).extracting(SqlParameter::value).containsExactly(7L, -1L, 0L);
    }

    @Test
    void aDayComparedWithAPointInTimeIsBoundAsADate() {
        BuiltQuery built = builder.build(new QuerySpec("public.customers", List.of(), null, List.of(
                new Condition("public.customers", "last_seen", Operator.LT, List.of("2024-01-01"))), List.of(), null),
                Contexts.shop());

        assertThat(built.parameters()).containsExactly(new SqlParameter("date", "2024-01-01"));
    }

    @Test
    void aUnitOutsideTheListIsRefused() {
        assertThatThrownBy(() -> builder.build(new QuerySpec("public.customers", List.of(), null, List.of(
                new Condition("public.customers", "last_seen", Operator.WITHIN_LAST, List.of(7, "day'; drop"))),
                List.of(), null), Contexts.shop())).isInstanceOf(QueryBuildException.class)
                .hasMessageContaining("is not a unit of time");
    }

    @Test
    void endsWithEscapesTheTextsOwnWildcards() {
        BuiltQuery built = builder.build(new QuerySpec("public.customers", List.of(), null, List.of(
                new Condition("public.customers", "email", Operator.ENDS_WITH, List.of("%.org"))), List.of(), null),
                Contexts.shop());

        assertThat(built.parameters()).containsExactly(new SqlParameter("text", "%!%.org"));
    }

    static ColumnInfo unused() {
        return null;
    }
}
