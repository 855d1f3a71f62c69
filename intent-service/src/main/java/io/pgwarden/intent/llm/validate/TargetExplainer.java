package io.pgwarden.intent.llm.validate;

import io.agroal.api.AgroalDataSource;
import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.contracts.sql.SqlParameter;
import io.pgwarden.kit.error.ErrorText;
import io.pgwarden.kit.error.PipelineException;
import io.quarkus.agroal.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * EXPLAIN (never ANALYZE) on the target database as the reader role, in a read-only transaction that is rolled
 * back. PostgreSQL resolves every name and type and plans the statement, which catches what the catalog check
 * cannot (types, functions, grouping). For a write, the reader role's missing privilege is reported only after
 * planning succeeded, so "permission denied" there means the statement is sound.
 */
@ApplicationScoped
public class TargetExplainer implements Explainer {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    private final AgroalDataSource target;
    private final Duration timeout;

    @Inject
    public TargetExplainer(@DataSource("target") AgroalDataSource target,
            @ConfigProperty(name = "pgwarden.intent.llm.explain-timeout", defaultValue = "5s") Duration timeout) {
        this.target = target;
        this.timeout = timeout;
    }

    @Override
    public Optional<String> explain(String sql, List<SqlParameter> parameters, boolean write) {
        Connection connection;
        try {
            connection = target.getConnection();
        } catch (SQLException e) {
            throw unreachable(e);
        }
        try (connection) {
            connection.setReadOnly(true);
            connection.setAutoCommit(false);
            try (Statement settings = connection.createStatement()) {
                settings.execute("SET LOCAL statement_timeout = " + Math.max(1, timeout.toMillis()));
            }
            try (PreparedStatement explain = connection.prepareStatement("EXPLAIN " + sql)) {
                bind(explain, parameters);
                explain.executeQuery().close();
                return Optional.empty();
            } catch (SQLException e) {
                if (e.getSQLState() != null && e.getSQLState().startsWith("08")) {
                    throw unreachable(e);
                }
                if (write && INSUFFICIENT_PRIVILEGE.equals(e.getSQLState())) {
                    return Optional.empty();
                }
                return Optional.of("PostgreSQL could not plan it: " + oneLine(e.getMessage()));
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw unreachable(e);
        }
    }

    /** Binds like execution-service: untyped text, whole numbers as bigint, decimals as numeric. */
    static void bind(PreparedStatement statement, List<SqlParameter> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            SqlParameter parameter = parameters.get(i);
            Object value = parameter.value();
            int index = i + 1;
            switch (parameter.type()) {
                case "int4", "int8" -> statement.setLong(index, ((Number) value).longValue());
                case "numeric" -> statement.setBigDecimal(index, new BigDecimal(value.toString()));
                default -> statement.setObject(index, value == null ? null : value.toString(), Types.OTHER);
            }
        }
    }

    private static String oneLine(String message) {
        return message == null ? "no detail" : message.replaceAll("\\s*\\n\\s*", " ").strip();
    }

    private static PipelineException unreachable(SQLException e) {
        return new PipelineException(ErrorCode.DEPENDENCY_DOWN,
                "The target database could not be reached to check the statement the language model wrote ("
                        + ErrorText.firstLine(e.getMessage()) + "), so it was not used.",
                "Ask again in a moment.", e);
    }
}
