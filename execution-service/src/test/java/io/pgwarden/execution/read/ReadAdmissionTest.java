package io.pgwarden.execution.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.kit.error.PipelineException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReadAdmissionTest {

    private final ReadAdmission admission = new ReadAdmission(2, 3, Duration.ofMillis(20));

    @Test
    void refusesAUsersReadBeyondTheirLimitAsBusyWhileOthersStillGetIn() {
        ReadAdmission.Ticket first = admission.admit("alice");
        ReadAdmission.Ticket second = admission.admit("alice");

        assertThatThrownBy(() -> admission.admit("alice"))
                .isInstanceOfSatisfying(PipelineException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.BUSY);
                    assertThat(e.getMessage()).contains("2 reads running");
                    assertThat(e.hint()).contains("Retry");
                });
        admission.admit("bob").close();
        first.close();
        second.close();
    }

    @Test
    void refusesBeyondTheGlobalLimitAndGivesBackTheUsersPlace() {
        ReadAdmission.Ticket a = admission.admit("alice");
        ReadAdmission.Ticket b = admission.admit("bob");
        ReadAdmission.Ticket c = admission.admit("carol");

        assertThatThrownBy(() -> admission.admit("dave"))
                .isInstanceOfSatisfying(PipelineException.class,
                        e -> assertThat(e.getMessage()).contains("busy with other reads"));
        c.close();
        // dave's refused attempt must not have kept one of his own places: both are free now.
        ReadAdmission.Ticket dave1 = admission.admit("dave");
        a.close();
        ReadAdmission.Ticket dave2 = admission.admit("dave");
        dave1.close();
        dave2.close();
        b.close();
    }

    @Test
    void aClosedTicketFreesItsPlace() {
        for (int i = 0; i < 10; i++) {
            admission.admit("alice").close();
        }
        assertThat(admission.admit("alice")).isNotNull();
    }

    @Test
    void refusesLimitsBelowOne() {
        assertThatThrownBy(() -> new ReadAdmission(0, 1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
