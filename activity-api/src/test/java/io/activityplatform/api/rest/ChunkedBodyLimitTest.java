package io.activityplatform.api.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.service.security.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A body sent without Content-Length (chunked) that grows past quarkus.http.limits.max-body-size is refused
 * with a 413 problem body, like a declared one: the limit cannot be dodged by not declaring the size.
 */
@QuarkusTest
class ChunkedBodyLimitTest {

    @TestHTTPResource("/activities")
    URI activities;

    private HttpResponse<String> postChunked(byte[] body, HttpClient.Version version) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(activities).version(version).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + TestTokens.operator())
                .header("Content-Type", "application/json")
                // an InputStream publisher has no known length: the client sends Transfer-Encoding: chunked
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anOversizedChunkedBodyIsA413Problem() throws Exception {
        HttpResponse<String> response = postChunked(oversized(), HttpClient.Version.HTTP_1_1);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":413");
    }

    @Test
    void anOversizedUnsizedHttp2BodyIsRefusedToo() throws Exception {
        // h2c has no chunked encoding: Quarkus's own limit answers, without a problem body (docs/architecture.md)
        assertThat(postChunked(oversized(), HttpClient.Version.HTTP_2).statusCode()).isEqualTo(413);
    }

    private static byte[] oversized() {
        byte[] body = new byte[11 * 1024 * 1024];
        java.util.Arrays.fill(body, (byte) ' ');
        return body;
    }

    @ParameterizedTest
    @EnumSource(HttpClient.Version.class) // HTTP/1.1 sends it chunked; HTTP/2 (h2c upgrade) has no Transfer-Encoding
    void aSmallUnsizedBodyStillReachesTheEndpoint(HttpClient.Version version) throws Exception {
        HttpResponse<String> response = postChunked("{\"type\":\"NoSuchType\"}".getBytes(StandardCharsets.UTF_8),
                version);

        // judged by the endpoint: the body was read and parsed, its type refused by name
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"type\"");
    }
}
