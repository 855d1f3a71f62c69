package io.pgwarden.contracts.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * JSON encoding of envelopes. Decoding ignores unknown fields, so a consumer keeps working when a producer adds an
 * optional field to a payload (the compatible way to evolve a {@code .v1} topic).
 */
public final class EventCodec {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(new Jdk8Module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private EventCodec() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String encode(EventEnvelope<?> envelope) {
        try {
            return MAPPER.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Decodes an envelope whose type must be {@code expected}.
     *
     * @throws MalformedEventException when the text is not an envelope of that type
     */
    @SuppressWarnings("unchecked")
    public static <T> EventEnvelope<T> decode(String json, EventType expected) {
        try {
            JsonNode tree = MAPPER.readTree(json);
            if (tree == null || !tree.isObject()) {
                throw new MalformedEventException("not a JSON object");
            }
            String type = tree.path("type").asText(null);
            if (!expected.typeName().equals(type)) {
                throw new MalformedEventException("expected event type " + expected.typeName() + " but got " + type);
            }
            JavaType javaType = MAPPER.getTypeFactory()
                    .constructParametricType(EventEnvelope.class, expected.dataClass());
            return (EventEnvelope<T>) MAPPER.convertValue(tree, javaType);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedEventException("unreadable " + expected.typeName() + " event: " + e.getMessage(), e);
        }
    }

    /** Decodes any pgwarden envelope by the type it names, for subscribers that watch every topic. */
    public static EventEnvelope<?> decodeAny(String json) {
        try {
            String type = MAPPER.readTree(json).path("type").asText(null);
            EventType eventType = EventType.byTypeName(type)
                    .orElseThrow(() -> new MalformedEventException("unknown event type " + type));
            return decode(json, eventType);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
