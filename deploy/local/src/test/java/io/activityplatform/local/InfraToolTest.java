package io.activityplatform.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one-shot tool's failure report: it fails (never hangs or passes) when the server is not there, shows
 * the child's own explanation, and never prints the password it was given.
 */
class InfraToolTest {

    @Test
    void aFailedDatabaseCreationReportsTheChildsOutputButNotThePassword() {
        int nothingListens = Ports.pickFree();
        PostgresEndpoint absent = new PostgresEndpoint("127.0.0.1", nothingListens, "app", "pw-" + nothingListens + "-x");

        assertThatThrownBy(() -> InfraTool.createDatabases(absent, List.of("activity_api")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Failed: ")
                .hasMessageContaining("--password=***")
                .hasMessageContaining("--port=" + nothingListens)
                .hasMessageContaining("create-databases failed") // the child's own line, from its output
                .hasMessageNotContaining(absent.password());
    }

    @Test
    void aFreePortIsFreeAndATakenOneIsNot() throws Exception {
        int port = Ports.pickFree();
        assertThat(port).isBetween(1, 65_535);
        assertThat(Ports.isFree(port)).isTrue();

        try (java.net.ServerSocket taken = new java.net.ServerSocket(port, 1,
                java.net.InetAddress.getLoopbackAddress())) {
            assertThat(Ports.isFree(port)).isFalse();
        }
        assertThat(Ports.isFree(port)).isTrue();
    }
}
