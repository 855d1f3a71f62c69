package io.pgwarden.gateway.messaging;

import io.pgwarden.gateway.config.GatewayConfig;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * The gateway's consumer group is new at every start, so Kafka would begin it at the end of each partition once
 * partitions are assigned, a moment after start-up, and events of a request submitted in that moment would be
 * missed. On assignment, each partition is rewound to the first event of the last {@code pgwarden.gateway.consumer-catch-up} window instead:
 * replayed events of requests this instance does not follow are ignored, and the ones it does follow are applied
 * idempotently. Until the first assignment, readiness is DOWN.
 */
@ApplicationScoped
@Identifier(LifecycleRebalanceListener.NAME)
public class LifecycleRebalanceListener implements KafkaConsumerRebalanceListener {

    public static final String NAME = "lifecycle-events-rebalance";

    private static final Logger LOG = Logger.getLogger(LifecycleRebalanceListener.class);

    private final Duration catchUp;
    private final Clock clock;
    private volatile boolean assigned;

    public LifecycleRebalanceListener(GatewayConfig config, Clock clock) {
        this.catchUp = config.consumerCatchUp();
        this.clock = clock;
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        long since = clock.millis() - catchUp.toMillis();
        Map<TopicPartition, Long> query = new HashMap<>();
        partitions.forEach(partition -> query.put(partition, since));
        Map<TopicPartition, OffsetAndTimestamp> offsets = consumer.offsetsForTimes(query);
        for (TopicPartition partition : partitions) {
            OffsetAndTimestamp offset = offsets.get(partition);
            if (offset != null) {
                consumer.seek(partition, offset.offset());
            }
        }
        assigned = true;
        LOG.infof("following %d lifecycle partitions from %s ago", partitions.size(), catchUp);
    }

    /** True once the consumer owns its partitions, so no event of a new request can be missed. */
    public boolean assigned() {
        return assigned;
    }
}
