package io.activityplatform.api.security;

import static io.activityplatform.api.support.Api.script;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.activityplatform.api.support.LogDriver;
import io.activityplatform.local.PlatformTestResource;
import io.activityplatform.service.security.Roles;
import io.activityplatform.service.security.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Computers are tenants' objects: a caller sees and targets only the computers of the accounts its token names;
 * another account's computer answers exactly like one that does not exist.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "activity_api"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class ComputerTenancyTest {

    @Inject
    LogDriver log;

    private static JsonPath problemOf(io.restassured.response.ValidatableResponse response, int status) {
        return response.statusCode(status).contentType("application/problem+json").extract().jsonPath();
    }

    @Test
    void anotherAccountsComputerIsA404LikeNoComputer() {
        String theirs = log.computerOf(TestTokens.OTHER_ACCOUNT);
        String none = "computer-" + UUID.randomUUID();

        JsonPath foreign = problemOf(given().get("/computers/" + theirs).then(), 404);
        JsonPath missing = problemOf(given().get("/computers/" + none).then(), 404);
        assertThat(foreign.getString("title")).isEqualTo(missing.getString("title"));
        assertThat(foreign.getString("type")).isEqualTo(missing.getString("type"));
        assertThat(foreign.getString("detail").replace(theirs, "X")).isEqualTo(missing.getString("detail")
                .replace(none, "X"));

        given().auth().oauth2(TestTokens.otherAccountAdmin()).get("/computers/" + theirs).then().statusCode(200);
    }

    @Test
    void theListShowsOnlyTheCallersAccounts() {
        String mine = log.computer();
        String theirs = log.computerOf(TestTokens.OTHER_ACCOUNT);

        given().get("/computers?limit=1000").then().statusCode(200).body("items.id", hasItem(mine))
                .body("items.id", not(hasItem(theirs)));
        given().auth().oauth2(TestTokens.otherAccountAdmin()).get("/computers?limit=1000").then().statusCode(200)
                .body("items.id", hasItem(theirs)).body("items.id", not(hasItem(mine)));
    }

    @Test
    void creatingAnActivityForAnotherAccountsComputerFailsAsForAnUnknownComputer() {
        String theirs = log.computerOf(TestTokens.OTHER_ACCOUNT);
        String none = "computer-" + UUID.randomUUID();
        String operator = TestTokens.user("op", "Op", Roles.OPERATOR, TestTokens.ACCOUNT);

        JsonPath foreign = problemOf(given().auth().oauth2(operator).contentType("application/json")
                .body(script(theirs)).post("/activities").then(), 422);
        JsonPath missing = problemOf(given().auth().oauth2(operator).contentType("application/json")
                .body(script(none)).post("/activities").then(), 422);
        assertThat(foreign.getString("errors[0].field")).isEqualTo("computerId");
        assertThat(foreign.getString("errors[0].message").replace(theirs, "X"))
                .isEqualTo(missing.getString("errors[0].message").replace(none, "X"));

        given().auth().oauth2(TestTokens.user("their-op", "Their Op", Roles.OPERATOR, TestTokens.OTHER_ACCOUNT))
                .contentType("application/json").body(script(theirs)).post("/activities").then().statusCode(201);
    }
}
