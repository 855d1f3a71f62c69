package io.pgwarden.deploy.postgres;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RootlessCommandTest {

    @Test
    void asRootCommandsRunInANewUserNamespace() {
        assertThat(new RootlessCommand(true).wrap(List.of("/opt/pg/bin/initdb", "-D", "/data")))
                .containsExactly("unshare", "-U", "/opt/pg/bin/initdb", "-D", "/data");
    }

    @Test
    void asAnyOtherUserCommandsRunUnchanged() {
        assertThat(new RootlessCommand(false).wrap(List.of("/opt/pg/bin/initdb", "-D", "/data")))
                .containsExactly("/opt/pg/bin/initdb", "-D", "/data");
    }

    @Test
    void onlyTheRootVariantExplainsTheUserNamespaceInErrors() {
        assertThat(new RootlessCommand(true).hint()).contains("unshare -U");
        assertThat(new RootlessCommand(false).hint()).isEmpty();
    }
}
