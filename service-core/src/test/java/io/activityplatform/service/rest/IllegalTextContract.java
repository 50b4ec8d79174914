package io.activityplatform.service.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.events.codec.LegalText;
import io.activityplatform.service.security.TestTokens;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Table-driven over the service's own OpenAPI document, so a new endpoint is covered without a new test:
 * every path and query parameter, and every top-level string, string-array and map field of every JSON
 * body, given text with U+0000 (and a control character), is answered 400 with a problem naming it, never
 * a 5xx and never accepted; so is every header, declared or not, with a raw control byte in its value.
 * Each service runs it through a {@code @QuarkusTest} subclass.
 */
public abstract class IllegalTextContract {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");
    /** Percent-encoded for paths and queries; JSON-escaped for bodies. */
    private static final List<String> IN_URL = List.of("a%00b", "a%01b");
    private static final List<String> IN_JSON = List.of("a\\u0000b", "a\\u001bb");
    /** Raw in header values: HTTP has no escaping there, so only raw control bytes are illegal. */
    private static final List<String> IN_HEADER = List.of("a\u0000b", "a\u0001b", "a\u001bb");
    /** A header no endpoint declares: the filter checks every header, declared or not. */
    private static final String UNDECLARED_HEADER = "X-Note";

    @Test
    void everyParameterAndBodyFieldRefusesIllegalTextWith400NamingIt() {
        JsonPath doc = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        List<String> failures = new ArrayList<>();
        int cases = 0;
        for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
            for (String method : METHODS) {
                @SuppressWarnings("unchecked")
                Map<String, Object> operation = (Map<String, Object>) path.getValue().get(method);
                if (operation == null) {
                    continue;
                }
                List<Map<String, Object>> parameters = parameters(path.getValue(), operation);
                for (Map<String, Object> parameter : parameters) {
                    String in = (String) parameter.get("in");
                    if (!"path".equals(in) && !"query".equals(in)) {
                        continue;
                    }
                    for (String bad : IN_URL) {
                        String name = (String) parameter.get("name");
                        String url = fill(path.getKey(), parameters, name, bad)
                                + ("query".equals(in) ? "?" + name + "=" + bad : "");
                        Response response = given().urlEncodingEnabled(false).request(method.toUpperCase(), url);
                        cases++;
                        check(method, url, name, response, failures);
                    }
                }
                String target = fill(path.getKey(), parameters, null, null);
                for (String field : bodyFields(doc, operation)) {
                    for (String bad : IN_JSON) {
                        String[] parts = field.split(":", 2);
                        String json = switch (parts[0]) {
                            case "array" -> "{\"" + parts[1] + "\":[\"" + bad + "\"]}";
                            case "map" -> "{\"" + parts[1] + "\":{\"k\":\"" + bad + "\"}}";
                            default -> "{\"" + parts[1] + "\":\"" + bad + "\"}";
                        };
                        Response response = given().urlEncodingEnabled(false).contentType("application/json")
                                .body(json).request(method.toUpperCase(), target);
                        cases++;
                        check(method, target + " " + json, parts[1], response, failures);
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(cases).isGreaterThan(0);
    }

    /**
     * Every header parameter the document declares (Idempotency-Key, If-Match, Last-Event-ID, ...) and one
     * undeclared header on every operation, with raw control bytes in the value, sent on a socket because
     * HTTP clients refuse to: 400, never accepted, never a 5xx. The HTTP server (Netty's header validation)
     * refuses a control byte in a header value before any application code, with an empty 400; header text
     * is read as ISO-8859-1, so no other illegal text can arrive there and {@link LegalTextFilter}'s header
     * check is a second line. An answer with a body must therefore be the filter's problem naming the header.
     */
    @Test
    void everyHeaderRefusesIllegalTextWith400NamingIt() throws Exception {
        JsonPath doc = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        List<String> failures = new ArrayList<>();
        int declared = 0;
        int cases = 0;
        for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
            for (String method : METHODS) {
                @SuppressWarnings("unchecked")
                Map<String, Object> operation = (Map<String, Object>) path.getValue().get(method);
                if (operation == null) {
                    continue;
                }
                List<Map<String, Object>> parameters = parameters(path.getValue(), operation);
                String target = RestAssured.basePath.replaceAll("/$", "")
                        + fill(path.getKey(), parameters, null, null);
                List<String> headers = new ArrayList<>();
                for (Map<String, Object> parameter : parameters) {
                    if ("header".equals(parameter.get("in"))) {
                        headers.add((String) parameter.get("name"));
                        declared++;
                    }
                }
                for (String header : headers) {
                    for (String bad : IN_HEADER) {
                        cases++;
                        checkHeader(method, target, header, bad, failures);
                    }
                }
                cases++;
                checkHeader(method, target, UNDECLARED_HEADER, IN_HEADER.get(1), failures);
            }
        }
        assertThat(failures).isEmpty();
        assertThat(cases).isGreaterThan(0);
        URI base = URI.create(RestAssured.baseURI);
        assertThat(RawHttp.send(base.getHost(), RestAssured.port, "GET", "/q/openapi?format=json",
                TestTokens.admin(), UNDECLARED_HEADER, "ab").status())
                .as("the same raw request with a legal header value is served (so an empty 400 means refusal)")
                .isEqualTo(200);
        assertThat(declared).as("header parameters declared").isGreaterThanOrEqualTo(declaredHeadersAtLeast());
    }

    /** How many header parameters this service's document declares at least; a guard against a vacuous run. */
    protected int declaredHeadersAtLeast() {
        return 0;
    }

    private static void checkHeader(String method, String target, String header, String bad, List<String> failures)
            throws java.io.IOException {
        URI base = URI.create(RestAssured.baseURI);
        RawHttp.Answer answer = RawHttp.send(base.getHost(), RestAssured.port, method.toUpperCase(), target,
                TestTokens.admin(), header, bad);
        String named = "\"field\":\"header " + header.toLowerCase(Locale.ROOT);
        String text = answer.text().toLowerCase(Locale.ROOT);
        boolean refusedByServer = text.contains("content-length: 0\r\n") && !text.contains("problem+json");
        if (answer.status() != 400 || !(refusedByServer || text.contains(named))) {
            failures.add(method.toUpperCase() + " " + target + " " + header + ": "
                    + LegalText.sanitize(bad) + " -> " + answer.status() + " " + answer.text());
        }
    }

    private static void check(String method, String what, String name, Response response, List<String> failures) {
        int status = response.statusCode();
        boolean named = status == 400 && response.asString().contains("\"field\":\"" + name);
        if (!named) {
            failures.add(method.toUpperCase() + " " + what + " -> " + status + " " + response.asString());
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> parameters(Map<String, Object> pathItem, Map<String, Object> operation) {
        List<Map<String, Object>> all = new ArrayList<>();
        Object shared = pathItem.get("parameters");
        if (shared instanceof List<?> list) {
            list.forEach(p -> all.add((Map<String, Object>) p));
        }
        Object own = operation.get("parameters");
        if (own instanceof List<?> list) {
            list.forEach(p -> all.add((Map<String, Object>) p));
        }
        return all;
    }

    /** The path with every parameter filled legally, except {@code target} which gets {@code bad}. */
    @SuppressWarnings("unchecked")
    private static String fill(String template, List<Map<String, Object>> parameters, String target, String bad) {
        String url = template;
        for (Map<String, Object> p : parameters) {
            if (!"path".equals(p.get("in"))) {
                continue;
            }
            String name = (String) p.get("name");
            Map<String, Object> schema = p.get("schema") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
            String legal = "uuid".equals(schema.get("format")) ? UUID.randomUUID().toString()
                    : "integer".equals(schema.get("type")) ? "1" : "x";
            url = url.replace("{" + name + "}", name.equals(target) ? bad : legal);
        }
        return url;
    }

    /** {@code string:name}, {@code array:name} and {@code map:name} for the JSON body's top-level fields. */
    @SuppressWarnings("unchecked")
    private static List<String> bodyFields(JsonPath doc, Map<String, Object> operation) {
        Object body = operation.get("requestBody");
        if (!(body instanceof Map<?, ?> b) || !(b.get("content") instanceof Map<?, ?> content)
                || !(content.get("application/json") instanceof Map<?, ?> json)
                || !(json.get("schema") instanceof Map<?, ?> schema)) {
            return List.of();
        }
        Map<String, Object> resolved = resolve(doc, (Map<String, Object>) schema);
        if (!(resolved.get("properties") instanceof Map<?, ?> properties)) {
            return List.of();
        }
        List<String> fields = new ArrayList<>();
        for (Map.Entry<?, ?> property : properties.entrySet()) {
            Map<String, Object> p = resolve(doc, (Map<String, Object>) property.getValue());
            Object type = p.get("type");
            Object items = p.get("items") instanceof Map<?, ?> i ? resolve(doc, (Map<String, Object>) i).get("type")
                    : null;
            if ("string".equals(type)) {
                fields.add("string:" + property.getKey());
            } else if ("array".equals(type) && "string".equals(items)) {
                fields.add("array:" + property.getKey());
            } else if ("object".equals(type) && p.get("properties") == null) {
                fields.add("map:" + property.getKey());
            }
        }
        return fields;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resolve(JsonPath doc, Map<String, Object> schema) {
        Object ref = schema.get("$ref");
        if (ref instanceof String r && r.startsWith("#/components/schemas/")) {
            Map<String, Object> target = doc.getMap("components.schemas.'" + r.substring(21) + "'");
            return target == null ? Map.of() : target;
        }
        return schema;
    }
}
