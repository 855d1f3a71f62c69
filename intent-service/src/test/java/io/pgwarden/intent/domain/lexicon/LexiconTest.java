package io.pgwarden.intent.domain.lexicon;

import static io.pgwarden.intent.domain.fixtures.Catalogs.catalog;
import static io.pgwarden.intent.domain.fixtures.Catalogs.integer;
import static io.pgwarden.intent.domain.fixtures.Catalogs.table;
import static io.pgwarden.intent.domain.fixtures.Catalogs.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.pgwarden.contracts.schema.SchemaCatalog;
import io.pgwarden.contracts.schema.TableInfo;
import io.pgwarden.intent.domain.lexicon.Meaning.ColumnRef;
import io.pgwarden.intent.domain.lexicon.Meaning.TableRef;
import io.pgwarden.intent.domain.lexicon.Meaning.ValueRef;
import io.pgwarden.intent.domain.text.Token;
import io.pgwarden.intent.domain.text.Tokenizer;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LexiconTest {

    private final TableInfo customers = table("public", "customers").key(integer("id"))
            .column(text("state", "New York", "No", "Texas")).column(text("first_name")).build();
    private final TableInfo orderItems = table("public", "order_items").key(integer("id"))
            .references(integer("customer_id"), "public.customers", "id").build();
    private final SchemaCatalog catalog = catalog(customers, orderItems);
    private final Lexicon lexicon = Lexicon.build(catalog);

    private Optional<LexiconMatch> matchAt(String question, int from) {
        List<Token> tokens = new Tokenizer().tokenize(question);
        return lexicon.longestMatch(tokens, from);
    }

    @Test
    void findsATableByTheSingularOfItsName() {
        assertThat(matchAt("customer", 0)).contains(new LexiconMatch(0, 1, List.of(
                new Term(List.of("customers"), new TableRef(customers), Strength.NAME),
                new Term(List.of("customer"), new ColumnRef(orderItems, orderItems.column("customer_id").orElseThrow()),
                        Strength.HEAD))));
    }

    @Test
    void prefersTheLongestPhrase() {
        assertThat(matchAt("new york customers", 0)).contains(new LexiconMatch(0, 2, List.of(new Term(
                List.of("new", "york"), new ValueRef(customers, customers.column("state").orElseThrow(), "New York"),
                Strength.VALUE))));
        assertThat(matchAt("order items", 0).orElseThrow().terms()).extracting(Term::meaning)
                .containsExactly(new TableRef(orderItems));
    }

    @Test
    void neverReadsAFillerOrOperatorWordAsAStoredValue() {
        assertThat(matchAt("customers with no email", 2)).isEmpty();
        assertThat(lexicon.valuesEqualTo("NO")).containsExactly(
                new ValueRef(customers, customers.column("state").orElseThrow(), "No"));
    }

    @Test
    void findsAColumnByItsNameInWordsAndByItsHead() {
        assertThat(matchAt("first name", 0).orElseThrow().terms()).containsExactly(new Term(List.of("first", "name"),
                new ColumnRef(customers, customers.column("first_name").orElseThrow()), Strength.NAME));
        assertThat(matchAt("name", 0).orElseThrow().terms()).containsExactly(new Term(List.of("name"),
                new ColumnRef(customers, customers.column("first_name").orElseThrow()), Strength.HEAD));
    }

    @Test
    void namesATableWithItsSchemaOnlyWhenAnotherSchemaHasTheSameName() {
        TableInfo archived = table("archive", "customers").key(integer("id")).build();
        Lexicon twoSchemas = Lexicon.build(catalog(customers, archived, orderItems));
        assertThat(twoSchemas.phraseFor(archived)).isEqualTo("archive.customers");
        assertThat(twoSchemas.phraseFor(orderItems)).isEqualTo("order items");
    }
}
