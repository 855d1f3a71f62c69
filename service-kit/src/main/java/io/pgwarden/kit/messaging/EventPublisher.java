package io.pgwarden.kit.messaging;

import io.pgwarden.contracts.event.EventCodec;
import io.pgwarden.contracts.event.EventEnvelope;
import io.pgwarden.contracts.event.EventType;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Publishes envelopes to their type's topic, keyed by session id, through the one outgoing channel
 * {@value #CHANNEL}. Publishing waits for the broker's acknowledgement so that a handler marks its input processed
 * only after its output is safely on Kafka.
 */
@ApplicationScoped
public class EventPublisher {

    public static final String CHANNEL = "pgwarden-events";

    private final Emitter<String> emitter;
    private final String source;
    private final Duration ackTimeout;

    @Inject
    public EventPublisher(@Channel(CHANNEL) Emitter<String> emitter,
            @ConfigProperty(name = "quarkus.application.name") String applicationName,
            @ConfigProperty(name = "pgwarden.kafka.ack-timeout", defaultValue = "PT15S") Duration ackTimeout) {
        this.emitter = emitter;
        this.source = "/pgwarden/" + applicationName;
        this.ackTimeout = ackTimeout;
    }

    /** The CloudEvents {@code source} of events this service emits. */
    public String source() {
        return source;
    }

    public void publish(Outcome outcome) {
        for (Outcome.Emission emission : outcome.emissions()) {
            publish(emission.type(), emission.envelope());
        }
    }

    public void publish(EventType type, EventEnvelope<?> envelope) {
        CompletableFuture<Void> acked = new CompletableFuture<>();
        Message<String> message = Message.of(EventCodec.encode(envelope))
                .withAck(() -> {
                    acked.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(failure -> {
                    acked.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                })
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withTopic(type.topic())
                        .withKey(envelope.sessionId())
                        .withHeaders(cloudEventHeaders(envelope))
                        .build());
        emitter.send(message);
        try {
            acked.get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing " + type.typeName(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not accept " + type.typeName() + " within " + ackTimeout, e);
        }
    }

    /** Binary-mode CloudEvents headers beside the structured body, so routers can filter without parsing JSON. */
    private static RecordHeaders cloudEventHeaders(EventEnvelope<?> envelope) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_id", bytes(envelope.id()));
        headers.add("ce_type", bytes(envelope.type()));
        headers.add("ce_source", bytes(envelope.source()));
        headers.add("ce_specversion", bytes(envelope.specversion()));
        headers.add("pgwarden_request_id", bytes(envelope.requestId()));
        return headers;
    }

    private static byte[] bytes(String value) {
        return value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8);
    }
}
