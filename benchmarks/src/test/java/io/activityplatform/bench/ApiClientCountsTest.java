package io.activityplatform.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A phase counts only what was created since it began: a count over the whole view grew with the run and the
 * benchmark's own polling became a seventh of PostgreSQL's CPU.
 */
class ApiClientCountsTest {

    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void theFinishedCountAsksForTheTypeCreatedAfterThePhasesStart() throws Exception {
        AtomicReference<URI> asked = new AtomicReference<>();
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/activities/counts", exchange -> {
            asked.set(exchange.getRequestURI());
            byte[] body = "{\"total\":9,\"finished\":7}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        ApiClient api = new ApiClient("http://localhost:" + server.getAddress().getPort(), "token");
        Instant since = Instant.parse("2026-12-02T15:44:50.123Z");

        assertThat(api.finished("GenerateUsgReportActivity", since)).isEqualTo(7);
        assertThat(asked.get().getQuery())
                .isEqualTo("type=GenerateUsgReportActivity&createdAfter=2026-12-02T15:44:50.123Z");
    }

    @Test
    void aPhaseCountsFromShortlyBeforeItsFirstCreate() {
        Instant before = Instant.now();
        Instant since = ServerActivityBench.countedSince();
        assertThat(since).isBefore(before).isAfter(before.minusSeconds(10));
    }
}
