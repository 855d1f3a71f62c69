package io.pgwarden.intent.domain;

import static io.pgwarden.intent.domain.fixtures.Catalogs.catalog;
import static io.pgwarden.intent.domain.fixtures.Catalogs.commented;
import static io.pgwarden.intent.domain.fixtures.Catalogs.integer;
import static io.pgwarden.intent.domain.fixtures.Catalogs.table;
import static io.pgwarden.intent.domain.fixtures.Catalogs.text;
import static io.pgwarden.intent.domain.fixtures.Intents.count;
import static io.pgwarden.intent.domain.fixtures.Intents.eq;
import static io.pgwarden.intent.domain.fixtures.Intents.list;
import static io.pgwarden.intent.domain.fixtures.Intents.ranked;
import static org.assertj.core.api.Assertions.assertThat;

import io.pgwarden.contracts.event.ClarificationNeeded.ClarificationOption;
import io.pgwarden.contracts.intent.QuerySpec;
import io.pgwarden.contracts.schema.SchemaCatalog;
import io.pgwarden.intent.domain.Understanding.NeedsClarification;
import io.pgwarden.intent.domain.Understanding.Understood;
import io.pgwarden.intent.domain.fixtures.MusicCatalog;
import io.pgwarden.intent.domain.fixtures.ShopCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * When a question fits several readings the engine asks, with options that are the user's question made
 * unambiguous; each option, asked again, is understood as exactly that reading.
 */
class ClarificationTest {

    private final DeterministicEngine engine = new DeterministicEngine();

    @Test
    void asksWhichTableWhenAValueIsStoredInTwoTablesAndNoneIsNamed() {
        SchemaCatalog shop = ShopCatalog.shop();
        assertThat(engine.understand("How many are in California?", shop)).isEqualTo(new NeedsClarification(
                "The question fits more than one table: public.customers, public.suppliers.", List.of(
                        new ClarificationOption("public.customers",
                                "How many are in customers with state \"California\"?"),
                        new ClarificationOption("public.suppliers",
                                "How many are in suppliers with state \"California\"?"))));
        assertThat(specOf("How many are in customers with state \"California\"?", shop))
                .isEqualTo(count("public.customers", eq("public.customers", "state", "California")));
        assertThat(specOf("How many are in suppliers with state \"California\"?", shop))
                .isEqualTo(count("public.suppliers", eq("public.suppliers", "state", "California")));
    }

    @Test
    void asksWhichTableWhenAColumnNameFitsSeveralAndNoTableIsNamed() {
        SchemaCatalog shop = ShopCatalog.shop();
        assertThat(engine.understand("list the names?", shop)).isEqualTo(new NeedsClarification(
                "The question fits more than one table: public.customers, public.categories, public.products,"
                        + " public.suppliers.", List.of(
                        new ClarificationOption("public.customers", "list the names in customers?"),
                        new ClarificationOption("public.categories", "list the names in categories?"),
                        new ClarificationOption("public.products", "list the names in products?"),
                        new ClarificationOption("public.suppliers", "list the names in suppliers?"))));
        assertThat(specOf("list the names in products?", shop)).isEqualTo(new QuerySpec("public.products",
                List.of("name"), null, List.of(), List.of(), null));
    }

    @Test
    void asksWhichColumnWhenAValueIsStoredInTwoColumnsOfTheTable() {
        SchemaCatalog shipping = catalog(table("sales", "shipments").key(integer("id"))
                .column(text("origin_state", "Ohio", "Texas")).column(text("destination_state", "Texas", "Utah"))
                .build());
        assertThat(engine.understand("shipments in Texas", shipping)).isEqualTo(new NeedsClarification(
                "'Texas' is a value of more than one column of shipments: origin_state, destination_state.", List.of(
                        new ClarificationOption("shipments.origin_state = Texas",
                                "shipments in origin state \"Texas\""),
                        new ClarificationOption("shipments.destination_state = Texas",
                                "shipments in destination state \"Texas\""))));
        assertThat(specOf("shipments in destination state \"Texas\"", shipping))
                .isEqualTo(list("sales.shipments", eq("sales.shipments", "destination_state", "Texas")));
    }

    @Test
    void asksWhichColumnWhenAWordIsTheHeadOfSeveralColumnNames() {
        SchemaCatalog music = MusicCatalog.music();
        assertThat(engine.understand("show customers sorted by name", music)).isEqualTo(new NeedsClarification(
                "'name' could mean more than one column of Customer: FirstName, LastName.", List.of(
                        new ClarificationOption("Customer.FirstName", "show customers sorted by first name"),
                        new ClarificationOption("Customer.LastName", "show customers sorted by last name"))));
        assertThat(specOf("show customers sorted by last name", music)).isEqualTo(new QuerySpec("chinook.Customer",
                List.of(), null, List.of(), List.of(new io.pgwarden.contracts.intent.Ordering("LastName", false)),
                null));
    }

    @Test
    void asksWhichColumnToRankByWhenTopNHasNoColumn() {
        SchemaCatalog shop = ShopCatalog.shop();
        assertThat(engine.understand("top 5 products?", shop)).isEqualTo(new NeedsClarification(
                "'top 5' needs a column to rank products by.", List.of(
                        new ClarificationOption("by products.price", "top 5 products by price?"),
                        new ClarificationOption("by products.stock", "top 5 products by stock?"))));
        assertThat(specOf("top 5 products by stock?", shop)).isEqualTo(ranked("public.products", "stock", true, 5));
    }

    @Test
    void asksWhichSchemaWhenTwoSchemasHaveATableOfTheSameName() {
        SchemaCatalog twoSchemas = catalog(table("sales", "orders").key(integer("id")).build(),
                table("archive", "orders").key(integer("id")).build());
        assertThat(engine.understand("how many orders are there", twoSchemas)).isEqualTo(new NeedsClarification(
                "The question fits more than one table: sales.orders, archive.orders.", List.of(
                        new ClarificationOption("sales.orders", "how many sales.orders are there"),
                        new ClarificationOption("archive.orders", "how many archive.orders are there"))));
        assertThat(specOf("how many archive.orders are there", twoSchemas)).isEqualTo(count("archive.orders"));
    }

    @Test
    void confirmsATableFoundOnlyThroughItsComment() {
        SchemaCatalog cryptic = catalog(table("public", "cst_mstr").key(integer("id"))
                .comment("People who buy from the shop").column(text("nm")).build());
        assertThat(engine.understand("How many people are there?", cryptic)).isEqualTo(new NeedsClarification(
                "'people' is not the name of a table; the closest match is public.cst_mstr.", List.of(
                        new ClarificationOption("public.cst_mstr", "How many cst mstr are there?"))));
        assertThat(specOf("How many cst mstr are there?", cryptic)).isEqualTo(count("public.cst_mstr"));
    }

    @Test
    void confirmsAColumnFoundOnlyThroughItsComment() {
        SchemaCatalog cryptic = catalog(table("public", "person").key(integer("id"))
                .column(commented(text("st"), "State of residence")).build());
        assertThat(engine.understand("people with residence Ohio", cryptic)).isEqualTo(new NeedsClarification(
                "'residence' is not the name of a column; the closest match is person.st.", List.of(
                        new ClarificationOption("person.st", "people with st Ohio"))));
        assertThat(specOf("people with st Ohio", cryptic)).isEqualTo(list("public.person",
                eq("public.person", "st", "Ohio")));
    }

    @Test
    void confirmsATableFoundOnlyThroughTheEndOfItsName() {
        SchemaCatalog shop = catalog(table("public", "order_items").key(integer("id")).build());
        assertThat(engine.understand("count the items", shop)).isEqualTo(new NeedsClarification(
                "'items' is not the name of a table; the closest match is public.order_items.", List.of(
                        new ClarificationOption("public.order_items", "count the order items"))));
    }

    private QuerySpec specOf(String question, SchemaCatalog catalog) {
        Understanding understanding = engine.understand(question, catalog);
        assertThat(understanding).isInstanceOf(Understood.class);
        return ((Understood) understanding).intent().spec();
    }
}
