package io.pgwarden.gateway.submit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CacheDirectiveTest {

    @Test
    void aRequestWithoutHeaderOrBodyFieldTakesCachedResults() {
        assertThat(CacheDirective.of(null, null)).isEmpty();
        assertThat(CacheDirective.of("max-age=600, public", true)).isEmpty();
    }

    @Test
    void noCacheInTheHeaderOrCacheFalseInTheBodyAsksForAFreshRun() {
        assertThat(CacheDirective.of("No-Cache", null)).contains("no-cache");
        assertThat(CacheDirective.of("public, max-age=0", null)).contains("no-cache");
        assertThat(CacheDirective.of(null, false)).contains("no-cache");
    }

    @Test
    void noStoreWinsOverNoCache() {
        assertThat(CacheDirective.of("no-cache, no-store", false)).contains("no-store");
    }
}
