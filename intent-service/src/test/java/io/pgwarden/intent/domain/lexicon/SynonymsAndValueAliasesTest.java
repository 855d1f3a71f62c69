package io.pgwarden.intent.domain.lexicon;

import static io.pgwarden.intent.domain.fixtures.Catalogs.catalog;
import static io.pgwarden.intent.domain.fixtures.Catalogs.integer;
import static io.pgwarden.intent.domain.fixtures.Catalogs.numeric;
import static io.pgwarden.intent.domain.fixtures.Catalogs.table;
import static io.pgwarden.intent.domain.fixtures.Catalogs.text;
import static io.pgwarden.intent.domain.fixtures.Catalogs.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import io.pgwarden.contracts.schema.SchemaCatalog;
import io.pgwarden.intent.domain.lexicon.Meaning.ColumnRef;
import io.pgwarden.intent.domain.lexicon.Meaning.TableRef;
import io.pgwarden.intent.domain.lexicon.Meaning.ValueRef;
import io.pgwarden.intent.domain.text.Tokenizer;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Synonyms of schema words and other spellings of stored states and countries, on two unrelated schemas. */
class SynonymsAndValueAliasesTest {

    /** A shop in snake_case whose states are stored as full names. */
    private final SchemaCatalog shop = catalog(
            table("public", "customers").key(integer("id")).column(text("state", "California", "Texas", "New York"))
                    .column(text("city")).build(),
            table("public", "products").key(integer("id")).column(numeric("unit_price")).build(),
            table("public", "orders").key(integer("id")).references(integer("customer_id"), "public.customers", "id")
                    .build());

    /** A PascalCase staff directory whose states are stored as codes and countries as names and codes. */
    private final SchemaCatalog directory = catalog(
            table("hr", "Staff").key(integer("StaffId")).column(varchar("Region", "CA", "TX", "WA", "NY"))
                    .column(varchar("Country", "Germany", "USA", "Canada")).column(numeric("Cost")).build(),
            table("hr", "Item").key(integer("ItemId")).column(numeric("Price")).build());

    private static Optional<LexiconMatch> match(SchemaCatalog catalog, String question, int from) {
        return Lexicon.build(catalog).longestMatch(new Tokenizer().tokenize(question), from);
    }

    private static List<String> meanings(SchemaCatalog catalog, String question, int from) {
        return match(catalog, question, from).map(m -> m.terms().stream().map(t -> describe(t.meaning())).toList())
                .orElse(List.of());
    }

    private static String describe(Meaning meaning) {
        if (meaning instanceof TableRef t) {
            return "table " + t.table().name();
        }
        if (meaning instanceof ColumnRef c) {
            return "column " + c.table().name() + "." + c.column().name();
        }
        ValueRef v = (ValueRef) meaning;
        return "value " + v.table().name() + "." + v.column().name() + "=" + v.stored();
    }

    @Test
    void aSynonymNamesTheTableWhoseNameItStandsFor() {
        assertThat(meanings(shop, "clients", 0)).contains("table customers");
        assertThat(meanings(shop, "purchases", 0)).containsExactly("table orders");
        assertThat(meanings(shop, "items", 0)).containsExactly("table products");
        assertThat(match(shop, "clients", 0).orElseThrow().terms()).allMatch(t -> t.strength() == Strength.NAME
                || t.strength() == Strength.HEAD);
        // A synonym means what the word it stands for means: the table Staff and the key StaffId named by its head.
        assertThat(meanings(directory, "employees", 0)).isEqualTo(meanings(directory, "staff", 0))
                .containsExactly("table Staff", "column Staff.StaffId");
        assertThat(meanings(directory, "workers", 0)).isEqualTo(meanings(directory, "staff", 0));
    }

    @Test
    void aSynonymReplacesOneWordOfALongerName() {
        assertThat(meanings(shop, "unit cost", 0)).containsExactly("column products.unit_price");
        assertThat(meanings(shop, "cost", 0)).containsExactly("column products.unit_price");
        assertThat(meanings(shop, "town", 0)).containsExactly("column customers.city");
        assertThat(meanings(shop, "client id", 0)).containsExactly("column orders.customer_id");
    }

    @Test
    void aSynonymTheSchemaUsesItselfKeepsItsOwnMeaning() {
        // The directory has a column Cost and a table Item: "cost" is not the price and "item" is not a product.
        assertThat(meanings(directory, "cost", 0)).containsExactly("column Staff.Cost");
        assertThat(meanings(directory, "items", 0)).containsExactly("table Item", "column Item.ItemId");
        assertThat(meanings(directory, "products", 0)).isEqualTo(meanings(directory, "items", 0));
        // Nothing in the shop is a supplier, so "vendors" names nothing.
        assertThat(match(shop, "vendors", 0)).isEmpty();
    }

    @Test
    void aStateCodeFindsTheFullNameTheDataHolds() {
        assertThat(meanings(shop, "customers from CA", 2)).containsExactly("value customers.state=California");
        assertThat(meanings(shop, "customers in NY", 2)).containsExactly("value customers.state=New York");
        assertThat(Lexicon.build(shop).valuesEqualTo("tx")).extracting(ValueRef::stored).containsExactly("Texas");
    }

    @Test
    void aStateNameFindsTheCodeTheDataHolds() {
        assertThat(meanings(directory, "staff from California", 2)).containsExactly("value Staff.Region=CA");
        assertThat(meanings(directory, "staff in New York", 2)).containsExactly("value Staff.Region=NY");
        assertThat(match(directory, "staff in New York", 2).orElseThrow().length()).isEqualTo(2);
        assertThat(meanings(directory, "staff in washington", 2)).containsExactly("value Staff.Region=WA");
    }

    @Test
    void countriesMatchByNameAndByEitherCode() {
        assertThat(meanings(directory, "staff in DEU", 2)).containsExactly("value Staff.Country=Germany");
        assertThat(meanings(directory, "staff in DE", 2)).containsExactly("value Staff.Country=Germany");
        assertThat(meanings(directory, "staff in the United States", 3)).containsExactly("value Staff.Country=USA");
        assertThat(meanings(directory, "staff in US", 2)).containsExactly("value Staff.Country=USA");
    }

    @Test
    void aCodeTheDataStoresElsewhereIsNeverAnAlias() {
        // "CA" is stored as a state code, so it never stands for Canada in the country column.
        assertThat(meanings(directory, "staff in CA", 2)).containsExactly("value Staff.Region=CA");
        assertThat(meanings(directory, "staff in CAN", 2)).containsExactly("value Staff.Country=Canada");
    }

    @Test
    void codesCountOnlyAsTypedInCapitalsAndNotInAShoutedQuestion() {
        assertThat(match(shop, "customers from ca", 2)).isEmpty();
        assertThat(match(shop, "CUSTOMERS FROM CA", 2)).isEmpty();
        // "OR" is Oregon only where the data holds Oregon; the shop does not.
        assertThat(match(shop, "customers in Texas OR California", 3)).isEmpty();
    }

    @Test
    void aColumnWhoseValuesAreNeitherStatesNorCountriesGetsNoAliases() {
        SchemaCatalog people = catalog(table("public", "people").key(integer("id"))
                .column(text("nickname", "Georgia", "Sky", "Max", "Jo")).build());
        assertThat(match(people, "people called GA", 2)).isEmpty();
        assertThat(Lexicon.build(people).valuesEqualTo("ga")).isEmpty();
    }
}
