package io.pgwarden.contracts.event;

import io.pgwarden.contracts.schema.SchemaCatalog;

/**
 * The target database's catalog as schema-service last read it. Published at start-up and whenever the schema
 * fingerprint changes, on a compacted topic keyed by database id, so a service that starts later reads the
 * current catalog from the topic. Consumed by intent-service for grounding words in the schema.
 * Topic {@code pgwarden.schema.catalog-published.v1}. Its envelope's requestId is {@code catalog:<fingerprint>}
 * and its sessionId the database id.
 *
 * @param catalog the tables, columns, keys, statistics and low-cardinality values of the target database
 */
public record SchemaCatalogPublished(SchemaCatalog catalog) {
}
