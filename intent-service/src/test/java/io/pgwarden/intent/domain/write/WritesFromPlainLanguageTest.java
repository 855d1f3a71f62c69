package io.pgwarden.intent.domain.write;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgwarden.contracts.intent.Assignment;
import io.pgwarden.contracts.intent.Assignment.Operation;
import io.pgwarden.contracts.intent.Condition;
import io.pgwarden.contracts.intent.Intent;
import io.pgwarden.contracts.intent.IntentType;
import io.pgwarden.contracts.intent.Operator;
import io.pgwarden.contracts.intent.QuerySpec;
import io.pgwarden.contracts.intent.RiskLevel;
import io.pgwarden.contracts.plan.WorkflowPlan;
import io.pgwarden.contracts.schema.SchemaCatalog;
import io.pgwarden.intent.domain.DeterministicEngine;
import io.pgwarden.intent.domain.Understanding;
import io.pgwarden.intent.domain.Understanding.NeedsClarification;
import io.pgwarden.intent.domain.Understanding.NotUnderstood;
import io.pgwarden.intent.domain.Understanding.Understood;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Writes from plain language on two unrelated schemas: the spec is checked exactly, and every write is approved. */
class WritesFromPlainLanguageTest {

    /** Today is 2026-01-15 for every relative time below. */
    private final DeterministicEngine engine = new DeterministicEngine(
            Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC));
    private final SchemaCatalog shop = WriteCatalogs.shop();
    private final SchemaCatalog library = WriteCatalogs.library();

    // --- UPDATE ---

    @Test
    void updatesOneColumnOfTheRowWithThePrimaryKey() {
        Intent intent = understood("update the price of product 123 to 99.99", shop);

        assertThat(intent.intentType()).isEqualTo(IntentType.UPDATE);
        assertThat(intent.spec()).isEqualTo(QuerySpec.update("public.products",
                List.of(new Assignment("price", Operation.SET, new BigDecimal("99.99"))),
                List.of(new Condition("public.products", "id", Operator.EQ, List.of(123L)))));
        assertThat(intent.estimatedRisk()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(intent.entities()).containsExactly("public.products", "public.products.price",
                "public.products.id");
    }

    @Test
    void setsAStoredStatusAndAnyNewCity() {
        assertThat(understood("set the status of order 42 to shipped", shop).spec()).isEqualTo(
                QuerySpec.update("public.orders", List.of(new Assignment("status", Operation.SET, "shipped")),
                        List.of(new Condition("public.orders", "id", Operator.EQ, List.of(42L)))));
        assertThat(understood("change the city of customer 7 to Austin", shop).spec()).isEqualTo(
                QuerySpec.update("public.customers", List.of(new Assignment("city", Operation.SET, "Austin")),
                        List.of(new Condition("public.customers", "id", Operator.EQ, List.of(7L)))));
        assertThat(understood("change the City of branch 2 to York", library).spec()).isEqualTo(
                QuerySpec.update("library.Branch", List.of(new Assignment("City", Operation.SET, "York")),
                        List.of(new Condition("library.Branch", "BranchId", Operator.EQ, List.of(2L)))));
    }

    @Test
    void increasesByAPercentageForAValueOfTheReferencedTable() {
        Intent intent = understood("increase prices by 10% for category Electronics", shop);

        assertThat(intent.spec()).isEqualTo(QuerySpec.update("public.products",
                List.of(new Assignment("price", Operation.MULTIPLY, new BigDecimal("1.10"))),
                List.of(new Condition("public.categories", "name", Operator.EQ, List.of("Electronics")))));
        assertThat(intent.operations()).containsExactly("update", "multiply", "filter", "join");
    }

    @Test
    void decreasesByAnAmountForProductsInACategory() {
        assertThat(understood("decrease the price of products in category Books by 5", shop).spec())
                .isEqualTo(QuerySpec.update("public.products",
                        List.of(new Assignment("price", Operation.ADD, new BigDecimal("-5"))),
                        List.of(new Condition("public.categories", "name", Operator.EQ, List.of("Books")))));
        assertThat(understood("reduce the replacement cost of books in branch Leeds by 5 percent", library).spec())
                .isEqualTo(QuerySpec.update("library.Book",
                        List.of(new Assignment("ReplacementCost", Operation.MULTIPLY, new BigDecimal("0.95"))),
                        List.of(new Condition("library.Branch", "City", Operator.EQ, List.of("Leeds")))));
    }

    @Test
    void anUpdateOfEveryRowIsHighRiskButStillPlannedForApproval() {
        Understood answer = (Understood) engine.understand("increase the stock of products by 3", shop);

        assertThat(answer.intent().spec()).isEqualTo(QuerySpec.update("public.products",
                List.of(new Assignment("stock", Operation.ADD, 3L)), List.of()));
        assertThat(answer.intent().estimatedRisk()).isEqualTo(RiskLevel.HIGH);
        assertThat(answer.plan()).isEqualTo(WorkflowPlan.writeFromQuestion());
    }

    // --- DELETE ---

    @Test
    void deletesRowsOlderThanSixMonthsByTheOnlyDateColumn() {
        Intent intent = understood("delete all orders older than 6 months", shop);

        assertThat(intent.intentType()).isEqualTo(IntentType.DELETE);
        assertThat(intent.spec()).isEqualTo(QuerySpec.delete("public.orders",
                List.of(new Condition("public.orders", "order_date", Operator.LT, List.of("2025-07-15")))));
        assertThat(intent.estimatedRisk()).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void aCommentMentioningTheTableDoesNotMakeADateColumnTheNamedOne() {
        SchemaCatalog commented = WriteCatalogs.withComment(shop, "public.orders", "shipped_date",
                "Day the order left the warehouse; NULL for pending and cancelled orders.");

        assertThat(understood("delete all orders older than 6 months", commented).spec()).isEqualTo(QuerySpec.delete(
                "public.orders", List.of(new Condition("public.orders", "order_date", Operator.LT,
                        List.of("2025-07-15")))));
    }

    @Test
    void asksWhichDateColumnWhenSeveralFit() {
        NeedsClarification answer = (NeedsClarification) engine.understand("delete books older than 2 years",
                library);

        assertThat(answer.reason()).contains("AcquiredAt").contains("WithdrawnAt");
        assertThat(answer.options()).extracting(o -> o.question()).containsExactly(
                "delete books whose acquired at is older than 2 years",
                "delete books whose withdrawn at is older than 2 years");
        assertThat(understood(answer.options().get(0).question(), library).spec()).isEqualTo(QuerySpec.delete(
                "library.Book", List.of(new Condition("library.Book", "AcquiredAt", Operator.LT,
                        List.of("2024-01-15T00:00:00Z")))));
    }

    @Test
    void deletesByKeyByStoredValueAndByDate() {
        assertThat(understood("delete order 17", shop).spec()).isEqualTo(QuerySpec.delete("public.orders",
                List.of(new Condition("public.orders", "id", Operator.EQ, List.of(17L)))));
        assertThat(understood("delete customers from Texas", shop).spec()).isEqualTo(QuerySpec.delete(
                "public.customers", List.of(new Condition("public.customers", "state", Operator.EQ,
                        List.of("Texas")))));
        assertThat(understood("delete loans before 2024-01-01", library).spec()).isEqualTo(QuerySpec.delete(
                "library.Loan", List.of(new Condition("library.Loan", "LoanDate", Operator.LT,
                        List.of("2024-01-01")))));
        assertThat(understood("delete orders from last month", shop).spec()).isEqualTo(QuerySpec.delete(
                "public.orders", List.of(new Condition("public.orders", "order_date", Operator.BETWEEN,
                        List.of("2025-12-01", "2025-12-31")))));
        assertThat(understood("remove members with level Gold", library).spec()).isEqualTo(QuerySpec.delete(
                "library.Member", List.of(new Condition("library.Member", "Level", Operator.EQ, List.of("Gold")))));
        assertThat(understood("delete books in branch York", library).spec()).isEqualTo(QuerySpec.delete(
                "library.Book", List.of(new Condition("library.Branch", "City", Operator.EQ, List.of("York")))));
    }

    @Test
    void aDeleteOfEveryRowIsAllowedAsAnIntentAndRatedCritical() {
        Intent intent = understood("delete all orders", shop);

        assertThat(intent.spec()).isEqualTo(QuerySpec.delete("public.orders", List.of()));
        assertThat(intent.estimatedRisk()).isEqualTo(RiskLevel.CRITICAL);
    }

    // --- INSERT ---

    @Test
    void addsACustomerWithFirstAndLastNameAndAStoredState() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("first_name", "Jane");
        row.put("last_name", "Doe");
        row.put("state", "Texas");

        Intent intent = understood("add a customer named Jane Doe from Texas", shop);

        assertThat(intent.intentType()).isEqualTo(IntentType.INSERT);
        assertThat(intent.spec()).isEqualTo(QuerySpec.insert("public.customers", row));
        assertThat(intent.spec().insertValues().keySet()).containsExactly("first_name", "last_name", "state");
    }

    @Test
    void addsACategoryAndABranchByTheirNameColumn() {
        assertThat(understood("add a category named Garden", shop).spec())
                .isEqualTo(QuerySpec.insert("public.categories", Map.of("name", "Garden")));
        assertThat(understood("add a branch named Central in York", library).spec()).isEqualTo(QuerySpec.insert(
                "library.Branch", new LinkedHashMap<>(Map.of("Name", "Central", "City", "York"))));
    }

    @Test
    void asksForRequiredColumnsTheQuestionLeavesOut() {
        NeedsClarification answer = (NeedsClarification) engine.understand("add a product with price 25", shop);

        assertThat(answer.reason()).startsWith("A new row of products also needs name");
        assertThat(answer.options()).singleElement()
                .satisfies(o -> assertThat(o.question()).isEqualTo("add a product with price 25 with name \"...\""));
        assertThat(engine.understand(answer.options().get(0).question(), shop)).isInstanceOf(NotUnderstood.class);
        assertThat(understood("add a product with price 25 with name \"Lamp\"", shop).spec().insertValues())
                .containsEntry("price", new BigDecimal("25")).containsEntry("name", "Lamp");
    }

    @Test
    void addsAMemberWithFirstAndLastName() {
        assertThat(understood("register a member named Ada Lovelace", library).spec().insertValues())
                .containsExactly(Map.entry("FirstName", "Ada"), Map.entry("LastName", "Lovelace"));
    }

    // --- not grounded ---

    @Test
    void aWriteThatCannotBeGroundedIsNotUnderstoodAndNamesTheWords() {
        Understanding unknownWord = engine.understand("delete customers who complained loudly", shop);
        Understanding noTable = engine.understand("delete everything", shop);

        assertThat(unknownWord).isInstanceOfSatisfying(NotUnderstood.class,
                n -> assertThat(n.unknownWords()).contains("complained", "loudly"));
        assertThat(noTable).isInstanceOfSatisfying(NotUnderstood.class,
                n -> assertThat(n.message()).startsWith("The change does not name a table."));
    }

    @Test
    void arithmeticOnTextIsRefusedWithTheColumnNamed() {
        assertThat(engine.understand("increase the city of customers by 5", shop)).isInstanceOfSatisfying(
                NotUnderstood.class, n -> assertThat(n.message()).contains("customers.city"));
    }

    private Intent understood(String question, SchemaCatalog catalog) {
        Understanding answer = engine.understand(question, catalog);
        assertThat(answer).as(question + " -> " + answer).isInstanceOf(Understood.class);
        Understood understood = (Understood) answer;
        assertThat(understood.plan()).isEqualTo(WorkflowPlan.writeFromQuestion());
        return understood.intent();
    }
}
