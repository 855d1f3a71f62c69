package io.pgwarden.execution.read.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pgwarden.contracts.event.ExecutionCompleted.QueryPlan;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Over plans recorded from PostgreSQL with EXPLAIN (FORMAT JSON, VERBOSE), as the read path runs it. */
class FilteredScanTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyFilteredFullScanOfAJoinIsFoundWithItsTableAndFilteredColumn() throws IOException {
        List<FilteredScan> scans = FilteredScan.in(plan("join-two-filtered-scans.json"));

        assertThat(scans).containsExactlyInAnyOrder(
                new FilteredScan("shop", "orders", List.of("customer_id"), 262),
                new FilteredScan("shop", "customers", List.of("state"), 666));
    }

    @Test
    void columnsInsideFunctionsCountAndWordsInsideStringLiteralsDoNot() throws IOException {
        List<FilteredScan> scans = FilteredScan.in(plan("filter-with-function-and-literal.json"));

        // The literal 'x.y o.total' looks like two qualified columns; neither is one.
        assertThat(scans).containsExactly(new FilteredScan("shop", "orders", List.of("customer_id", "status"), 25));
    }

    @Test
    void quotedTableAndColumnNamesAreReadUnquoted() throws IOException {
        assertThat(FilteredScan.in(plan("quoted-names.json")))
                .containsExactly(new FilteredScan("shop", "Order Lines", List.of("Line Id"), 1));
    }

    @Test
    void aPlanThatUsesAnIndexHasNoFilteredFullScan() throws IOException {
        assertThat(FilteredScan.in(plan("index-scan.json"))).isEmpty();
    }

    @Test
    void onlyColumnsOfTheScansOwnAliasAreItsColumns() {
        assertThat(FilteredScan.columnsOf("((o.customer_id = $1) AND (o.total > c.limit_amount))", "o"))
                .containsExactly("customer_id", "total");
        assertThat(FilteredScan.columnsOf("(pg_catalog.lower(o.name) = 'a''b.c'::text)", "o"))
                .containsExactly("name");
    }

    @Test
    void theEstimateIsTheTopNodesTotalCostAndRows() throws IOException {
        QueryPlan estimate = PlanEstimate.of(plan("join-two-filtered-scans.json"), List.of("advice"));

        assertThat(estimate.totalCost()).isEqualTo(1042.34);
        assertThat(estimate.estimatedRows()).isEqualTo(87);
        assertThat(estimate.suggestions()).containsExactly("advice");
        assertThat(PlanEstimate.of(plan("index-scan.json"), List.of()))
                .isEqualTo(new QueryPlan(0.95, 5, List.of()));
    }

    @Test
    void theAdviceNamesTheTableItsSizeAndTheIndexThatWouldAvoidTheScan() {
        FilteredScan scan = new FilteredScan("public", "orders", List.of("customer_id"), 12);

        assertThat(IndexAdvisor.advice(scan, 50_000, scan.columns())).isEqualTo(
                "public.orders is scanned in full (≈50,000 rows) to filter on customer_id;"
                        + " an index on orders(customer_id) would avoid it");
        assertThat(IndexAdvisor.advice(scan, 20_000.4, List.of("status", "region"))).isEqualTo(
                "public.orders is scanned in full (≈20,000 rows) to filter on status, region;"
                        + " an index on orders(status) or orders(region) would avoid it");
    }

    private static JsonNode plan(String name) throws IOException {
        try (InputStream in = FilteredScanTest.class.getResourceAsStream("/plans/" + name)) {
            return JSON.readTree(in);
        }
    }
}
