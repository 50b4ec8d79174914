package io.activityplatform.agent.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.activityplatform.events.codec.EventCodec;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The agent's side of the HTTP protocol against a real HTTP server: paths, JSON bodies, and how error answers
 * become {@link ServerException}s carrying the status (which decides retry versus operator action) and the
 * problem's detail.
 */
class ServerClientTest {

    private HttpServer http;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Map<String, Seen> seen = new ConcurrentHashMap<>();
    private ServerClient client;

    private record Answer(int status, String contentType, String body) {
    }

    private record Seen(String method, String rawPath, String contentType, String body) {
    }

    @BeforeEach
    void startServer() throws Exception {
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getRawPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String key = path.startsWith("/base/agent/ping/") ? "ping" : path;
            seen.put(key, new Seen(exchange.getRequestMethod(), path,
                    exchange.getRequestHeaders().getFirst("Content-Type"), body));
            Answer answer = answers.getOrDefault(key, new Answer(404, "text/plain", "no route"));
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", answer.contentType());
            exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        http.start();
        // no trailing slash: the client must still resolve agent/... below /base/, not beside it
        client = new ServerClient(ServerClient.defaultHttpClient(),
                "http://127.0.0.1:" + http.getAddress().getPort() + "/base");
    }

    @AfterEach
    void stopServer() {
        http.stop(0);
    }

    @Test
    void registrationPostsTheRequestAsJsonAndReadsTheGrantedIdentity() throws Exception {
        answers.put("/base/agent/register", json(200, """
                {"computerId":"c-1","secretId":"s-1","exchangeToken":"t-1","pending":true,
                 "exchangeIntervalSeconds":30,"pingIntervalSeconds":5,"someFutureField":[1,2]}"""));

        RegisterResponse granted = client.register(new RegisterRequest("acme", "key-1", "web-1", "host-1",
                List.of("web", "eu")));

        assertThat(granted).isEqualTo(new RegisterResponse("c-1", "s-1", "t-1", true, 30, 5));
        Seen request = seen.get("/base/agent/register");
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.contentType()).isEqualTo("application/json");
        JsonNode body = EventCodec.mapper().readTree(request.body());
        assertThat(body.path("accountId").asText()).isEqualTo("acme");
        assertThat(body.path("registrationKey").asText()).isEqualTo("key-1");
        assertThat(body.path("tags")).hasSize(2);
    }

    @Test
    void anExchangeSendsItsMessagesWithoutHelperFieldsAndReadsServerMessages() throws Exception {
        UUID op = UUID.randomUUID();
        answers.put("/base/agent/exchange", json(200, """
                {"computerId":"c-1","nextExpectedSequence":4,"nextExchangeToken":"t-2",
                 "exchangeIntervalSeconds":60,"pingIntervalSeconds":10,"pending":false,
                 "messages":[{"sequence":1,"type":"execute","operationId":"%s","activityType":"RestartRequest",
                              "parameters":{"delayMinutes":5},"timeoutSeconds":120}]}""".formatted(op)));

        ExchangeResponse response = client.exchange(new ExchangeRequest("s-1", "t-1", 1,
                List.of(AgentMessage.result(3, op, OperationResult.success(0, "done")))));

        assertThat(response.nextExchangeToken()).isEqualTo("t-2");
        assertThat(response.outcomes()).isEmpty(); // absent in the answer: an empty list, never null
        assertThat(response.messages()).singleElement().satisfies(m -> {
            assertThat(m.operationId()).isEqualTo(op);
            assertThat(m.parameters()).containsEntry("delayMinutes", 5);
            assertThat(m.timeoutSeconds()).isEqualTo(120);
        });
        JsonNode sent = EventCodec.mapper().readTree(seen.get("/base/agent/exchange").body());
        assertThat(sent.path("exchangeToken").asText()).isEqualTo("t-1");
        JsonNode message = sent.path("messages").get(0);
        assertThat(message.path("type").asText()).isEqualTo("result");
        assertThat(message.path("status").asText()).isEqualTo("SUCCEEDED");
        // the server's DTO knows no such fields: helpers of the agent must not go on the wire
        assertThat(message.has("textLength")).isFalse();
        assertThat(message.has("result")).isFalse();
        assertThat(message.has("output")).isFalse(); // nulls are left out
    }

    @Test
    void aPingEncodesTheComputerIdAsOnePathSegment() throws Exception {
        answers.put("ping", json(200, "{\"messages\":true}"));

        assertThat(client.ping("a b/../c?d")).isTrue();

        Seen ping = seen.get("ping");
        assertThat(ping.method()).isEqualTo("GET");
        assertThat(ping.rawPath()).isEqualTo("/base/agent/ping/a+b%2F..%2Fc%3Fd");
    }

    @Test
    void aProblemAnswerBecomesAServerExceptionWithItsStatusAndDetail() {
        answers.put("/base/agent/exchange", new Answer(403, "application/problem+json",
                "{\"title\":\"Forbidden\",\"status\":403,\"detail\":\"exchange token mismatch\"}"));

        assertThatThrownBy(() -> client.exchange(emptyExchange()))
                .isInstanceOfSatisfying(ServerException.class, e -> {
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).isEqualTo("server answered 403: exchange token mismatch");
                });
    }

    @Test
    void aProblemWithoutDetailFallsBackToItsTitle() {
        answers.put("/base/agent/exchange", new Answer(429, "application/problem+json",
                "{\"title\":\"Too Many Requests\"}"));

        assertThatThrownBy(() -> client.exchange(emptyExchange()))
                .isInstanceOfSatisfying(ServerException.class, e -> {
                    assertThat(e.status()).isEqualTo(429);
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.getMessage()).isEqualTo("server answered 429: Too Many Requests");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"<html>Bad Gateway</html>", "", "[1,2]", "\"text\""})
    void anErrorWithoutAProblemBodyStillCarriesItsStatus(String body) {
        answers.put("/base/agent/exchange", new Answer(502, "text/html", body));

        assertThatThrownBy(() -> client.exchange(emptyExchange()))
                .isInstanceOfSatisfying(ServerException.class, e -> {
                    assertThat(e.status()).isEqualTo(502);
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.getMessage()).isEqualTo("server answered 502");
                });
    }

    @Test
    void anUnreadableSuccessAnswerIsAnIoProblemNotAServerRefusal() {
        answers.put("/base/agent/exchange", new Answer(200, "text/html", "<html>captive portal</html>"));

        assertThatThrownBy(() -> client.exchange(emptyExchange())).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("unreadable answer");
    }

    @Test
    void onlyServerTroubleConflictsAndRateLimitsAreRetryable() {
        assertThat(List.of(500, 502, 503, 409, 429)).allMatch(s -> new ServerException(s, null).retryable());
        assertThat(List.of(400, 401, 403, 404, 413, 422)).noneMatch(s -> new ServerException(s, null).retryable());
    }

    private static ExchangeRequest emptyExchange() {
        return new ExchangeRequest("s-1", "t-1", 1, List.of());
    }

    private static Answer json(int status, String body) {
        return new Answer(status, "application/json", body);
    }
}
