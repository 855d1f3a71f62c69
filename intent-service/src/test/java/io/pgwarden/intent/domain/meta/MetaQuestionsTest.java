package io.pgwarden.intent.domain.meta;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgwarden.contracts.intent.IntentType;
import io.pgwarden.contracts.intent.MetaRequest;
import io.pgwarden.contracts.intent.MetaRequest.Kind;
import io.pgwarden.contracts.intent.QuerySpec;
import io.pgwarden.contracts.plan.WorkflowPlan;
import io.pgwarden.contracts.schema.SchemaCatalog;
import io.pgwarden.intent.domain.DeterministicEngine;
import io.pgwarden.intent.domain.Understanding;
import io.pgwarden.intent.domain.Understanding.Understood;
import io.pgwarden.intent.domain.fixtures.MusicCatalog;
import io.pgwarden.intent.domain.fixtures.ShopCatalog;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Questions about the schema become catalog reads, planned like any read; other questions are left alone. */
class MetaQuestionsTest {

    private final DeterministicEngine engine = new DeterministicEngine();
    private final SchemaCatalog shop = ShopCatalog.shop();
    private final SchemaCatalog music = MusicCatalog.music();

    @ParameterizedTest
    @ValueSource(strings = {"which tables are there?", "what tables do you have", "list all tables",
            "Show me the tables in the database"})
    void listsTheTables(String question) {
        assertThat(meta(question, shop)).isEqualTo(new MetaRequest(Kind.TABLES, List.of()));
        assertThat(meta(question, music)).isEqualTo(new MetaRequest(Kind.TABLES, List.of()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "what columns does orders have?|public.orders",
            "describe the customers table|public.customers",
            "which fields are in products|public.products"})
    void listsTheColumnsOfOneShopTable(String question, String table) {
        assertThat(meta(question, shop)).isEqualTo(new MetaRequest(Kind.COLUMNS, List.of(table)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "how is orders related to customers?|public.orders,public.customers",
            "how are products and categories connected|public.products,public.categories",
            "what is addresses related to|public.addresses"})
    void listsTheForeignKeysBetweenShopTables(String question, String tables) {
        assertThat(meta(question, shop)).isEqualTo(new MetaRequest(Kind.RELATIONSHIPS, List.of(tables.split(","))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"describe the tracks table", "what columns does Track have"})
    void listsTheColumnsOfAMusicTable(String question) {
        assertThat(meta(question, music).kind()).isEqualTo(Kind.COLUMNS);
        assertThat(meta(question, music).tables()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"how many customers are there?", "show customers from Texas",
            "tables with more than ten rows"})
    void leavesOtherQuestionsToTheOtherReadings(String question) {
        Understanding answer = engine.understand(question, shop);
        boolean meta = answer instanceof Understood understood
                && understood.intent().intentType() == IntentType.META;
        assertThat(meta).isFalse();
    }

    private MetaRequest meta(String question, SchemaCatalog catalog) {
        Understanding answer = engine.understand(question, catalog);
        assertThat(answer).as(question + " -> " + answer).isInstanceOf(Understood.class);
        Understood understood = (Understood) answer;
        assertThat(understood.intent().intentType()).isEqualTo(IntentType.META);
        assertThat(understood.plan()).isEqualTo(WorkflowPlan.readFromQuestion());
        QuerySpec spec = understood.intent().spec();
        return spec.meta();
    }
}
