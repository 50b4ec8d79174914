package io.activityplatform.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An idle sample's wait for the final status on the activity's stream: answered when the stream shows it, and
 * a bounded, named failure when it never does (a run once hung for ever on such a stream).
 */
class ApiClientStreamTest {

    private static final UUID ID = UUID.fromString("bd6e1a32-0188-4845-b7fd-68d34a0c5183");
    private static final String CREATED = "id: 10-834\nevent: activity.created\ndata: {\"status\":\"QUEUED\"}\n\n";
    private static final String STARTED = "id: 10-835\nevent: activity.status-changed\ndata: {\"status\":\"IN_PROGRESS\"}\n\n";
    private static final String DONE = "id: 10-836\nevent: activity.status-changed\ndata: {\"status\":\"SUCCEEDED\"}\n\n";

    private final CountDownLatch released = new CountDownLatch(1);
    private HttpServer server;

    @AfterEach
    void stop() {
        released.countDown();
        server.stop(0);
    }

    @Test
    void answersWhenTheStreamShowsTheFinalStatus() throws Exception {
        ApiClient api = client(CREATED + STARTED + DONE, Duration.ofSeconds(20));

        long before = System.nanoTime();
        assertThat(api.awaitFinal(ID)).isGreaterThan(before);
    }

    @Test
    void aStreamThatNeverShowsTheFinalStatusFailsNamingWhatItShowed() throws Exception {
        AtomicInteger hooked = new AtomicInteger();
        ApiClient api = client(CREATED + STARTED, Duration.ofMillis(500)).whenStuck(hooked::incrementAndGet);

        assertThatThrownBy(() -> api.awaitFinal(ID))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("no final status of " + ID)
                .hasMessageContaining("the streams showed [[id: 10-834, event: activity.created, id: 10-835")
                .hasMessageContaining("a second stream opened then showed no final status within PT0.5S: [[id: 10-834")
                .hasMessageContaining("GET shows SUCCEEDED");
        assertThat(hooked).hasValue(1);
    }

    @Test
    void aStreamWhoseHeadersNeverCameSaysSo() throws Exception {
        ApiClient api = client(null, Duration.ofMillis(500));

        assertThatThrownBy(() -> api.awaitFinal(ID))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("the streams showed [no headers yet []]");
    }

    /** A fake activity-api: the stream sends {@code events} and stays open; GET shows the activity SUCCEEDED. */
    private ApiClient client(String events, Duration bound) throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/activities/" + ID + "/stream", exchange -> stream(exchange, events));
        server.createContext("/activities/" + ID, exchange -> reply(exchange, "{\"status\":\"SUCCEEDED\"}"));
        server.start();
        String base = "http://localhost:" + server.getAddress().getPort();
        return new ApiClient(base, List.of(base), "token", bound);
    }

    /** Sends the headers and {@code events}, or with {@code null} nothing at all, and stays open. */
    private void stream(HttpExchange exchange, String events) throws IOException {
        if (events != null) {
            exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            OutputStream body = exchange.getResponseBody();
            body.write(events.getBytes(StandardCharsets.UTF_8));
            body.flush();
        }
        try {
            released.await(); // open until the test ends, as a live stream that shows nothing more
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        exchange.close();
    }

    private static void reply(HttpExchange exchange, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
