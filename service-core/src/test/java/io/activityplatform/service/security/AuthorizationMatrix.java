package io.activityplatform.service.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Checks every endpoint of a service against every kind of caller: no token, an expired token, a wrong
 * audience, issuer or signature (401); a valid token without the endpoint's role (403); each role that may call
 * it (the endpoint's expected status). {@link #undeclared(Set)} lists what the service's OpenAPI document
 * has but the matrix lacks, so a new endpoint cannot slip through unchecked.
 */
public final class AuthorizationMatrix {

    /**
     * One endpoint: {@code template} as in the OpenAPI document (e.g. {@code GET /activities/{id}}), the
     * concrete request, the lowest role allowed (null: public) and the status an allowed caller gets.
     * {@value #UNIQUE} in the body becomes a fresh value per request (names that must not repeat). A
     * {@link #stream} endpoint (Server-Sent Events) is read only up to its status line.
     */
    public record Endpoint(String method, String template, String path, String body, String role, int allowed) {

        public static Endpoint get(String template, String path, String role, int allowed) {
            return new Endpoint("GET", template, path, null, role, allowed);
        }

        public static Endpoint send(String method, String template, String path, String body, String role,
                int allowed) {
            return new Endpoint(method, template, path, body, role, allowed);
        }

        public static Endpoint stream(String template, String path, String role, int allowed) {
            return new Endpoint(STREAM, template, path, null, role, allowed);
        }

        String key() {
            return (method.equals(STREAM) ? "GET" : method) + " " + template;
        }
    }

    public static final String UNIQUE = "{{unique}}";
    static final String STREAM = "STREAM";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final List<String> ORDER = List.of(Roles.VIEWER, Roles.OPERATOR, Roles.ADMIN);
    private static final Map<String, Supplier<String>> ROLE_TOKENS = Map.of(Roles.VIEWER, TestTokens::viewer,
            Roles.OPERATOR, TestTokens::operator, Roles.ADMIN, TestTokens::admin);
    private static final Map<String, Supplier<String>> INVALID_TOKENS = Map.of(
            "expired", TestTokens::expired, "wrong audience", TestTokens::wrongAudience,
            "wrong issuer", TestTokens::wrongIssuer, "wrong signature", TestTokens::wrongSignature);

    private AuthorizationMatrix() {
    }

    /** Runs every case; fails listing every cell that answered differently. */
    public static void check(List<Endpoint> endpoints) {
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            if (endpoint.role() == null) {
                expect(wrong, endpoint, "no token", null, endpoint.allowed());
                continue;
            }
            expect(wrong, endpoint, "no token", null, 401);
            INVALID_TOKENS.forEach((name, token) -> expect(wrong, endpoint, name, token.get(), 401));
            expect(wrong, endpoint, "no role", TestTokens.noRole(), 403);
            int lowest = ORDER.indexOf(endpoint.role());
            for (int i = 0; i < ORDER.size(); i++) {
                String role = ORDER.get(i);
                expect(wrong, endpoint, role, ROLE_TOKENS.get(role).get(), i < lowest ? 403 : endpoint.allowed());
            }
        }
        assertThat(wrong).as("authorization matrix cells that answered differently").isEmpty();
    }

    /**
     * The "user of another account" column: each endpoint names objects of {@link TestTokens#ACCOUNT}, and a user
     * of {@link TestTokens#OTHER_ACCOUNT} holding the endpoint's lowest role must get {@code allowed} (404 for a
     * single object: exactly as if it did not exist). Fails listing every cell that answered differently.
     */
    public static void checkOtherAccount(List<Endpoint> endpoints) {
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            expect(wrong, endpoint, "user of another account", TestTokens.otherAccount(endpoint.role()),
                    endpoint.allowed());
        }
        assertThat(wrong).as("other-account cells that answered differently").isEmpty();
    }

    /** Operations in the service's OpenAPI document that the matrix does not cover. */
    public static Set<String> undeclared(List<Endpoint> endpoints) {
        JsonPath openapi = given().auth().none().get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Object>> paths = openapi.getMap("paths");
        Set<String> missing = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().forEach(method -> missing.add(
                method.toUpperCase() + " " + path)));
        endpoints.forEach(endpoint -> missing.remove(endpoint.key()));
        missing.removeIf(operation -> operation.startsWith("PARAMETERS "));
        return missing;
    }

    static int statusOf(Endpoint endpoint, String token) {
        RequestSpecification request = token == null ? given().auth().none() : given().auth().oauth2(token);
        if (endpoint.body() != null) {
            request = request.contentType("application/json")
                    .body(endpoint.body().replace(UNIQUE, UUID.randomUUID().toString().substring(0, 8)));
        }
        return request.request(endpoint.method(), endpoint.path()).then().extract().statusCode();
    }

    /** The status of an event stream, without waiting for the (endless) body. */
    static int streamStatus(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port
                + path)).header("Accept", "text/event-stream").timeout(Duration.ofSeconds(60));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<InputStream> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            response.body().close();
            return response.statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void expect(List<String> wrong, Endpoint endpoint, String caller, String token, int status) {
        int actual = endpoint.method().equals(STREAM) ? streamStatus(endpoint.path(), token)
                : statusOf(endpoint, token);
        if (actual != status) {
            wrong.add(endpoint.method() + " " + endpoint.path() + " as " + caller + ": " + actual + ", expected "
                    + status);
        }
    }
}
