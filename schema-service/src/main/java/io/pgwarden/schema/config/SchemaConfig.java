package io.pgwarden.schema.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** How schema-service reads and shares the target database's catalog. */
@ConfigMapping(prefix = "pgwarden.schema")
public interface SchemaConfig {

    /** How often the structure fingerprint is checked for changes (DDL) in the target database. */
    @WithDefault("PT10S")
    Duration refreshInterval();

    /** Time to live of the catalog in Redis (the PRD's schema cache: 1 hour). */
    @WithDefault("PT1H")
    Duration cacheTtl();

    /** A text column with at most this many distinct values has them all in the value lexicon. */
    @WithDefault("200")
    int maxLexiconValues();

    /** Tables with more estimated rows than this are not scanned for lexicon values. */
    @WithDefault("2000000")
    long lexiconMaxTableRows();

    /** Statement timeout for catalog and lexicon queries. */
    @WithDefault("PT5S")
    Duration statementTimeout();

    /** Schemas never shown to users, besides the system schemas (pg_catalog, information_schema, pg_*). */
    @WithDefault("pgwarden")
    List<String> excludedSchemas();
}
