package io.pgwarden.execution.read.cache;

import java.util.Locale;

/**
 * What one request lets the read cache do, from its {@code cachecontrol} envelope attribute: by default a stored
 * result may answer it and its own result is stored; {@code no-cache} runs the read again (and stores the fresh
 * result); {@code no-store} runs it again and keeps nothing.
 */
public enum CacheUse {
    LOOKUP_AND_STORE(true, true),
    STORE_ONLY(false, true),
    NONE(false, false);

    private final boolean lookup;
    private final boolean store;

    CacheUse(boolean lookup, boolean store) {
        this.lookup = lookup;
        this.store = store;
    }

    public boolean lookup() {
        return lookup;
    }

    public boolean store() {
        return store;
    }

    public static CacheUse of(String cacheControl) {
        if (cacheControl == null) {
            return LOOKUP_AND_STORE;
        }
        String directives = cacheControl.toLowerCase(Locale.ROOT);
        if (directives.contains("no-store")) {
            return NONE;
        }
        return directives.contains("no-cache") ? STORE_ONLY : LOOKUP_AND_STORE;
    }
}
