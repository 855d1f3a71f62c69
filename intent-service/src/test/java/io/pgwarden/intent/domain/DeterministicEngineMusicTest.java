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
import io.pgwarden.contracts.intent.QuerySpec;
import io.pgwarden.contracts.schema.SchemaCatalog;
import io.pgwarden.intent.domain.fixtures.MusicCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The same patterns on a Chinook-like music store: singular PascalCase names in a non-public schema. Nothing in
 * the engine knows either schema; the words come from the catalog.
 */
class DeterministicEngineMusicTest {

    private static final String CUSTOMER = "chinook.Customer";
    private static final String INVOICE = "chinook.Invoice";
    private static final String TRACK = "chinook.Track";

    private final DeterministicEngine engine = new DeterministicEngine();
    private final SchemaCatalog music = MusicCatalog.music();

    private Understanding ask(String question) {
        return engine.understand(question, music);
    }

    @Test
    void countsASingularTableAskedAboutInThePlural() {
        assertThat(ask("How many customers are there?")).isEqualTo(
                read(List.of(CUSTOMER), List.of("count"), Complexity.SIMPLE, count(CUSTOMER), 1.0));
    }

    @Test
    void filtersOnACountryValueOfThePascalCaseColumn() {
        assertThat(ask("How many customers from the United Kingdom?")).isEqualTo(read(
                List.of(CUSTOMER, "chinook.Customer.Country"), List.of("count", "filter"), Complexity.SIMPLE,
                count(CUSTOMER, eq(CUSTOMER, "Country", "United Kingdom")), 1.0));
    }

    @Test
    void picksTheValueColumnOfTheNamedTableWhenAnotherTableHasTheSameValue() {
        assertThat(ask("show invoices from Canada")).isEqualTo(read(
                List.of(INVOICE, "chinook.Invoice.BillingCountry"), List.of("list", "filter"), Complexity.SIMPLE,
                list(INVOICE, eq(INVOICE, "BillingCountry", "Canada")), 1.0));
    }

    @Test
    void ranksByACamelCaseColumnNamedInWords() {
        assertThat(ask("Top 3 tracks by unit price")).isEqualTo(read(List.of(TRACK, "chinook.Track.UnitPrice"),
                List.of("list", "order", "limit"), Complexity.MEDIUM, ranked(TRACK, "UnitPrice", true, 3), 1.0));
    }

    @Test
    void ranksByTheHeadOfAColumnNameWithSlightlyLessConfidence() {
        assertThat(ask("Top 10 tracks by price")).isEqualTo(read(List.of(TRACK, "chinook.Track.UnitPrice"),
                List.of("list", "order", "limit"), Complexity.MEDIUM, ranked(TRACK, "UnitPrice", true, 10), 0.9));
    }

    @Test
    void filtersOnAForeignKeyNamedAfterItsTable() {
        assertThat(ask("invoices of customer 5")).isEqualTo(read(List.of(INVOICE, "chinook.Invoice.CustomerId"),
                List.of("list", "filter"), Complexity.SIMPLE, list(INVOICE, eq(INVOICE, "CustomerId", 5L)), 0.9));
    }

    @Test
    void showsARequestedColumnOfOneRowPickedByItsKey() {
        assertThat(ask("show the name of genre 3")).isEqualTo(read(
                List.of("chinook.Genre", "chinook.Genre.Name", "chinook.Genre.GenreId"), List.of("list", "filter"),
                Complexity.SIMPLE, new QuerySpec("chinook.Genre", List.of("Name"), null,
                        List.of(eq("chinook.Genre", "GenreId", 3L)), List.of(), null), 1.0));
    }

    @Test
    void filtersOnAValueWithPunctuation() {
        assertThat(ask("genres with name Alternative & Punk")).isEqualTo(read(
                List.of("chinook.Genre", "chinook.Genre.Name"), List.of("list", "filter"), Complexity.SIMPLE,
                list("chinook.Genre", eq("chinook.Genre", "Name", "Alternative & Punk")), 1.0));
    }

    @Test
    void takesTwoCountriesJoinedByOrAsEitherOfThem() {
        assertThat(ask("How many customers are from USA or Canada")).isEqualTo(read(
                List.of(CUSTOMER, "chinook.Customer.Country"), List.of("count", "filter"), Complexity.SIMPLE,
                count(CUSTOMER, new Condition(CUSTOMER, "Country", Operator.IN, List.of("USA", "Canada"))), 1.0));
    }
}
