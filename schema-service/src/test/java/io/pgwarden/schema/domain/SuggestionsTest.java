package io.pgwarden.schema.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    @Test
    void offersTheNamesWithinAFewEditsClosestFirst() {
        assertThat(Suggestions.closest("custmers", List.of("orders", "customers", "customer_notes")))
                .containsExactly("customers");
    }

    @Test
    void offersNothingWhenEveryNameIsFarAway() {
        assertThat(Suggestions.closest("spaceships", List.of("orders", "customers"))).isEmpty();
    }

    @Test
    void matchesIgnoringCaseAndCountsEditsByLevenshtein() {
        assertThat(Suggestions.closest("ORDERS", List.of("orders"))).containsExactly("orders");
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    }
}
