package io.pgwarden.intent.domain;

import static io.pgwarden.intent.domain.fixtures.Catalogs.catalog;
import static io.pgwarden.intent.domain.fixtures.Catalogs.integer;
import static io.pgwarden.intent.domain.fixtures.Catalogs.numeric;
import static io.pgwarden.intent.domain.fixtures.Catalogs.table;
import static io.pgwarden.intent.domain.fixtures.Catalogs.text;
import static io.pgwarden.intent.domain.fixtures.Intents.count;
import static io.pgwarden.intent.domain.fixtures.Intents.eq;
import static io.pgwarden.intent.domain.fixtures.Intents.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.pgwarden.contracts.event.ClarificationNeeded.ClarificationOption;
import io.pgwarden.contracts.intent.Complexity;
import io.pgwarden.contracts.schema.SchemaCatalog;
import io.pgwarden.intent.domain.Understanding.NeedsClarification;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Country and state codes such as US, IT or IN are also common words. Typed in capitals they are values; typed in
 * lower case where a value would stand, the engine asks rather than drop them and count every row.
 */
class ValuesSpelledLikeCommonWordsTest {

    private final DeterministicEngine engine = new DeterministicEngine();
    private final SchemaCatalog catalog = catalog(
            table("public", "customers").key(integer("id")).column(text("country", "Canada", "UK", "US"))
                    .column(text("department", "IT", "Sales")).build(),
            table("public", "orders").key(integer("id")).column(numeric("total")).build());

    @Test
    void readsACapitalisedStopWordStoredExactlySoAsTheValue() {
        assertThat(engine.understand("how many customers in US", catalog)).isEqualTo(read(
                List.of("public.customers", "public.customers.country"), List.of("count", "filter"),
                Complexity.SIMPLE, count("public.customers", eq("public.customers", "country", "US")), 1.0));
        assertThat(engine.understand("how many customers work in IT", catalog))
                .isInstanceOf(Understanding.NotUnderstood.class);
    }

    @Test
    void asksWhenALowerCaseStopWordWhereAValueWouldStandIsAStoredValue() {
        assertThat(engine.understand("how many customers are in the us?", catalog)).isEqualTo(new NeedsClarification(
                "'us' may be the value US of customers.country.", List.of(new ClarificationOption(
                        "customers.country = US", "how many customers are in the country \"US\"?"))));
        assertThat(engine.understand("how many customers are in the country \"US\"?", catalog)).isEqualTo(read(
                List.of("public.customers", "public.customers.country"), List.of("count", "filter"),
                Complexity.SIMPLE, count("public.customers", eq("public.customers", "country", "US")), 1.0));
    }

    @Test
    void keepsStopWordsElsewhereAsFiller() {
        assertThat(engine.understand("Tell us how many customers there are", catalog)).isEqualTo(read(
                List.of("public.customers"), List.of("count"), Complexity.SIMPLE, count("public.customers"), 1.0));
    }

    @Test
    void readsInTotalAsPartOfACountEvenWhenATableHasATotalColumn() {
        assertThat(engine.understand("How many orders are there in total?", catalog)).isEqualTo(read(
                List.of("public.orders"), List.of("count"), Complexity.SIMPLE, count("public.orders"), 1.0));
    }
}
