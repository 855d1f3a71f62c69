package io.pgwarden.gateway.submit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.gateway.problem.ProblemException;
import org.junit.jupiter.api.Test;

class SubmissionRulesTest {

    private final SubmissionRules rules = new SubmissionRules(2000, 100_000);

    @Test
    void aQuestionIsTrimmed() {
        assertThat(rules.question("  How many customers are there?\n")).isEqualTo("How many customers are there?");
    }

    @Test
    void aMissingOrBlankQuestionIsRequired() {
        for (String missing : new String[] { null, "", "   \t" }) {
            assertThatThrownBy(() -> rules.question(missing))
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.BAD_REQUEST);
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.getMessage()).isEqualTo("question is required");
                    });
        }
    }

    @Test
    void aQuestionOfExactlyTheLimitIsAcceptedAndOneMoreCharacterIsNot() {
        assertThat(rules.question("x".repeat(2000))).hasSize(2000);
        assertThatThrownBy(() -> rules.question("x".repeat(2001)))
                .hasMessage("question is 2001 characters long; at most 2000 are accepted");
    }

    @Test
    void sqlHasItsOwnLimit() {
        assertThat(rules.sql(" select 1 ")).isEqualTo("select 1");
        assertThatThrownBy(() -> rules.sql(null)).hasMessage("sql is required");
        assertThatThrownBy(() -> rules.sql("x".repeat(100_001)))
                .hasMessage("sql is 100001 characters long; at most 100000 are accepted");
    }

    @Test
    void aSessionIdIsOptionalButMustBePlain() {
        assertThat(rules.sessionId(null)).isEmpty();
        assertThat(rules.sessionId("3f2b9c1e-0d7a-4d7e-9c55-0e7c3f1b2a44")).contains(
                "3f2b9c1e-0d7a-4d7e-9c55-0e7c3f1b2a44");
        assertThat(rules.sessionId("alice:quarterly.report_2")).contains("alice:quarterly.report_2");
        for (String bad : new String[] { "", " s1", "-s1", "s/1", "s 1", "x".repeat(129) }) {
            assertThatThrownBy(() -> rules.sessionId(bad)).isInstanceOf(ProblemException.class)
                    .hasMessageStartingWith("sessionId must be 1 to 128");
        }
    }
}
