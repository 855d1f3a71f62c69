package io.pgwarden.execution.read.cache;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CacheUseTest {

    @Test
    void withoutADirectiveAStoredResultAnswersAndTheResultIsStored() {
        assertThat(CacheUse.of(null)).isEqualTo(CacheUse.LOOKUP_AND_STORE);
        assertThat(CacheUse.of(null).lookup()).isTrue();
        assertThat(CacheUse.of(null).store()).isTrue();
    }

    @Test
    void noCacheRunsAgainAndStoresTheFreshResult() {
        assertThat(CacheUse.of("no-cache").lookup()).isFalse();
        assertThat(CacheUse.of("No-Cache").store()).isTrue();
    }

    @Test
    void noStoreNeitherLooksUpNorStores() {
        assertThat(CacheUse.of("no-store")).isEqualTo(CacheUse.NONE);
        assertThat(CacheUse.NONE.lookup()).isFalse();
        assertThat(CacheUse.NONE.store()).isFalse();
    }
}
