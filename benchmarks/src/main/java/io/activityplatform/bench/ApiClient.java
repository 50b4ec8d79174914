package io.activityplatform.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/** The few activity-api calls the benchmark makes, with the benchmark's admin token. */
public final class ApiClient {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String token;

    public ApiClient(String base, String token) {
        this.base = base;
        this.token = token;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofMinutes(2));
    }

    /** POST /activities; completes with the status code, failing unless 201 or 202. */
    public CompletableFuture<Integer> create(Map<String, Object> body) {
        try {
            HttpRequest post = request("/activities").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))).build();
            return http.sendAsync(post, HttpResponse.BodyHandlers.ofString()).thenApply(r -> {
                if (r.statusCode() != 201 && r.statusCode() != 202) {
                    throw new IllegalStateException("create answered " + r.statusCode() + ": " + r.body());
                }
                return r.statusCode();
            });
        } catch (IOException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    public JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body());
    }

    /** Activities of this type in a final status, as activity-api's view shows them. */
    public int finished(String type) throws IOException, InterruptedException {
        return get("/activities/counts?type=" + type).path("finished").asInt();
    }

    /**
     * Follows {@code GET /activities/{id}/stream} (history, then live) until an event shows a final status;
     * answers System.nanoTime() when that event arrived.
     */
    public long awaitFinal(UUID id) throws IOException, InterruptedException {
        HttpResponse<Stream<String>> r = http.send(request("/activities/" + id + "/stream")
                .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofLines());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("stream of " + id + " answered " + r.statusCode());
        }
        try (Stream<String> lines = r.body()) {
            Iterator<String> it = lines.iterator();
            while (it.hasNext()) {
                String line = it.next();
                if (line.startsWith("data:") && isFinal(JSON.readTree(line.substring(5)).path("status").asText())) {
                    return System.nanoTime();
                }
            }
        }
        throw new IllegalStateException("stream of " + id + " ended before a final status");
    }

    static boolean isFinal(String status) {
        return status.equals("SUCCEEDED") || status.equals("FAILED") || status.equals("CANCELED");
    }
}
