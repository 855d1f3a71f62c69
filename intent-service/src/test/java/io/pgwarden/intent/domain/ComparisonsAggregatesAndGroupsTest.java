package io.pgwarden.intent.domain;

import static io.pgwarden.intent.domain.fixtures.Intents.COUNT_ALL;
import static io.pgwarden.intent.domain.fixtures.Intents.count;
import static io.pgwarden.intent.domain.fixtures.Intents.eq;
import static io.pgwarden.intent.domain.fixtures.Intents.list;
import static io.pgwarden.intent.domain.fixtures.Intents.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.pgwarden.contracts.intent.Aggregate;
import io.pgwarden.contracts.intent.GroupKey;
import io.pgwarden.contracts.intent.Aggregate.Function;
import io.pgwarden.contracts.intent.Complexity;
import io.pgwarden.contracts.intent.Condition;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Numeric comparisons, aggregates over a named column and per-column grouping, on both test schemas: the words come
 * from the catalog, the comparison and aggregate words from the engine's own small vocabulary.
 */
class ComparisonsAggregatesAndGroupsTest {

    private static final String PRODUCTS = "public.products";
    private static final String ORDERS = "public.orders";
    private static final String CUSTOMERS = "public.customers";
    private static final String TRACK = "chinook.Track";
    private static final String INVOICE = "chinook.Invoice";
    private static final String CUSTOMER = "chinook.Customer";

    private final DeterministicEngine engine = new DeterministicEngine();
    private final SchemaCatalog shop = ShopCatalog.shop();
    private final SchemaCatalog music = MusicCatalog.music();

    private static Condition compare(String table, String column, Operator operator, Object... values) {
        return new Condition(table, column, operator, List.of(values));
    }

    private static QuerySpec aggregate(String table, Function function, String column, List<String> groupBy,
            Condition... conditions) {
        return new QuerySpec(table, groupBy, new Aggregate(function, column), List.of(conditions), List.of(), null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "products with price over 100|GT",
        "products with price above 100|GT",
        "products with price more than 100|GT",
        "products with price greater than 100|GT",
        "products where price > 100|GT",
        "products with price at least 100|GE",
        "products with price >= 100|GE",
        "products with price under 100|LT",
        "products with price below 100|LT",
        "products with price less than 100|LT",
        "products whose price is < 100|LT",
        "products with price at most 100|LE",
        "products with price <= 100|LE"})
    void readsEachComparisonWordAsItsOperatorWithATypedNumber(String question, Operator operator) {
        assertThat(engine.understand(question, shop)).isEqualTo(read(List.of(PRODUCTS, PRODUCTS + ".price"),
                List.of("list", "filter"), Complexity.SIMPLE,
                list(PRODUCTS, compare(PRODUCTS, "price", operator, new BigDecimal("100"))), 1.0));
    }

    @Test
    void comparesAWholeNumberColumnWithALongInTheShop() {
        assertThat(engine.understand("products with stock under 10", shop)).isEqualTo(read(
                List.of(PRODUCTS, PRODUCTS + ".stock"), List.of("list", "filter"), Complexity.SIMPLE,
                list(PRODUCTS, compare(PRODUCTS, "stock", Operator.LT, 10L)), 1.0));
    }

    @Test
    void comparesAColumnNamedLikeAnAggregateWordAsTheColumn() {
        assertThat(engine.understand("orders with total at least 500", shop)).isEqualTo(read(
                List.of(ORDERS, ORDERS + ".total"), List.of("list", "filter"), Complexity.SIMPLE,
                list(ORDERS, compare(ORDERS, "total", Operator.GE, new BigDecimal("500"))), 1.0));
    }

    @Test
    void readsBetweenAsBothBoundsInOrder() {
        assertThat(engine.understand("products with price between 10 and 50", shop)).isEqualTo(read(
                List.of(PRODUCTS, PRODUCTS + ".price"), List.of("list", "filter"), Complexity.SIMPLE,
                list(PRODUCTS, compare(PRODUCTS, "price", Operator.BETWEEN, new BigDecimal("10"),
                        new BigDecimal("50"))), 1.0));
    }

    @Test
    void comparesPascalCaseColumnsOfTheMusicStore() {
        assertThat(engine.understand("tracks with unit price less than 1", music)).isEqualTo(read(
                List.of(TRACK, TRACK + ".UnitPrice"), List.of("list", "filter"), Complexity.SIMPLE,
                list(TRACK, compare(TRACK, "UnitPrice", Operator.LT, new BigDecimal("1"))), 1.0));
        assertThat(engine.understand("tracks with milliseconds between 1000 and 2000", music)).isEqualTo(read(
                List.of(TRACK, TRACK + ".Milliseconds"), List.of("list", "filter"), Complexity.SIMPLE,
                list(TRACK, compare(TRACK, "Milliseconds", Operator.BETWEEN, 1000L, 2000L)), 1.0));
    }

    @Test
    void countsRowsPastAThresholdInTheMusicStore() {
        assertThat(engine.understand("how many invoices with total above 10", music)).isEqualTo(read(
                List.of(INVOICE, INVOICE + ".Total"), List.of("count", "filter"), Complexity.SIMPLE,
                count(INVOICE, compare(INVOICE, "Total", Operator.GT, new BigDecimal("10"))), 1.0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "average price of products|AVG|price",
        "what is the highest price of products|MAX|price",
        "maximum price of products|MAX|price",
        "minimum stock of products|MIN|stock",
        "total stock of products|SUM|stock",
        "sum of stock of products|SUM|stock"})
    void computesEachAggregateOverTheNamedColumnOfTheShop(String question, Function function, String column) {
        assertThat(engine.understand(question, shop)).isEqualTo(read(List.of(PRODUCTS, PRODUCTS + "." + column),
                List.of("aggregate"), Complexity.SIMPLE, aggregate(PRODUCTS, function, column, List.of()), 1.0));
    }

    @Test
    void sumsAColumnNamedTotalUnderAnEqualityFilter() {
        assertThat(engine.understand("sum of total of orders with status shipped", shop)).isEqualTo(read(
                List.of(ORDERS, ORDERS + ".total", ORDERS + ".status"), List.of("aggregate", "filter"),
                Complexity.SIMPLE, aggregate(ORDERS, Function.SUM, "total", List.of(),
                        eq(ORDERS, "status", "shipped")), 1.0));
    }

    @Test
    void averagesUnderAKeyFilterWithTheKeysLesserConfidence() {
        assertThat(engine.understand("average price of products in category 3", shop)).isEqualTo(read(
                List.of(PRODUCTS, PRODUCTS + ".price", PRODUCTS + ".category_id"), List.of("aggregate", "filter"),
                Complexity.SIMPLE, aggregate(PRODUCTS, Function.AVG, "price", List.of(),
                        eq(PRODUCTS, "category_id", 3L)), 0.9));
    }

    @Test
    void computesAggregatesOverPascalCaseColumnsOfTheMusicStore() {
        assertThat(engine.understand("average unit price of tracks", music)).isEqualTo(read(
                List.of(TRACK, TRACK + ".UnitPrice"), List.of("aggregate"), Complexity.SIMPLE,
                aggregate(TRACK, Function.AVG, "UnitPrice", List.of()), 1.0));
        assertThat(engine.understand("total milliseconds of tracks", music)).isEqualTo(read(
                List.of(TRACK, TRACK + ".Milliseconds"), List.of("aggregate"), Complexity.SIMPLE,
                aggregate(TRACK, Function.SUM, "Milliseconds", List.of()), 1.0));
        assertThat(engine.understand("maximum total of invoices from Canada", music)).isEqualTo(read(
                List.of(INVOICE, INVOICE + ".Total", INVOICE + ".BillingCountry"), List.of("aggregate", "filter"),
                Complexity.SIMPLE, aggregate(INVOICE, Function.MAX, "Total", List.of(),
                        eq(INVOICE, "BillingCountry", "Canada")), 1.0));
    }

    @Test
    void countsPerColumnWithPerOrBy() {
        assertThat(engine.understand("number of customers per state", shop)).isEqualTo(read(
                List.of(CUSTOMERS, CUSTOMERS + ".state"), List.of("count", "group"), Complexity.SIMPLE,
                new QuerySpec(CUSTOMERS, List.of("state"), COUNT_ALL, List.of(), List.of(), null), 1.0));
        assertThat(engine.understand("count of orders by status", shop)).isEqualTo(read(
                List.of(ORDERS, ORDERS + ".status"), List.of("count", "group"), Complexity.SIMPLE,
                new QuerySpec(ORDERS, List.of("status"), COUNT_ALL, List.of(), List.of(), null), 1.0));
    }

    @Test
    void averagesPerKeyColumnNamedInFull() {
        assertThat(engine.understand("average price of products per category id", shop)).isEqualTo(read(
                List.of(PRODUCTS, PRODUCTS + ".category_id", PRODUCTS + ".price"), List.of("aggregate", "group"),
                Complexity.SIMPLE, aggregate(PRODUCTS, Function.AVG, "price", List.of("category_id")), 1.0));
    }

    @Test
    void groupsPascalCaseColumnsOfTheMusicStore() {
        assertThat(engine.understand("number of customers per country", music)).isEqualTo(read(
                List.of(CUSTOMER, CUSTOMER + ".Country"), List.of("count", "group"), Complexity.SIMPLE,
                new QuerySpec(CUSTOMER, List.of("Country"), COUNT_ALL, List.of(), List.of(), null), 1.0));
        assertThat(engine.understand("average total of invoices for each billing country", music)).isEqualTo(read(
                List.of(INVOICE, INVOICE + ".BillingCountry", INVOICE + ".Total"), List.of("aggregate", "group"),
                Complexity.SIMPLE, aggregate(INVOICE, Function.AVG, "Total", List.of("BillingCountry")), 1.0));
    }

    @Test
    void refusesToCompareAColumnThatHoldsNoNumbers() {
        assertThat(engine.understand("customers with email over 10", shop)).isEqualTo(new NotUnderstood(
                "'over' compares numbers, and customers.email does not hold numbers.", List.of(),
                "Compare a numeric column, for example: customers with <column> over 100."));
    }

    @Test
    void refusesToAverageAColumnThatHoldsNoNumbers() {
        assertThat(engine.understand("average name of tracks", music)).isEqualTo(new NotUnderstood(
                "'average' needs a column of numbers, and Track.Name is not one.", List.of(),
                "Name a numeric column, for example: \"average <column> of track\"."));
    }

    @Test
    void refusesABetweenWithItsBoundsReversed() {
        assertThat(engine.understand("products with price between 50 and 10", shop)).isEqualTo(new NotUnderstood(
                "'between' needs the smaller number first.", List.of(), "Ask for example: between 10 and 50."));
    }

    @Test
    void refusesToGroupRowsWithNothingToComputePerGroup() {
        assertThat(engine.understand("customers per state", shop)).isEqualTo(new NotUnderstood(
                "'per' needs something to compute for each group, such as a count or an average.", List.of(),
                "Ask for example: \"number of customers per <column>\"."));
    }

    @Test
    void refusesAComparisonWordWithNoNumberAfterIt() {
        NotUnderstood answer = (NotUnderstood) engine.understand("products with price over", shop);
        assertThat(answer.unknownWords()).containsExactly("over");
    }

    @Test
    void groupsByALinkedTablesKeyAndName() {
        Understood answer = (Understood) engine.understand("number of products per category", shop);
        assertThat(answer.intent().spec().groupBy()).extracting(GroupKey::table, GroupKey::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("public.categories", "id"),
                        org.assertj.core.groups.Tuple.tuple("public.categories", "name"));
        assertThat(answer.intent().spec().aggregate()).isEqualTo(new Aggregate(Aggregate.Function.COUNT, null));
    }

    @Test
    void refusesAnAggregateCombinedWithARanking() {
        assertThat(engine.understand("average price of top 5 products by stock", shop)).isEqualTo(new NotUnderstood(
                "'average' computes one value over products; combining it with listed columns, a ranking or a"
                        + " count is not supported yet.", List.of(),
                "Ask for the value alone, for example: \"average <column> of products\", or per column:"
                        + " \"... per <column>\"."));
    }
}
