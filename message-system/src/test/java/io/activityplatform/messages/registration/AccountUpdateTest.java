package io.activityplatform.messages.registration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.activityplatform.messages.rest.AccountResource;
import io.activityplatform.messages.support.RawAgent;
import io.activityplatform.service.security.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An account update never silently resets a field the client did not send. */
@QuarkusTest
class AccountUpdateTest {

    /** Requests as an admin of that account: an admin manages only the accounts its token names. */
    private static RequestSpecification asAdminOf(String account) {
        return given().auth().oauth2(TestTokens.adminOf(account));
    }

    private static String newAccount(boolean manualAcceptance) {
        String account = "upd-" + UUID.randomUUID().toString().substring(0, 8);
        asAdminOf(account).contentType(ContentType.JSON).body(Map.of("title", "Manual", "registrationKey", "a-long-enough-key-1",
                "manualAcceptance", manualAcceptance)).put("/accounts/" + account).then().statusCode(201)
                .body("manualAcceptance", equalTo(manualAcceptance));
        return account;
    }

    @Test
    void rotatingOnlyTheKeyWithAMergePatchKeepsManualAcceptanceAndTitle() {
        String account = newAccount(true);

        asAdminOf(account).contentType(AccountResource.MERGE_PATCH).body(Map.of("registrationKey", "a-long-enough-key-2"))
                .patch("/accounts/" + account).then().statusCode(200)
                .body("manualAcceptance", equalTo(true)).body("title", equalTo("Manual"));

        asAdminOf(account).get("/accounts/" + account).then().statusCode(200).body("manualAcceptance", equalTo(true));
        RawAgent.register(account, "a-long-enough-key-2", "after rotation");
    }

    @Test
    void aMergePatchChangesExactlyTheFieldsGiven() {
        String account = newAccount(true);

        asAdminOf(account).contentType(AccountResource.MERGE_PATCH).body(Map.of("manualAcceptance", false))
                .patch("/accounts/" + account).then().statusCode(200)
                .body("manualAcceptance", equalTo(false)).body("title", equalTo("Manual"));
        RawAgent.register(account, "a-long-enough-key-1", "old key still valid");
    }

    @Test
    void aPartialReplacementIsRefusedNamingTheMissingFieldsAndChangesNothing() {
        String account = newAccount(true);

        asAdminOf(account).contentType(ContentType.JSON).body(Map.of("registrationKey", "a-long-enough-key-2"))
                .put("/accounts/" + account).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("title", "manualAcceptance"));

        asAdminOf(account).get("/accounts/" + account).then().statusCode(200).body("manualAcceptance", equalTo(true));
        RawAgent.register(account, "a-long-enough-key-1", "key unchanged");
    }

    @Test
    void aCompleteReplacementChangesEveryField() {
        String account = newAccount(true);

        asAdminOf(account).contentType(ContentType.JSON).body(Map.of("title", "Auto", "manualAcceptance", false))
                .put("/accounts/" + account).then().statusCode(200)
                .body("manualAcceptance", equalTo(false)).body("title", equalTo("Auto"));
    }
}
