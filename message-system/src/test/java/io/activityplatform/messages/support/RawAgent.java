package io.activityplatform.messages.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;

/** Speaks the JSON protocol by hand, to send what a well-behaved agent never would. */
public final class RawAgent {

    public final String computerId;
    public final String secretId;
    public String token;

    private RawAgent(String computerId, String secretId, String token) {
        this.computerId = computerId;
        this.secretId = secretId;
        this.token = token;
    }

    public static RawAgent register(String account, String key, String title) {
        var body = given().contentType(ContentType.JSON)
                .body(Map.of("accountId", account, "registrationKey", key, "title", title))
                .post("/agent/register").then().statusCode(201).extract().jsonPath();
        return new RawAgent(body.getString("computerId"), body.getString("secretId"), body.getString("exchangeToken"));
    }

    /** Exchanges; on 200 keeps the next token. */
    public ValidatableResponse exchange(long nextExpected, List<Map<String, Object>> messages) {
        ValidatableResponse response = given().contentType(ContentType.JSON)
                .body(Map.of("secretId", secretId, "exchangeToken", token, "nextExpectedSequence", nextExpected,
                        "messages", messages))
                .post("/agent/exchange").then();
        if (response.extract().statusCode() == 200) {
            token = response.extract().jsonPath().getString("nextExchangeToken");
        }
        return response;
    }

    public static Map<String, Object> result(long sequence, Object operationId, String status, int code) {
        return Map.of("type", "result", "sequence", sequence, "operationId", operationId.toString(),
                "status", status, "code", code, "text", "forged");
    }
}
