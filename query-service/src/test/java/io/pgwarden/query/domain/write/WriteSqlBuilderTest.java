package io.pgwarden.query.domain.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgwarden.contracts.intent.Assignment;
import io.pgwarden.contracts.intent.Assignment.Operation;
import io.pgwarden.contracts.intent.Condition;
import io.pgwarden.contracts.intent.IntentType;
import io.pgwarden.contracts.intent.Operator;
import io.pgwarden.contracts.intent.QuerySpec;
import io.pgwarden.contracts.sql.SqlParameter;
import io.pgwarden.contracts.sql.StatementKind;
import io.pgwarden.query.domain.BuiltQuery;
import io.pgwarden.query.domain.QueryBuildException;
import io.pgwarden.sqlguard.GuardPolicy;
import io.pgwarden.sqlguard.SqlGuard;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** UPDATE, DELETE and INSERT built from write specs on two schemas, checked exactly and classified by the guard. */
class WriteSqlBuilderTest {

    private final WriteSqlBuilder builder = new WriteSqlBuilder();
    private final SqlGuard guard = new SqlGuard(GuardPolicy.defaults());

    @Test
    void setsOneColumnOfTheRowWithThePrimaryKey() {
        BuiltQuery built = builder.build(IntentType.UPDATE, QuerySpec.update("public.products",
                List.of(new Assignment("price", Operation.SET, new BigDecimal("99.99"))),
                List.of(new Condition("public.products", "id", Operator.EQ, List.of(123L)))), WriteContexts.shop());

        assertThat(built.sql()).isEqualTo("""
                -- Updates public.products: sets price to parameter 1 where id = parameter 2
                UPDATE "public"."products"
                SET "price" = ?
                WHERE "id" = ?""");
        assertThat(built.parameters()).containsExactly(new SqlParameter("numeric", new BigDecimal("99.99")),
                new SqlParameter("int4", 123L));
        assertThat(built.explanation()).isEqualTo("Sets price to 99.99 in the rows of products where id is 123.");
        assertThat(guard.requireSingleStatement(built.sql()).kind()).isEqualTo(StatementKind.UPDATE);
    }

    @Test
    void setsAnEnumColumnAsUntypedText() {
        BuiltQuery built = builder.build(IntentType.UPDATE, QuerySpec.update("public.orders",
                List.of(new Assignment("status", Operation.SET, "shipped")),
                List.of(new Condition("public.orders", "id", Operator.EQ, List.of(42L)))), WriteContexts.shop());

        assertThat(built.sql()).endsWith("SET \"status\" = ?\nWHERE \"id\" = ?");
        assertThat(built.parameters()).containsExactly(new SqlParameter("text", "shipped"),
                new SqlParameter("int4", 42L));
    }

    @Test
    void multipliesANumericColumnForRowsPickedThroughAForeignKey() {
        BuiltQuery built = builder.build(IntentType.UPDATE, QuerySpec.update("public.products",
                List.of(new Assignment("price", Operation.MULTIPLY, new BigDecimal("1.10"))),
                List.of(new Condition("public.categories", "name", Operator.EQ, List.of("Electronics")))),
                WriteContexts.shop());

        assertThat(built.sql()).isEqualTo("""
                -- Updates public.products: multiplies price by parameter 1 where category_id in categories rows \
                where name = parameter 2
                UPDATE "public"."products"
                SET "price" = "price" * ?
                WHERE "category_id" IN (SELECT "id" FROM "public"."categories" WHERE "name" = ?)""");
        assertThat(built.parameters()).containsExactly(new SqlParameter("numeric", new BigDecimal("1.10")),
                new SqlParameter("text", "Electronics"));
        assertThat(built.explanation()).isEqualTo("Multiplies price by 1.10 (an increase of 10%) in the rows of"
                + " products where category_id points to categories where name is 'Electronics'.");
        assertThat(guard.requireSingleStatement(built.sql()).kind()).isEqualTo(StatementKind.UPDATE);
    }

    @Test
    void subtractsFromAColumnOfTheLibrary() {
        BuiltQuery built = builder.build(IntentType.UPDATE, QuerySpec.update("library.Book",
                List.of(new Assignment("ReplacementCost", Operation.ADD, new BigDecimal("-5"))),
                List.of(new Condition("library.Branch", "City", Operator.EQ, List.of("Leeds")))),
                WriteContexts.library());

        assertThat(built.sql()).isEqualTo("""
                -- Updates library.Book: adds parameter 1 to ReplacementCost where BranchId in Branch rows where \
                City = parameter 2
                UPDATE "library"."Book"
                SET "ReplacementCost" = "ReplacementCost" + ?
                WHERE "BranchId" IN (SELECT "BranchId" FROM "library"."Branch" WHERE "City" = ?)""");
        assertThat(built.parameters()).containsExactly(new SqlParameter("numeric", new BigDecimal("-5")),
                new SqlParameter("text", "Leeds"));
        assertThat(built.explanation()).startsWith("Subtracts 5 from ReplacementCost in the rows of Book where");
    }

    @Test
    void deletesRowsOlderThanADate() {
        BuiltQuery built = builder.build(IntentType.DELETE, QuerySpec.delete("public.orders",
                List.of(new Condition("public.orders", "order_date", Operator.LT, List.of("2025-07-01")))),
                WriteContexts.shop());

        assertThat(built.sql()).isEqualTo("""
                -- Deletes rows of public.orders where order_date < parameter 1
                DELETE FROM "public"."orders"
                WHERE "order_date" < ?""");
        assertThat(built.parameters()).containsExactly(new SqlParameter("date", "2025-07-01"));
        assertThat(guard.requireSingleStatement(built.sql()).kind()).isEqualTo(StatementKind.DELETE);
    }

    @Test
    void deletesBooksAcquiredBeforeAPointInTime() {
        BuiltQuery built = builder.build(IntentType.DELETE, QuerySpec.delete("library.Book",
                List.of(new Condition("library.Book", "AcquiredAt", Operator.LT, List.of("2020-01-01T00:00:00Z")))),
                WriteContexts.library());

        assertThat(built.sql()).isEqualTo("""
                -- Deletes rows of library.Book where AcquiredAt < parameter 1
                DELETE FROM "library"."Book"
                WHERE "AcquiredAt" < ?""");
        assertThat(built.parameters()).containsExactly(new SqlParameter("timestamptz", "2020-01-01T00:00Z"));
    }

    @Test
    void aDeleteWithoutConditionSaysItTouchesEveryRow() {
        BuiltQuery built = builder.build(IntentType.DELETE, QuerySpec.delete("public.orders", List.of()),
                WriteContexts.shop());

        assertThat(built.sql()).isEqualTo("""
                -- Deletes rows of public.orders, every row
                DELETE FROM "public"."orders\"""");
        assertThat(built.parameters()).isEmpty();
        assertThat(built.explanation()).isEqualTo("Deletes every row of orders (no filter).");
        assertThat(guard.requireSingleStatement(built.sql()).kind()).isEqualTo(StatementKind.DELETE);
    }

    @Test
    void insertsTheGivenColumnsInOrder() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("first_name", "Jane");
        row.put("last_name", "Doe");
        row.put("state", "Texas");

        BuiltQuery built = builder.build(IntentType.INSERT, QuerySpec.insert("public.customers", row),
                WriteContexts.shop());

        assertThat(built.sql()).isEqualTo("""
                -- Inserts one row into public.customers: first_name, last_name, state from parameters 1 to 3
                INSERT INTO "public"."customers" ("first_name", "last_name", "state")
                VALUES (?, ?, ?)""");
        assertThat(built.parameters()).containsExactly(new SqlParameter("text", "Jane"),
                new SqlParameter("text", "Doe"), new SqlParameter("text", "Texas"));
        assertThat(built.explanation())
                .isEqualTo("Adds one row to customers with first_name 'Jane', last_name 'Doe', state 'Texas'.");
        assertThat(guard.requireSingleStatement(built.sql()).kind()).isEqualTo(StatementKind.INSERT);
    }

    @Test
    void insertsABranchOfTheLibrary() {
        BuiltQuery built = builder.build(IntentType.INSERT, QuerySpec.insert("library.Branch",
                Map.of("Name", "Central")), WriteContexts.library());

        assertThat(built.sql()).isEqualTo("""
                -- Inserts one row into library.Branch: Name from parameter 1
                INSERT INTO "library"."Branch" ("Name")
                VALUES (?)""");
        assertThat(built.parameters()).containsExactly(new SqlParameter("text", "Central"));
    }

    @Test
    void refusesAnInsertThatLeavesARequiredColumnOut() {
        assertThatThrownBy(() -> builder.build(IntentType.INSERT,
                QuerySpec.insert("public.customers", Map.of("first_name", "Jane")), WriteContexts.shop()))
                .isInstanceOf(QueryBuildException.class)
                .hasMessage("A new row of customers needs a value for last_name.");
    }

    @Test
    void refusesArithmeticOnTextAndAFilterWithoutAForeignKey() {
        assertThatThrownBy(() -> builder.build(IntentType.UPDATE, QuerySpec.update("public.customers",
                List.of(new Assignment("city", Operation.ADD, 5)), List.of()), WriteContexts.shop()))
                .isInstanceOf(QueryBuildException.class).hasMessageContaining("Only numbers can be increased");
        assertThatThrownBy(() -> builder.build(IntentType.DELETE, QuerySpec.delete("public.customers",
                List.of(new Condition("public.categories", "name", Operator.EQ, List.of("Books")))),
                WriteContexts.shop()))
                .isInstanceOf(QueryBuildException.class).hasMessageContaining("there is none");
    }
}
