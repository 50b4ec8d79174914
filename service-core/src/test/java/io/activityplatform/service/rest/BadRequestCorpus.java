package io.activityplatform.service.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A table of bad requests for a service's corpus test: each answers its status with an RFC 9457 problem
 * body naming the field or parameter, and no message carries a Java class name. Shared by every service's
 * corpus test through service-core's test jar.
 */
public record BadRequestCorpus(String method, String path, String body, int status, String field) {

    /** Text that names Java: a qualified class name, a nested class, or an exception's simple name. */
    private static final Pattern JAVA_TEXT = Pattern.compile(
            "\\b(?:[a-z_][a-z0-9_]*\\.){2,}[A-Z]|[A-Za-z]\\$[A-Z]|[A-Z][A-Za-z]*Exception\\b|\\bjava\\.");

    public static BadRequestCorpus get(String path, int status, String field) {
        return new BadRequestCorpus("GET", path, null, status, field);
    }

    public static BadRequestCorpus send(String method, String path, String body, int status, String field) {
        return new BadRequestCorpus(method, path, body, status, field);
    }

    @Override
    public String toString() {
        return method + " " + path + (body == null ? "" : " " + abbreviated(body)) + " -> " + status
                + (field == null ? "" : " naming " + field);
    }

    /** Sends the request with the given headers and checks status, problem body and field. */
    public void check(Map<String, String> headers) {
        RequestSpecification request = given().headers(headers).accept("application/json, application/problem+json");
        if (body != null) {
            request = request.contentType(headers.getOrDefault("Content-Type", "application/json")).body(body);
        }
        Response response = request.request(method, path);
        String text = response.asString();
        assertThat(response.statusCode()).as("%s answered %s", this, text).isEqualTo(status);
        assertThat(response.contentType()).as("%s content type", this).startsWith(Problem.MEDIA_TYPE);
        assertThat(response.jsonPath().getInt("status")).as("%s problem status", this).isEqualTo(status);
        assertThat(JAVA_TEXT.matcher(text).find()).as("%s names Java in %s", this, text).isFalse();
        if (field != null) {
            List<String> fields = response.jsonPath().getList("errors.field");
            assertThat(fields).as("%s fields in %s", this, text).contains(field);
        }
    }

    private static String abbreviated(String body) {
        return body.length() <= 60 ? body : body.substring(0, 60) + "…(" + body.length() + " chars)";
    }
}
