package io.pgwarden.contracts.intent;

import io.pgwarden.contracts.sql.SqlParameter;
import java.util.List;

/**
 * A statement the LLM path wrote for a question and intent-service validated: one statement, classified by our own
 * parser, every table and column found in the catalog, literals turned into {@code ?} parameters, and EXPLAIN on the
 * target database accepted it. query-service uses it instead of building from the spec, after checking it with the
 * SQL guard again.
 *
 * @param sql         the statement with {@code ?} placeholders, without a terminating semicolon
 * @param parameters  the values for the placeholders, in order
 * @param explanation one sentence on what the statement does, in the model's words
 */
public record GeneratedSql(String sql, List<SqlParameter> parameters, String explanation) {

    public GeneratedSql {
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
    }
}
