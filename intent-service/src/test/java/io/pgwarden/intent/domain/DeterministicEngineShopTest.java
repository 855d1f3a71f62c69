package io.pgwarden.intent.domain;

import static io.pgwarden.intent.domain.fixtures.Intents.count;
import static io.pgwarden.intent.domain.fixtures.Intents.eq;
import static io.pgwarden.intent.domain.fixtures.Intents.list;
import static io.pgwarden.intent.domain.fixtures.Intents.ranked;
import static io.pgwarden.intent.domain.fixtures.Intents.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.pgwarden.contracts.intent.Complexity;
import io.pgwarden.contracts.intent.Condition;
import io.pgwarden.contracts.intent.Operator;
import io.pgwarden.contracts.intent.Ordering;
import io.pgwarden.contracts.intent.QuerySpec;
import io.pgwarden.contracts.schema.SchemaCatalog;
import io.pgwarden.intent.domain.fixtures.ShopCatalog;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The read patterns on a snake_case shop schema with plural table names. */
class DeterministicEngineShopTest {

    private static final String CUSTOMERS = "public.customers";
    private static final String ORDERS = "public.orders";
    private static final String PRODUCTS = "public.products";

    private final DeterministicEngine engine = new DeterministicEngine();
    private final SchemaCatalog shop = ShopCatalog.shop();

    private Understanding ask(String question) {
        return engine.understand(question, shop);
    }

    @Test
    void countsTheRowsOfTheTableTheQuestionNames() {
        assertThat(ask("How many customers are there?")).isEqualTo(
                read(List.of(CUSTOMERS), List.of("count"), Complexity.SIMPLE, count(CUSTOMERS), 1.0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"count the orders", "number of orders", "What's the total number of orders?",
            "How many orders do we have?", "how many order", "Count of orders please"})
    void understandsEveryWayOfAskingForACount(String question) {
        assertThat(ask(question)).isEqualTo(
                read(List.of(ORDERS), List.of("count"), Complexity.SIMPLE, count(ORDERS), 1.0));
    }

    @Test
    void filtersOnAValueFoundInTheColumnsValueLexicon() {
        assertThat(ask("Show me all customers from California")).isEqualTo(read(
                List.of(CUSTOMERS, "public.customers.state"), List.of("list", "filter"), Complexity.SIMPLE,
                list(CUSTOMERS, eq(CUSTOMERS, "state", "California")), 1.0));
    }

    @Test
    void matchesMultiWordValuesIgnoringCaseAndUsesTheStoredSpelling() {
        assertThat(ask("show customers from new YORK")).isEqualTo(read(
                List.of(CUSTOMERS, "public.customers.state"), List.of("list", "filter"), Complexity.SIMPLE,
                list(CUSTOMERS, eq(CUSTOMERS, "state", "New York")), 1.0));
    }

    @Test
    void countsWithAnEqualityFilter() {
        assertThat(ask("How many customers are in Texas?")).isEqualTo(read(
                List.of(CUSTOMERS, "public.customers.state"), List.of("count", "filter"), Complexity.SIMPLE,
                count(CUSTOMERS, eq(CUSTOMERS, "state", "Texas")), 1.0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"orders with status shipped", "orders whose status is 'shipped'",
            "orders where status = shipped", "show the shipped orders"})
    void filtersOnAnExplicitColumnAndItsValue(String question) {
        assertThat(ask(question)).isEqualTo(read(List.of(ORDERS, "public.orders.status"),
                List.of("list", "filter"), Complexity.SIMPLE, list(ORDERS, eq(ORDERS, "status", "shipped")), 1.0));
    }

    @Test
    void readsANumberAfterAKeyColumnsHeadAsThatKey() {
        assertThat(ask("products in category 3")).isEqualTo(read(List.of(PRODUCTS, "public.products.category_id"),
                List.of("list", "filter"), Complexity.SIMPLE, list(PRODUCTS, eq(PRODUCTS, "category_id", 3L)), 0.9));
    }

    @Test
    void readsANumberAfterTheTablesNameAsItsPrimaryKey() {
        assertThat(ask("show product 12")).isEqualTo(read(List.of(PRODUCTS, "public.products.id"),
                List.of("list", "filter"), Complexity.SIMPLE, list(PRODUCTS, eq(PRODUCTS, "id", 12L)), 1.0));
    }

    @Test
    void takesTopNByAColumnAsDescendingOrderWithALimit() {
        assertThat(ask("Top 5 products by price")).isEqualTo(read(List.of(PRODUCTS, "public.products.price"),
                List.of("list", "order", "limit"), Complexity.MEDIUM, ranked(PRODUCTS, "price", true, 5), 1.0));
    }

    @Test
    void takesBottomNByAColumnAsAscendingOrderWithALimit() {
        assertThat(ask("bottom three products by stock")).isEqualTo(read(List.of(PRODUCTS, "public.products.stock"),
                List.of("list", "order", "limit"), Complexity.MEDIUM, ranked(PRODUCTS, "stock", false, 3), 1.0));
    }

    @Test
    void combinesTopNWithAFilter() {
        assertThat(ask("top 2 orders by total with status delivered")).isEqualTo(read(
                List.of(ORDERS, "public.orders.status", "public.orders.total"),
                List.of("list", "filter", "order", "limit"), Complexity.MEDIUM,
                ranked(ORDERS, "total", true, 2, eq(ORDERS, "status", "delivered")), 1.0));
    }

    @Test
    void ordersByAColumnWithAnExplicitDirection() {
        assertThat(ask("show customers sorted by last name descending")).isEqualTo(read(
                List.of(CUSTOMERS, "public.customers.last_name"), List.of("list", "order"), Complexity.MEDIUM,
                new QuerySpec(CUSTOMERS, List.of(), null, List.of(), List.of(new Ordering("last_name", true)), null),
                1.0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"first 10 customers", "show 10 customers", "show the first ten customers"})
    void limitsAListToTheFirstNRows(String question) {
        assertThat(ask(question)).isEqualTo(read(List.of(CUSTOMERS), List.of("list", "limit"), Complexity.SIMPLE,
                new QuerySpec(CUSTOMERS, List.of(), null, List.of(), List.of(), 10), 1.0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"list all categories", "show categories", "categories", "Can you show me every category?"})
    void listsATable(String question) {
        assertThat(ask(question)).isEqualTo(read(List.of("public.categories"), List.of("list"), Complexity.SIMPLE,
                list("public.categories"), 1.0));
    }

    @Test
    void findsTableNamesInAnySingularOrPluralForm() {
        assertThat(ask("how many address")).isEqualTo(read(List.of("public.addresses"), List.of("count"),
                Complexity.SIMPLE, count("public.addresses"), 1.0));
    }

    @Test
    void showsTheColumnsTheQuestionAsksFor() {
        assertThat(ask("the email and last name of customers in Texas")).isEqualTo(read(
                List.of(CUSTOMERS, "public.customers.email", "public.customers.last_name", "public.customers.state"),
                List.of("list", "filter"), Complexity.SIMPLE, new QuerySpec(CUSTOMERS, List.of("email", "last_name"),
                        null, List.of(eq(CUSTOMERS, "state", "Texas")), List.of(), null), 1.0));
    }

    @Test
    void takesSeveralValuesOfOneColumnAsAnyOfThem() {
        Condition either = new Condition(CUSTOMERS, "state", Operator.IN, List.of("California", "Texas"));
        assertThat(ask("customers from California or Texas")).isEqualTo(read(
                List.of(CUSTOMERS, "public.customers.state"), List.of("list", "filter"), Complexity.SIMPLE,
                list(CUSTOMERS, either), 1.0));
    }

    @Test
    void takesTypedWordsAfterAColumnWithoutValueLexiconAsItsValue() {
        assertThat(ask("customers with city San Francisco")).isEqualTo(read(
                List.of(CUSTOMERS, "public.customers.city"), List.of("list", "filter"), Complexity.SIMPLE,
                list(CUSTOMERS, eq(CUSTOMERS, "city", "San Francisco")), 1.0));
    }

    @Test
    void comparesDateColumnsWithAnIsoDate() {
        assertThat(ask("orders with order date 2024-01-31")).isEqualTo(read(
                List.of(ORDERS, "public.orders.order_date"), List.of("list", "filter"), Complexity.SIMPLE,
                list(ORDERS, eq(ORDERS, "order_date", "2024-01-31")), 1.0));
    }

    @Test
    void keepsADecimalTypedForANumericColumnExact() {
        assertThat(ask("orders with total $1,250.50")).isEqualTo(read(List.of(ORDERS, "public.orders.total"),
                List.of("list", "filter"), Complexity.SIMPLE,
                list(ORDERS, eq(ORDERS, "total", new BigDecimal("1250.50"))), 1.0));
    }

    @Test
    void infersTheTableFromAValueFoundInOnlyOneTableWithLessConfidence() {
        assertThat(ask("How many are in Texas?")).isEqualTo(read(List.of(CUSTOMERS, "public.customers.state"),
                List.of("count", "filter"), Complexity.SIMPLE, count(CUSTOMERS, eq(CUSTOMERS, "state", "Texas")),
                0.8));
    }

    @Test
    void reusesTheLexiconForTheSameCatalogAndRebuildsItForANewOne() {
        SchemaCatalog other = io.pgwarden.intent.domain.fixtures.MusicCatalog.music();
        assertThat(ask("how many customers")).isInstanceOf(Understanding.Understood.class);
        assertThat(engine.understand("how many genres", other)).isInstanceOf(Understanding.Understood.class);
        assertThat(engine.understand("how many genres", shop)).isInstanceOf(Understanding.NotUnderstood.class);
    }
}
