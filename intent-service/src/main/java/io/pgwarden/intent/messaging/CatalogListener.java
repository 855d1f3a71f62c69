package io.pgwarden.intent.messaging;

import io.pgwarden.contracts.event.EventCodec;
import io.pgwarden.contracts.event.EventEnvelope;
import io.pgwarden.contracts.event.EventType;
import io.pgwarden.contracts.event.SchemaCatalogPublished;
import io.pgwarden.intent.catalog.CatalogHolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Follows the compacted catalog topic from its start with a consumer group of its own per instance, so every
 * instance, including one started after the catalog was published, holds the current catalog.
 */
@ApplicationScoped
public class CatalogListener {

    private static final Logger LOG = Logger.getLogger(CatalogListener.class);

    private final CatalogHolder catalogs;

    @Inject
    public CatalogListener(CatalogHolder catalogs) {
        this.catalogs = catalogs;
    }

    @Incoming("catalog")
    public void onCatalog(String json) {
        EventEnvelope<SchemaCatalogPublished> envelope = EventCodec.decode(json, EventType.SCHEMA_CATALOG_PUBLISHED);
        catalogs.offer(envelope.data().catalog());
        LOG.infof("catalog %s of %s: %d tables", envelope.data().catalog().fingerprint(),
                envelope.data().catalog().databaseId(), envelope.data().catalog().tables().size());
    }
}
