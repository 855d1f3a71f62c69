package io.pgwarden.contracts.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TargetDatabaseTest {

    @Test
    void namesHostPortAndDatabaseWithoutOptions() {
        assertThat(TargetDatabase.nameOf("jdbc:postgresql://db.example:6543/shop?ssl=true&user=x"))
                .isEqualTo("db.example:6543/shop");
        assertThat(TargetDatabase.nameOf("jdbc:postgresql://127.0.0.1/sample")).isEqualTo("127.0.0.1:5432/sample");
    }

    @Test
    void refusesWhatIsNotAPostgresUrl() {
        assertThatThrownBy(() -> TargetDatabase.nameOf("jdbc:mysql://x/y")).isInstanceOf(IllegalArgumentException.class);
    }
}
