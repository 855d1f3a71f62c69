package io.pgwarden.intent.llm.validate;

import io.pgwarden.contracts.sql.SqlParameter;
import java.util.List;
import java.util.Optional;

/** Asks the target database to plan a statement without running it. */
public interface Explainer {

    /**
     * @param write whether the statement changes data (the reader role may plan it but not run it)
     * @return what PostgreSQL objected to, or empty when it planned the statement
     * @throws io.pgwarden.kit.error.PipelineException DEPENDENCY_DOWN when the database cannot be reached: nothing
     *                                                  unvalidated may go on
     */
    Optional<String> explain(String sql, List<SqlParameter> parameters, boolean write);
}
