package io.pgwarden.intent.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.contracts.schema.SchemaCatalog;
import io.pgwarden.intent.domain.Understanding.NotUnderstood;
import io.pgwarden.intent.domain.fixtures.MusicCatalog;
import io.pgwarden.intent.domain.fixtures.ShopCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A confident wrong query is the worst outcome: every word must be understood, and a word naming something the
 * schema lacks is never answered as something else.
 */
class NotUnderstoodTest {

    private static final String SHOP_TABLES = "Ask about what the database holds, for example: customers, categories,"
            + " products, orders, suppliers, addresses.";

    private final DeterministicEngine engine = new DeterministicEngine();
    private final SchemaCatalog shop = ShopCatalog.shop();

    @Test
    void namesTheWordsThatMatchNothingInTheDatabase() {
        assertThat(engine.understand("what is the weather tomorrow?", shop)).isEqualTo(new NotUnderstood(
                "None of these words matches a table, column or value of the database: weather, tomorrow.",
                List.of("weather", "tomorrow"), SHOP_TABLES));
    }

    @Test
    void neverAnswersATableTheSchemaLacksWithAnotherTable() {
        assertThat(engine.understand("how many employees are there?", shop)).isEqualTo(new NotUnderstood(
                "None of these words matches a table, column or value of the database: employees.",
                List.of("employees"), SHOP_TABLES));
    }

    @Test
    void refusesANegationItCannotPlaceRatherThanDroppingIt() {
        // "not from California" is read (state <> 'California'); "not" before a column to show is not.
        assertThat(engine.understand("email of customers not city", shop)).isEqualTo(new NotUnderstood(
                "I understood the question as being about customers, but not these words: not.", List.of("not"),
                "Rephrase without those words. Questions I answer look like \"how many customers are there?\"; a"
                        + " value can be put in quotes after its column."));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "products cheaper than 20|cheaper, than, 20",
        "customers by state|by",
        "customers with a colour of red|colour, red",
        "top 5 customers by revenue|by, revenue",
        "products over 100|over, 100"})
    void listsEveryWordItDidNotUnderstand(String question, String words) {
        NotUnderstood answer = (NotUnderstood) engine.understand(question, shop);
        assertThat(answer.unknownWords()).containsExactly(words.split(", "));
        assertThat(answer.code()).isEqualTo(ErrorCode.NOT_UNDERSTOOD);
    }

    @Test
    void refusesGroupingByAPartOfADateWhenTheTableHasNoDate() {
        assertThat(engine.understand("average price of products per week", shop)).isInstanceOf(NotUnderstood.class);
    }

    @Test
    void refusesTablesThatNoForeignKeyLinks() {
        assertThat(engine.understand("number of customers per category", shop)).isInstanceOf(NotUnderstood.class);
    }

    @Test
    void saysWhichValuesAColumnHoldsWhenTheTypedOneIsNotAmongThem() {
        assertThat(engine.understand("customers with state Ohio", shop)).isEqualTo(new NotUnderstood(
                "'Ohio' is not a value of customers.state; its values are: California, New York, Texas.", List.of(),
                "Check the value, or put it in quotes right after its column, for example: customers with state"
                        + " \"...\"."));
    }

    @Test
    void refusesAValueOfTheWrongType() {
        assertThat(engine.understand("customers with id abc", shop)).isEqualTo(new NotUnderstood(
                "'abc' is not a number, and customers.id holds numbers.", List.of(),
                "Check the value, or put it in quotes right after its column, for example: customers with id"
                        + " \"...\"."));
    }

    @Test
    void refusesAColumnGivenNoValue() {
        assertThat(engine.understand("customers with email", shop)).isEqualTo(new NotUnderstood(
                "'email' needs a value to compare customers.email with.", List.of(),
                "Put the value right after the column, for example: customers with email \"...\"."));
    }

    @Test
    void refusesAQuotedValueNoColumnHolds() {
        assertThat(engine.understand("show customers in \"Ohio\"", shop)).isEqualTo(new NotUnderstood(
                "'Ohio' is not a value I know in any column of customers.", List.of("Ohio"),
                "Put the column's name before the value, for example: customers with <column> \"Ohio\"."));
    }

    @Test
    void refusesToCountAndRankAtOnce() {
        assertThat(engine.understand("how many top 5 products by price", shop)).isEqualTo(new NotUnderstood(
                "I can count products or list some of them, but counting per column or counting only the top rows"
                        + " is not supported yet.", List.of(),
                "Ask for the count alone, for example: \"how many products are there?\"."));
    }

    @Test
    void refusesOrBetweenDifferentColumns() {
        assertThat(engine.understand("orders with status shipped or order date 2024-01-31", shop))
                .isEqualTo(new NotUnderstood("'or' between filters on different columns is not supported yet.",
                        List.of(), "Ask one question per filter."));
    }

    @Test
    void refusesTopNWhenTheTableHasNothingToRankBy() {
        assertThat(engine.understand("top 5 customers", MusicCatalog.music())).isEqualTo(new NotUnderstood(
                "'top 5' needs a column to rank customer by, and none of its columns is a number or a date.",
                List.of(), "Add the column to rank by, for example: \"top 5 customer by <column>\"."));
    }

    @Test
    void refusesAnEmptyQuestion() {
        assertThat(engine.understand("  ?! ", shop)).isEqualTo(new NotUnderstood("The question is empty.",
                List.of(), "Ask about the data, for example: \"how many <things> are there?\"."));
    }

    @Test
    void saysTheDatabaseHasNothingToReadWhenTheCatalogIsEmpty() {
        SchemaCatalog empty = io.pgwarden.intent.domain.fixtures.Catalogs.catalog();
        assertThat(engine.understand("how many customers", empty)).isEqualTo(new NotUnderstood(
                "None of these words matches a table, column or value of the database: customers.",
                List.of("customers"), "The database has no tables I can read."));
    }
}
