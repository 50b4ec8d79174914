package io.activityplatform.messages.registration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.activityplatform.service.security.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Rotating an account's registration key: the old key keeps working only within the grace period asked for. */
@QuarkusTest
class KeyRotationTest {

    /** Requests as an admin of that account: an admin manages only the accounts its token names. */
    private static RequestSpecification asAdminOf(String account) {
        return given().auth().oauth2(TestTokens.adminOf(account));
    }

    private static ValidatableResponse put(String account, String key, Long graceSeconds) {
        // a replacement names every field (PUT never resets what it is not given)
        Map<String, Object> body = new HashMap<>(Map.of("registrationKey", key, "title", account,
                "manualAcceptance", false));
        if (graceSeconds != null) {
            body.put("previousKeyGraceSeconds", graceSeconds);
        }
        return asAdminOf(account).contentType(ContentType.JSON).body(body).put("/accounts/" + account).then();
    }

    private static int register(String account, String key) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("accountId", account, "registrationKey", key, "title", "rotation"))
                .post("/agent/register").then().extract().statusCode();
    }

    @Test
    void theOldKeyWorksDuringTheGracePeriodAndNotAfterARotationWithout() {
        String account = "rot-" + UUID.randomUUID().toString().substring(0, 8);
        String first = "first-key-0123456789";
        String second = "second-key-0123456789";
        String third = "third-key-0123456789";
        put(account, first, null).statusCode(201);

        put(account, second, 3600L).statusCode(200).body("previousKeyValidUntil", notNullValue());
        org.assertj.core.api.Assertions.assertThat(register(account, first)).isEqualTo(201);
        org.assertj.core.api.Assertions.assertThat(register(account, second)).isEqualTo(201);

        put(account, third, 0L).statusCode(200).body("previousKeyValidUntil", nullValue());
        org.assertj.core.api.Assertions.assertThat(register(account, second)).isEqualTo(403);
        org.assertj.core.api.Assertions.assertThat(register(account, first)).isEqualTo(403);
        org.assertj.core.api.Assertions.assertThat(register(account, third)).isEqualTo(201);
    }

    @Test
    void savingTheSameKeyAgainIsNoRotation() {
        String account = "same-" + UUID.randomUUID().toString().substring(0, 8);
        String key = "the-same-key-0123456789";
        put(account, key, null).statusCode(201);
        put(account, key, 3600L).statusCode(200).body("previousKeyValidUntil", nullValue());
        org.assertj.core.api.Assertions.assertThat(register(account, key)).isEqualTo(201);
    }

    @Test
    void aGraceBeyondThirtyDaysIsA400NamingTheField() {
        String account = "long-" + UUID.randomUUID().toString().substring(0, 8);
        put(account, "a-key-0123456789abcd", null).statusCode(201);
        put(account, "b-key-0123456789abcd", 2_592_001L).statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString(
                        "previousKeyGraceSeconds")));
    }
}
