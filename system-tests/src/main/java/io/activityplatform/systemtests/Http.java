package io.activityplatform.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import io.activityplatform.events.codec.EventCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The little HTTP the tools need: GET and POST JSON, with timeouts, as the user whose token {@link #authorize} set. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private static volatile String bearer;

    private Http() {
    }

    /** Every later request carries {@code Authorization: Bearer <token>}; null sends none. */
    public static void authorize(String token) {
        bearer = token;
    }

    public record Response(int status, JsonNode body) {
    }

    public static Response get(URI uri) {
        return send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build());
    }

    public static Response post(URI uri, Object body) {
        try {
            String json = body == null ? "" : EventCodec.mapper().writeValueAsString(body);
            return send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response send(HttpRequest unauthorized) {
        String token = bearer;
        HttpRequest request = token == null ? unauthorized
                : HttpRequest.newBuilder(unauthorized, (name, value) -> true)
                        .header("Authorization", "Bearer " + token).build();
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            JsonNode body = text == null || text.isBlank() ? null : EventCodec.mapper().readTree(text);
            return new Response(response.statusCode(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
