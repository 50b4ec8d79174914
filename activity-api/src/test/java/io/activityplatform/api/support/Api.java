package io.activityplatform.api.support;

import static io.restassured.RestAssured.given;

import io.activityplatform.service.security.Roles;
import io.activityplatform.service.security.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Small helpers for calling the REST API in tests. */
public final class Api {

    private Api() {
    }

    /** A request by {@code user}: an operator token whose subject (the recorded actor) is that name. */
    public static RequestSpecification as(String user) {
        return given().contentType(ContentType.JSON).auth().oauth2(token(user));
    }

    public static String token(String user) {
        return TestTokens.user(user, user, Roles.OPERATOR, TestTokens.ACCOUNT);
    }

    /** A valid ExecuteScriptRequest body for one computer; tests add or override fields. */
    public static Map<String, Object> script(String computerId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "ExecuteScriptRequest");
        body.put("computerId", computerId);
        body.put("parameters", Map.of("interpreter", "/bin/sh", "code", "echo hello"));
        return body;
    }

    public static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        if (value == null) {
            copy.remove(key);
        } else {
            copy.put(key, value);
        }
        return copy;
    }

    public static ValidatableResponse create(String user, Map<String, Object> body) {
        return as(user).body(body).post("/activities").then();
    }

    /** Creates and returns the id of a script activity, asserting the 201. */
    public static UUID createScript(String user, String computerId) {
        return UUID.fromString(create(user, script(computerId)).statusCode(201).extract().path("id"));
    }

    public static UUID createWith(String user, Map<String, Object> body) {
        return UUID.fromString(create(user, body).statusCode(201).extract().path("id"));
    }

    public static List<String> fields(ValidatableResponse response) {
        return response.extract().jsonPath().getList("errors.field");
    }
}
