package io.pgwarden.intent.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordFormsTest {

    @ParameterizedTest
    @CsvSource({"customers,customer", "categories,category", "addresses,address", "people,person",
            "statuses,status", "boxes,box", "movies,movie", "analyses,analysis", "children,child",
            "people,persons", "order,orders", "category,category"})
    void treatsSingularAndPluralAsTheSameWord(String one, String other) {
        assertThat(WordForms.sameWord(one, other)).isTrue();
        assertThat(WordForms.sameWord(other, one)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"customer,customs", "order,border", "state,status", "address,add", "notes,not", "price,prices2"})
    void keepsDifferentWordsApart(String one, String other) {
        assertThat(WordForms.sameWord(one, other)).isFalse();
    }

    @Test
    void splitsSnakeCamelAndPascalCaseNamesIntoWords() {
        assertThat(NameWords.split("unit_price")).containsExactly("unit", "price");
        assertThat(NameWords.split("UnitPrice")).containsExactly("unit", "price");
        assertThat(NameWords.split("billingPostalCode")).containsExactly("billing", "postal", "code");
        assertThat(NameWords.split("HTTPStatus")).containsExactly("http", "status");
        assertThat(NameWords.split("address2")).containsExactly("address2");
        assertThat(NameWords.phrase("customer_id")).isEqualTo("customer id");
    }
}
