package io.pgwarden.execution.read.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgwarden.contracts.sql.SqlParameter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadCacheKeyTest {

    private static final String SQL = "SELECT name FROM customers WHERE state = ?";
    private static final List<SqlParameter> CA = List.of(new SqlParameter("text", "CA"));

    private static String key(String user, String role, String version, String sql, List<SqlParameter> values) {
        return ReadCacheKey.of(user, role, version, sql, values);
    }

    @Test
    void theSameReadOfTheSameUserOnTheSameSchemaHasTheSameKey() {
        assertThat(key("alice", "pgwarden_reader", "v1", SQL, CA))
                .isEqualTo(key("alice", "pgwarden_reader", "v1", SQL, List.of(new SqlParameter("text", "CA"))))
                .startsWith(ReadCacheKey.PREFIX);
    }

    @Test
    void anyDifferenceInUserRoleSchemaTextOrValuesGivesAnotherKey() {
        String base = key("alice", "pgwarden_reader", "v1", SQL, CA);

        assertThat(List.of(
                key("bob", "pgwarden_reader", "v1", SQL, CA),
                key("alice", "other_reader", "v1", SQL, CA),
                key("alice", "pgwarden_reader", "v2", SQL, CA),
                key("alice", "pgwarden_reader", "v1", SQL + " ", CA),
                key("alice", "pgwarden_reader", "v1", SQL, List.of(new SqlParameter("text", "TX"))),
                key("alice", "pgwarden_reader", "v1", SQL, List.of(new SqlParameter("varchar", "CA"))),
                key("alice", "pgwarden_reader", "v1", SQL, List.of(new SqlParameter("int8", 5L))),
                key("alice", "pgwarden_reader", "v1", SQL, List.of(new SqlParameter("int8", "5"))),
                key("alice", "pgwarden_reader", "v1", SQL, List.of())))
                .doesNotContain(base)
                .doesNotHaveDuplicates();
    }

    @Test
    void partsCannotBeShiftedIntoEachOther() {
        assertThat(key("ab", "c", "v", "x", List.of())).isNotEqualTo(key("a", "bc", "v", "x", List.of()));
        assertThat(key("a", "b", "v", "x", List.of(new SqlParameter("text", null))))
                .isNotEqualTo(key("a", "b", "v", "x", List.of(new SqlParameter("text", "null"))));
    }
}
