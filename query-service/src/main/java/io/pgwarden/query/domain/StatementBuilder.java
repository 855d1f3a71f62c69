package io.pgwarden.query.domain;

import io.pgwarden.contracts.intent.Intent;
import io.pgwarden.contracts.schema.SchemaContext;
import io.pgwarden.query.domain.meta.MetaSqlBuilder;
import io.pgwarden.query.domain.write.WriteSqlBuilder;

/**
 * Picks the builder for an intent: a read of the database's catalog for a question about the schema, an UPDATE,
 * DELETE or INSERT for a write, a SELECT otherwise. Stateless and thread-safe.
 */
public final class StatementBuilder {

    private final SqlBuilder reads = new SqlBuilder();
    private final WriteSqlBuilder writes = new WriteSqlBuilder();
    private final MetaSqlBuilder meta = new MetaSqlBuilder();

    /**
     * @throws QueryBuildException when the spec names something the context does not hold, or is invalid
     */
    public BuiltQuery build(Intent intent, SchemaContext context) {
        if (intent.spec() != null && intent.spec().meta() != null) {
            return meta.build(intent.spec().meta(), context);
        }
        if (intent.intentType().isWrite()) {
            return writes.build(intent.intentType(), intent.spec(), context);
        }
        return reads.build(intent.spec(), context);
    }
}
