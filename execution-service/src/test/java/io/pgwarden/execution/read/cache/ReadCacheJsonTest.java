package io.pgwarden.execution.read.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgwarden.contracts.event.EventCodec;
import io.pgwarden.contracts.event.ExecutionCompleted.QueryPlan;
import io.pgwarden.contracts.event.ExecutionCompleted.ResultColumn;
import io.pgwarden.execution.read.ReadResult;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadCacheJsonTest {

    @Test
    void aResultReadFromTheCacheIsAnsweredExactlyAsTheDatabaseAnsweredIt() throws Exception {
        ReadResult fromDatabase = new ReadResult(
                List.of(new ResultColumn("id", "int8"), new ResultColumn("price", "numeric"),
                        new ResultColumn("name", "text"), new ResultColumn("ratio", "float8"),
                        new ResultColumn("active", "bool"), new ResultColumn("tags", "_text")),
                List.of(Arrays.asList(1L, new BigDecimal("12.50"), "Ann; DELETE", 0.25, true, List.of("a", "b")),
                        Arrays.asList(2L, null, null, null, null, null)),
                true, 2, 17);

        ReadResult fromCache = ReadCache.decode(ReadCache.encode(fromDatabase)).fromCache();

        assertThat(EventCodec.mapper().writeValueAsString(fromCache.rows()))
                .isEqualTo(EventCodec.mapper().writeValueAsString(fromDatabase.rows()))
                .contains("12.50");
        assertThat(fromCache.columns()).isEqualTo(fromDatabase.columns());
        assertThat(fromCache.truncated()).isTrue();
        assertThat(fromCache.rowLimit()).isEqualTo(2);
        assertThat(fromCache.cached()).isTrue();
        assertThat(fromCache.executionMillis()).isZero();
    }

    @Test
    void aCachedResultReportsThePlanOfTheRunThatWasCached() throws Exception {
        QueryPlan plan = new QueryPlan(1243.0, 25, List.of(
                "public.orders is scanned in full (≈50,000 rows) to filter on customer_id;"
                        + " an index on orders(customer_id) would avoid it"));
        ReadResult fromDatabase = new ReadResult(List.of(new ResultColumn("id", "int4")), List.of(List.of(1)),
                false, 1000, 9).withPlan(plan);

        ReadResult fromCache = ReadCache.decode(ReadCache.encode(fromDatabase)).fromCache();

        assertThat(fromCache.plan()).isEqualTo(plan);
        assertThat(fromCache.cached()).isTrue();
    }

    @Test
    void aResultCachedBeforePlansWereKeptIsServedWithoutAPlan() throws Exception {
        String older = "{\"columns\":[{\"name\":\"n\",\"type\":\"int8\"}],\"rows\":[[3]],\"truncated\":false,"
                + "\"rowLimit\":1000,\"executionMillis\":4,\"cached\":false}";

        ReadResult fromCache = ReadCache.decode(older).fromCache();

        assertThat(fromCache.plan()).isNull();
        assertThat(fromCache.rows()).hasSize(1);
    }
}
