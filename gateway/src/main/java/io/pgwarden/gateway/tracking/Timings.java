package io.pgwarden.gateway.tracking;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How long a request took, from the envelopes' {@code time} fields.
 *
 * @param totalMillis    from the first event to the terminal one (to the latest one while running)
 * @param databaseMillis time the execution step spent in the database, or null before it ran
 * @param steps          per step (lower-case step name), the time from the previous event to the step's event
 */
public record Timings(long totalMillis, Long databaseMillis, Map<String, Long> steps) {

    public Timings {
        // in the order the steps ran, which is how people read them
        steps = Collections.unmodifiableMap(new LinkedHashMap<>(steps));
    }
}
