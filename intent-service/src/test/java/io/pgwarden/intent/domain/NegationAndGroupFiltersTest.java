package io.pgwarden.intent.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgwarden.contracts.intent.Aggregate;
import io.pgwarden.contracts.intent.Condition;
import io.pgwarden.contracts.intent.GroupKey;
import io.pgwarden.contracts.intent.Having;
import io.pgwarden.contracts.intent.Operator;
import io.pgwarden.contracts.intent.QuerySpec;
import io.pgwarden.contracts.schema.SchemaCatalog;
import io.pgwarden.intent.domain.Understanding.NotUnderstood;
import io.pgwarden.intent.domain.Understanding.Understood;
import io.pgwarden.intent.domain.fixtures.MusicCatalog;
import io.pgwarden.intent.domain.fixtures.ShopCatalog;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "not"/"never" before a value, "without" or "never" before a linked table, and comparisons on grouped counts and
 * aggregates, on the snake_case shop and the PascalCase music store.
 */
class NegationAndGroupFiltersTest {

    private static final Aggregate COUNT_ALL = new Aggregate(Aggregate.Function.COUNT, null);

    private final DeterministicEngine engine = new DeterministicEngine();
    private final SchemaCatalog shop = ShopCatalog.shop();
    private final SchemaCatalog music = MusicCatalog.music();

    private QuerySpec specOf(String question, SchemaCatalog catalog) {
        Understanding answer = engine.understand(question, catalog);
        assertThat(answer).as(question).isInstanceOf(Understood.class);
        return ((Understood) answer).intent().spec();
    }

    private static QuerySpec list(String table, Condition condition) {
        return new QuerySpec(table, List.of(), null, List.of(condition), List.of(), null);
    }

    @Test
    void notBeforeAStoredValueIsNotEqual() {
        assertThat(specOf("customers not in Texas", shop)).isEqualTo(list("public.customers",
                new Condition("public.customers", "state", Operator.NE, List.of("Texas"))));
        assertThat(specOf("orders that are not shipped", shop)).isEqualTo(list("public.orders",
                new Condition("public.orders", "status", Operator.NE, List.of("shipped"))));
        assertThat(specOf("invoices not from Canada", music)).isEqualTo(list("chinook.Invoice",
                new Condition("chinook.Invoice", "BillingCountry", Operator.NE, List.of("Canada"))));
    }

    @Test
    void notBeforeSeveralValuesIsNotIn() {
        assertThat(specOf("customers not from California or Texas", shop)).isEqualTo(list("public.customers",
                new Condition("public.customers", "state", Operator.NOT_IN, List.of("California", "Texas"))));
    }

    @Test
    void aColumnThatIsNotAValueOfALinkedTableFollowsItsKey() {
        assertThat(specOf("products whose category is not Books", shop)).isEqualTo(list("public.products",
                new Condition("public.categories", "name", Operator.NE, List.of("Books"), "category_id")));
        assertThat(specOf("tracks whose genre is not Rock", music)).isEqualTo(list("chinook.Track",
                new Condition("chinook.Genre", "Name", Operator.NE, List.of("Rock"), "GenreId")));
    }

    @Test
    void withoutALinkedTableMeansNoLinkedRow() {
        assertThat(specOf("customers without orders", shop)).isEqualTo(list("public.customers",
                new Condition("public.orders", null, Operator.NOT_EXISTS, List.of())));
        assertThat(specOf("how many artists have no albums", music)).isEqualTo(new QuerySpec("chinook.Artist",
                List.of(), COUNT_ALL, List.of(new Condition("chinook.Album", null, Operator.NOT_EXISTS, List.of())),
                List.of(), null));
        assertThat(specOf("customers without invoices", music)).isEqualTo(list("chinook.Customer",
                new Condition("chinook.Invoice", null, Operator.NOT_EXISTS, List.of())));
    }

    @Test
    void neverBeforeAVerbMadeFromALinkedTablesNameMeansNoLinkedRow() {
        assertThat(specOf("customers who never ordered", shop)).isEqualTo(list("public.customers",
                new Condition("public.orders", null, Operator.NOT_EXISTS, List.of())));
        assertThat(specOf("customers never invoiced", music)).isEqualTo(list("chinook.Customer",
                new Condition("chinook.Invoice", null, Operator.NOT_EXISTS, List.of())));
    }

    @Test
    void aComparisonBeforeTheTablesNameCountsItsRowsPerGroup() {
        assertThat(specOf("states with more than 10 customers", shop)).isEqualTo(QuerySpec.read("public.customers",
                List.of("state"), COUNT_ALL, List.of(), List.of(), null, false, List.of())
                .withHaving(List.of(new Having(Operator.GT, List.of(10L)))));
        assertThat(specOf("customers with at least 5 orders", shop)).isEqualTo(QuerySpec.read("public.orders",
                List.of(), COUNT_ALL, List.of(), List.of(), null, false, List.of(
                        new GroupKey("public.customers", "id", null),
                        new GroupKey("public.customers", "first_name", null),
                        new GroupKey("public.customers", "last_name", null)))
                .withHaving(List.of(new Having(Operator.GE, List.of(5L)))));
        assertThat(specOf("artists with at least 3 albums", music)).isEqualTo(QuerySpec.read("chinook.Album",
                List.of(), COUNT_ALL, List.of(), List.of(), null, false, List.of(
                        new GroupKey("chinook.Artist", "ArtistId", null),
                        new GroupKey("chinook.Artist", "Name", null)))
                .withHaving(List.of(new Having(Operator.GE, List.of(3L)))));
        assertThat(specOf("billing countries with fewer than 5 invoices", music)).isEqualTo(QuerySpec.read(
                "chinook.Invoice", List.of("BillingCountry"), COUNT_ALL, List.of(), List.of(), null, false, List.of())
                .withHaving(List.of(new Having(Operator.LT, List.of(5L)))));
    }

    @Test
    void aComparisonAfterAnAggregateKeepsTheGroupsWhoseValueCompares() {
        assertThat(specOf("categories whose average price is above 100", shop)).isEqualTo(QuerySpec.read(
                "public.products", List.of(), new Aggregate(Aggregate.Function.AVG, "price"), List.of(), List.of(),
                null, false, List.of(new GroupKey("public.categories", "id", null),
                        new GroupKey("public.categories", "name", null)))
                .withHaving(List.of(new Having(Operator.GT, List.of(new BigDecimal("100"))))));
        assertThat(specOf("genres whose average unit price is at least 1", music)).isEqualTo(QuerySpec.read(
                "chinook.Track", List.of(), new Aggregate(Aggregate.Function.AVG, "UnitPrice"), List.of(), List.of(),
                null, false, List.of(new GroupKey("chinook.Genre", "GenreId", null),
                        new GroupKey("chinook.Genre", "Name", null)))
                .withHaving(List.of(new Having(Operator.GE, List.of(new BigDecimal("1"))))));
    }

    @Test
    void aNotOrACountThatCannotBePlacedIsStillRefusedAndNamed() {
        assertThat(engine.understand("customers not email", shop)).isInstanceOfSatisfying(NotUnderstood.class,
                refused -> assertThat(refused.unknownWords()).contains("not"));
        assertThat(engine.understand("products never blorfed", shop)).isInstanceOfSatisfying(NotUnderstood.class,
                refused -> assertThat(refused.unknownWords()).contains("never"));
        assertThat(engine.understand("states with more than 2.5 customers", shop))
                .isInstanceOf(NotUnderstood.class);
    }
}
