package io.pgwarden.schema.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgwarden.contracts.schema.JoinPath;
import java.util.List;
import org.junit.jupiter.api.Test;

class JoinPathFinderTest {

    private final JoinPathFinder finder = new JoinPathFinder(Catalogs.shop());

    @Test
    void followsAForeignKeyFromTheReferencingTable() {
        JoinPath path = finder.shortest("public.orders", "public.customers").orElseThrow();

        assertThat(path.steps()).containsExactly(
                new JoinPath.Hop("public.orders", List.of("customer_id"), "public.customers", List.of("id")));
    }

    @Test
    void followsAForeignKeyBackwardsFromTheReferencedTable() {
        JoinPath path = finder.shortest("public.customers", "public.orders").orElseThrow();

        assertThat(path.steps()).containsExactly(
                new JoinPath.Hop("public.customers", List.of("id"), "public.orders", List.of("customer_id")));
    }

    @Test
    void findsTheTwoHopPathThroughTheTableBetween() {
        JoinPath path = finder.shortest("public.order_items", "public.customers").orElseThrow();

        assertThat(path.steps()).extracting(JoinPath.Hop::rightTable)
                .containsExactly("public.orders", "public.customers");
    }

    @Test
    void aTableReachesItselfWithoutJoins() {
        assertThat(finder.shortest("public.employees", "public.employees").orElseThrow().steps()).isEmpty();
    }

    @Test
    void reportsNoPathBetweenUnconnectedTables() {
        assertThat(finder.shortest("public.customers", "public.audit_notes")).isEmpty();
    }
}
