package io.pgwarden.gateway.tracking;

import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.contracts.event.RequestFailed;
import io.pgwarden.contracts.plan.Step;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** The failure a request gets when no step answered in time, naming the step that was waited for. */
public final class TimeoutNotice {

    private TimeoutNotice() {
    }

    public static RequestFailed of(Optional<Step> awaited, Duration deadline) {
        String within = format(deadline);
        if (awaited.isPresent()) {
            String step = awaited.get().name().toLowerCase(Locale.ROOT);
            return new RequestFailed(awaited.get(), ErrorCode.TIMEOUT,
                    "no answer from the " + step + " step within " + within
                            + "; the request was stopped; nothing was changed",
                    "Ask again in a moment; if it keeps timing out, check that " + step
                            + "-service is running (GET /q/health/ready on it).");
        }
        return new RequestFailed(null, ErrorCode.TIMEOUT,
                "no answer within " + within + "; the request was stopped; nothing was changed",
                "Ask again in a moment; if it keeps timing out, check the services' readiness (GET /q/health/ready).");
    }

    /** {@code 60s}, {@code 1500ms}: whole seconds when they are whole. */
    static String format(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? (millis / 1000) + "s" : millis + "ms";
    }
}
