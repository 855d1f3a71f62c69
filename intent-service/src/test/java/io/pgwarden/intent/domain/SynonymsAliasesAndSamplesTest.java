package io.pgwarden.intent.domain;

import static io.pgwarden.intent.domain.fixtures.Catalogs.catalog;
import static io.pgwarden.intent.domain.fixtures.Catalogs.integer;
import static io.pgwarden.intent.domain.fixtures.Catalogs.numeric;
import static io.pgwarden.intent.domain.fixtures.Catalogs.table;
import static io.pgwarden.intent.domain.fixtures.Catalogs.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import io.pgwarden.contracts.intent.Aggregate;
import io.pgwarden.contracts.intent.Condition;
import io.pgwarden.contracts.intent.IntentType;
import io.pgwarden.contracts.intent.Operator;
import io.pgwarden.contracts.intent.QuerySpec;
import io.pgwarden.contracts.schema.SchemaCatalog;
import io.pgwarden.intent.domain.Understanding.NotUnderstood;
import io.pgwarden.intent.domain.Understanding.Understood;
import io.pgwarden.intent.domain.fixtures.MusicCatalog;
import io.pgwarden.intent.domain.fixtures.ShopCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whole questions with synonyms, other spellings of states and countries, and requests for sample rows, on the
 * snake_case shop, the PascalCase music store and a staff directory that stores state codes.
 */
class SynonymsAliasesAndSamplesTest {

    private final DeterministicEngine engine = new DeterministicEngine();
    private final SchemaCatalog shop = ShopCatalog.shop();
    private final SchemaCatalog music = MusicCatalog.music();
    private final SchemaCatalog directory = catalog(
            table("hr", "Staff").key(integer("StaffId")).column(varchar("FullName"))
                    .column(varchar("Region", "CA", "TX", "WA", "NY")).column(numeric("Salary")).build());

    private QuerySpec spec(String question, SchemaCatalog catalog) {
        Understanding answer = engine.understand(question, catalog);
        assertThat(answer).as(question).isInstanceOf(Understood.class);
        return ((Understood) answer).intent().spec();
    }

    @Test
    void aStateCodeFindsTheFullNameTheShopStores() {
        assertThat(spec("customers from CA", shop).conditions()).containsExactly(
                new Condition("public.customers", "state", Operator.EQ, List.of("California")));
        QuerySpec count = spec("how many clients are from TX", shop);
        assertThat(count.table()).isEqualTo("public.customers");
        assertThat(count.aggregate()).isEqualTo(new Aggregate(Aggregate.Function.COUNT, null));
        assertThat(count.conditions()).containsExactly(
                new Condition("public.customers", "state", Operator.EQ, List.of("Texas")));
    }

    @Test
    void aStateNameFindsTheCodeTheDirectoryStores() {
        assertThat(spec("staff from California", directory).conditions()).containsExactly(
                new Condition("hr.Staff", "Region", Operator.EQ, List.of("CA")));
        assertThat(spec("average salary of employees in New York", directory).conditions()).containsExactly(
                new Condition("hr.Staff", "Region", Operator.EQ, List.of("NY")));
    }

    @Test
    void countryNamesAndCodesFindTheStoredCountry() {
        assertThat(spec("customers from the United States", music).conditions()).containsExactly(
                new Condition("chinook.Customer", "Country", Operator.EQ, List.of("USA")));
        assertThat(spec("customers in US", music).conditions()).containsExactly(
                new Condition("chinook.Customer", "Country", Operator.EQ, List.of("USA")));
        assertThat(spec("invoices from GB", music).conditions()).containsExactly(
                new Condition("chinook.Invoice", "BillingCountry", Operator.EQ, List.of("United Kingdom")));
    }

    @Test
    void synonymsNameTablesAndColumnsOfEitherSchema() {
        assertThat(spec("how many purchases", shop).table()).isEqualTo("public.orders");
        assertThat(spec("list songs", music).table()).isEqualTo("chinook.Track");
        assertThat(spec("how many workers", directory).table()).isEqualTo("hr.Staff");
    }

    @Test
    void sampleRowsAreTheTablesOwnColumnsWithASmallLimit() {
        for (String question : List.of("show me sample rows of orders", "give me a few example orders",
                "sample of orders", "preview orders")) {
            Understood answer = (Understood) engine.understand(question, shop);
            assertThat(answer.intent().intentType()).as(question).isEqualTo(IntentType.SELECT);
            assertThat(answer.intent().spec()).as(question).isEqualTo(
                    new QuerySpec("public.orders", List.of(), null, List.of(), List.of(), 5));
        }
        assertThat(spec("show me 3 sample rows of tracks", music)).isEqualTo(
                new QuerySpec("chinook.Track", List.of(), null, List.of(), List.of(), 3));
        assertThat(spec("a few example clients", shop).table()).isEqualTo("public.customers");
    }

    @Test
    void aSampleRequestWithAnythingElseIsNotReadAsASample() {
        // A condition, two tables or a huge count: the question is read by the other readings or not at all.
        assertThat(engine.understand("sample customers from Texas", shop)).isInstanceOf(NotUnderstood.class);
        assertThat(engine.understand("show me 5000 sample rows of orders", shop))
                .isNotInstanceOf(Understood.class);
        assertThat(engine.understand("sample rows of orders and customers", shop))
                .isNotInstanceOf(Understood.class);
    }
}
