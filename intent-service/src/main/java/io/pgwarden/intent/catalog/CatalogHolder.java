package io.pgwarden.intent.catalog;

import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.contracts.schema.SchemaCatalog;
import io.pgwarden.kit.error.PipelineException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicReference;

/** The latest catalog schema-service published; questions are grounded in it. */
@ApplicationScoped
public class CatalogHolder {

    private final AtomicReference<SchemaCatalog> latest = new AtomicReference<>();

    /** Keeps the newer of the held and the offered catalog, so an old record replayed from the topic never wins. */
    public void offer(SchemaCatalog catalog) {
        latest.accumulateAndGet(catalog, (held, offered) -> held == null
                || !offered.discoveredAt().isBefore(held.discoveredAt()) ? offered : held);
    }

    public SchemaCatalog require() {
        SchemaCatalog catalog = latest.get();
        if (catalog == null) {
            throw new PipelineException(ErrorCode.DEPENDENCY_DOWN,
                    "The structure of the target database is not known yet, so the question cannot be understood.",
                    "schema-service publishes it when it can reach the database; ask again in a few seconds.");
        }
        return catalog;
    }

    public boolean loaded() {
        return latest.get() != null;
    }
}
