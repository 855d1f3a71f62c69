package io.pgwarden.execution.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgwarden.contracts.error.ErrorCode;
import java.sql.SQLException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadFailuresTest {

    private static final ReadLimits CONFIG = ReadLimits.defaults();

    @ParameterizedTest(name = "SQLSTATE {0} -> {1}")
    @CsvSource({
        "57014, TIMEOUT",
        "55P03, TIMEOUT",
        "25006, SQL_REJECTED",
        "08006, DEPENDENCY_DOWN",
        "57P01, DEPENDENCY_DOWN",
        "55000, DEPENDENCY_DOWN",
        "42P01, UNKNOWN_SCHEMA_ELEMENT",
        "42703, UNKNOWN_SCHEMA_ELEMENT",
        "42501, FORBIDDEN",
        "22012, BAD_REQUEST",
        "XX000, DEPENDENCY_DOWN"
    })
    void mapsEachPostgresErrorClassToACodeAUserCanActOn(String sqlState, ErrorCode expected) {
        var failure = ReadFailures.from(new SQLException("boom\nDetail: internal", sqlState), CONFIG);

        assertThat(failure.code()).isEqualTo(expected);
        assertThat(failure.getMessage()).doesNotContain("Detail: internal");
        assertThat(failure.hint()).isNotBlank();
    }

    @ParameterizedTest(name = "{0} / {1} broken: {2}")
    @CsvSource({
        "08006, 'I/O error', true",
        "57P01, 'terminating connection', true",
        ", 'This connection has been closed.', true",
        "42P01, 'relation does not exist', false",
        "57014, 'canceling statement', false"
    })
    void tellsABrokenConnectionFromAFailedStatement(String sqlState, String message, boolean broken) {
        assertThat(ReadFailures.isBrokenConnection(new SQLException(message, sqlState))).isEqualTo(broken);
    }
}
