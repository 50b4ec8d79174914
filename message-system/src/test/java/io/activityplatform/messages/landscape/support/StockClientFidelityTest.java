package io.activityplatform.messages.landscape.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The Java stand-in sends what the stock client sent: its first requests on both paths are compared, request
 * line, headers in order and body, with the captured bytes (only the Host port differs).
 */
class StockClientFidelityTest {

    @Test
    void landscapeConfigsRegistrationRequestIsTheCapturedOne() throws Exception {
        byte[] answer = Captures.resource("config-path/01-register-by-landscape-config.response.bpickle");
        try (ServerSocket server = new ServerSocket(0)) {
            CompletableFuture<byte[]> request = CompletableFuture.supplyAsync(() -> serveOnce(server, answer));
            StockClient client = new StockClient("127.0.0.1", server.getLocalPort(), "test-account", "test-key",
                    "lsc-capture-config", StockClient.CLIENT_TYPES);

            client.registerLikeLandscapeConfig();

            assertSame(request.get(30, TimeUnit.SECONDS), "config-path/01-register-by-landscape-config",
                    server.getLocalPort());
            assertThat(client.secureId).isEqualTo("fake-secure-id-66d08f36e3c44f2babb82f1eaed74af5");
            assertThat(client.insecureId).isEqualTo(4242L);
        }
    }

    @Test
    void theDaemonsFirstExchangeIsTheCapturedOne() throws Exception {
        byte[] answer = Captures.resource("daemon-path/01-exchange-before-registration.response.bpickle");
        try (ServerSocket server = new ServerSocket(0)) {
            CompletableFuture<byte[]> request = CompletableFuture.supplyAsync(() -> serveOnce(server, answer));
            StockClient client = new StockClient("127.0.0.1", server.getLocalPort(), "test-account", "test-key",
                    "lsc-capture-daemon", StockClient.CLIENT_TYPES);

            client.exchange();

            assertSame(request.get(30, TimeUnit.SECONDS), "daemon-path/01-exchange-before-registration",
                    server.getLocalPort());
            assertThat(client.acceptedTypes).isEqualTo(List.of("register"));
        }
    }

    private static void assertSame(byte[] sent, String capture, int port) {
        String captured = new String(Captures.resource(capture + ".headers.txt"), StandardCharsets.ISO_8859_1);
        String head = captured.substring(0, captured.indexOf("\n\n"))
                .replaceAll("Host: 127\\.0\\.0\\.1:\\d+", "Host: 127.0.0.1:" + port).replace("\n", "\r\n")
                + "\r\n\r\n";
        byte[] body = Captures.resource(capture + ".bpickle");
        byte[] expected = new byte[head.length() + body.length];
        System.arraycopy(head.getBytes(StandardCharsets.ISO_8859_1), 0, expected, 0, head.length());
        System.arraycopy(body, 0, expected, head.length(), body.length);
        assertThat(new String(sent, StandardCharsets.ISO_8859_1))
                .isEqualTo(new String(expected, StandardCharsets.ISO_8859_1));
    }

    /** Reads one request (head and Content-Length body) and answers 200 with the body. */
    private static byte[] serveOnce(ServerSocket server, byte[] answer) {
        try (Socket socket = server.accept()) {
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            while (!new String(request.toByteArray(), StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                request.write(in.read());
            }
            String head = request.toString(StandardCharsets.ISO_8859_1);
            int length = Integer.parseInt(head.replaceAll("(?s).*Content-Length: (\\d+).*", "$1"));
            request.write(in.readNBytes(length));
            socket.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n"
                    + "Content-Length: " + answer.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(answer);
            socket.getOutputStream().flush();
            return Arrays.copyOf(request.toByteArray(), request.size());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
