package io.pgwarden.query.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.contracts.intent.Aggregate;
import io.pgwarden.contracts.intent.Condition;
import io.pgwarden.contracts.intent.Operator;
import io.pgwarden.contracts.intent.Ordering;
import io.pgwarden.contracts.intent.QuerySpec;
import io.pgwarden.contracts.schema.SchemaContext;
import io.pgwarden.contracts.sql.SqlParameter;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlBuilderTest {

    private static final Aggregate COUNT_ALL = new Aggregate(Aggregate.Function.COUNT, null);

    private final SqlBuilder builder = new SqlBuilder();

    private static QuerySpec spec(String table, List<String> columns, Aggregate aggregate, List<Condition> conditions,
            List<Ordering> orderBy, Integer limit) {
        return new QuerySpec(table, columns, aggregate, conditions, orderBy, limit);
    }

    private static Condition condition(String table, String column, Operator operator, Object... values) {
        return new Condition(table, column, operator, List.of(values));
    }

    @Test
    void countsRowsWithTheFilterValueAsATypedParameter() {
        BuiltQuery built = builder.build(spec("public.customers", List.of(), COUNT_ALL,
                List.of(condition("public.customers", "state", Operator.EQ, "California")), List.of(), null),
                Contexts.shop());
        assertThat(built).isEqualTo(new BuiltQuery("""
                -- Counts rows of public.customers where state = parameter 1
                SELECT COUNT(*) AS "count"
                FROM "public"."customers"
                WHERE "state" = ?""", List.of(new SqlParameter("text", "California")),
                "Counts the rows of customers where state is 'California'."));
    }

    @Test
    void listsEveryColumnInKeyOrderWhenNoOrderIsAsked() {
        BuiltQuery built = builder.build(spec("public.products", List.of(), null, List.of(), List.of(), null),
                Contexts.shop());
        assertThat(built).isEqualTo(new BuiltQuery("""
                -- Lists rows of public.products, ordered by id
                SELECT "id", "name", "price", "stock", "category_id"
                FROM "public"."products"
                ORDER BY "id" ASC""", List.of(), "Lists the rows of products."));
    }

    @Test
    void ranksTopNWithUnknownValuesLastAndTheKeyBreakingTies() {
        BuiltQuery built = builder.build(spec("public.products", List.of(), null, List.of(),
                List.of(new Ordering("price", true)), 5), Contexts.shop());
        assertThat(built).isEqualTo(new BuiltQuery("""
                -- Lists rows of public.products, ordered by price descending, then id, first 5 rows
                SELECT "id", "name", "price", "stock", "category_id"
                FROM "public"."products"
                ORDER BY "price" DESC NULLS LAST, "id" ASC
                LIMIT 5""", List.of(), "Lists the 5 rows of products with the highest price."));
    }

    @Test
    void quotesPascalCaseNamesOfAnotherSchemaAndRanksBottomNAscending() {
        BuiltQuery built = builder.build(spec("chinook.Track", List.of("Name", "UnitPrice"), null,
                List.of(condition("chinook.Track", "GenreId", Operator.EQ, 1L)), List.of(new Ordering("UnitPrice",
                        false)), 3), Contexts.music());
        assertThat(built).isEqualTo(new BuiltQuery("""
                -- Lists Name, UnitPrice of chinook.Track where GenreId = parameter 1, ordered by UnitPrice, then \
                TrackId, first 3 rows
                SELECT "Name", "UnitPrice"
                FROM "chinook"."Track"
                WHERE "GenreId" = ?
                ORDER BY "UnitPrice" ASC, "TrackId" ASC
                LIMIT 3""", List.of(new SqlParameter("int4", 1L)),
                "Lists the 3 rows of Track with the lowest UnitPrice where GenreId is 1."));
    }

    @Test
    void ordersATableWithACompositeKeyByEveryKeyColumn() {
        BuiltQuery built = builder.build(spec("chinook.PlaylistTrack", List.of(), null, List.of(), List.of(), 1),
                Contexts.music());
        assertThat(built).isEqualTo(new BuiltQuery("""
                -- Lists rows of chinook.PlaylistTrack, ordered by PlaylistId, then TrackId, first 1 row
                SELECT "PlaylistId", "TrackId"
                FROM "chinook"."PlaylistTrack"
                ORDER BY "PlaylistId" ASC, "TrackId" ASC
                LIMIT 1""", List.of(), "Lists the first row of PlaylistTrack."));
    }

    @Test
    void writesEveryOperatorWithPlaceholdersNumberedInTheComment() {
        BuiltQuery built = builder.build(spec("chinook.Track", List.of("Name"), null, List.of(
                condition("chinook.Track", "GenreId", Operator.IN, 1, 2L, new BigDecimal("3")),
                condition("chinook.Track", "Name", Operator.STARTS_WITH, "100%_off!"),
                condition("chinook.Track", "UnitPrice", Operator.BETWEEN, 0.5, new BigDecimal("1.99")),
                condition("chinook.Track", "Milliseconds", Operator.GE, 60000),
                condition("chinook.Track", "TrackId", Operator.NE, 7)), List.of(), null), Contexts.music());
        assertThat(built).isEqualTo(new BuiltQuery("""
                -- Lists Name of chinook.Track where GenreId in parameters 1 to 3 and Name starts with parameter 4 \
                (ignoring case) and UnitPrice between parameters 5 and 6 and Milliseconds >= parameter 7 and \
                TrackId <> parameter 8, ordered by TrackId
                SELECT "Name"
                FROM "chinook"."Track"
                WHERE "GenreId" IN (?, ?, ?)
                  AND "Name" ILIKE ? ESCAPE '!'
                  AND "UnitPrice" BETWEEN ? AND ?
                  AND "Milliseconds" >= ?
                  AND "TrackId" <> ?
                ORDER BY "TrackId" ASC""", List.of(new SqlParameter("int4", 1L), new SqlParameter("int4", 2L),
                new SqlParameter("int4", 3L), new SqlParameter("text", "100!%!_off!!%"),
                new SqlParameter("numeric", new BigDecimal("0.5")), new SqlParameter("numeric", new BigDecimal("1.99")),
                new SqlParameter("int4", 60000L), new SqlParameter("int4", 7L)),
                "Lists Name of Track where GenreId is one of 1, 2, 3 and Name starts with '100%_off!' (ignoring case)"
                        + " and UnitPrice is between 0.5 and 1.99 and Milliseconds is at least 60000 and TrackId is"
                        + " not 7."));
    }

    @Test
    void writesTheRemainingOperators() {
        BuiltQuery built = builder.build(spec("public.customers", List.of(), COUNT_ALL, List.of(
                condition("public.customers", "email", Operator.CONTAINS, "@example."),
                condition("public.customers", "signed_up", Operator.LT, "2024-02-01"),
                condition("public.customers", "id", Operator.GT, 10),
                condition("public.customers", "id", Operator.LE, 20),
                condition("public.customers", "first_name", Operator.IS_NULL),
                condition("public.customers", "active", Operator.EQ, true)), List.of(), null), Contexts.shop());
        assertThat(built.sql()).isEqualTo("""
                -- Counts rows of public.customers where email contains parameter 1 (ignoring case) and signed_up < \
                parameter 2 and id > parameter 3 and id <= parameter 4 and first_name is null and active = parameter 5
                SELECT COUNT(*) AS "count"
                FROM "public"."customers"
                WHERE "email" ILIKE ? ESCAPE '!'
                  AND "signed_up" < ?
                  AND "id" > ?
                  AND "id" <= ?
                  AND "first_name" IS NULL
                  AND "active" = ?""");
        assertThat(built.parameters()).containsExactly(new SqlParameter("text", "%@example.%"),
                new SqlParameter("date", "2024-02-01"), new SqlParameter("int4", 10L), new SqlParameter("int4", 20L),
                new SqlParameter("bool", true));
        assertThat(built.explanation()).isEqualTo("Counts the rows of customers where email contains '@example.'"
                + " (ignoring case) and signed_up is less than '2024-02-01' and id is greater than 10 and id is at"
                + " most 20 and first_name has no value and active is true.");
    }

    @Test
    void comparesColumnsOfOtherTypesAsTextAndGroupsAnAggregateByTheListedColumns() {
        BuiltQuery built = builder.build(spec("public.customers", List.of("state"), COUNT_ALL,
                List.of(condition("public.customers", "tier", Operator.EQ, "gold"),
                        condition("public.customers", "email", Operator.IS_NOT_NULL)), List.of(), null),
                Contexts.shop());
        assertThat(built).isEqualTo(new BuiltQuery("""
                -- Counts rows of public.customers per state where tier = parameter 1 and email is not null, ordered \
                by state
                SELECT "state", COUNT(*) AS "count"
                FROM "public"."customers"
                WHERE CAST("tier" AS text) = ?
                  AND "email" IS NOT NULL
                GROUP BY "state"
                ORDER BY "state" ASC""", List.of(new SqlParameter("text", "gold")),
                "Counts the rows of customers for each state where tier is 'gold' and email has a value."));
    }

    @Test
    void computesEachAggregateUnderAnAliasNamedAfterItsColumn() {
        SchemaContext shop = Contexts.shop();
        assertThat(builder.build(spec("public.products", List.of(), new Aggregate(Aggregate.Function.SUM, "stock"),
                List.of(), List.of(), null), shop).sql()).isEqualTo("""
                        -- Sums stock over rows of public.products
                        SELECT SUM("stock") AS "sum_stock"
                        FROM "public"."products\"""");
        assertThat(builder.build(spec("public.products", List.of(), new Aggregate(Aggregate.Function.AVG, "price"),
                List.of(), List.of(), null), shop).explanation()).isEqualTo("Averages price over the rows of products.");
        assertThat(builder.build(spec("public.products", List.of(), new Aggregate(Aggregate.Function.MIN, "name"),
                List.of(), List.of(), null), shop).sql()).contains("SELECT MIN(\"name\") AS \"min_name\"");
        assertThat(builder.build(spec("public.products", List.of(), new Aggregate(Aggregate.Function.MAX, "price"),
                List.of(), List.of(), null), shop).explanation())
                .isEqualTo("Finds the largest price among the rows of products.");
        assertThat(builder.build(spec("public.customers", List.of(), new Aggregate(Aggregate.Function.COUNT,
                "email"), List.of(), List.of(), null), shop).sql()).isEqualTo("""
                        -- Counts non-null email values of public.customers
                        SELECT COUNT("email") AS "count_email"
                        FROM "public"."customers\"""");
    }

    @Test
    void neverPutsAValueIntoTheSqlText() {
        String hostile = "x'; DROP TABLE customers; --\n*/";
        BuiltQuery built = builder.build(spec("public.customers", List.of(), null,
                List.of(condition("public.customers", "state", Operator.EQ, hostile)), List.of(), null),
                Contexts.shop());
        assertThat(built.sql()).doesNotContain("DROP").doesNotContain("x'");
        assertThat(built.parameters()).containsExactly(new SqlParameter("text", hostile));
        assertThat(built.explanation()).isEqualTo("Lists the rows of customers where state is 'x'; DROP TABLE"
                + " customers; --'.");
    }

    @Test
    void keepsNamesWithQuotesAndLineBreaksInsideTheirQuotesAndOutOfTheComment() {
        var odd = new io.pgwarden.contracts.schema.TableInfo("odd schema", "we\"ird", "TABLE", null, 1,
                List.of(Contexts.column("line\nbreak */ --", "text", "text")), List.of(), List.of());
        BuiltQuery built = builder.build(spec("odd schema.we\"ird", List.of(), null,
                List.of(condition("odd schema.we\"ird", "line\nbreak */ --", Operator.EQ, "v")), List.of(), null),
                Contexts.of(odd));
        assertThat(built.sql()).isEqualTo("-- Lists rows of odd schema.we\"ird where line break -- = parameter 1\n"
                + "SELECT \"line\nbreak */ --\"\n"
                + "FROM \"odd schema\".\"we\"\"ird\"\n"
                + "WHERE \"line\nbreak */ --\" = ?");
        assertThat(built.sql().lines().findFirst().orElseThrow()).startsWith("-- ").doesNotContain("*/");
    }

    @Test
    void refusesATableTheContextDoesNotHold() {
        assertThatThrownBy(() -> builder.build(spec("public.nope", List.of(), null, List.of(), List.of(), null),
                Contexts.shop())).isInstanceOfSatisfying(QueryBuildException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_SCHEMA_ELEMENT);
                    assertThat(e.getMessage()).isEqualTo("The table public.nope is not in this request's schema"
                            + " context.");
                    assertThat(e.hint()).isEqualTo("The schema may have changed since the question was understood;"
                            + " ask again.");
                });
    }

    @Test
    void refusesAColumnTheTableDoesNotHaveWhereverItIsNamed() {
        SchemaContext shop = Contexts.shop();
        String message = "The table public.products has no column colour.";
        assertRefused(spec("public.products", List.of("colour"), null, List.of(), List.of(), null), shop,
                ErrorCode.UNKNOWN_SCHEMA_ELEMENT, message);
        assertRefused(spec("public.products", List.of(), null, List.of(condition("public.products", "colour",
                Operator.EQ, "red")), List.of(), null), shop, ErrorCode.UNKNOWN_SCHEMA_ELEMENT, message);
        assertRefused(spec("public.products", List.of(), null, List.of(), List.of(new Ordering("colour", true)), 5),
                shop, ErrorCode.UNKNOWN_SCHEMA_ELEMENT, message);
        assertRefused(spec("public.products", List.of(), new Aggregate(Aggregate.Function.MAX, "colour"), List.of(),
                List.of(), null), shop, ErrorCode.UNKNOWN_SCHEMA_ELEMENT, message);
    }

    @Test
    void refusesConditionsOnTablesTheContextDoesNotLink() {
        assertRefused(spec("public.products", List.of(), null, List.of(condition("public.categories", "name",
                Operator.EQ, "Books")), List.of(), null), Contexts.shop(), ErrorCode.BAD_REQUEST,
                "The tables public.products and public.categories are not linked by foreign keys in this"
                        + " request's context.");
        assertRefused(spec("public.products", List.of(), null, List.of(condition("public.suppliers", "name",
                Operator.EQ, "Acme")), List.of(), null), Contexts.shop(), ErrorCode.UNKNOWN_SCHEMA_ELEMENT,
                "The table public.suppliers is not in this request's schema context.");
    }

    @Test
    void refusesInvalidSpecsWithAMessageThatSaysWhy() {
        SchemaContext shop = Contexts.shop();
        assertRefused(spec("public.products", List.of(), null, List.of(condition("public.products", "price",
                Operator.BETWEEN, 1)), List.of(), null), shop, ErrorCode.BAD_REQUEST,
                "The BETWEEN condition on price needs two values but has 1.");
        assertRefused(spec("public.products", List.of(), null, List.of(condition("public.products", "price",
                Operator.IS_NULL, 1)), List.of(), null), shop, ErrorCode.BAD_REQUEST,
                "The IS_NULL condition on price needs no value but has 1.");
        assertRefused(spec("public.products", List.of(), null, List.of(), List.of(), 0), shop,
                ErrorCode.BAD_REQUEST, "A row limit must be at least 1, not 0.");
        assertRefused(spec("public.products", List.of(), new Aggregate(Aggregate.Function.SUM, "name"), List.of(),
                List.of(), null), shop, ErrorCode.BAD_REQUEST,
                "SUM needs a column of numbers, and products.name is text.");
        assertRefused(spec("public.products", List.of(), new Aggregate(Aggregate.Function.AVG, null), List.of(),
                List.of(), null), shop, ErrorCode.BAD_REQUEST, "AVG needs a column.");
        assertRefused(spec("public.products", List.of(), COUNT_ALL, List.of(), List.of(new Ordering("price", true)),
                null), shop, ErrorCode.BAD_REQUEST, "A single aggregate value cannot be ordered.");
        assertRefused(spec("public.customers", List.of(), null, List.of(condition("public.customers", "tier",
                Operator.GT, "gold")), List.of(), null), shop, ErrorCode.BAD_REQUEST,
                "customers.tier cannot be compared with GT: its values have no order to compare by.");
    }

    @Test
    void refusesValuesThatDoNotFitTheColumnsType() {
        SchemaContext shop = Contexts.shop();
        assertRefused(spec("public.products", List.of(), null, List.of(condition("public.products", "id",
                Operator.EQ, "abc")), List.of(), null), shop, ErrorCode.BAD_REQUEST,
                "'abc' is not a number, and products.id holds numbers.");
        assertRefused(spec("public.products", List.of(), null, List.of(condition("public.products", "stock",
                Operator.EQ, 70000)), List.of(), null), shop, ErrorCode.BAD_REQUEST,
                "'70000' is not a whole number that fits products.stock.");
        assertRefused(spec("public.customers", List.of(), null, List.of(condition("public.customers", "signed_up",
                Operator.EQ, "31/01/2024")), List.of(), null), shop, ErrorCode.BAD_REQUEST,
                "'31/01/2024' is not a date like 2024-01-31, as customers.signed_up needs.");
    }

    @Test
    void refusesASpecThatIsMissing() {
        assertRefused(null, Contexts.shop(), ErrorCode.BAD_REQUEST, "The intent has no query to build.");
    }

    private void assertRefused(QuerySpec spec, SchemaContext context, ErrorCode code, String message) {
        assertThatThrownBy(() -> builder.build(spec, context)).isInstanceOfSatisfying(QueryBuildException.class,
                e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.getMessage()).isEqualTo(message);
                });
    }
}
