package io.pgwarden.gateway.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.contracts.event.EventCodec;
import io.pgwarden.contracts.plan.Step;
import io.pgwarden.contracts.sql.SqlParameter;
import io.pgwarden.gateway.tracking.RequestKind;
import io.pgwarden.gateway.tracking.RequestSnapshot;
import io.pgwarden.gateway.tracking.RequestStatus;
import io.pgwarden.gateway.tracking.Timings;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Converts between request snapshots and history rows; JSON columns use the event codec's conventions. */
final class RecordMapping {

    private static final ObjectMapper JSON = EventCodec.mapper();
    private static final TypeReference<List<SqlParameter>> PARAMETERS = new TypeReference<>() {
    };
    private static final TypeReference<LinkedHashMap<String, Long>> STEP_MILLIS = new TypeReference<>() {
    };

    private RecordMapping() {
    }

    /** Copies a snapshot onto a row, keeping at most {@code storedRows} result rows. */
    static void write(RequestSnapshot snapshot, RequestRecord row, int storedRows) {
        row.id = snapshot.requestId();
        row.sessionId = snapshot.sessionId();
        row.userId = snapshot.userId();
        row.kind = snapshot.kind().name();
        row.text = snapshot.text();
        row.status = snapshot.status().name();
        row.lastStep = snapshot.lastStep();
        row.sql = snapshot.sql();
        row.parameters = snapshot.parameters() == null || snapshot.parameters().isEmpty() ? null
                : toJson(snapshot.parameters());
        row.result = snapshot.result() == null ? null : toJson(snapshot.result().capped(storedRows));
        row.engine = snapshot.engine();
        row.clarification = snapshot.clarification() == null ? null : toJson(snapshot.clarification());
        RequestSnapshot.Failure error = snapshot.error();
        row.errorCode = error == null ? null : error.code();
        row.errorMessage = error == null ? null : error.message();
        row.errorHint = error == null ? null : error.hint();
        row.errorStep = error == null ? null : error.step();
        Timings timings = snapshot.timings();
        row.totalMillis = timings == null ? null : timings.totalMillis();
        row.databaseMillis = timings == null ? null : timings.databaseMillis();
        row.stepMillis = timings == null || timings.steps().isEmpty() ? null : toJson(timings.steps());
        row.createdAt = snapshot.createdAt();
        row.completedAt = snapshot.completedAt();
        row.writeDetail = snapshot.write() == null ? null : toJson(snapshot.write());
    }

    static RequestSnapshot read(RequestRecord row) {
        RequestSnapshot.Failure error = row.errorCode == null && row.errorMessage == null ? null
                : new RequestSnapshot.Failure(row.errorCode, titleOf(row.errorCode), row.errorMessage, row.errorHint,
                        row.errorStep);
        // A request abandoned by a stopped gateway has no timings: nothing reported its steps.
        Timings timings = row.totalMillis == null ? null
                : new Timings(row.totalMillis, row.databaseMillis,
                        row.stepMillis == null ? Map.of() : inStepOrder(fromJson(row.stepMillis, STEP_MILLIS)));
        return new RequestSnapshot(row.id, row.sessionId, row.userId, RequestKind.valueOf(row.kind), row.text,
                RequestStatus.valueOf(row.status), row.createdAt, row.completedAt, row.lastStep, row.sql,
                row.parameters == null ? List.of() : fromJson(row.parameters, PARAMETERS),
                row.result == null ? null : fromJson(row.result, RequestSnapshot.Result.class),
                row.engine, timings,
                row.clarification == null ? null : fromJson(row.clarification, RequestSnapshot.Clarification.class),
                error, row.writeDetail == null ? null : fromJson(row.writeDetail, RequestSnapshot.Write.class));
    }

    /** Steps in lifecycle order; jsonb does not keep the order of keys. */
    static Map<String, Long> inStepOrder(Map<String, Long> steps) {
        Map<String, Long> ordered = new LinkedHashMap<>();
        Arrays.stream(Step.values())
                .map(step -> step.name().toLowerCase(Locale.ROOT))
                .filter(steps::containsKey)
                .forEach(step -> ordered.put(step, steps.get(step)));
        return ordered;
    }

    private static String titleOf(String code) {
        if (code == null) {
            return null;
        }
        return Arrays.stream(ErrorCode.values()).filter(c -> c.name().equals(code)).findFirst()
                .map(ErrorCode::title).orElse(null);
    }

    private static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write request history JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static <T> T fromJson(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read request history JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static <T> T fromJson(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read request history JSON: " + e.getOriginalMessage(), e);
        }
    }
}
