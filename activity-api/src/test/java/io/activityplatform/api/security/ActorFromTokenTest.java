package io.activityplatform.api.security;

import static io.activityplatform.api.support.Api.script;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import io.activityplatform.api.support.LogDriver;
import io.activityplatform.local.PlatformTestResource;
import io.activityplatform.service.security.Roles;
import io.activityplatform.service.security.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The recorded actor is the verified token's subject; no header, however named, can change it. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "activity_api"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class ActorFromTokenTest {

    /** Headers gateways and frameworks use to pass a user; each claims to be mallory. */
    static final Map<String, String> SPOOFED = Map.of("X-User", "mallory", "X-Forwarded-User", "mallory",
            "X-Remote-User", "mallory", "Remote-User", "mallory", "X-Auth-Request-User", "mallory",
            "X-Actor", "mallory", "From", "mallory@example.com", "X-Forwarded-Email", "mallory@example.com");

    @Inject
    LogDriver log;

    private static RequestSpecification asAliceWithSpoofedHeaders() {
        return given().auth().oauth2(TestTokens.user("alice", "Alice Example", Roles.OPERATOR, TestTokens.ACCOUNT))
                .headers(SPOOFED).contentType("application/json");
    }

    @Test
    void createAndCommandsRecordTheTokensSubjectWhateverTheHeadersSay() {
        String id = asAliceWithSpoofedHeaders().body(script(log.computer())).post("/activities").then()
                .statusCode(201).body("createdBy.kind", equalTo("USER")).body("createdBy.id", equalTo("alice"))
                .extract().path("id");

        asAliceWithSpoofedHeaders().post("/activities/" + id + "/hold").then().statusCode(200)
                .body("statusChangedBy.id", equalTo("alice"));
        asAliceWithSpoofedHeaders().post("/activities/" + id + "/cancel").then().statusCode(200)
                .body("statusChangedBy.id", equalTo("alice"));

        given().get("/activities/" + id + "/history").then().statusCode(200)
                .body("items.findAll { it.actor.kind == 'USER' }.actor.id", everyItem(equalTo("alice")));
    }

    @Test
    void controlCharactersInTheSubjectNeverReachTheAuditTrail() {
        given().auth().oauth2(TestTokens.user("ali\tce\n", "Alice", Roles.OPERATOR, TestTokens.ACCOUNT))
                .contentType("application/json").body(script(log.computer())).post("/activities").then()
                .statusCode(201).body("createdBy.id", equalTo("alice"));
    }
}
