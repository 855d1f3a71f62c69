package io.pgwarden.query.domain.describe;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CommentLineTest {

    @Test
    void keepsTheCommentOnOneLineWhateverTheNamesHold() {
        assertThat(CommentLine.of("Lists a\nb\r\nc\u2028d of t")).isEqualTo("-- Lists a b c d of t");
    }

    @Test
    void removesBlockCommentMarkersEvenWhenRemovingOneFormsAnother() {
        assertThat(CommentLine.of("x */ y /*/ z **// w")).isEqualTo("-- x y / z w");
    }

    @Test
    void writesValuesInProseQuotedAndShortened() {
        assertThat(Prose.value("California")).isEqualTo("'California'");
        assertThat(Prose.value(new BigDecimal("1.50"))).isEqualTo("1.50");
        assertThat(Prose.value(true)).isEqualTo("true");
        assertThat(Prose.value("x".repeat(70))).isEqualTo("'" + "x".repeat(60) + "...'");
    }
}
