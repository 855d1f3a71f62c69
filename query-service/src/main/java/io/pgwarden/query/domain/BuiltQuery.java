package io.pgwarden.query.domain;

import io.pgwarden.contracts.sql.SqlParameter;
import java.util.List;

/**
 * One parameterised statement built from an intent.
 *
 * @param sql         the statement with {@code ?} placeholders, starting with a one-line comment that explains it
 * @param parameters  the values for the placeholders, in order, with their PostgreSQL types
 * @param explanation one plain-English sentence on what the statement does
 */
public record BuiltQuery(String sql, List<SqlParameter> parameters, String explanation) {

    public BuiltQuery {
        parameters = List.copyOf(parameters);
    }
}
