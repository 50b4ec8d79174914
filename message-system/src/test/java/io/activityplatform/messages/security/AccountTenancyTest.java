package io.activityplatform.messages.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.activityplatform.local.TokenMinter.Claims;
import io.activityplatform.service.rest.PageWalker;
import io.activityplatform.service.security.Roles;
import io.activityplatform.service.security.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Accounts are tenants for their own administration too: an admin lists, reads and changes only the accounts its
 * token names, so an admin of one account can neither learn of another nor take over its registration key.
 */
@QuarkusTest
class AccountTenancyTest {

    private static final String KEY = "a-long-enough-key-1";

    private static String newAccount(String prefix) {
        String account = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(TestTokens.adminOf(account)).contentType(ContentType.JSON)
                .body(Map.of("title", account, "registrationKey", KEY, "manualAcceptance", false))
                .put("/accounts/" + account).then().statusCode(201);
        return account;
    }

    @Test
    void anotherAccountsAdminCanNeitherSeeNorChangeTheAccount() {
        String mine = newAccount("mine");
        String intruder = TestTokens.adminOf("intruder-" + UUID.randomUUID().toString().substring(0, 8));

        given().auth().oauth2(intruder).get("/accounts/" + mine).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(intruder).contentType(ContentType.JSON).body(Map.of("registrationKey", "stolen-key-0123456789"))
                .patch("/accounts/" + mine).then().statusCode(404);
        given().auth().oauth2(intruder).contentType(ContentType.JSON)
                .body(Map.of("title", "x", "registrationKey", "stolen-key-0123456789", "manualAcceptance", false))
                .put("/accounts/" + mine).then().statusCode(403).contentType("application/problem+json");
        // creating an account nobody has is refused the same way: a 403 tells nothing about existence
        given().auth().oauth2(intruder).contentType(ContentType.JSON)
                .body(Map.of("title", "x", "registrationKey", "stolen-key-0123456789", "manualAcceptance", false))
                .put("/accounts/nobody-" + UUID.randomUUID().toString().substring(0, 8)).then().statusCode(403);
        assertThat(given().auth().oauth2(intruder).get("/accounts").then().statusCode(200).extract().jsonPath()
                .getList("items.id", String.class)).doesNotContain(mine);

        // the key was not changed: the owner still registers agents with it
        given().contentType(ContentType.JSON).body(Map.of("accountId", mine, "registrationKey", KEY, "title", "t"))
                .post("/agent/register").then().statusCode(201);
        given().auth().oauth2(TestTokens.adminOf(mine)).get("/accounts/" + mine).then().statusCode(200)
                .body("title", equalTo(mine));
    }

    @Test
    void aTokenNamingSeveralAccountsPagesThroughExactlyThoseFollowingTheLinkHeader() {
        List<String> named = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            named.add(newAccount("page" + i));
        }
        String unnamed = newAccount("unnamed");
        String admin = TestTokens.mint(Claims.of("multi-admin", Set.of(Roles.ADMIN), Set.copyOf(named),
                Duration.ofHours(1)));

        List<String> seen = PageWalker.walk(() -> given().auth().oauth2(admin), "/accounts?limit=2", 2, "id",
                "limit=2");
        assertThat(seen).containsExactlyElementsOf(named.stream().sorted().toList()).doesNotContain(unnamed);
    }

    @Test
    void badPagingParametersAreProblemsNamingTheParameter() {
        given().get("/accounts?limit=0").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().get("/accounts?limit=501").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().get("/accounts?cursor=not-ours").then().statusCode(400).body("errors[0].field", equalTo("cursor"));
    }
}
