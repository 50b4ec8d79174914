package io.activityplatform.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Database names are refused before PostgreSQL is contacted: a sentinel server socket stands where the
 * database would be and counts every connection that reaches it (accepting and closing at once, so a client
 * that did connect fails fast instead of waiting for a reply).
 */
class PostgresDatabasesTest {

    private ServerSocket sentinel;
    private Thread acceptor;
    private final AtomicInteger contacts = new AtomicInteger();

    @BeforeEach
    void listen() throws IOException {
        sentinel = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(() -> {
            while (true) {
                try (Socket client = sentinel.accept()) {
                    contacts.incrementAndGet();
                } catch (IOException closed) {
                    return; // the sentinel was closed
                }
            }
        }, "sentinel-acceptor");
        acceptor.start();
    }

    @AfterEach
    void close() throws Exception {
        sentinel.close();
        acceptor.join();
    }

    private void ensure(String... databases) throws Exception {
        PostgresDatabases.ensure(sentinel.getInetAddress().getHostAddress(), sentinel.getLocalPort(), "postgres",
                "postgres", Arrays.asList(databases));
    }

    @Test
    void aBadNameIsRefusedWithAClearMessageAndNothingIsContacted() throws Exception {
        assertThatThrownBy(() -> ensure("activity_api", "x; DROP DATABASE postgres"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'x; DROP DATABASE postgres'")
                .hasMessageContaining("lower-case identifiers");

        close(); // the acceptor has seen every connection that was ever made
        assertThat(contacts).hasValue(0);
    }

    @Test
    void theBadNameIsFoundWhereverItStandsInTheList() {
        for (List<String> names : List.of(List.of("Upper"), List.of("ok_1", "ok_2", "bad-name"),
                List.of("a".repeat(64), "ok"))) {
            assertThatThrownBy(() -> PostgresDatabases.validate(names)).as("%s", names)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Unsupported database name");
        }
        assertThat(contacts).hasValue(0);
    }

    @Test
    void aMissingNameIsRefusedAsSuch() {
        assertThatThrownBy(() -> PostgresDatabases.validate(Arrays.asList("ok", null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'null'");
    }

    @Test
    void goodNamesPassValidationAndThenTheServerIsContacted() {
        assertThatCode(() -> PostgresDatabases.validate(List.of("activity_api", "_x", "a".repeat(63))))
                .doesNotThrowAnyException();

        // the sentinel is no PostgreSQL: the driver reaches it, then fails on the closed connection
        assertThatThrownBy(() -> ensure("activity_api")).isInstanceOf(java.sql.SQLException.class);
        assertThat(contacts).hasValueGreaterThanOrEqualTo(1);
    }

    @Test
    void anEmptyListIsValid() {
        assertThatCode(() -> PostgresDatabases.validate(List.of())).doesNotThrowAnyException();
    }
}
