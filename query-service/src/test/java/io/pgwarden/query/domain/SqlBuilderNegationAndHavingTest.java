package io.pgwarden.query.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgwarden.contracts.intent.Aggregate;
import io.pgwarden.contracts.intent.Condition;
import io.pgwarden.contracts.intent.GroupKey;
import io.pgwarden.contracts.intent.Having;
import io.pgwarden.contracts.intent.Operator;
import io.pgwarden.contracts.intent.QuerySpec;
import io.pgwarden.contracts.schema.ForeignKeyInfo;
import io.pgwarden.contracts.schema.JoinPath;
import io.pgwarden.contracts.schema.SchemaContext;
import io.pgwarden.contracts.schema.TableInfo;
import io.pgwarden.contracts.sql.SqlParameter;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Negated values (NE, NOT IN), NOT EXISTS over a foreign-key path, and HAVING on grouped values, on two schemas. */
class SqlBuilderNegationAndHavingTest {

    private static final TableInfo ARTIST = new TableInfo("chinook", "Artist", "TABLE", null, 275, List.of(
            Contexts.column("ArtistId", "integer", "number"),
            Contexts.column("Name", "character varying(120)", "text")),
            List.of("ArtistId"), List.of());

    private static final TableInfo ALBUM = new TableInfo("chinook", "Album", "TABLE", null, 347, List.of(
            Contexts.column("AlbumId", "integer", "number"), Contexts.column("Title", "character varying(160)", "text"),
            Contexts.column("ArtistId", "integer", "number")), List.of("AlbumId"),
            List.of(new ForeignKeyInfo("FK_AlbumArtistId", List.of("ArtistId"), "chinook.Artist", List.of("ArtistId"),
                    "NO ACTION", "NO ACTION")));

    private final SqlBuilder builder = new SqlBuilder();

    private static SchemaContext shop() {
        return new SchemaContext("test", "fp", List.of(Contexts.PRODUCTS, Contexts.CATEGORIES), List.of(
                new JoinPath("public.products", "public.categories", List.of(new JoinPath.Hop("public.products",
                        List.of("category_id"), "public.categories", List.of("id")))),
                new JoinPath("public.categories", "public.products", List.of(new JoinPath.Hop("public.categories",
                        List.of("id"), "public.products", List.of("category_id"))))));
    }

    private static SchemaContext music() {
        return new SchemaContext("test", "fp", List.of(ARTIST, ALBUM), List.of(
                new JoinPath("chinook.Album", "chinook.Artist", List.of(new JoinPath.Hop("chinook.Album",
                        List.of("ArtistId"), "chinook.Artist", List.of("ArtistId")))),
                new JoinPath("chinook.Artist", "chinook.Album", List.of(new JoinPath.Hop("chinook.Artist",
                        List.of("ArtistId"), "chinook.Album", List.of("ArtistId"))))));
    }

    @Test
    void aNegatedValueIsNotEqualAndSeveralAreNotIn() {
        BuiltQuery one = builder.build(new QuerySpec("public.customers", List.of(), null,
                List.of(new Condition("public.customers", "state", Operator.NE, List.of("Texas"))), List.of(), null),
                Contexts.shop());
        BuiltQuery several = builder.build(new QuerySpec("public.customers", List.of(), null,
                List.of(new Condition("public.customers", "state", Operator.NOT_IN, List.of("Texas", "Ohio"))),
                List.of(), null), Contexts.shop());

        assertThat(one.sql()).endsWith("""
                FROM "public"."customers"
                WHERE "state" <> ?
                ORDER BY "id" ASC""");
        assertThat(one.parameters()).containsExactly(new SqlParameter("text", "Texas"));
        assertThat(several.sql()).endsWith("""
                FROM "public"."customers"
                WHERE "state" NOT IN (?, ?)
                ORDER BY "id" ASC""");
        assertThat(several.parameters()).containsExactly(new SqlParameter("text", "Texas"),
                new SqlParameter("text", "Ohio"));
        assertThat(several.explanation()).contains("state is none of 'Texas', 'Ohio'");
    }

    @Test
    void aNegatedValueOfALinkedTableFollowsTheNamedKey() {
        BuiltQuery built = builder.build(new QuerySpec("public.products", List.of(), null,
                List.of(new Condition("public.categories", "name", Operator.NE, List.of("Books"), "category_id")),
                List.of(), null), shop());

        assertThat(built.sql()).isEqualTo("""
                -- Lists rows of public.products where categories.name <> parameter 1, ordered by id
                SELECT t0."id", t0."name", t0."price", t0."stock", t0."category_id"
                FROM "public"."products" AS t0
                WHERE EXISTS (SELECT 1 FROM "public"."categories" AS e1 WHERE e1."id" = t0."category_id" \
                AND e1."name" <> ?)
                ORDER BY t0."id" ASC""");
        assertThat(built.parameters()).containsExactly(new SqlParameter("text", "Books"));
    }

    @Test
    void noLinkedRowIsANotExistsOverThePath() {
        BuiltQuery shopBuilt = builder.build(new QuerySpec("public.categories", List.of(), null,
                List.of(new Condition("public.products", null, Operator.NOT_EXISTS, List.of())), List.of(), null),
                shop());
        BuiltQuery musicBuilt = builder.build(new QuerySpec("chinook.Artist", List.of(), new Aggregate(
                Aggregate.Function.COUNT, null), List.of(new Condition("chinook.Album", null, Operator.NOT_EXISTS,
                        List.of())), List.of(), null), music());

        assertThat(shopBuilt.sql()).isEqualTo("""
                -- Lists rows of public.categories where no linked products row, ordered by id
                SELECT t0."id", t0."name"
                FROM "public"."categories" AS t0
                WHERE NOT EXISTS (SELECT 1 FROM "public"."products" AS e1 WHERE e1."category_id" = t0."id")
                ORDER BY t0."id" ASC""");
        assertThat(shopBuilt.parameters()).isEmpty();
        assertThat(shopBuilt.explanation()).contains("no products row is linked");
        assertThat(musicBuilt.sql()).isEqualTo("""
                -- Counts rows of chinook.Artist where no linked Album row
                SELECT COUNT(*) AS "count"
                FROM "chinook"."Artist" AS t0
                WHERE NOT EXISTS (SELECT 1 FROM "chinook"."Album" AS e1 WHERE e1."ArtistId" = t0."ArtistId")""");
        assertThat(musicBuilt.parameters()).isEmpty();
    }

    @Test
    void notExistsNeedsAnotherTableAndNoValues() {
        assertThatThrownBy(() -> builder.build(new QuerySpec("public.products", List.of(), null,
                List.of(new Condition("public.products", null, Operator.NOT_EXISTS, List.of())), List.of(), null),
                shop())).isInstanceOf(QueryBuildException.class).hasMessageContaining("NOT_EXISTS");
    }

    @Test
    void aGroupedCountIsKeptByHaving() {
        BuiltQuery built = builder.build(QuerySpec.read("public.customers", List.of("state"),
                new Aggregate(Aggregate.Function.COUNT, null), List.of(), List.of(), null, false, List.of())
                .withHaving(List.of(new Having(Operator.GT, List.of(10)))), Contexts.shop());

        assertThat(built.sql()).isEqualTo("""
                -- Counts rows of public.customers per state where count > parameter 1, ordered by state
                SELECT "state", COUNT(*) AS "count"
                FROM "public"."customers"
                GROUP BY "state"
                HAVING COUNT(*) > ?
                ORDER BY "state" ASC""");
        assertThat(built.parameters()).containsExactly(new SqlParameter("int8", 10L));
    }

    @Test
    void aCountPerLinkedRowAndAnAveragePerGroupAreKeptByHaving() {
        BuiltQuery albums = builder.build(QuerySpec.read("chinook.Album", List.of(),
                new Aggregate(Aggregate.Function.COUNT, null), List.of(), List.of(), null, false,
                List.of(new GroupKey("chinook.Artist", "ArtistId", null), new GroupKey("chinook.Artist", "Name", null)))
                .withHaving(List.of(new Having(Operator.GE, List.of(3)))), music());
        BuiltQuery prices = builder.build(QuerySpec.read("public.products", List.of(),
                new Aggregate(Aggregate.Function.AVG, "price"), List.of(), List.of(), null, false,
                List.of(new GroupKey("public.categories", "id", null), new GroupKey("public.categories", "name", null)))
                .withHaving(List.of(new Having(Operator.BETWEEN, List.of(10, new BigDecimal("99.5"))))), shop());

        assertThat(albums.sql()).isEqualTo("""
                -- Counts rows of chinook.Album per Artist.ArtistId, Artist.Name where count >= parameter 1, ordered \
                by Artist_ArtistId, then Artist_Name
                SELECT t1."ArtistId" AS "Artist_ArtistId", t1."Name" AS "Artist_Name", COUNT(*) AS "count"
                FROM "chinook"."Album" AS t0
                JOIN "chinook"."Artist" AS t1 ON t1."ArtistId" = t0."ArtistId"
                GROUP BY t1."ArtistId", t1."Name"
                HAVING COUNT(*) >= ?
                ORDER BY t1."ArtistId" ASC, t1."Name" ASC""");
        assertThat(albums.parameters()).containsExactly(new SqlParameter("int8", 3L));
        assertThat(prices.sql()).contains("""
                GROUP BY t1."id", t1."name"
                HAVING AVG(t0."price") BETWEEN ? AND ?
                ORDER BY""");
        assertThat(prices.parameters()).containsExactly(new SqlParameter("numeric", new BigDecimal("10")),
                new SqlParameter("numeric", new BigDecimal("99.5")));
        assertThat(prices.explanation()).contains("avg_price is between 10 and 99.5");
    }

    @Test
    void havingNeedsGroupsAndNumbers() {
        QuerySpec ungrouped = new QuerySpec("public.customers", List.of(),
                new Aggregate(Aggregate.Function.COUNT, null), List.of(), List.of(), null)
                .withHaving(List.of(new Having(Operator.GT, List.of(10))));
        QuerySpec text = QuerySpec.read("public.customers", List.of("state"),
                new Aggregate(Aggregate.Function.COUNT, null), List.of(), List.of(), null, false, List.of())
                .withHaving(List.of(new Having(Operator.GT, List.of("ten"))));

        assertThatThrownBy(() -> builder.build(ungrouped, Contexts.shop())).isInstanceOf(QueryBuildException.class)
                .hasMessageContaining("needs groups");
        assertThatThrownBy(() -> builder.build(text, Contexts.shop())).isInstanceOf(QueryBuildException.class)
                .hasMessageContaining("compares it with a number");
    }
}
