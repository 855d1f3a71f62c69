package io.pgwarden.intent.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.contracts.schema.SchemaCatalog;
import io.pgwarden.intent.domain.Understanding.Refused;
import io.pgwarden.intent.domain.Understanding.NeedsClarification;
import io.pgwarden.intent.domain.Understanding.NotUnderstood;
import io.pgwarden.intent.domain.Understanding.Understood;
import io.pgwarden.contracts.plan.WorkflowPlan;
import io.pgwarden.intent.domain.fixtures.ShopCatalog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Writes are never planned as reads (they go through impact analysis and approval); schema changes are refused. */
class WriteAndSchemaChangeTest {

    private final DeterministicEngine engine = new DeterministicEngine();
    private final SchemaCatalog shop = ShopCatalog.shop();

    @ParameterizedTest
    @ValueSource(strings = {"remove order 5", "set the status of order 5 to shipped", "mark order 7 as shipped",
            "change the email of customer 3", "How many orders should I delete?", "insert a category"})
    void neverPlansAWriteAsARead(String question) {
        Understanding answer = engine.understand(question, shop);
        if (answer instanceof Understood understood) {
            assertThat(understood.intent().intentType().isWrite()).isTrue();
            assertThat(understood.plan()).isEqualTo(WorkflowPlan.writeFromQuestion());
        } else {
            assertThat(answer).isInstanceOfAny(NeedsClarification.class, NotUnderstood.class);
        }
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
