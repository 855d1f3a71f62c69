package io.pgwarden.schema.messaging;

import io.pgwarden.contracts.event.EventEnvelope;
import io.pgwarden.contracts.event.EventType;
import io.pgwarden.contracts.event.RequestRef;
import io.pgwarden.contracts.event.SchemaCatalogPublished;
import io.pgwarden.contracts.schema.SchemaCatalog;
import io.pgwarden.kit.messaging.EventPublisher;
import io.pgwarden.schema.domain.CatalogService;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Publishes the catalog on the compacted catalog topic at start-up and whenever the structure fingerprint changes
 * (DDL detection by polling), so intent-service always grounds questions in the current schema. What was published
 * is remembered apart from what was read, so a publication that failed (Kafka not reachable yet, the target
 * database down) is retried on the next tick.
 */
@ApplicationScoped
public class CatalogPublisher {

    private static final Logger LOG = Logger.getLogger(CatalogPublisher.class);

    private final CatalogService catalogs;
    private final EventPublisher publisher;
    private volatile String publishedFingerprint;

    @Inject
    public CatalogPublisher(CatalogService catalogs, EventPublisher publisher) {
        this.catalogs = catalogs;
        this.publisher = publisher;
    }

    @Scheduled(every = "${pgwarden.schema.refresh-interval:10s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void publishIfChanged() {
        try {
            SchemaCatalog catalog = catalogs.live();
            if (!catalog.fingerprint().equals(publishedFingerprint)) {
                publish(catalog);
                publishedFingerprint = catalog.fingerprint();
            }
        } catch (RuntimeException e) {
            LOG.warnf("catalog not published yet, retrying at the next tick: %s", e.getMessage());
        }
    }

    private void publish(SchemaCatalog catalog) {
        RequestRef ref = new RequestRef("catalog:" + catalog.fingerprint(), catalog.databaseId(), "system");
        publisher.publish(EventType.SCHEMA_CATALOG_PUBLISHED, EventEnvelope.first(EventType.SCHEMA_CATALOG_PUBLISHED,
                publisher.source(), ref, new SchemaCatalogPublished(catalog)));
        LOG.infof("published catalog %s of %s: %d tables", catalog.fingerprint(), catalog.databaseId(),
                catalog.tables().size());
    }
}
