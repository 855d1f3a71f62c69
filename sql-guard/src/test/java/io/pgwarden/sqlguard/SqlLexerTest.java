package io.pgwarden.sqlguard;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgwarden.sqlguard.lexical.LexedSql;
import io.pgwarden.sqlguard.lexical.SqlLexer;
import io.pgwarden.sqlguard.lexical.StatementText;
import io.pgwarden.sqlguard.lexical.Token;
import io.pgwarden.sqlguard.lexical.TokenKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlLexerTest {

    private static LexedSql lex(String sql) {
        return SqlLexer.lex(sql, 64);
    }

    private static StatementText only(String sql) {
        LexedSql lexed = lex(sql);
        assertThat(lexed.fatalProblem()).isEmpty();
        assertThat(lexed.problems()).isEmpty();
        assertThat(lexed.statements()).hasSize(1);
        return lexed.statements().get(0);
    }

    @Test
    void splitsOnlyOnSemicolonsOutsideLiteralsAndComments() {
        LexedSql lexed = lex("SELECT ';', $t$;$t$, \";\" /* ; */ -- ;\n; SELECT 2;;");

        assertThat(lexed.statements()).extracting(StatementText::canonicalText)
                .containsExactly("SELECT ';' , ';' , \";\"", "SELECT 2");
    }

    @Test
    void rewritesCommentsAndLineBreaksAsSingleSpaces() {
        assertThat(only("SELECT a,/* x */b\n\n\nFROM t -- done").canonicalText()).isEqualTo("SELECT a, b FROM t");
    }

    @Test
    void rewritesEveryKindOfStringAsAPlainStringWithoutBackslashes() {
        assertThat(only("SELECT E'it\\'s', $$a'b$$, U&'\\0041', B'101', 'c\\d'").canonicalText())
                .isEqualTo("SELECT 'it''s' , 'a''b' , 'A' , '101' , 'c d'");
    }

    @Test
    void separatesAWordFromAFollowingStringSoItCannotBecomeAPrefix() {
        assertThat(only("SELECT q'[x]'").canonicalText()).isEqualTo("SELECT q '[x]'");
    }

    @Test
    void splitsDoubleSlashesThatJsqlparserWouldReadAsAComment() {
        assertThat(only("SELECT 4 // 2").canonicalText()).isEqualTo("SELECT 4 / / 2");
    }

    @Test
    void decodesUnicodeEscapedIdentifiersIntoQuotedIdentifiers() {
        StatementText statement = only("SELECT U&\"d!0061ta\" UESCAPE '!' FROM U&\"\\+000074\"");

        assertThat(statement.canonicalText()).isEqualTo("SELECT \"data\" FROM \"t\"");
        assertThat(statement.tokens()).filteredOn(t -> t.kind() == TokenKind.QUOTED_IDENTIFIER)
                .extracting(Token::value).containsExactly("data", "t");
    }

    @Test
    void foldsOnlyAsciiLettersOfUnquotedWords() {
        assertThat(only("SELECT ÄBC FROM T").tokens()).extracting(Token::value)
                .containsExactly("select", "Äbc", "from", "t");
    }

    @Test
    void joinsStringConstantsContinuedOnTheNextLine() {
        List<Token> tokens = only("SELECT 'a' -- note\n  'b', 'c' 'd'").tokens();

        assertThat(tokens).filteredOn(t -> t.kind() == TokenKind.STRING).extracting(Token::value)
                .containsExactly("ab", "c", "d");
    }

    @Test
    void nestsBlockCommentsLikePostgresql() {
        assertThat(only("SELECT 1 /* a /* b */ c */ + 2").canonicalText()).isEqualTo("SELECT 1 + 2");
    }

    @Test
    void readsDollarsInsideIdentifiersAndParametersAsPostgresqlDoes() {
        assertThat(only("SELECT a$b$c, $1 FROM t").tokens()).extracting(Token::kind).containsExactly(
                TokenKind.WORD, TokenKind.WORD, TokenKind.COMMA, TokenKind.PARAMETER, TokenKind.WORD,
                TokenKind.WORD);
    }

    @Test
    void reportsAnUnterminatedDollarQuoteAsFatal() {
        assertThat(lex("SELECT $a$ never closed $b$").fatalProblem()).contains(
                "The dollar-quoted string starting at offset 7 is never closed; close it or remove it.");
    }

    @Test
    void reportsAnAmbiguousBackslashQuoteWithoutLosingTheStatementCount() {
        LexedSql lexed = lex("SELECT 'a\\'; SELECT 2");

        assertThat(lexed.statements()).hasSize(2);
        assertThat(lexed.problems()).hasSize(1);
    }

    @Test
    void stopsAtTheNestingLimit() {
        assertThat(SqlLexer.lex("SELECT ((1))", 1).fatalProblem()).isPresent();
    }
}
