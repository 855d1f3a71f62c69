package io.pgwarden.gateway.submit;

import java.util.Locale;
import java.util.Optional;

/**
 * A request's opt-out of the read cache, from an HTTP {@code Cache-Control} header or the body field
 * {@code "cache": false}. It travels on the request's events as the envelope's {@code cachecontrol} attribute;
 * execution-service reads it. {@code no-store} implies {@code no-cache}.
 */
public final class CacheDirective {

    public static final String NO_CACHE = "no-cache";
    public static final String NO_STORE = "no-store";

    private CacheDirective() {
    }

    /**
     * @param header    the Cache-Control header, or null; directives other than no-cache and no-store are ignored
     * @param bodyCache the body's {@code cache} field, or null; false means no-cache
     * @return {@code no-store}, {@code no-cache}, or empty when the request takes cached results
     */
    public static Optional<String> of(String header, Boolean bodyCache) {
        boolean noStore = false;
        boolean noCache = Boolean.FALSE.equals(bodyCache);
        if (header != null) {
            for (String part : header.split(",")) {
                String directive = part.trim().toLowerCase(Locale.ROOT);
                noStore |= directive.equals(NO_STORE);
                noCache |= directive.equals(NO_CACHE) || directive.equals("max-age=0");
            }
        }
        if (noStore) {
            return Optional.of(NO_STORE);
        }
        return noCache ? Optional.of(NO_CACHE) : Optional.empty();
    }
}
