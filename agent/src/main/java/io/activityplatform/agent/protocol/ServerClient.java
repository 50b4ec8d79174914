package io.activityplatform.agent.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.activityplatform.events.codec.EventCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The JSON agent protocol over the JDK HTTP client. */
public class ServerClient {

    private static final ObjectMapper MAPPER = EventCodec.mapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http;
    private final URI base;

    public ServerClient(HttpClient http, String serverUrl) {
        this.http = http;
        this.base = URI.create(serverUrl.endsWith("/") ? serverUrl : serverUrl + "/");
    }

    public static HttpClient defaultHttpClient() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    public RegisterResponse register(RegisterRequest request) throws IOException, InterruptedException {
        return post("agent/register", request, RegisterResponse.class);
    }

    public ExchangeResponse exchange(ExchangeRequest request) throws IOException, InterruptedException {
        return post("agent/exchange", request, ExchangeResponse.class);
    }

    public boolean ping(String computerId) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("agent/ping/"
                        + URLEncoder.encode(computerId, StandardCharsets.UTF_8)))
                .timeout(TIMEOUT).GET().build();
        return read(http.send(request, HttpResponse.BodyHandlers.ofByteArray()), PingResponse.class).messages();
    }

    private <T> T post(String path, Object body, Class<T> type) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(MAPPER.writeValueAsBytes(body))).build();
        return read(http.send(request, HttpResponse.BodyHandlers.ofByteArray()), type);
    }

    private static <T> T read(HttpResponse<byte[]> response, Class<T> type) {
        try {
            if (response.statusCode() / 100 != 2) {
                throw new ServerException(response.statusCode(), problemDetail(response.body()));
            }
            return MAPPER.readValue(response.body(), type);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable answer from the server", e);
        }
    }

    private static String problemDetail(byte[] body) {
        try {
            JsonNode problem = MAPPER.readTree(body);
            return problem == null ? null : problem.path("detail").asText(problem.path("title").asText(null));
        } catch (IOException e) {
            return null;
        }
    }
}
