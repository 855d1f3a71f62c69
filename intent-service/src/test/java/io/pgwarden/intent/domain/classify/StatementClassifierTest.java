package io.pgwarden.intent.domain.classify;

import static io.pgwarden.intent.domain.fixtures.Catalogs.catalog;
import static io.pgwarden.intent.domain.fixtures.Catalogs.integer;
import static io.pgwarden.intent.domain.fixtures.Catalogs.table;
import static io.pgwarden.intent.domain.fixtures.Catalogs.timestamp;
import static org.assertj.core.api.Assertions.assertThat;

import io.pgwarden.contracts.intent.IntentType;
import io.pgwarden.intent.domain.classify.StatementClassifier.Classification;
import io.pgwarden.intent.domain.lexicon.Lexicon;
import io.pgwarden.intent.domain.reading.QuestionReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatementClassifierTest {

    private final Lexicon lexicon = Lexicon.build(catalog(table("public", "films").key(integer("id"))
            .column(timestamp("last_update")).build()));

    private Classification classify(String question) {
        return new StatementClassifier().classify(new QuestionReader().read(question, lexicon));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "how many films are there|SELECT|",
        "show films sorted by last update|SELECT|",
        "add up the films|SELECT|",
        "delete film 5|DELETE|delete",
        "How many films should we delete?|DELETE|delete",
        "please remove film 5|DELETE|remove",
        "update the title of film 5|UPDATE|update",
        "could you set the title of film 5 to X|UPDATE|set",
        "insert a film|INSERT|insert",
        "add a film|INSERT|add",
        "drop table films|DDL|drop",
        "truncate films|DDL|truncate",
        "alter table films|DDL|alter",
        "create a table of films|DDL|create",
        "add a column to films|DDL|add",
        "grant select on films|DDL|grant"})
    void classifiesByTheVerbThatAsksForAChange(String question, IntentType type, String verb) {
        assertThat(classify(question)).extracting(Classification::type, Classification::verb)
                .containsExactly(type, verb);
    }

    @ParameterizedTest
    @CsvSource({"delete film 5,true", "remove film 5,false"})
    void saysWhetherTheVerbCanOnlyMeanAChange(String question, boolean explicit) {
        assertThat(classify(question).explicit()).isEqualTo(explicit);
    }
}
