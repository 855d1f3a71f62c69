package io.pgwarden.intent.llm;

import io.pgwarden.contracts.sql.SqlParameter;
import io.pgwarden.intent.llm.validate.Explainer;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records which statements reached the EXPLAIN step and lets them pass. These tests have no database; EXPLAIN on a
 * real PostgreSQL is exercised by the TargetExplainer tests and the end-to-end LlmPathIT in deploy.
 */
final class RecordingExplainer implements Explainer {

    record Explained(String sql, List<SqlParameter> parameters, boolean write) {
    }

    final List<Explained> explained = new CopyOnWriteArrayList<>();

    @Override
    public Optional<String> explain(String sql, List<SqlParameter> parameters, boolean write) {
        explained.add(new Explained(sql, parameters, write));
        return Optional.empty();
    }
}
