package io.pgwarden.impact.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.pgwarden.contracts.impact.ForeignKeyEffect;
import io.pgwarden.contracts.sql.StatementKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForeignKeyWalkerTest {

    private static ForeignKey key(String name, String child, String childColumn, String parent, String onDelete,
            String onUpdate) {
        return new ForeignKey(name, child, List.of(childColumn), parent, List.of("id"), onDelete, onUpdate);
    }

    private static final List<ForeignKey> SHOP = List.of(
            key("accounts_region", "s.accounts", "region_id", "s.regions", "CASCADE", "CASCADE"),
            key("orders_account", "s.orders", "account_id", "s.accounts", "CASCADE", "NO ACTION"),
            key("invoices_account", "s.invoices", "account_id", "s.accounts", "NO ACTION", "NO ACTION"),
            key("lines_order", "s.lines", "order_id", "s.orders", "CASCADE", "NO ACTION"),
            key("notes_line", "s.notes", "line_id", "s.lines", "CASCADE", "NO ACTION"),
            key("lines_product", "s.lines", "product_id", "s.products", "RESTRICT", "RESTRICT"),
            key("accounts_agent", "s.accounts", "agent_id", "s.agents", "SET NULL", "NO ACTION"));

    @Test
    void aDeleteFollowsCascadesAsDeepAsTheyGo() {
        assertThat(new ForeignKeyWalker(SHOP).walk("s.regions", StatementKind.DELETE))
                .extracting(ForeignKeyEffect::constraint, ForeignKeyEffect::action, ForeignKeyEffect::depth)
                .containsExactly(tuple("accounts_region", "CASCADE", 1), tuple("orders_account", "CASCADE", 2),
                        tuple("invoices_account", "NO ACTION", 2), tuple("lines_order", "CASCADE", 3),
                        tuple("notes_line", "CASCADE", 4));
    }

    @Test
    void restrictAndNoActionAreListedButNotFollowed() {
        assertThat(new ForeignKeyWalker(SHOP).walk("s.products", StatementKind.DELETE))
                .extracting(ForeignKeyEffect::constraint, ForeignKeyEffect::referencingTable, ForeignKeyEffect::depth)
                .containsExactly(tuple("lines_product", "s.lines", 1));
    }

    @Test
    void setNullChangesOnlyTheReferencingColumnSoNoFurtherChildIsReached() {
        assertThat(new ForeignKeyWalker(SHOP).walk("s.agents", StatementKind.DELETE))
                .extracting(ForeignKeyEffect::constraint, ForeignKeyEffect::action)
                .containsExactly(tuple("accounts_agent", "SET NULL"));
    }

    @Test
    void anUpdateActsThroughOnUpdateActionsAndOnlyOnReferencedColumns() {
        // ON UPDATE CASCADE changes accounts.region_id; nothing references region_id, so no further level
        assertThat(new ForeignKeyWalker(SHOP).walk("s.regions", StatementKind.UPDATE))
                .extracting(ForeignKeyEffect::constraint, ForeignKeyEffect::action, ForeignKeyEffect::depth)
                .containsExactly(tuple("accounts_region", "CASCADE", 1));
        assertThat(new ForeignKeyWalker(SHOP).walk("s.accounts", StatementKind.UPDATE))
                .extracting(ForeignKeyEffect::constraint, ForeignKeyEffect::action)
                .containsExactly(tuple("orders_account", "NO ACTION"), tuple("invoices_account", "NO ACTION"));
    }

    @Test
    void anUpdateCascadeOnAReferencedColumnReachesTheNextLevel() {
        List<ForeignKey> chain = List.of(
                new ForeignKey("b_a", "s.b", List.of("code"), "s.a", List.of("code"), "NO ACTION", "CASCADE"),
                new ForeignKey("c_b", "s.c", List.of("b_code"), "s.b", List.of("code"), "NO ACTION", "SET NULL"));
        assertThat(new ForeignKeyWalker(chain).walk("s.a", StatementKind.UPDATE))
                .extracting(ForeignKeyEffect::constraint, ForeignKeyEffect::action, ForeignKeyEffect::depth)
                .containsExactly(tuple("b_a", "CASCADE", 1), tuple("c_b", "SET NULL", 2));
    }

    @Test
    void anInsertChangesNoExistingRowAndReachesNoChild() {
        assertThat(new ForeignKeyWalker(SHOP).walk("s.regions", StatementKind.INSERT)).isEmpty();
    }

    @Test
    void aMergeCanDeleteAndUpdateSoItFollowsBothActions() {
        assertThat(new ForeignKeyWalker(SHOP).walk("s.accounts", StatementKind.MERGE))
                .extracting(ForeignKeyEffect::constraint, ForeignKeyEffect::action)
                .contains(tuple("orders_account", "CASCADE"), tuple("orders_account", "NO ACTION"),
                        tuple("lines_order", "CASCADE"));
    }

    @Test
    void cyclesAndSelfReferencesEnd() {
        List<ForeignKey> cycle = List.of(
                key("employees_manager", "s.employees", "manager_id", "s.employees", "CASCADE", "NO ACTION"),
                key("teams_lead", "s.teams", "lead_id", "s.employees", "CASCADE", "NO ACTION"),
                key("employees_team", "s.employees", "team_id", "s.teams", "CASCADE", "NO ACTION"));
        List<ForeignKeyEffect> effects = new ForeignKeyWalker(cycle).walk("s.employees", StatementKind.DELETE);
        assertThat(effects).extracting(ForeignKeyEffect::constraint, ForeignKeyEffect::depth)
                .containsExactly(tuple("employees_manager", 1), tuple("teams_lead", 1), tuple("employees_team", 2));
    }
}
