package io.pgwarden.schema.domain;

import io.pgwarden.contracts.schema.SchemaCatalog;
import io.pgwarden.schema.cache.CatalogCache;
import io.pgwarden.schema.store.CatalogReader;
import io.pgwarden.schema.store.TargetDatabaseUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The current catalog of the target database. The structure fingerprint is cheap to read; the full catalog (with
 * its value lexicon) is read only when the fingerprint changes and is not in the Redis cache.
 */
@ApplicationScoped
public class CatalogService {

    private final CatalogReader reader;
    private final CatalogCache cache;
    private volatile SchemaCatalog current;
    private volatile String databaseId;

    @Inject
    public CatalogService(CatalogReader reader, CatalogCache cache) {
        this.reader = reader;
        this.cache = cache;
    }

    /** The catalog matching the database's structure right now; reads it again if the structure changed. */
    public SchemaCatalog live() {
        try {
            refresh();
        } catch (TargetDatabaseUnavailableException e) {
            // A pooled connection can be dead after the database restarted; the pool discards it, so try once more.
            refresh();
        }
        return current;
    }

    /** Re-reads the catalog if its fingerprint changed; returns the new catalog when it did. */
    public synchronized Optional<SchemaCatalog> refresh() {
        if (databaseId == null) {
            databaseId = reader.databaseId();
        }
        String fingerprint = reader.fingerprint();
        if (current != null && current.fingerprint().equals(fingerprint)) {
            return Optional.empty();
        }
        SchemaCatalog catalog = cache.get(databaseId, fingerprint)
                .filter(cached -> cached.fingerprint().equals(fingerprint))
                .orElseGet(() -> {
                    SchemaCatalog read = reader.read(databaseId);
                    cache.put(read);
                    return read;
                });
        current = catalog;
        return Optional.of(catalog);
    }

    /** Forces the next {@link #refresh()} to publish the catalog again even if unchanged. */
    public synchronized void forget() {
        current = null;
    }
}
