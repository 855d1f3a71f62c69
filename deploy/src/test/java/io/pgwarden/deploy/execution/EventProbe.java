package io.pgwarden.deploy.execution;

import io.pgwarden.contracts.event.EventCodec;
import io.pgwarden.contracts.event.EventEnvelope;
import io.pgwarden.contracts.event.EventType;
import io.pgwarden.contracts.event.WriteExecuted;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes events and waits for execution-service's answers, talking to the broker directly. */
final class EventProbe {

    private final String bootstrapServers;

    EventProbe(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    void send(String topic, String key, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    WriteExecuted awaitWriteExecuted(String approvalId, Duration timeout) {
        return await(e -> ((WriteExecuted) e.data()).approvalId().equals(approvalId), timeout);
    }

    /** The write.executed answering exactly this decision event (its id is derived from the decision's id). */
    WriteExecuted awaitWriteExecutedCausedBy(EventEnvelope<?> decision, Duration timeout) {
        String expectedId = decision.next(EventType.WRITE_EXECUTED, "x", "x").id();
        return await(e -> e.id().equals(expectedId), timeout);
    }

    private WriteExecuted await(Predicate<EventEnvelope<?>> wanted, Duration timeout) {
        String topic = EventType.WRITE_EXECUTED.topic();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "crash-probe-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()))) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    EventEnvelope<?> envelope = EventCodec.decode(record.value(), EventType.WRITE_EXECUTED);
                    if (wanted.test(envelope)) {
                        return (WriteExecuted) envelope.data();
                    }
                }
            }
        }
        throw new AssertionError("no execution.write-executed event within " + timeout);
    }
}
