package io.pgwarden.intent.domain;

import static io.pgwarden.intent.domain.fixtures.Intents.count;
import static io.pgwarden.intent.domain.fixtures.Intents.eq;
import static io.pgwarden.intent.domain.fixtures.Intents.list;
import static io.pgwarden.intent.domain.fixtures.Intents.ranked;
import static io.pgwarden.intent.domain.fixtures.Intents.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.pgwarden.contracts.event.ClarificationNeeded.ClarificationOption;
import io.pgwarden.contracts.intent.Complexity;
import io.pgwarden.contracts.schema.SchemaCatalog;
import io.pgwarden.intent.domain.Understanding.NeedsClarification;
import io.pgwarden.intent.domain.Understanding.NotUnderstood;
import io.pgwarden.intent.domain.fixtures.CommentedShopCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Comments and shared values enrich the lexicon without changing what a plain question means. */
class CommentedSchemaTest {

    private final DeterministicEngine engine = new DeterministicEngine();
    private final SchemaCatalog shop = CommentedShopCatalog.commentedShop();

    private Understanding ask(String question) {
        return engine.understand(question, shop);
    }

    @Test
    void answersThePrdExamplesAsOnAnUncommentedSchema() {
        assertThat(ask("Show me all customers from California")).isEqualTo(read(
                List.of("public.customers", "public.customers.state"), List.of("list", "filter"), Complexity.SIMPLE,
                list("public.customers", eq("public.customers", "state", "California")), 1.0));
        assertThat(ask("How many customers are in Texas?")).isEqualTo(read(
                List.of("public.customers", "public.customers.state"), List.of("count", "filter"), Complexity.SIMPLE,
                count("public.customers", eq("public.customers", "state", "Texas")), 1.0));
        assertThat(ask("Top 5 products by price")).isEqualTo(read(List.of("public.products", "public.products.price"),
                List.of("list", "order", "limit"), Complexity.MEDIUM, ranked("public.products", "price", true, 5),
                1.0));
    }

    @Test
    void takesTheTableNamedFirstWhenACommentMentionsTheOther() {
        assertThat(ask("products in category 3")).isEqualTo(read(
                List.of("public.products", "public.products.category_id"), List.of("list", "filter"),
                Complexity.SIMPLE, list("public.products", eq("public.products", "category_id", 3L)), 0.9));
    }

    @Test
    void neverTakesAnotherTablesNameAsThisTableBecauseOfAComment() {
        // The categories table's comment mentions products, but "product 3" names the products table: the
        // question is never answered about categories through that comment.
        assertThat(ask("category of product 3")).isInstanceOf(NotUnderstood.class);
    }

    @Test
    void confirmsATableKnownOnlyFromItsComment() {
        assertThat(ask("How many employees are there?")).isEqualTo(new NeedsClarification(
                "'employees' is not the name of a table; the closest match is public.users.",
                List.of(new ClarificationOption("public.users", "How many users are there?"))));
    }

    @Test
    void asksWhichColumnWhenAValueIsBothACityAndAState() {
        assertThat(ask("show customers from New York")).isEqualTo(new NeedsClarification(
                "'New York' is a value of more than one column of customers: city, state.", List.of(
                        new ClarificationOption("customers.city = New York", "show customers from city \"New York\""),
                        new ClarificationOption("customers.state = New York",
                                "show customers from state \"New York\""))));
        assertThat(ask("customers named Thomas")).isEqualTo(new NeedsClarification(
                "'Thomas' is a value of more than one column of customers: first_name, last_name.", List.of(
                        new ClarificationOption("customers.first_name = Thomas",
                                "customers named first name \"Thomas\""),
                        new ClarificationOption("customers.last_name = Thomas",
                                "customers named last name \"Thomas\""))));
        assertThat(ask("customers named last name \"Thomas\"")).isEqualTo(read(
                List.of("public.customers", "public.customers.last_name"), List.of("list", "filter"),
                Complexity.SIMPLE, list("public.customers", eq("public.customers", "last_name", "Thomas")), 1.0));
    }

    @Test
    void matchesAStoredValueInThePlural() {
        assertThat(ask("how many users are analysts")).isEqualTo(read(List.of("public.users", "public.users.role"),
                List.of("count", "filter"), Complexity.SIMPLE, count("public.users", eq("public.users", "role",
                        "analyst")), 1.0));
    }

    @Test
    void filtersThroughTheForeignKeyByAnotherTablesValue() {
        assertThat(ask("list products in Electronics")).isEqualTo(read(
                List.of("public.products", "public.categories.name"), List.of("list", "join", "filter"),
                Complexity.COMPLEX, list("public.products", eq("public.categories", "name", "Electronics")), 1.0));
    }
}
