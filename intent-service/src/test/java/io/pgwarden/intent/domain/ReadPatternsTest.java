package io.pgwarden.intent.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgwarden.contracts.intent.Aggregate;
import io.pgwarden.contracts.intent.Condition;
import io.pgwarden.contracts.intent.GroupKey;
import io.pgwarden.contracts.intent.Intent;
import io.pgwarden.contracts.intent.Operator;
import io.pgwarden.contracts.intent.Ordering;
import io.pgwarden.contracts.intent.QuerySpec;
import io.pgwarden.contracts.schema.SchemaCatalog;
import io.pgwarden.intent.domain.Understanding.NeedsClarification;
import io.pgwarden.intent.domain.Understanding.NotUnderstood;
import io.pgwarden.intent.domain.Understanding.Understood;
import io.pgwarden.intent.domain.followup.Turn;
import io.pgwarden.intent.domain.fixtures.MusicCatalog;
import io.pgwarden.intent.domain.fixtures.ShopCatalog;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Text matching, null tests, distinct values, time, joins, superlatives, percentages, follow-ups and spelling, on
 * the shop (snake_case) and the music store (PascalCase): the spec each question becomes.
 */
class ReadPatternsTest {

    private final DeterministicEngine engine = new DeterministicEngine();
    private final SchemaCatalog shop = ShopCatalog.shop();
    private final SchemaCatalog music = MusicCatalog.music();

    private QuerySpec spec(String question, SchemaCatalog catalog) {
        Understanding answer = engine.understand(question, catalog);
        assertThat(answer).as(question).isInstanceOf(Understood.class);
        return ((Understood) answer).intent().spec();
    }

    @Test
    void textMatchesTakeTheTypedTextAfterTheCue() {
        assertThat(spec("customers whose last name starts with \"Mar\"", shop).conditions()).containsExactly(
                new Condition("public.customers", "last_name", Operator.STARTS_WITH, List.of("Mar")));
        assertThat(spec("products whose name contains Garden Hose", shop).conditions()).containsExactly(
                new Condition("public.products", "name", Operator.CONTAINS, List.of("Garden Hose")));
        assertThat(spec("customers with email ending with \".org\"", shop).conditions()).containsExactly(
                new Condition("public.customers", "email", Operator.ENDS_WITH, List.of(".org")));
    }

    @Test
    void nullTestsComeFromWithoutAndFromHavingAColumn() {
        assertThat(spec("customers without an email", shop).conditions()).containsExactly(
                new Condition("public.customers", "email", Operator.IS_NULL, List.of()));
        assertThat(spec("how many customers have no email", shop).conditions()).containsExactly(
                new Condition("public.customers", "email", Operator.IS_NULL, List.of()));
        assertThat(spec("tracks that have a composer", music).conditions()).containsExactly(
                new Condition("chinook.Track", "Composer", Operator.IS_NOT_NULL, List.of()));
        assertThat(spec("tracks with a composer", music).conditions()).containsExactly(
                new Condition("chinook.Track", "Composer", Operator.IS_NOT_NULL, List.of()));
        assertThat(engine.understand("customers with email", shop)).isInstanceOf(NotUnderstood.class);
    }

    @Test
    void whichValuesAndHowManyDistinctValues() {
        QuerySpec which = spec("which states do customers come from", shop);
        assertThat(which.distinct()).isTrue();
        assertThat(which.columns()).containsExactly("state");
        assertThat(spec("how many distinct states do customers live in", shop).aggregate())
                .isEqualTo(new Aggregate(Aggregate.Function.COUNT, "state", true, List.of()));
    }

    @Test
    void timeExpressionsBecomeBoundsOnTheTablesDate() {
        assertThat(spec("orders in 2024", shop).conditions()).containsExactly(
                new Condition("public.orders", "order_date", Operator.GE, List.of("2024-01-01")),
                new Condition("public.orders", "order_date", Operator.LT, List.of("2025-01-01")));
        assertThat(spec("invoices from last month", music).conditions()).containsExactly(
                new Condition("chinook.Invoice", "InvoiceDate", Operator.IN_PERIOD, List.of("month", -1)));
        assertThat(spec("invoices in the last 7 days", music).conditions()).containsExactly(
                new Condition("chinook.Invoice", "InvoiceDate", Operator.WITHIN_LAST, List.of(7, "day")));
        assertThat(spec("orders older than 6 months", shop).conditions()).containsExactly(
                new Condition("public.orders", "order_date", Operator.OLDER_THAN, List.of(6, "month")));
        assertThat(spec("orders after 2024-06-30", shop).conditions()).containsExactly(
                new Condition("public.orders", "order_date", Operator.GE, List.of("2024-07-01")));
        assertThat(spec("number of invoices per month", music).groupBy()).containsExactly(
                new GroupKey("chinook.Invoice", "InvoiceDate", "month"));
    }

    @Test
    void aValueOfALinkedTableFiltersThroughTheLink() {
        assertThat(spec("orders of customers in Texas", shop).conditions()).containsExactly(
                new Condition("public.customers", "state", Operator.EQ, List.of("Texas")));
        assertThat(spec("tracks in the Jazz genre", music).conditions()).containsExactly(
                new Condition("chinook.Genre", "Name", Operator.EQ, List.of("Jazz")));
        assertThat(spec("products in category Electronics", shop).conditions()).containsExactly(
                new Condition("public.categories", "name", Operator.EQ, List.of("Electronics"), "category_id"));
    }

    @Test
    void superlativesPickOneRowOrOneGroup() {
        QuerySpec most = spec("which state has the most customers", shop);
        assertThat(most.columns()).containsExactly("state");
        assertThat(most.aggregate()).isEqualTo(new Aggregate(Aggregate.Function.COUNT, null));
        assertThat(most.orderBy()).containsExactly(Ordering.byAggregate(true));
        assertThat(most.limit()).isEqualTo(1);
        QuerySpec expensive = spec("the most expensive product", shop);
        assertThat(expensive.orderBy()).containsExactly(new Ordering("price", true));
        assertThat(expensive.limit()).isEqualTo(1);
        assertThat(spec("the track with the lowest unit price", music).orderBy())
                .containsExactly(new Ordering("UnitPrice", false));
        assertThat(spec("which genre has the most tracks", music).groupBy()).extracting(GroupKey::table)
                .containsOnly("chinook.Genre");
    }

    @Test
    void aPercentageCountsTheShareThatMeetsTheConditions() {
        QuerySpec share = spec("what percentage of orders were shipped", shop);
        assertThat(share.aggregate()).isEqualTo(new Aggregate(Aggregate.Function.PERCENT, null, false,
                List.of(new Condition("public.orders", "status", Operator.EQ, List.of("shipped")))));
        assertThat(share.conditions()).isEmpty();
        assertThat(engine.understand("what percentage of orders", shop)).isInstanceOf(NotUnderstood.class);
    }

    @Test
    void followUpsRefineTheLastUnderstoodQuestion() {
        List<Turn> session = new ArrayList<>();
        Intent first = ((Understood) engine.understand("show customers in Texas", shop)).intent();
        session.add(new Turn("show customers in Texas", first));

        QuerySpec only = ((Understood) engine.understand("only those with city Houston", shop, session)).intent()
                .spec();
        assertThat(only.conditions()).containsExactly(
                new Condition("public.customers", "state", Operator.EQ, List.of("Texas")),
                new Condition("public.customers", "city", Operator.EQ, List.of("Houston")));
        QuerySpec count = ((Understood) engine.understand("how many is that?", shop, session)).intent().spec();
        assertThat(count.aggregate()).isEqualTo(new Aggregate(Aggregate.Function.COUNT, null));
        assertThat(count.conditions()).isEqualTo(first.spec().conditions());
        QuerySpec other = ((Understood) engine.understand("what about California?", shop, session)).intent()
                .spec();
        assertThat(other.conditions()).containsExactly(
                new Condition("public.customers", "state", Operator.EQ, List.of("California")));
        QuerySpec sorted = ((Understood) engine.understand("sort them by last name", shop, session)).intent()
                .spec();
        assertThat(sorted.orderBy()).containsExactly(new Ordering("last_name", false));
        assertThat(sorted.conditions()).isEqualTo(first.spec().conditions());
    }

    @Test
    void aQuestionThatStandsOnItsOwnIsNotAFollowUp() {
        List<Turn> session = List.of(new Turn("show customers in Texas",
                ((Understood) engine.understand("show customers in Texas", shop)).intent()));
        QuerySpec fresh = ((Understood) engine.understand("how many orders are shipped", shop, session)).intent()
                .spec();
        assertThat(fresh.table()).isEqualTo("public.orders");
    }

    @Test
    void asksWhetherAColumnCalledTotalIsMeantAsASum() {
        Understanding answer = engine.understand("what is the total of all invoices", music);
        assertThat(answer).isInstanceOf(NeedsClarification.class);
        List<String> options = ((NeedsClarification) answer).options().stream().map(o -> o.question()).toList();
        assertThat(options).containsExactly("what is the sum of total of all invoices", "show total of all invoices");
        assertThat(spec(options.get(0), music).aggregate()).isEqualTo(new Aggregate(Aggregate.Function.SUM, "Total"));
        assertThat(spec(options.get(1), music).columns()).containsExactly("Total");
        assertThat(spec("what is the total of invoice 5", music).columns()).containsExactly("Total");
    }

    @Test
    void aMisspeltNameIsOfferedCorrectedNeverUsedSilently() {
        Understanding answer = engine.understand("how many custmers are there", shop);
        assertThat(answer).isInstanceOf(NeedsClarification.class);
        assertThat(((NeedsClarification) answer).options().get(0).question()).isEqualTo("how many customers are there");
        Understanding corrected = engine.understand(((NeedsClarification) answer).options().get(0).question(), shop);
        assertThat(corrected).isInstanceOf(Understood.class);
    }
}
