package io.pgwarden.query.domain;

import io.pgwarden.contracts.intent.QuerySpec;
import io.pgwarden.contracts.schema.SchemaContext;

/**
 * Builds one parameterised SELECT from a query spec. Every value becomes a {@code ?} placeholder with a typed
 * parameter; every name is checked against the schema context and quoted; the statement opens with a comment that
 * explains it. Lists without a requested order are ordered by the primary key, so the same question gives the same
 * rows in the same order. Stateless and thread-safe.
 */
public final class SqlBuilder {

    private final ReadSqlBuilder reads = new ReadSqlBuilder();

    /**
     * @throws QueryBuildException when the spec names something the context does not hold, or is invalid
     */
    public BuiltQuery build(QuerySpec spec, SchemaContext context) {
        return reads.build(spec, context);
    }
}
