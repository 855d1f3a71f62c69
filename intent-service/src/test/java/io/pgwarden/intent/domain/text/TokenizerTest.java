package io.pgwarden.intent.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private final Tokenizer tokenizer = new Tokenizer();

    @Test
    void lowerCasesWordsAndDropsPunctuation() {
        assertThat(tokenizer.tokenize("Show me ALL customers, please!")).containsExactly(
                new Token(TokenKind.WORD, "Show", "show", 0, 4), new Token(TokenKind.WORD, "me", "me", 5, 7),
                new Token(TokenKind.WORD, "ALL", "all", 8, 11), new Token(TokenKind.WORD, "customers", "customers", 12, 21),
                new Token(TokenKind.WORD, "please", "please", 23, 29));
    }

    @Test
    void readsNumbersWithCurrencySignsAndThousandsSeparators() {
        assertThat(tokenizer.tokenize("$1,250.50 and 99.99 and 7")).extracting(Token::kind, Token::key)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(TokenKind.NUMBER, "1250.50"),
                        org.assertj.core.groups.Tuple.tuple(TokenKind.WORD, "and"),
                        org.assertj.core.groups.Tuple.tuple(TokenKind.NUMBER, "99.99"),
                        org.assertj.core.groups.Tuple.tuple(TokenKind.WORD, "and"),
                        org.assertj.core.groups.Tuple.tuple(TokenKind.NUMBER, "7"));
    }

    @Test
    void keepsQuotedTextWholeAndTakesItLiterally() {
        assertThat(tokenizer.tokenize("state 'New York' or “Rock & Roll”")).containsExactly(
                new Token(TokenKind.WORD, "state", "state", 0, 5),
                new Token(TokenKind.QUOTED, "New York", "new york", 6, 16),
                new Token(TokenKind.WORD, "or", "or", 17, 19),
                new Token(TokenKind.QUOTED, "Rock & Roll", "rock & roll", 20, 33));
    }

    @Test
    void treatsApostrophesInsideWordsAsPartOfTheWordAndDropsPossessives() {
        assertThat(tokenizer.tokenize("O'Brien's customer's orders")).extracting(Token::key)
                .containsExactly("o'brien", "customer", "orders");
    }

    @Test
    void readsIsoDatesAndComparisonSymbols() {
        assertThat(tokenizer.tokenize("date >= 2024-01-31")).extracting(Token::kind).containsExactly(TokenKind.WORD,
                TokenKind.SYMBOL, TokenKind.DATE);
    }

    @Test
    void splitsCamelCaseLikeSchemaNames() {
        assertThat(tokenizer.tokenize("UnitPrice of firstName")).extracting(Token::key)
                .containsExactly("unit", "price", "of", "first", "name");
    }

    @Test
    void keepsWordsThatStartWithDigitsWhole() {
        assertThat(tokenizer.tokenize("the 5th order")).extracting(Token::kind, Token::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple(TokenKind.WORD, "the"),
                org.assertj.core.groups.Tuple.tuple(TokenKind.WORD, "5th"),
                org.assertj.core.groups.Tuple.tuple(TokenKind.WORD, "order"));
    }

    @Test
    void givesNoTokensForPunctuationOnly() {
        assertThat(tokenizer.tokenize(" ?! ... ")).isEqualTo(List.of());
    }
}
