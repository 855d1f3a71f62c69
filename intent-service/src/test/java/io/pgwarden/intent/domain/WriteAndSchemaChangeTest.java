package io.pgwarden.intent.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.contracts.intent.Complexity;
import io.pgwarden.contracts.intent.Intent;
import io.pgwarden.contracts.intent.IntentType;
import io.pgwarden.contracts.intent.RiskLevel;
import io.pgwarden.contracts.schema.SchemaCatalog;
import io.pgwarden.intent.domain.Understanding.Refused;
import io.pgwarden.intent.domain.Understanding.WriteNotSupportedYet;
import io.pgwarden.intent.domain.fixtures.ShopCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Writes are recognised and never planned as reads; schema changes are refused. */
class WriteAndSchemaChangeTest {

    private static final String WRITE_HINT = "Write the statement in SQL and submit it instead: it goes through"
            + " impact analysis and approval before anything changes.";

    private final DeterministicEngine engine = new DeterministicEngine();
    private final SchemaCatalog shop = ShopCatalog.shop();

    @Test
    void recognisesADeleteWithAFilterAsHighRisk() {
        assertThat(engine.understand("delete all orders older than 6 months", shop)).isEqualTo(
                new WriteNotSupportedYet(new Intent(IntentType.DELETE, List.of("public.orders"), List.of("delete"),
                        List.of(), Complexity.MEDIUM, RiskLevel.HIGH, null, 0.9),
                        "Changing data from plain language is not supported yet: this question asks for a DELETE"
                                + " on public.orders.", WRITE_HINT));
    }

    @Test
    void recognisesADeleteOfEveryRowAsCriticalRisk() {
        WriteNotSupportedYet answer = (WriteNotSupportedYet) engine.understand("delete all orders", shop);
        assertThat(answer.detected().estimatedRisk()).isEqualTo(RiskLevel.CRITICAL);
    }

    @Test
    void recognisesAnUpdateOfOneRowAsMediumRisk() {
        assertThat(engine.understand("update the price of product 123 to 99.99", shop)).isEqualTo(
                new WriteNotSupportedYet(new Intent(IntentType.UPDATE, List.of("public.products"), List.of("update"),
                        List.of(), Complexity.MEDIUM, RiskLevel.MEDIUM, null, 0.9),
                        "Changing data from plain language is not supported yet: this question asks for an UPDATE"
                                + " on public.products.", WRITE_HINT));
    }

    @Test
    void recognisesAnInsertOpenedByAVerbThatOnlyMeansAChangeAtTheStart() {
        assertThat(engine.understand("Please add a new customer named Bob", shop)).isEqualTo(
                new WriteNotSupportedYet(new Intent(IntentType.INSERT, List.of("public.customers"), List.of("insert"),
                        List.of(), Complexity.MEDIUM, RiskLevel.MEDIUM, null, 0.7),
                        "Changing data from plain language is not supported yet: this question asks for an INSERT"
                                + " on public.customers.", WRITE_HINT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"remove order 5", "set the status of order 5 to shipped", "mark order 7 as shipped",
            "change the email of customer 3", "How many orders should I delete?", "insert a category"})
    void neverPlansAWriteAsARead(String question) {
        Understanding answer = engine.understand(question, shop);
        assertThat(answer).isInstanceOf(WriteNotSupportedYet.class);
        assertThat(((WriteNotSupportedYet) answer).detected().intentType().isWrite()).isTrue();
        assertThat(((WriteNotSupportedYet) answer).code()).isEqualTo(ErrorCode.NOT_UNDERSTOOD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"drop table customers", "create table invoices (id int)", "alter table orders add x int",
            "truncate orders", "add a column to products", "please DROP the orders table"})
    void refusesSchemaChanges(String question) {
        assertThat(engine.understand(question, shop)).isEqualTo(new Refused(
                "Schema changes (DDL) are not supported; ask a DBA.",
                "pgwarden reads and changes data, never the structure of the database: a database administrator"
                        + " can make this change."));
        assertThat(((Refused) engine.understand(question, shop)).code()).isEqualTo(ErrorCode.REFUSED_BY_POLICY);
    }
}
